package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

/**
 * A form that prints a 得分 and no 分值 for its indicators (the 20/80 template) is weighted by the
 * 分值 those 得分 imply, when they are beyond doubt (ImpliedWeights), and by the profile otherwise.
 * The forms are those of 长江禁捕 2020 and 施甸 2019 (examples' forms/SOURCES.md, file 16).
 */
class ImpliedWeightsTest {
  private static Indicator scored(Subcategory sub, String target, String actual, String statedScore) {
    return Indicator.builder()
        .category(sub.category())
        .subcategory(sub)
        .name(sub.name())
        .target(target)
        .actual(actual)
        .statedScore(new BigDecimal(statedScore))
        .build();
  }

  /** A 20/80 form: 预算执行情况(20分), funds spent in full, and these indicators. */
  private static Project.Builder form(Indicator... indicators) {
    return Project.builder()
        .name("项目支出绩效自评表")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("1.56"))
        .actual(new BigDecimal("1.56"))
        .statedExecutionWeight(new BigDecimal("20"))
        .indicators(IndicatorSet.of(List.of(indicators)));
  }

  private static List<String> weights(Evaluation e) {
    return e.indicators().stream().map(r -> r.weight().toPlainString()).toList();
  }

  private static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  /** 长江禁捕 2020: four targets met, 得分 20, 10, 10 and 40 of the 80 the indicators carry. */
  private static Project changjiang() {
    return form(
            scored(Subcategory.QUANTITY, "6", "6", "20"),
            scored(Subcategory.QUALITY, "100%", "100%", "10"),
            scored(Subcategory.TIMELINESS, "100%", "100%", "10"),
            scored(Subcategory.SERVED_SATISFACTION, "90%", "≥90%", "40"))
        .build();
  }

  @Test
  void theScoresOfTargetsMetInFullAreTheirWeights() {
    Evaluation e = Evaluator.defaults().evaluate(changjiang());

    assertThat(weights(e)).containsExactly("20.00", "10.00", "10.00", "40.00");
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0114")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("第1个指标20、第2个指标10、第3个指标10、第4个指标40").contains("合计80分");
    });
    // the 得分 now agree with the weights, where the profile's 50 / 30 / 10 split disagreed with each
    assertThat(codes(e)).doesNotContain("JX-R-0283", "JX-R-0282", "JX-R-0115");
  }

  @Test
  void theNoteIsWordedInEnglishOnRequest() {
    Evaluation e = Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(changjiang());

    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0114")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("#1 20, #2 10, #3 10, #4 40").contains("80 in all"));
  }

  /**
   * 施甸 2019: 8.0 is 6 / 15 of 20 and 7.3 is 4164 / 11442 of 20; 31.9, 10.5 and 11.1 are B / A of
   * 20, 10 and 10, not capped, so only the uncapped reading fits. The evaluation caps them, and
   * the three 得分 above their 分值 are said as such (JX-R-0286).
   */
  @Test
  void scoresNotCappedAtTheTargetImplyWeightsThroughTheirRatios() {
    Project p =
        form(
                scored(Subcategory.QUANTITY, "15", "6", "8.0"),
                scored(Subcategory.QUANTITY, "11442", "4164", "7.3"),
                scored(Subcategory.ECONOMIC, "8000", "12767.36", "31.9"),
                scored(Subcategory.ECONOMIC, "1980", "2074", "10.5"),
                scored(Subcategory.SERVED_SATISFACTION, "90", "100", "11.1"))
            .budget(new BigDecimal("650"))
            .actual(new BigDecimal("94"))
            .build();

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(weights(e)).containsExactly("20.00", "20.00", "20.00", "10.00", "10.00");
    assertThat(codes(e)).contains("JX-R-0115").doesNotContain("JX-R-0114", "JX-R-0283");
    // 20 × 14.46 % + 8.00 + 7.28 + 20 + 10 + 10
    assertThat(e.score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("58.17"));
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0286")).extracting(f -> f.args().get("stated"))
        .containsExactly("31.9", "10.5", "11.1");
  }

  /**
   * 黄冈 2020 (examples' forms): 10, 10, 20 and 20 are met in full; 19.6 for a 98 % met in full
   * fits no 分值, so it takes the 20 the others leave of 80, and its 得分 is then reported.
   */
  @Test
  void oneScoreThatFitsNoWeightTakesWhatTheOthersLeave() {
    Project p =
        form(
                scored(Subcategory.QUALITY, "100%", "100%", "10"),
                scored(Subcategory.TIMELINESS, "100%", "100%", "10"),
                scored(Subcategory.SERVED_SATISFACTION, "98%", "98%", "19.6"),
                scored(Subcategory.QUALITY, "100%", "100%", "20"),
                scored(Subcategory.TIMELINESS, "100%", "100%", "20"))
            .build();

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(weights(e)).containsExactly("10.00", "10.00", "20.00", "20.00", "20.00");
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0114")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("第3个指标“SERVED_SATISFACTION”的得分推不出分值"));
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0282")).extracting(f -> f.args().get("stated"))
        .containsExactly("19.6");
  }

  /** A row printed not applicable and given no 得分 (/) takes no part: the others' 分值 still add up. */
  @Test
  void aRowNotApplicableAndNotScoredTakesNoPart() {
    Project p =
        form(
                scored(Subcategory.QUANTITY, "6", "6", "20"),
                scored(Subcategory.QUALITY, "100%", "100%", "30"),
                Indicator.of(Subcategory.ECOLOGICAL, "/", "/"),
                scored(Subcategory.SERVED_SATISFACTION, "90%", "95%", "30"))
            .build();

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(weights(e)).containsExactly("20.00", "30.00", "0.00", "30.00");
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0114")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("第1个指标20、第2个指标30、第4个指标30，合计80分"));
  }

  /** A row of a cut copy may have no name: the note then names it by its place alone. */
  @Test
  void aRowWithoutANameIsNamedByItsPlace() {
    Indicator unnamed =
        Indicator.builder()
            .category(Category.SATISFACTION)
            .subcategory(Subcategory.SERVED_SATISFACTION)
            .target("98%")
            .actual("98%")
            .statedScore(new BigDecimal("19.6"))
            .build();
    Project p =
        form(
                scored(Subcategory.QUALITY, "100%", "100%", "10"),
                scored(Subcategory.TIMELINESS, "100%", "100%", "10"),
                unnamed,
                scored(Subcategory.QUALITY, "100%", "100%", "20"),
                scored(Subcategory.TIMELINESS, "100%", "100%", "20"))
            .build();

    assertThat(Evaluator.defaults().evaluate(p).findings()).filteredOn(f -> f.code().equals("JX-R-0114")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("；第3个指标的得分推不出分值"));
    assertThat(Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(p).findings())
        .filteredOn(f -> f.code().equals("JX-R-0114")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("the 得分 of #3 fits no 分值"));
  }

  /** The profile's weights stay, and the 得分 are only compared with them (JX-R-0283), in each of these. */
  @Test
  void weightsThatAreNotBeyondDoubtAreNotImplied() {
    Indicator met20 = scored(Subcategory.QUANTITY, "6", "6", "20");
    Indicator met10 = scored(Subcategory.QUALITY, "100%", "100%", "10");
    Indicator met40 = scored(Subcategory.SERVED_SATISFACTION, "90%", "95%", "40");
    Indicator partial = scored(Subcategory.TIMELINESS, "100%", "100%", "7.5");
    List<Project> doubtful =
        List.of(
            // 20 + 10 + 40 + 40 is 110, not the 80 the indicators carry
            form(met20, met10, met40, scored(Subcategory.SOCIAL, "提升", "已提升", "40")).build(),
            // one indicator prints no 得分
            form(met20, met10, met40, Indicator.of(Subcategory.TIMELINESS, "100%", "100%")).build(),
            // one prints a 分值: the form's own 分值 decide, as printed
            form(met20, met10, met40, Indicator.builder().from(met10).weight(BigDecimal.TEN).build()).build(),
            // two fit no whole 分值: what the others leave cannot be split between them
            form(met20, met40, partial, scored(Subcategory.QUALITY, "100%", "100%", "2.5")).build(),
            // 一级 labels print 产出 30, but the 得分 imply 40 for 产出
            form(met20, met10, met10, met40).putStatedCategoryWeights(Category.OUTPUT, new BigDecimal("30")).build(),
            // no execution 分值 printed: under mof-2020 printed 分值 would not be followed either
            Project.builder().from(changjiang()).statedExecutionWeight(java.util.Optional.empty()).build());
    for (Project p : doubtful) {
      Evaluation e = Evaluator.defaults().evaluate(p);
      assertThat(codes(e)).as(p.indicators().toString()).doesNotContain("JX-R-0114", "JX-R-0115");
      assertThat(weights(e)).as(p.indicators().toString()).doesNotContainSequence("20.00", "10.00");
    }
  }

  /**
   * The row that takes what the others leave must earn its own 得分 of it: with the sum exact by
   * construction, nothing else speaks for it. Each of these would otherwise imply 分值 a reader
   * would not accept, and move the score or withhold it.
   */
  @Test
  void theRowThatTakesWhatIsLeftMustFitItsOwnScore() {
    Indicator satisfied = scored(Subcategory.SERVED_SATISFACTION, "98%", "98%", "29.4");
    List<Project> wrong =
        List.of(
            // 20/30/30: full marks for 80 of 100 imply 25, and the 29.4 met in full would take the 25 left
            form(scored(Subcategory.QUANTITY, "≥100人", "80人", "20"), scored(Subcategory.QUALITY, "100%", "100%", "30"), satisfied).build(),
            // 10/10/20/40 with 7 and 9 deducted from targets met: the undetermined row would take 44
            form(
                    scored(Subcategory.QUANTITY, "6", "6", "7"),
                    scored(Subcategory.QUALITY, "100%", "100%", "9"),
                    scored(Subcategory.TIMELINESS, "100%", "100%", "20"),
                    scored(Subcategory.SOCIAL, "好坏", "好坏", "40"))
                .build(),
            // a row given 0 for a target not met says nothing of its points, and would take 43
            form(scored(Subcategory.QUANTITY, "6", "6", "7"), scored(Subcategory.QUALITY, "100%", "100%", "30"),
                    scored(Subcategory.SERVED_SATISFACTION, "≥90%", "0%", "0"))
                .build());
    for (Project p : wrong) {
      Evaluation e = Evaluator.defaults().evaluate(p);
      assertThat(codes(e)).as(p.indicators().toString()).doesNotContain("JX-R-0114", "JX-R-0115").contains("JX-R-0283");
    }
  }

  /**
   * 12000 of 8000 given 30 fits 30 capped, but the 29.4 met in full cannot take the 20 then left;
   * read uncapped, 30 is 1.5 × 20 and the 29.4 takes the 30 left, as a reader would have it.
   */
  @Test
  void aCappedReadingWhoseRemainderDoesNotFitGivesWayToTheUncappedOne() {
    Project p =
        form(
                scored(Subcategory.QUANTITY, "8000", "12000", "30"),
                scored(Subcategory.QUALITY, "100%", "100%", "10"),
                scored(Subcategory.TIMELINESS, "100%", "100%", "20"),
                scored(Subcategory.SERVED_SATISFACTION, "98%", "98%", "29.4"))
            .build();

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(weights(e)).containsExactly("20.00", "10.00", "20.00", "30.00");
    assertThat(codes(e)).contains("JX-R-0115").doesNotContain("JX-R-0114");
  }

  @Test
  void aProfileThatImposesItsOwnWeightsImpliesNone() {
    Profile fixed = Profiles.defaultProfile().toBuilder().id("fixed").formWeights(false).build();

    Evaluation e = Evaluator.of(fixed).evaluate(changjiang());

    assertThat(codes(e)).doesNotContain("JX-R-0114");
    assertThat(e.execution().weight()).isEqualByComparingTo("10");
  }

  /**
   * A small fraction blurs neighbouring 分值: 1.1 is 5 % of 21 (1.05, HALF_UP) and of 22 (1.10),
   * and 1.1 ÷ 5 % guesses 22. That 得分 implies none; with the rest met in full it takes the 21
   * they leave.
   */
  @Test
  void aScoreThatSeveralWeightsWouldShowImpliesNone() {
    Project p =
        form(
                scored(Subcategory.QUANTITY, "≥100场", "5场", "1.1"),
                scored(Subcategory.QUALITY, "100%", "100%", "30"),
                scored(Subcategory.SERVED_SATISFACTION, "90%", "95%", "29"))
            .build();

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(weights(e)).containsExactly("21.00", "30.00", "29.00");
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0114")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("第1个指标“QUANTITY”的得分推不出分值"));
  }

  /**
   * Whole 分值 adding up to 80, targets met in part or in full (a fraction of at least a half),
   * 得分 printed HALF_UP at one decimal as a department computes them: the implied 分值 are the
   * true ones, every time.
   */
  @Test
  void scoresPrintedFromWholeWeightsGiveThoseWeightsBack() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(1, 30)).ofSizeBetween(1, 6), integers().between(50, 100))
        .checkAssert((parts, percent) -> {
          List<Integer> w = splitInto80(parts);
          List<Indicator> indicators = new ArrayList<>();
          for (int i = 0; i < w.size(); i++) {
            // actual of 100: a percentage of the target met, the first one in part, the rest in full
            int actual = i == 0 ? percent : 100;
            BigDecimal stated = BigDecimal.valueOf(w.get(i)).multiply(BigDecimal.valueOf(actual))
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
            indicators.add(scored(Subcategory.QUANTITY, "≥100人", actual + "人", stated.toPlainString()));
          }
          Evaluation e = Evaluator.defaults().evaluate(form(indicators.toArray(Indicator[]::new)).build());
          assertThat(codes(e)).contains("JX-R-0114");
          assertThat(e.indicators()).extracting(IndicatorResult::weight)
              .usingElementComparator(BigDecimal::compareTo)
              .containsExactlyElementsOf(w.stream().map(BigDecimal::valueOf).toList());
        });
  }

  /** Whole, positive 分值 adding up to 80, roughly in proportion to {@code parts}: 1 each, the rest shared. */
  private static List<Integer> splitInto80(List<Integer> parts) {
    int total = parts.stream().mapToInt(Integer::intValue).sum();
    int spare = 80 - parts.size();
    List<Integer> w = new ArrayList<>();
    int given = 0;
    for (int i = 0; i < parts.size(); i++) {
      int share = i == parts.size() - 1 ? 80 - given : 1 + parts.get(i) * spare / total;
      w.add(share);
      given += share;
    }
    return w;
  }
}
