package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.evaluation.Status;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * Signed actuals and words of direction against targets that can be signed (domain §3: B ≤ A
 * meets a ceiling; a negative B against a floor above 0 counts as 0).
 *
 * <p>The rows are those of the audit probes {@code p2e_negative.tsv} (rows 13–16) and
 * {@code p2c_control_rates_quality.tsv} (rows 17–18) (h1 REPORT §1), made from the real 棠溪 2022
 * 委托业务项目 form (项目支出绩效自评表, 池州市贵池区棠溪镇人民政府; source
 * http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2, io/src/test/resources/forms/SOURCES.md
 * file 4) with the 三公经费变动率 rows every department-wide form prints (重庆 2021).
 */
class SignedActualsTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  private static IndicatorVerdict judge(Subcategory sub, String name, String target, String actual) {
    return EVALUATOR.judge(Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).actual(actual).build());
  }

  @ParameterizedTest(name = "{1} {2} / {3}")
  @CsvSource({
    // p2e rows 13–16
    "QUANTITY, “三公”经费变动率, ≤0, −5%",
    "QUALITY, “三公”经费变动率, ≤0%, -5",
    "QUALITY, 公用经费变动率, ≤0, 下降5%",
    "TIMELINESS, 三公经费增长率, ≤0, -0.5%",
    // p2c rows 17–18
    "COST, “三公”经费变动率, ≤0, -5%",
    "COST, 公用经费增长率, ≤0, -3.2%",
    // the class
    "QUALITY, 公用经费变动率, ≤0, 减少5%",
    "QUALITY, 公用经费变动率, ≤0, 降低5%",
    "QUALITY, 公用经费变动率, ≤0, 负增长5%",
    "QUALITY, 公用经费变动率, ≤0, －5%",
    "QUALITY, 公用经费变动率, ≤0, 同比下降2.3%",
    "COST, 三公经费, ≤0万元, 较上年减少3.2万元",
    "QUALITY, “三公”经费变动率, ≤-5%, -6%",
    "QUALITY, “三公”经费变动率, ≤-5%, 下降5%",
    "QUALITY, “三公”经费变动率, ≥-5%, -3%",
    "QUALITY, “三公”经费变动率, ≥-5%, 增长2%",
  })
  void aFallMeetsACeilingOfZeroAndASignedTarget(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
    assertThat(actualFigure(v).signum() < 0 || actual.startsWith("增长")).as(actual).isTrue();
  }

  @Test
  void theTraceShowsTheSign() {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "“三公”经费变动率", "≤0", "−5%");
    assertThat(v.trace().reason()).isEqualTo("实际 -5 %，目标 ≤ 0 % → 100%（在限度以内）");
    assertThat(judge(Subcategory.QUALITY, "“三公”经费变动率", "≥-5%", "-3%").trace().reason())
        .isEqualTo("实际 -3 %，目标 ≥ -5 % → 100%（达到目标）");
  }

  @ParameterizedTest(name = "{1} {2} / {3} → {4}")
  @CsvSource({
    // a rise against a ceiling of 0 is no fall: the limit of 0 passed scores 0
    "QUALITY, “三公”经费变动率, ≤0, 增长2%, 0, JX-T-0268",
    "QUALITY, “三公”经费变动率, ≤0, 2%, 0, JX-T-0268",
    // a fall against a floor above 0 counts as 0 (domain §3)
    "QUALITY, 服务收入增长率, ≥5%, -2%, 0, JX-T-0245",
    "QUALITY, 服务收入增长率, ≥5%, 下降2%, 0, JX-T-0245",
    "QUALITY, 服务收入增长率, ≥5%, 增长2%, 0.4, JX-T-0245",
  })
  void aRiseAgainstACeilingOfZeroOrAFallAgainstAFloorIsNotMet(
      Subcategory sub, String name, String target, String actual, String fraction, String code) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
    assertThat(v.trace().code()).hasValue(code);
  }

  /** 下降≥5%: a target of decrease. A fall of 6 % meets it, a fall of 3 % is 3/5 of it, a rise nothing. */
  @ParameterizedTest(name = "{1} {2} / {3} → {4}")
  @CsvSource({
    "QUALITY, 公用经费, 下降≥5%, 下降6%, 1",
    "QUALITY, 公用经费, 下降≥5%, -6%, 1",
    "QUALITY, 公用经费, 下降≥5%, 下降3%, 0.6",
    "QUALITY, 公用经费, 下降≥5%, 增长2%, 0",
    "QUALITY, 公用经费, 同比下降5%以上, 同比下降5.5%, 1",
    "QUALITY, 公用经费, 下降5%, 下降6%, 1",
    "COST, 公用经费, 下降5%, 下降6%, 1",
    // the name says the decrease: the figure is its size
    "QUALITY, “三公”经费压减率, ≥5%, 5%, 1",
    "QUALITY, “三公”经费压减率, ≥5%, 压减6%, 1",
    "QUALITY, “三公”经费压减率, ≥5%, 增长1%, 0",
    "QUALITY, 安全事故减少率, ≥10%, 减少8%, 0.8",
  })
  void aTargetOfDecreaseIsMetByAFallLargeEnough(Subcategory sub, String name, String target, String actual, String fraction) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
  }

  @Test
  void aTargetOfDecreaseSaysSoInTheTrace() {
    assertThat(judge(Subcategory.QUALITY, "公用经费", "下降≥5%", "下降3%").trace().reason())
        .isEqualTo("实际 ↓3 %，目标 ↓ ≥ 5 % → 60%（3 / 5）");
    assertThat(judge(Subcategory.QUALITY, "公用经费", "下降≥5%", "下降3%").trace().withFormat(Reasons.EN).reason())
        .isEqualTo("actual ↓3 % against target ↓ ≥ 5 % → 60% (3 / 5)");
  }

  /** Short of a floor of 0 or below, or above a ceiling below 0: domain §3 gives no fraction, so no guess. */
  @ParameterizedTest(name = "{1} {2} / {3}")
  @CsvSource({
    "QUALITY, “三公”经费变动率, ≥-5%, -6%",
    "QUALITY, “三公”经费变动率, ≥-5%, 下降6%",
    "QUALITY, 服务收入增长率, ≥0, -3%",
    "QUALITY, 服务收入增长率, ≥0%, 下降3%",
    "QUALITY, “三公”经费变动率, ≤-5%, -3%",
    "QUALITY, “三公”经费变动率, ≤-5%, 增长1%",
  })
  void aSignedShortfallTheRulesDoNotScoreIsUndeterminedWithItsReason(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.trace().code()).hasValue("JX-T-0269");
    assertThat(v.trace().method()).isEqualTo(QuantitativeRules.SIGNED_SHORTFALL);
  }

  @Test
  void theSignedShortfallReasonIsInBothLanguages() {
    Indicator i =
        Indicator.builder().category(Subcategory.QUALITY.category()).subcategory(Subcategory.QUALITY).name("“三公”经费变动率")
            .target("≥-5%").actual("-6%").build();
    assertThat(EVALUATOR.judge(i).trace().reason())
        .isEqualTo("实际 -6 %，目标 ≥ -5 %：未达到目标；目标为0或负数的下限（或负数的上限）未达到时，评分规则没有规定得分比例，无法判定");
    assertThat(EVALUATOR.judge(i).trace().withFormat(Reasons.EN).reason())
        .startsWith("actual -6 % against target ≥ -5 %: not met;");
  }

  /** Ordinary texts read as before: a dash of a range, a date, a code; a count with a word of decrease. */
  @ParameterizedTest(name = "{1} {2} / {3} → {4}")
  @CsvSource({
    "QUANTITY, 培训人次, ≥100人次, 80-90人次, 0.8", // 80-120人次 straddles the floor: undetermined (UnsettledBoundsTest)
    "QUANTITY, 培训场次, 5-10场, 8场, 1",
    "QUANTITY, 服务企业数, ≥30家, 32, 1",
    "QUALITY, 投诉次数, ≤3起, 全年投诉2起，同比减少2起, 1", // 投诉减少2起 alone states no count (BareChangesTest)
    "QUANTITY, 设备数量, ≥3台, A-5型设备2台, 0.6667",
    // a name of decrease that is no rate: its target is a level
    "COST, 降低项目成本, ≤90万元, 85万元, 1",
    "COST, 降低项目成本, ≤90万元, 较预算降低5万元, 1",
  })
  void ordinaryTextsReadAsBefore(Subcategory sub, String name, String target, String actual, String fraction) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.trace().reason()).as("no fall asked for").doesNotContain("↓");
    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f.setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(fraction));
  }

  /** p2e_negative rows 13–16 on one form: every row met, so the project is completed in full. */
  @Test
  void theProbeFormsRowsAreAllMet() {
    List<Indicator> rows =
        List.of(
            row(Subcategory.QUANTITY, "“三公”经费变动率", "≤0", "−5%"),
            row(Subcategory.QUALITY, "“三公”经费变动率", "≤0%", "-5"),
            row(Subcategory.QUALITY, "公用经费变动率", "≤0", "下降5%"),
            row(Subcategory.TIMELINESS, "三公经费增长率", "≤0", "-0.5%"),
            row(Subcategory.COST, "项目总成本", "≤90万元", "90"),
            row(Subcategory.SOCIAL, "对维护基建市场公平的影响程度", "效果明显", "达成预期指标"),
            row(Subcategory.SERVED_SATISFACTION, "公众满意度", "≥90%", "95%"));
    Project p =
        Project.builder()
            .seq(1)
            .name("委托业务项目")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("90"))
            .adjustedBudget(new BigDecimal("89.974"))
            .actual(new BigDecimal("89.974"))
            .indicators(IndicatorSet.of(rows))
            .build();
    Evaluation e = EVALUATOR.evaluate(p);
    assertThat(e.status()).isEqualTo(Status.COMPLETED);
    assertThat(e.score()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("100"));
  }

  private static BigDecimal actualFigure(IndicatorVerdict v) {
    BigDecimal b = v.trace().figures().get("actual");
    assertThat(b).as(v.trace().reason()).isNotNull();
    return b == null ? BigDecimal.ZERO : b;
  }

  private static Indicator row(Subcategory sub, String name, String target, String actual) {
    return Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).actual(actual).build();
  }

  /** A fall, however written, always meets a ceiling of 0, and never reads as the positive figure. */
  @Test
  void aFallAlwaysMeetsACeilingOfZero() {
    qt().forAll(
            Generate.pick(List.of("-", "−", "－", "下降", "减少", "降低", "负增长", "同比下降", "较上年减少")),
            integers().between(1, 100_000),
            integers().between(0, 99),
            Generate.pick(List.of("≤0", "≤0%", "≤ 0", "不超过0", "<=0%")))
        .checkAssert(
            (fall, whole, cents, target) -> {
              String actual = fall + whole + "." + cents + "%";
              IndicatorVerdict v = judge(Subcategory.QUALITY, "“三公”经费变动率", target, actual);
              assertThat(v.fraction()).as(target + " / " + actual).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
              assertThat(actualFigure(v).signum()).as(actual).isNegative();
            });
  }

  /** A rise, written with a word or without a sign, never meets a ceiling of 0. */
  @Test
  void aRiseNeverMeetsACeilingOfZero() {
    qt().forAll(
            Generate.pick(List.of("", "+", "增长", "增加", "上升", "同比增长")),
            integers().between(1, 100_000),
            Generate.pick(List.of("≤0", "≤0%", "不超过0")))
        .checkAssert(
            (rise, whole, target) -> {
              String actual = rise + whole + "%";
              IndicatorVerdict v = judge(Subcategory.QUALITY, "“三公”经费变动率", target, actual);
              assertThat(v.fraction()).as(target + " / " + actual).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0"));
            });
  }
}
