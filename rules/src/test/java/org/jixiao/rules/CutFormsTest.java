package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/**
 * Forms whose printed 分值 show indicators missing from what was read — a copy cut short, a page
 * missing — are not scored as if what is visible were all of them: the points not seen are
 * treated as an undetermined indicator's (shared out among the scored indicators, a provisional
 * score, counted in the undetermined share and withheld above it), and JX-R-0111 says how many
 * were seen and so. Indicators printed as not applicable are rescaled away too, without making the
 * score provisional, and a project that prints no 分值 is weighted as before.
 *
 * <p>The first project is the indicator block of a real form as the form reader gives it: the
 * 2016 self-evaluation of 北京市海淀区学院路街道, 【体制】自管道路清扫保洁外包工作经费
 * (https://www.wenku365.com/s-60761775.html; io's and examples' {@code forms/SOURCES.md} §14),
 * whose stored copy stops in its second indicator row.
 */
class CutFormsTest {
  private final Evaluator evaluator = Evaluator.defaults();

  /** The Haidian form: 310.2 → 154.74 万元 (49.88 %), execution 分值 10; 12.5 of the 产出指标(50分) seen. */
  private static Project haidian() {
    return Project.builder()
        .name("【体制】自管道路清扫保洁外包工作经费")
        .unit("北京市海淀区学院路街道城市运行服务中心")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("310.2"))
        .actual(new BigDecimal("154.74"))
        .statedExecutionRate(new BigDecimal("50"))
        .statedExecutionWeight(BigDecimal.TEN)
        .statedExecutionScore(new BigDecimal("5"))
        .indicators(
            IndicatorSet.of(
                Indicator.builder()
                    .from(printed(Subcategory.QUANTITY, "12.5", "12.5", "12.5"))
                    .name("是否完成绩效目标申报表中申报的数量")
                    .statedScore(new BigDecimal("12.5"))
                    .build(),
                Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUALITY).name("是否达到国").build()))
        .build();
  }

  @Test
  void aFormShowingAFewOfItsPointsGetsNoScoreAndSaysHowManyItShowed() {
    Evaluation e = evaluator.evaluate(haidian());

    // before: the 12.5-point indicator weighed 90 and the project scored 94.99 优 完成
    assertThat(e.execution().points()).contains(new BigDecimal("4.99"));
    assertThat(e.score()).isEmpty();
    assertThat(e.grade()).isEmpty();
    assertThat(e.withheld()).contains(WithheldReason.UNDETERMINED_SHARE);
    assertThat(e.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(e.statusTrace().orElseThrow().code()).contains("JX-T-0308");
    assertThat(e.provisional()).isTrue();
    assertThat(only(e, "JX-R-0111"))
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(BuiltInIds.EVALUATOR);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.args())
                  .containsEntry("visible", "12.5")
                  .containsEntry("expected", "90")
                  .containsEntry("missing", "77.5")
                  .containsEntry("share", "13.89%");
              assertThat(f.message())
                  .isEqualTo("表中所列指标的分值合计为12.5，指标部分应有90分，只列出了13.89%：其余77.5分的指标不在所读内容中（表可能被截断或缺页）。"
                      + "与无法判定的指标一样，这些分值已由已评分的指标按权重比例分摊，所给得分为暂定分；未列出的分值计入无法判定的比例，超过50%时不给出总分");
            });
    assertThat(only(e, "JX-R-0107").args()).containsEntry("share", "86.11%");
    // the printed 得分 12.5 is out of the printed 12.5: no stated-score alarm
    assertThat(codes(e)).doesNotContain("JX-R-0282", "JX-R-0108");
  }

  @Test
  void theFindingIsWordedInEnglishOnRequest() {
    Evaluation e = Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(haidian());

    assertThat(only(e, "JX-R-0111").message())
        .isEqualTo(
            "the indicators read print 分值 adding up to 12.5 of the 90 points the indicators carry (13.89%): the other 77.5"
                + " points belong to indicators not in what was read (the form may be cut short or miss a page). As with"
                + " undetermined indicators, those points were shared out among the scored indicators in proportion to their"
                + " weights, and any score given is provisional; the points not shown count in the undetermined share, and"
                + " above 50% no total score is given");
    assertThat(e.statusTrace().orElseThrow().reason())
        .isEqualTo("the indicators read print only 12.5 of 90 points: those not read and those undetermined carry 86.11% of the weight, more than 50%");
  }

  /**
   * A category not among the indicators read of a copy whose printed 分值 show indicators missing
   * may be among those not read: an INFO says so (JX-R-0223), not a WARNING that the project lacks
   * it (JX-R-0221), which a whole form printing all its 分值 still gets.
   */
  @Test
  void aCategoryNotReadFromACutCopyIsNotSaidToBeTheProjectsLack() {
    assertThat(evaluator.evaluate(haidian()).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code, Finding::severity, Finding::message)
        .containsExactly(
            tuple("JX-R-0223", Severity.INFO,
                "所读的指标中没有效益指标：表中分值显示另有77.5分的指标未能读取（副本可能不全），效益指标可能在其中，不认定项目缺少"),
            tuple("JX-R-0223", Severity.INFO,
                "所读的指标中没有满意度指标：表中分值显示另有77.5分的指标未能读取（副本可能不全），满意度指标可能在其中，不认定项目缺少"));
    assertThat(Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(haidian()).findings())
        .filteredOn(f -> f.code().equals("JX-R-0223")).first()
        .satisfies(f -> assertThat(f.message()).startsWith("no 效益指标 among the indicators read: the printed points show"
            + " indicators worth 77.5 more that were not read"));

    // a whole form, its 总分 printed, one row read with its 分值 left blank: the points not shown are
    // that row's, and the satisfaction the form lacks is its own (a review of this change built it)
    Project blankWeight = Project.builder()
        .from(form(printed(Subcategory.QUANTITY, "≥10场", "12场", "60"), Indicator.of(Subcategory.SOCIAL, "明显提升", "明显提升")))
        .statedScore(new BigDecimal("100"))
        .build();
    // the same form with no 总分 but its closing rows (存在问题 | 无) reaches its end too
    Project withClosing = Project.builder().from(blankWeight).statedScore(java.util.Optional.empty()).problems("无").build();
    for (Project p : List.of(blankWeight, withClosing)) {
      assertThat(evaluator.evaluate(p).findings())
          .filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
          .extracting(Finding::code, Finding::severity)
          .containsExactly(tuple("JX-R-0221", Severity.WARNING));
    }

    // a copy cut above, as 大英县图书馆 2022 begins at its indicator header: its 合计 printed, no amounts
    Project cutAbove = Project.builder()
        .name("未命名项目1")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .statedScore(new BigDecimal("100"))
        .indicators(IndicatorSet.of(printed(Subcategory.SERVED_SATISFACTION, "≥95%", "95%", "5"),
            printed(Subcategory.SUSTAINABILITY, "好坏", "好坏", "5")))
        .build();
    assertThat(evaluator.evaluate(cutAbove).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("JX-R-0223", Severity.INFO));

    Project whole = form(printed(Subcategory.QUANTITY, "≥10场", "12场", "50"), printed(Subcategory.SOCIAL, "明显提升", "明显提升", "40"));
    assertThat(evaluator.evaluate(whole).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code, Finding::severity, Finding::message)
        .containsExactly(tuple("JX-R-0221", Severity.WARNING, "项目没有满意度指标"));
  }

  /**
   * 临翔 2023 (马鹿坑野生动物收容所, io's forms/SOURCES.md #38): the copy stops inside its satisfaction
   * row, at the name 受益农户满意度, with 80 of the 90 points printed. That row is blank because of the
   * copy: INFO JX-R-0224, not the WARNING JX-R-0222 that a whole form leaving its satisfaction blank gets.
   */
  @Test
  void aCategoryBlankInACutCopyIsNotSaidToBeLeftBlank() {
    Indicator cut = Indicator.builder().category(Category.SATISFACTION).subcategory(Subcategory.SERVED_SATISFACTION)
        .name("受益农户满意度").build();
    Project linxiang = form(printed(Subcategory.QUANTITY, "1处", "1处", "40"), printed(Subcategory.SOCIAL, "有效保护", "有效保护", "40"), cut);
    assertThat(evaluator.evaluate(linxiang).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code, Finding::severity, Finding::message)
        .containsExactly(tuple("JX-R-0224", Severity.INFO,
            "所读的满意度指标均为空白：表中分值显示另有10分的指标未能读取（副本可能不全，常在最后一行中断），满意度指标的完成情况可能在其中，不认定项目的满意度指标为空白"));

    // a category printed whole but blank, the copy cut in another: the project left it blank (a review built it)
    Project blankMiddle = form(printed(Subcategory.QUANTITY, "1处", "1处", "40"),
        Indicator.builder().category(Category.BENEFIT).subcategory(Subcategory.SOCIAL).name("群众知晓率").weight(new BigDecimal("30")).build(),
        printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10"), cut);
    assertThat(evaluator.evaluate(blankMiddle).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("JX-R-0222", Severity.WARNING));

    Project whole = form(printed(Subcategory.QUANTITY, "1处", "1处", "40"), printed(Subcategory.SOCIAL, "有效保护", "有效保护", "40"),
        Indicator.builder().from(printed(Subcategory.SERVED_SATISFACTION, "/", "/", "10")).name("受益农户满意度").build());
    assertThat(evaluator.evaluate(whole).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("JX-R-0222", Severity.WARNING));
  }

  /**
   * Every row printing its 分值 (the FORM weights): the 12.5 were rescaled to 90 and JX-R-0206
   * said "rescaled"; the copy is cut, not a form whose 分值 are odd, so only JX-R-0111 is given.
   */
  @Test
  void aCutFormWhoseRowsAllPrintTheirWeightsIsNotReportedAsRescaled() {
    Project p = form(printed(Subcategory.QUANTITY, "20条", "20条", "12.5"));

    Evaluation e = evaluator.evaluate(p);

    assertThat(e.score()).isEmpty();
    assertThat(codes(e)).contains("JX-R-0111", "JX-R-0107").doesNotContain("JX-R-0206");
    assertThat(e.findings()).noneMatch(f -> f.rule().equals(BuiltInIds.FORM_WEIGHTS));
  }

  /**
   * The Shandong district form of 2019 cut in its 社会效益 row (产出 4 × 12.5 and 经济效益 10 seen):
   * 60 of 90 points, a third missing, below the undetermined share: scored, provisionally.
   */
  @Test
  void aFormMissingAThirdOfItsPointsIsScoredProvisionally() {
    Project p =
        form(
            printed(Subcategory.QUANTITY, "100%", "100%", "12.5"),
            printed(Subcategory.QUALITY, "100%", "100%", "12.5"),
            printed(Subcategory.TIMELINESS, "100%", "100%", "12.5"),
            printed(Subcategory.COST, "45万", "45万", "12.5"),
            printed(Subcategory.ECONOMIC, "100%", "100%", "10"),
            Indicator.builder().category(Category.BENEFIT).subcategory(Subcategory.SOCIAL).name("促进基本公共文化服务标准化均等化").build());

    Evaluation e = evaluator.evaluate(p);

    assertThat(e.score()).contains(new BigDecimal("100.00"));
    assertThat(e.provisional()).isTrue();
    assertThat(e.withheld()).isEmpty();
    assertThat(only(e, "JX-R-0111").args()).containsEntry("visible", "60").containsEntry("missing", "30").containsEntry("share", "66.67%");
    assertThat(codes(e)).contains("JX-R-0108");
  }

  /** All 90 points printed, one indicator marked /: it is not applicable and its 分值 rescaled away, as before. */
  @Test
  void anIndicatorPrintedAsNotApplicableIsStillRescaledAway() {
    Project p =
        form(
            printed(Subcategory.QUANTITY, "≥10场", "12场", "40"),
            printed(Subcategory.QUALITY, "/", "/", "10"),
            printed(Subcategory.SOCIAL, "明显提升", "明显提升", "30"),
            printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10"));

    Evaluation e = evaluator.evaluate(p);

    assertThat(e.score()).contains(new BigDecimal("100.00"));
    assertThat(e.provisional()).isFalse();
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("45.00", "0.00", "33.75", "11.25");
    assertThat(codes(e)).doesNotContain("JX-R-0111");
  }

  /** 分值 that fall short by no more than the tolerance for printed points (0.1) are display rounding. */
  @Test
  void aShortfallWithinTheToleranceIsNotAMissingIndicator() {
    Project p =
        form(
            printed(Subcategory.QUANTITY, "≥10场", "12场", "16.67"),
            printed(Subcategory.QUALITY, "合格", "合格", "16.67"),
            printed(Subcategory.TIMELINESS, "按时", "按时", "16.6"),
            printed(Subcategory.SOCIAL, "明显提升", "明显提升", "30"),
            printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10"));

    Evaluation e = evaluator.evaluate(p);

    assertThat(e.provisional()).isFalse();
    assertThat(codes(e)).doesNotContain("JX-R-0111");
  }

  /**
   * A project whose indicators print no 分值 (the disclosure table, the 20/80 template without a
   * 分值 column) says nothing of missing points: a category it lacks is rescaled as before.
   */
  @Test
  void aProjectPrintingNoWeightsIsWeightedAsBefore() {
    Project p =
        Project.builder()
            .from(form())
            .statedExecutionWeight(java.util.Optional.empty())
            .indicators(IndicatorSet.of(Indicator.of(Subcategory.QUANTITY, "≥10场", "12场"), Indicator.of(Subcategory.SOCIAL, "明显提升", "明显提升")))
            .build();

    Evaluation e = evaluator.evaluate(p);

    assertThat(e.score()).contains(new BigDecimal("100.00"));
    assertThat(e.provisional()).isFalse();
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("56.25", "33.75");
    assertThat(codes(e)).doesNotContain("JX-R-0111");
  }

  /** A profile that never withholds (undetermined share 1) still marks the score provisional. */
  @Test
  void theProfilesUndeterminedShareDecidesWhetherTheScoreIsWithheld() {
    Profile lenient = Profiles.defaultProfile().toBuilder().id("lenient").undeterminedShare(BigDecimal.ONE).build();

    Evaluation e = Evaluator.of(lenient).evaluate(haidian());

    assertThat(e.score()).contains(new BigDecimal("94.99"));
    assertThat(e.provisional()).isTrue();
    assertThat(codes(e)).contains("JX-R-0111", "JX-R-0108");
  }

  /**
   * 永州零陵区林业局 2021 部门整体支出绩效自评表 (survey 40a), cut after its 社会效益 row: 68 of the 90
   * points printed. The score rescales the visible 分值 (造林面积 10 → 13.24 = 10 × 90 / 68), and
   * JX-R-0111 says so, as JX-R-0108 beside it does, rather than that the points were not rescaled.
   */
  @Test
  void theMissingPointsAreSaidToBeSharedOutAsTheWeightsShowThem() {
    Project lingling =
        Project.builder()
            .name("陵区林业局")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("4753.66"))
            .adjustedBudget(new BigDecimal("4753.66"))
            .actual(new BigDecimal("3824.26"))
            .statedExecutionRate(new BigDecimal("100"))
            .statedExecutionWeight(BigDecimal.TEN)
            .statedExecutionScore(BigDecimal.TEN)
            .indicators(
                IndicatorSet.of(
                    named("造林面积", printed(Subcategory.QUANTITY, "1.2万亩", "1.2万亩", "10")),
                    named("病虫害防治面积", printed(Subcategory.QUANTITY, "3.45万亩", "3.45万亩", "7")),
                    named("森林经营面积", printed(Subcategory.QUANTITY, "16.3万亩", "16.3万亩", "7")),
                    named("造林成活率", printed(Subcategory.QUALITY, "85%", "85%", "7")),
                    named("当期完成", printed(Subcategory.TIMELINESS, "90%", "100%", "7")),
                    named("造林补助", printed(Subcategory.COST, "每亩300", "每亩300", "6")),
                    named("育补助", printed(Subcategory.COST, "每亩100", "每亩100", "6")),
                    named("木材销售收入", printed(Subcategory.ECONOMIC, "1100万元", "1093万元", "6")),
                    named("林产品收入", printed(Subcategory.ECONOMIC, "2.6亿元", "2.45亿元", "6")),
                    named("提高就业率", printed(Subcategory.SOCIAL, "显著", "显著", "6"))))
            .build();

    Evaluation e = evaluator.evaluate(lingling);

    assertThat(e.score()).contains(new BigDecimal("97.54"));
    assertThat(e.provisional()).isTrue();
    assertThat(e.indicators().get(0).weight()).isEqualByComparingTo("13.24");
    assertThat(only(e, "JX-R-0111").message())
        .isEqualTo("表中所列指标的分值合计为68，指标部分应有90分，只列出了75.56%：其余22分的指标不在所读内容中（表可能被截断或缺页）。"
            + "与无法判定的指标一样，这些分值已由已评分的指标按权重比例分摊，所给得分为暂定分；未列出的分值计入无法判定的比例，超过50%时不给出总分");
    assertThat(only(e, "JX-R-0108").message()).isEqualTo("得分为暂定分：无法判定的部分未计入，其余指标的权重已按比例重新分配");
    // cut after 社会效益: its satisfaction indicators may be among the 22 points not read
    assertThat(only(e, "JX-R-0223").severity()).isEqualTo(Severity.INFO);
    assertThat(codes(e)).doesNotContain("JX-R-0221");
  }

  private static Indicator named(String name, Indicator i) {
    return Indicator.builder().from(i).name(name).build();
  }

  private static Indicator printed(Subcategory sub, String target, String actual, String weight) {
    return FormWeightsTest.weighted(sub, target, actual, weight);
  }

  /** A single-project form: 100 → 100 万元, execution 分值 10, these indicators. */
  static Project form(Indicator... indicators) {
    return Project.builder()
        .name("某保洁经费")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("100"))
        .actual(new BigDecimal("100"))
        .statedExecutionWeight(BigDecimal.TEN)
        .indicators(IndicatorSet.of(List.of(indicators)))
        .build();
  }

  private static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  private static Finding only(Evaluation e, String code) {
    List<Finding> found = e.findings().stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).as(code).hasSize(1);
    return found.get(0);
  }
}
