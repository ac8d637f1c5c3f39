package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

/**
 * Every reason of the built-in traces has a stable code and follows the evaluator's language:
 * Chinese by default, English with {@link Locale#ENGLISH}, with every argument filled in — over
 * the rows of the seed table and generated projects, under both profiles.
 */
class TraceReasonsTest {
  /** A word of three or more Latin letters: English in a Chinese reason (units such as TB, m2 are shorter or upper case). */
  private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

  /** Text a reason of ours would carry in English: a Chinese word we write (quoted user text aside). */
  private static final Pattern CHINESE_OF_OURS =
      Pattern.compile("实际完成值|完成情况“|目标要求|不适用|无法判定|执行率 =|得分 =|达成|子目标|已评分");

  @Test
  void everyBuiltInReasonHasACodeAndReadsInTheEvaluatorsLanguage() {
    Set<String> codes = new TreeSet<>();
    for (String profile : List.of(Profiles.MOF_2020, Profiles.SICHUAN_2023)) {
      Evaluator zh = Evaluator.of(Profiles.get(profile));
      Evaluator en = Evaluator.builder().profile(Profiles.get(profile)).locale(Locale.ENGLISH).build();
      for (int seq : Seed.seqs()) {
        check(zh, en, Seed.regular(seq), codes);
      }
      qt().withExamples(400).forAll(Gens.projects()).checkAssert(p -> check(zh, en, p, codes));
    }
    // the sample reaches the common reasons of every built-in part
    assertThat(codes).contains("JX-T-0104", "JX-T-0204", "JX-T-0223", "JX-T-0244", "JX-T-0265", "JX-T-0304", "JX-T-0306");
    assertThat(codes.size()).as("codes reached: %s", codes).isGreaterThanOrEqualTo(20);
  }

  @Test
  void theEnglishAndChineseOfAReasonDifferOnlyInWords() {
    Project p =
        oneIndicator("不少于1500人", "1200人")
            .budget(new java.math.BigDecimal("100"))
            .actual(new java.math.BigDecimal("80"))
            .build();
    Evaluation zh = Evaluator.defaults().evaluate(p);
    Evaluation en = Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(p);
    assertThat(zh.execution().trace().reason())
        .isEqualTo("执行率 = 80 / 100 × 100 = 80.00%；得分 = 80% × 10 = 8.00（实际支出 / 预算）");
    assertThat(en.execution().trace().reason())
        .isEqualTo("execution rate = 80 / 100 × 100 = 80.00%; points = 80% × 10 = 8.00 (actual spending / budget)");
    assertThat(zh.indicators().get(0).trace().reason()).isEqualTo("实际 1200 人，目标 ≥ 1500 人 → 80%（1200 / 1500）");
    assertThat(en.indicators().get(0).trace().reason())
        .isEqualTo("actual 1200 人 against target ≥ 1500 人 → 80% (1200 / 1500)");
    assertThat(en.indicators().get(0).trace()).isEqualTo(zh.indicators().get(0).trace());
  }

  /** A range is a symbol like the other comparisons (it was the English word "between" in both languages). */
  @Test
  void aRangeTargetReadsWithASymbolInEitherLanguage() {
    Project p = oneIndicator("100-500人", "300人").build();
    Evaluation zh = Evaluator.defaults().evaluate(p);
    Evaluation en = Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(p);
    assertThat(zh.indicators().get(0).trace().reason()).isEqualTo("实际 300 人，目标 ∈ 100..500 人 → 100%（在区间以内）");
    assertThat(en.indicators().get(0).trace().reason())
        .isEqualTo("actual 300 人 against target ∈ 100..500 人 → 100% (within the range)");
  }

  /** A range passed at the top is judged against its upper end, and its reason says so (it printed the lower). */
  @Test
  void aRangePassedAtTheTopQuotesItsUpperEndInTheFormula() {
    Project p = oneIndicator("100-500人", "620人").build();
    assertThat(Evaluator.defaults().evaluate(p).indicators().get(0).trace().reason())
        .isEqualTo("实际 620 人，目标 ∈ 100..500 人 → 76%（1 − (620 − 500) / 500，达到限度两倍时为0）");
    Project below = oneIndicator("100-500人", "50人").build();
    assertThat(Evaluator.defaults().evaluate(below).indicators().get(0).trace().reason())
        .isEqualTo("实际 50 人，目标 ∈ 100..500 人 → 50%（50 / 100）");
  }

  /** A limit of 0 passed scores 0 under either reverse rule, without a formula dividing by 0. */
  @Test
  void aLimitOfZeroPassedHasAReasonWithoutADivisionByZero() {
    Project p = oneIndicator("≤0起", "2起").build();
    for (Profile profile : List.of(Profiles.get(Profiles.MOF_2020), Profiles.get(Profiles.SICHUAN_2023))) {
      Evaluator zh = Evaluator.of(profile);
      Evaluator en = Evaluator.builder().profile(profile).locale(Locale.ENGLISH).build();
      assertThat(zh.evaluate(p).indicators().get(0).trace().reason()).isEqualTo("实际 2 起，目标 ≤ 0 起 → 0%（限度为0，超过即为0）");
      assertThat(en.evaluate(p).indicators().get(0).trace().reason())
          .isEqualTo("actual 2 起 against target ≤ 0 起 → 0% (a limit of 0 passed scores 0)");
    }
  }

  /** An actual converted into the target's unit is quoted in that unit (it read 实际 8 元). */
  @Test
  void aConvertedActualIsQuotedInTheTargetsUnit() {
    Project p = oneIndicator("不少于10万元", "80000元").build();
    String reason = Evaluator.defaults().evaluate(p).indicators().get(0).trace().reason();
    assertThat(reason).startsWith("实际 8 万元，目标 ≥ 10 万元 → 80%");
  }

  /** A project of one quantity indicator with this target and actual. */
  private static Project.Builder oneIndicator(String target, String actual) {
    return Project.builder()
        .seq(1)
        .name("培训项目")
        .moneyUnit(org.jixiao.core.money.MoneyUnit.WAN_YUAN)
        .indicators(
            org.jixiao.core.indicator.IndicatorSet.of(
                List.of(
                    org.jixiao.core.indicator.Indicator.of(
                        org.jixiao.core.indicator.Subcategory.QUANTITY, target, actual))));
  }

  private static void check(Evaluator zh, Evaluator en, Project p, Set<String> codes) {
    Evaluation a = zh.evaluate(p);
    Evaluation b = en.evaluate(p);
    List<Trace> zhTraces = traces(a);
    List<Trace> enTraces = traces(b);
    assertThat(enTraces).hasSameSizeAs(zhTraces);
    for (int i = 0; i < zhTraces.size(); i++) {
      Trace t = zhTraces.get(i);
      Trace u = enTraces.get(i);
      assertThat(t.code()).as("code of %s", t).isPresent();
      assertThat(u.code()).isEqualTo(t.code());
      assertThat(u.args()).isEqualTo(t.args());
      assertThat(u.figures()).isEqualTo(t.figures());
      codes.add(t.code().orElseThrow());
      String zhText = t.reason();
      String enText = u.reason();
      assertThat(zhText).as("Chinese %s", t.code()).doesNotContain("{").doesNotContain("JX-T");
      assertThat(enText).as("English %s", t.code()).doesNotContain("{").doesNotContain("JX-T");
      assertThat(ENGLISH_WORD.matcher(withoutArgs(zhText, t)).find())
          .as("English words in the Chinese reason %s: %s", t.code(), zhText)
          .isFalse();
      assertThat(CHINESE_OF_OURS.matcher(withoutArgs(enText, u)).find())
          .as("our Chinese words in the English reason %s: %s", u.code(), enText)
          .isFalse();
    }
    // scores never depend on the language
    assertThat(b.score()).isEqualTo(a.score());
    assertThat(b.status()).isEqualTo(a.status());
  }

  /**
   * The reason with the arguments' values cut out: user text may be in any language. The longest
   * first: cutting {@code 0 人} first would leave the rest of {@code ∈ 0..0 人} behind, and a
   * word in it unseen.
   */
  private static String withoutArgs(String reason, Trace trace) {
    String out = reason;
    List<String> values = new ArrayList<>(trace.args().values());
    values.sort(java.util.Comparator.comparingInt(String::length).reversed());
    for (String v : values) {
      if (!v.isEmpty()) {
        out = out.replace(v, "");
      }
    }
    return out;
  }

  private static List<Trace> traces(Evaluation e) {
    List<Trace> out = new ArrayList<>();
    out.add(e.execution().trace());
    for (IndicatorResult r : e.indicators()) {
      out.add(r.trace());
      for (IndicatorResult part : r.parts()) {
        out.add(part.trace());
      }
    }
    e.statusTrace().ifPresent(out::add);
    return out;
  }
}
