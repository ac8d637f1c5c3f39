package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.review.Declarations.COST;
import static org.jixiao.rules.review.Declarations.QUALITY;
import static org.jixiao.rules.review.Declarations.QUANTITY;
import static org.jixiao.rules.review.Declarations.SATISFACTION;
import static org.jixiao.rules.review.Declarations.SOCIAL;
import static org.jixiao.rules.review.Declarations.TIMELINESS;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in review check stays quiet on a clean declaration and fires on a minimal spoiling of it. */
class ReviewChecksTest {
  private static final BudgetYear Y2023 = new BudgetYear(2023, BudgetYear.Source.GIVEN);
  private static final Reviewer REVIEWER = Reviewer.defaults();

  @Test
  void aCleanDeclarationPassesWithoutOpinions() {
    Review r = REVIEWER.review(Declarations.clean().build(), Y2023);
    assertThat(r.opinions()).isEmpty();
    assertThat(r.verdict()).isEqualTo(ReviewVerdict.PASS);
    assertThat(r.code()).contains("440306231391500000189");
  }

  @Test
  void aFieldTheFormHasNoRowForIsSaidUnreviewedNotMissing() {
    // the Ministry's 申报表 asks for no 政策依据 or 测算依据: its declarations print neither
    org.jixiao.core.project.Project mof = Declarations.clean().policyBasis(" ").calculationBasis("").build();
    java.util.Set<String> form = java.util.Set.of("name", "department", "unit", "budget", "goal", "longTermGoal");
    Review r = REVIEWER.review(mof, Y2023, form);
    assertThat(r.opinions()).extracting(o -> o.finding().code() + " " + o.finding().severity() + " " + o.finding().args().get("field"))
        .containsExactly("JX-V-0105 INFO 政策依据", "JX-V-0105 INFO 测算依据");
    assertThat(r.verdict()).isEqualTo(ReviewVerdict.PASS);
    // a form that has the row and leaves it blank is still returned; so is one whose fields are unknown
    java.util.Set<String> withBases = new java.util.HashSet<>(form);
    withBases.add("policyBasis");
    assertThat(REVIEWER.review(mof, Y2023, withBases).opinions()).extracting(o -> o.finding().code()).contains("JX-V-0101").doesNotContain("JX-V-0111");
    assertThat(REVIEWER.review(mof, Y2023).verdict()).isEqualTo(ReviewVerdict.RETURN);
    // a form without a 指标解释 column is not asked for one explanation per indicator
    org.jixiao.core.project.Project unexplained =
        Declarations.withIndicators(rows -> {
          rows.replaceAll(i -> Indicator.builder().from(i).explanation(java.util.Optional.empty()).build());
          return rows;
        });
    assertThat(REVIEWER.review(unexplained, Y2023).opinions()).extracting(o -> o.finding().code()).contains("JX-V-0142");
    assertThat(REVIEWER.review(unexplained, Y2023, java.util.Set.of("policyBasis", "calculationBasis", "goal")).opinions())
        .extracting(o -> o.finding().code()).doesNotContain("JX-V-0142");
  }

  @Test
  void costAsAFirstLevelIsTheCostRowAskedFor() {
    // forms from 2021 on: 成本指标 | 经济成本指标 | 培训成本 | ≤50万元 (南县 2025's target table)
    Project p = Declarations.withIndicators(rows -> {
      rows.replaceAll(i -> i.subcategory().equals(java.util.Optional.of(Subcategory.COST))
          ? Indicator.builder().from(i).category(org.jixiao.core.indicator.Category.COST).subcategory(Subcategory.ECONOMIC_COST).build()
          : i);
      return rows;
    });
    assertThat(p.indicators().indicators()).noneMatch(i -> i.subcategory().equals(java.util.Optional.of(Subcategory.COST)));
    assertThat(REVIEWER.review(p, Y2023).opinions()).extracting(o -> o.finding().code()).doesNotContain("JX-V-0131");
  }

  @Test
  void withoutASecondLevelTheRequiredRowsAreLookedForByTheirFirstLevel() {
    // 实施效果指标 | 产出指标 | 建设项目个数 | 1 (the target table of central budget investment): no 数量
    // or 成本 row can be listed, so none is missing; a missing 效益 group still is
    Project flat = Declarations.withIndicators(rows -> rows.stream()
        .map(i -> Indicator.builder().from(i).subcategory(java.util.Optional.empty()).build()).toList());
    assertThat(REVIEWER.review(flat, Y2023).opinions()).extracting(o -> o.finding().code())
        .contains("JX-V-0134").doesNotContain("JX-V-0131", "JX-V-0132");
    Project noBenefit = Declarations.withIndicators(rows -> rows.stream()
        .filter(i -> i.category() != org.jixiao.core.indicator.Category.BENEFIT)
        .map(i -> Indicator.builder().from(i).subcategory(java.util.Optional.empty()).build()).toList());
    assertThat(REVIEWER.review(noBenefit, Y2023).opinions()).filteredOn(o -> o.finding().code().equals("JX-V-0131"))
        .singleElement().satisfies(o -> assertThat(o.finding().message()).contains("效益指标"));
  }

  @Test
  void indicatorsWithFiguresButNoNameAnywhereReturnTheDeclaration() {
    // a flattened copy: 88 | 100 under every heading (宁乡坝塘 2021)
    Project p = Declarations.withIndicators(rows -> rows.stream()
        .map(i -> Indicator.builder().from(i).name("88").target("100").build()).toList());
    Review review = REVIEWER.review(p, Y2023);
    assertThat(review.opinions()).extracting(o -> o.finding().code()).contains("JX-V-0135");
    assertThat(review.verdict()).isEqualTo(ReviewVerdict.RETURN);
  }

  @Test
  void aTableOfDeclarationsGivesItsFormsFieldsAndYearToTheReview() {
    org.jixiao.core.project.Project mof = Declarations.clean().policyBasis(" ").build();
    org.jixiao.core.table.PerformanceTable table =
        org.jixiao.core.table.PerformanceTable.builder().moneyUnit(mof.moneyUnit()).addProjects(mof).fiscalYear(2023)
            .putMetadata(Reviewer.FORM_FIELDS, "name,calculationBasis,goal").build();
    TableReview reviews = REVIEWER.review(table, java.util.OptionalInt.empty());
    assertThat(reviews.budgetYear().year()).isEqualTo(2023);
    assertThat(reviews.reviews().get(0).opinions()).extracting(o -> o.finding().code()).containsExactly("JX-V-0105");
  }

  static Stream<Arguments> spoiled() {
    return Stream.of(
        // 完整性
        Arguments.of("no policy basis", Declarations.clean().policyBasis(" ").build(), "policy-basis", "JX-V-0101", Severity.ERROR),
        Arguments.of("token policy basis", Declarations.clean().policyBasis("根据相关规定").build(), "policy-basis", "JX-V-0102", Severity.WARNING),
        Arguments.of("no calculation basis", clean(b -> b.calculationBasis("")), "calculation-basis", "JX-V-0111", Severity.ERROR),
        Arguments.of("short calculation basis", clean(b -> b.calculationBasis("按实际需要测算")), "calculation-basis", "JX-V-0112", Severity.WARNING),
        Arguments.of("calculation without figures", clean(b -> b.calculationBasis("按照市场价格并结合往年实际支出情况综合测算确定")), "calculation-basis", "JX-V-0113", Severity.WARNING),
        Arguments.of("no goal", clean(b -> b.goal("/")), "annual-goal", "JX-V-0121", Severity.ERROR),
        Arguments.of("short goal", clean(b -> b.goal("保障运转")), "annual-goal", "JX-V-0122", Severity.WARNING),
        Arguments.of("required row missing", Declarations.withIndicators(rows -> { rows.remove(TIMELINESS); return rows; }), "required-indicators", "JX-V-0131", Severity.WARNING),
        Arguments.of("required row blank", Declarations.withIndicator(QUALITY, Indicator.builder().category(Subcategory.QUALITY.category()).subcategory(Subcategory.QUALITY).build()), "required-indicators", "JX-V-0132", Severity.WARNING),
        Arguments.of("no indicator filled", Declarations.withIndicators(rows -> rows.stream().map(i -> Indicator.builder().category(i.category()).subcategory(i.subcategory()).build()).toList()), "required-indicators", "JX-V-0133", Severity.ERROR),
        Arguments.of("indicators under 投入 / 过程", inputAndProcess(Declarations.withIndicators(rows -> rows.stream().map(i -> Indicator.builder().category(i.category()).subcategory(i.subcategory()).build()).toList())), "required-indicators", "JX-V-0136", Severity.ERROR),
        Arguments.of("投入 / 过程 rows beside the targets", inputAndProcess(Declarations.clean().build()), "required-indicators", "JX-V-0137", Severity.INFO),
        Arguments.of("target blank", Declarations.withIndicator(QUANTITY, Declarations.with(QUANTITY, "")), "indicator-fields", "JX-V-0141", Severity.WARNING),
        Arguments.of("explanation blank", Declarations.withIndicator(QUANTITY, Indicator.builder().from(Declarations.cleanIndicators().get(QUANTITY)).explanation("  \n").build()), "indicator-fields", "JX-V-0142", Severity.WARNING),
        Arguments.of("partly 不适用", Declarations.withIndicator(4, Declarations.row(Subcategory.ECONOMIC, "不适用", "", "不适用")), "indicator-fields", "JX-V-0143", Severity.INFO),
        Arguments.of("a name of figures only", Declarations.withIndicator(QUANTITY, Declarations.named(QUANTITY, "88")), "indicator-fields", "JX-V-0145", Severity.WARNING),
        Arguments.of("no second level", Declarations.withIndicators(rows -> rows.stream().map(i -> Indicator.builder().from(i).subcategory(java.util.Optional.empty()).build()).toList()), "required-indicators", "JX-V-0134", Severity.INFO),
        Arguments.of("name blank", Declarations.withIndicator(QUANTITY, Indicator.builder().from(Declarations.cleanIndicators().get(QUANTITY)).name("").build()), "indicator-fields", "JX-V-0144", Severity.WARNING),
        // 可测性
        Arguments.of("bare number", Declarations.withIndicator(QUANTITY, Declarations.row(Subcategory.QUANTITY, "保洁楼栋", "≥10", "考核保洁楼栋")), "measurable-target", "JX-V-0201", Severity.WARNING),
        Arguments.of("bare number, the name implies a unit", Declarations.withIndicator(QUANTITY, Declarations.row(Subcategory.QUANTITY, "宣传场次", "≥10", "考核宣传场次")), "measurable-target", "JX-V-0205", Severity.WARNING),
        Arguments.of("vague output", Declarations.withIndicator(QUANTITY, Declarations.with(QUANTITY, "有效提升")), "measurable-target", "JX-V-0202", Severity.WARNING),
        Arguments.of("no figure in an output", Declarations.withIndicator(QUALITY, Declarations.with(QUALITY, "舒适")), "measurable-target", "JX-V-0203", Severity.WARNING),
        Arguments.of("no grade in a benefit", Declarations.withIndicator(SOCIAL, Declarations.with(SOCIAL, "惠民利民")), "measurable-target", "JX-V-0204", Severity.WARNING),
        Arguments.of("a negated grade in a benefit", Declarations.withIndicator(SOCIAL, Declarations.with(SOCIAL, "不明显")), "measurable-target", "JX-V-0204", Severity.WARNING),
        Arguments.of("a measure's name for a satisfaction target", Declarations.withIndicator(SATISFACTION, Declarations.with(SATISFACTION, "提高满意度")), "measurable-target", "JX-V-0204", Severity.WARNING),
        Arguments.of("a rate's name for a quality target", Declarations.withIndicator(QUALITY, Declarations.with(QUALITY, "验收合格率")), "measurable-target", "JX-V-0203", Severity.WARNING),
        // 具体明确性
        Arguments.of("long name", Declarations.withIndicator(QUANTITY, Declarations.named(QUANTITY, "需保障保洁的党群服务中心和社区工作站办公楼数量")), "indicator-name", "JX-V-0301", Severity.WARNING),
        Arguments.of("sentence name", Declarations.withIndicator(SOCIAL, Declarations.named(SOCIAL, "提高服务水平，方便群众")), "indicator-name", "JX-V-0302", Severity.WARNING),
        Arguments.of("same name twice", Declarations.withIndicators(rows -> { rows.add(Declarations.row(Subcategory.QUANTITY, "保洁的党群服务中心数量", "≥3栋", "另一栋楼")); return rows; }), "duplicate-indicator", "JX-V-0311", Severity.WARNING),
        Arguments.of("same content twice", Declarations.withIndicators(rows -> { rows.add(Declarations.row(Subcategory.QUANTITY, "保洁楼栋数", "≥2栋", "考核保障保洁的党群服务中心数量")); return rows; }), "duplicate-indicator", "JX-V-0312", Severity.WARNING),
        Arguments.of("satisfaction under 社会效益", Declarations.withIndicator(SOCIAL, Declarations.row(Subcategory.SOCIAL, "居民满意度", "≥95%", "考核居民的满意程度")), "misfiled-indicator", "JX-V-0321", Severity.WARNING),
        Arguments.of("money under 数量", Declarations.withIndicator(QUANTITY, Declarations.row(Subcategory.QUANTITY, "保洁经费", "≤14.4万元", "考核保洁经费")), "misfiled-indicator", "JX-V-0322", Severity.WARNING),
        // 相关性与资金匹配性
        Arguments.of("no amount", clean(b -> b.budget(BigDecimal.ZERO).totalAmount(BigDecimal.ZERO)), "fund-match", "JX-V-0401", Severity.WARNING),
        Arguments.of("few indicators for the money", clean(b -> b.budget(new BigDecimal("1500")).totalAmount(new BigDecimal("4500")).indicators(org.jixiao.core.indicator.IndicatorSet.of(replace(SOCIAL, Declarations.notApplicable(Subcategory.SOCIAL))))), "fund-match", "JX-V-0402", Severity.WARNING),
        Arguments.of("amount in 元 under a 万元 label", clean(b -> b.budget(new BigDecimal("246800")).totalAmount(new BigDecimal("740400")).indicators(org.jixiao.core.indicator.IndicatorSet.of(replace(COST, Declarations.with(COST, "不超过24.68万一年"))))), "fund-match", "JX-V-0403", Severity.WARNING),
        Arguments.of("total below the year", clean(b -> b.totalAmount(new BigDecimal("20"))), "fund-match", "JX-V-0404", Severity.WARNING),
        // no money ceiling to tell by (a cost per month): the basis adds up to the amount in 元
        Arguments.of("amount in 元 told by its basis", clean(b -> b.budget(new BigDecimal("246800")).totalAmount(new BigDecimal("740400")).indicators(org.jixiao.core.indicator.IndicatorSet.of(replace(COST, Declarations.with(COST, "每人每月不超过4283元"))))), "fund-match", "JX-V-0405", Severity.WARNING),
        // 可行性
        Arguments.of("timeliness without a limit", Declarations.withIndicator(TIMELINESS, Declarations.with(TIMELINESS, "快速响应")), "time-limit", "JX-V-0501", Severity.WARNING),
        Arguments.of("a spreadsheet's date serial for a deadline", Declarations.withIndicator(TIMELINESS, Declarations.with(TIMELINESS, "=44,561")), "time-limit", "JX-V-0503", Severity.WARNING),
        Arguments.of("stale year", Declarations.withIndicator(TIMELINESS, Declarations.with(TIMELINESS, "2022年12月底前")), "time-limit", "JX-V-0502", Severity.WARNING),
        Arguments.of("cost above the money", Declarations.withIndicator(COST, Declarations.with(COST, "≤30万元")), "cost-ceiling", "JX-V-0511", Severity.ERROR),
        Arguments.of("low satisfaction", Declarations.withIndicator(SATISFACTION, Declarations.with(SATISFACTION, "≥80%")), "satisfaction-floor", "JX-V-0521", Severity.WARNING),
        // a11, b5 of the Shenzhen district's 2023 declarations: a grade below 满意 asks for less than the floor
        Arguments.of("satisfaction grade below 满意", Declarations.withIndicator(SATISFACTION, Declarations.with(SATISFACTION, "基本满意")), "satisfaction-floor", "JX-V-0522", Severity.WARNING));
  }

  /**
   * The declaration with the rows of a 投入 / 过程 table kept as stray cells, as the declaration
   * reader keeps them: each cell where it is printed, under its heading, and a level merged over
   * rows once (2021 template of declarations/SOURCES.md: 投入指标 | 资金到位率 | 资金到位率达100%).
   */
  private static Project inputAndProcess(Project p) {
    return Project.builder().from(p)
        .addStrayCells(
            org.jixiao.core.project.StrayCell.of(1, java.util.Optional.of("一级指标"), "投入指标"),
            org.jixiao.core.project.StrayCell.of(2, java.util.Optional.of("二级指标"), "资金到位率"),
            org.jixiao.core.project.StrayCell.of(4, java.util.Optional.of("指标值"), "资金到位率达100%"),
            org.jixiao.core.project.StrayCell.of(1, java.util.Optional.of("一级指标"), "过程指标 (10分)"),
            org.jixiao.core.project.StrayCell.of(2, java.util.Optional.of("二级指标"), "项目资金专项核算"))
        .build();
  }

  @Test
  void indicatorsUnderTheEvaluationFrameworkAreSaidSoNotMissing() {
    Project blank = Declarations.withIndicators(rows -> List.of());
    Review none = REVIEWER.review(blank, Y2023);
    assertThat(none.opinions()).extracting(o -> o.finding().code()).contains("JX-V-0133").doesNotContain("JX-V-0136");
    Review framework = REVIEWER.review(inputAndProcess(blank), Y2023);
    assertThat(framework.opinions()).extracting(o -> o.finding().code()).contains("JX-V-0136").doesNotContain("JX-V-0133");
    assertThat(framework.verdict()).isEqualTo(ReviewVerdict.RETURN);
    Finding f = framework.findings().stream().filter(x -> x.code().equals("JX-V-0136")).findFirst().orElseThrow();
    assertThat(f.args()).containsEntry("levels", "“投入指标”、“过程指标 (10分)”");
    assertThat(f.message()).contains("“投入指标”、“过程指标 (10分)”").contains("产出、效益、满意度");
    Finding en = Reviewer.builder().locale(Locale.ENGLISH).build().review(inputAndProcess(blank), Y2023).findings().stream()
        .filter(x -> x.code().equals("JX-V-0136")).findFirst().orElseThrow();
    assertThat(en.message()).startsWith("The indicators are filled in under an evaluation framework").contains("“投入指标”");
    // words of another kind that begin alike are no such level: 投入使用率 (an indicator's name), 投入目标 (a funds caption)
    Project others = Project.builder().from(blank)
        .addStrayCells(org.jixiao.core.project.StrayCell.of(0, java.util.Optional.empty(), "投入目标 (万元)"),
            org.jixiao.core.project.StrayCell.of(2, java.util.Optional.empty(), "投入使用率"),
            org.jixiao.core.project.StrayCell.of(2, java.util.Optional.empty(), "过程管理规范"),
            org.jixiao.core.project.StrayCell.of(2, java.util.Optional.empty(), "决策程序规范性"))
        .build();
    assertThat(REVIEWER.review(others, Y2023).opinions()).extracting(o -> o.finding().code()).contains("JX-V-0133").doesNotContain("JX-V-0136");
  }

  @Test
  void theDecisionLevelOfThe2020FrameworkIsAnEvaluationLevelToo() {
    // 决策 / 过程 / 产出 / 效益: a declaration filled with the evaluation framework of 财预〔2020〕10号
    for (String decision : List.of("决策", "决策指标（20分）", "決策指標")) {
      Project framework = Project.builder().from(Declarations.withIndicators(rows -> List.of()))
          .addStrayCells(org.jixiao.core.project.StrayCell.of(1, java.util.Optional.of("一级指标"), decision),
              org.jixiao.core.project.StrayCell.of(2, java.util.Optional.of("二级指标"), "立项依据充分性"))
          .build();
      Review review = REVIEWER.review(framework, Y2023);
      assertThat(review.findings()).filteredOn(x -> x.code().equals("JX-V-0136")).singleElement()
          .satisfies(f -> assertThat(f.args()).containsEntry("levels", "“" + decision + "”"));
    }
  }

  @Test
  void theProcessManagementBlockOfTheInvestmentTargetTableIsSaidToBeLeftOut() {
    // 舒城 2023 (survey 40b, its 一级指标 heading restored): 3 targets under 实施效果指标 are read,
    // the 7 rows of 过程管理指标 are kept as stray cells by the reader (JX-X-0122)
    Project shucheng = Project.builder().from(Declarations.clean().build())
        .indicators(org.jixiao.core.indicator.IndicatorSet.of(
            Indicator.builder().category(org.jixiao.core.indicator.Category.OUTPUT).name("劳务报酬占中央投资比例").target("≥32.68%").build(),
            Indicator.builder().category(org.jixiao.core.indicator.Category.BENEFIT).name("项目区农村基础设施条件").target("持续改善").build(),
            Indicator.builder().category(org.jixiao.core.indicator.Category.SATISFACTION).name("参与工程建设的贫困群众满意度").target("≥90%").build()))
        .addStrayCells(
            org.jixiao.core.project.StrayCell.of(1, java.util.Optional.of("一级指标"), "实施效果指标"),
            org.jixiao.core.project.StrayCell.of(1, java.util.Optional.of("一级指标"), "过程管理指标"),
            org.jixiao.core.project.StrayCell.of(2, java.util.Optional.of("二级指标"), "计划管理指标"),
            org.jixiao.core.project.StrayCell.of(3, java.util.Optional.of("三级指标"), "投资计划分解(转发)用时"),
            org.jixiao.core.project.StrayCell.of(4, java.util.Optional.of("指标值"), "≤20工作日"),
            org.jixiao.core.project.StrayCell.of(2, java.util.Optional.of("二级指标"), "资金管理指标"),
            org.jixiao.core.project.StrayCell.of(3, java.util.Optional.of("三级指标"), "中央预算内投资支付率"),
            org.jixiao.core.project.StrayCell.of(4, java.util.Optional.of("指标值"), "≥95%"))
        .build();
    Review review = REVIEWER.review(shucheng, Y2023);

    assertThat(review.findings()).filteredOn(f -> f.code().equals("JX-V-0137")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.args()).containsEntry("levels", "“过程管理指标”");
      assertThat(f.message()).contains("一级指标“过程管理指标”").contains("未予审核");
    });
  }

  private static Project clean(java.util.function.UnaryOperator<Project.Builder> change) {
    return change.apply(Declarations.clean()).build();
  }

  private static List<Indicator> replace(int index, Indicator i) {
    List<Indicator> rows = new java.util.ArrayList<>(Declarations.cleanIndicators());
    rows.set(index, i);
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spoiled")
  void eachCheckFiresOnItsMinimalExampleAndOnlyThere(String what, Project declaration, String check, String code, Severity severity) {
    Review r = REVIEWER.review(declaration, Y2023);
    List<Finding> mine = r.findings().stream().filter(f -> f.rule().equals(check)).toList();
    assertThat(mine).as(what).extracting(Finding::code).contains(code);
    assertThat(mine).as(what).filteredOn(f -> f.code().equals(code)).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(severity);
      assertThat(f.message()).contains("问题：").contains("建议：");
    });
    // The spoiling touches one check only (a missing row also leaves its row count short).
    assertThat(r.findings()).as(what + ": " + r.findings()).allSatisfy(f -> assertThat(f.rule()).isIn(check, "fund-match"));
    ReviewVerdict expected = severity == Severity.ERROR ? ReviewVerdict.RETURN : severity == Severity.WARNING ? ReviewVerdict.PASS_AFTER_CHANGES : ReviewVerdict.PASS;
    if (r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
      assertThat(r.verdict()).as(what).isIn(expected, ReviewVerdict.PASS_AFTER_CHANGES);
    } else {
      assertThat(r.verdict()).isEqualTo(ReviewVerdict.RETURN);
    }
  }

  @Test
  void anOpinionQuotesTheOffendingTextAndSaysItInEnglishOnRequest() {
    Project p = Declarations.withIndicator(QUANTITY, Declarations.row(Subcategory.QUANTITY, "宣传场次", "≥10", "考核宣传场次"));
    Finding zh = REVIEWER.review(p, Y2023).findings().get(0);
    assertThat(zh.message()).isEqualTo("问题：指标“宣传场次”的目标值“≥10”只有数字，没有计量单位（按指标名称应为“场次”）。建议：写明单位，如“≥10场次”。");
    assertThat(zh.location().flatMap(l -> l.path())).contains("indicators[0].target");
    Finding en = Reviewer.builder().locale(Locale.ENGLISH).build().review(p, Y2023).findings().get(0);
    assertThat(en.code()).isEqualTo(zh.code());
    assertThat(en.message()).isEqualTo("The target '≥10' of '宣传场次' is a bare number without a unit (the name implies '场次'). Suggestion: write '≥10场次'.");
  }

  /**
   * A cost ceiling is compared with the amount as it was filled in. Sheets 7 and 8 of the real
   * workbook A: 373200 and 1278700 labelled 万元, both with a ceiling of 170万 — as 元, 37.32万 and
   * 127.87万, which the ceiling exceeds; read as 万元, no ceiling could.
   */
  @Test
  void aCostCeilingIsComparedWithTheAmountAsItWasFilledIn() {
    for (String amount : List.of("373200", "1278700")) {
      Project p = clean(b -> b.budget(new BigDecimal(amount)).totalAmount(new BigDecimal(amount)).indicators(org.jixiao.core.indicator.IndicatorSet.of(replace(COST, Declarations.with(COST, "不超过170万")))));
      Review r = REVIEWER.review(p, Y2023);
      assertThat(r.findings()).as(amount).extracting(Finding::code).contains("JX-V-0403", "JX-V-0511");
      String wan = new BigDecimal(amount).movePointLeft(4).stripTrailingZeros().toPlainString();
      assertThat(r.findings()).filteredOn(f -> f.code().equals("JX-V-0511")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("超过本年度项目金额" + amount + "元（" + wan + "万元）"));
      assertThat(r.verdict()).isEqualTo(ReviewVerdict.RETURN);
    }
  }

  /**
   * An amount in 万元 is never taken for 元, however its basis and ceilings read: the two readings
   * are ten thousand times apart. The basis of the clean declaration adds up to 24.68万元.
   */
  @Test
  void anAmountInWanYuanIsNotTakenForYuan() {
    Project stated = Declarations.clean().build();
    assertThat(REVIEWER.review(stated, Y2023).findings()).isEmpty();
    Project large = clean(b -> b.budget(new BigDecimal("500")).totalAmount(new BigDecimal("1500")).calculationBasis("设备购置300万元；安装调试200万元；合计500万元")
        .indicators(org.jixiao.core.indicator.IndicatorSet.of(replace(COST, Declarations.with(COST, "总成本不超过500万元")))));
    assertThat(REVIEWER.review(large, Y2023).findings()).extracting(Finding::code).doesNotContain("JX-V-0403", "JX-V-0405", "JX-V-0511");
    // a price per unit is no total: neither a ceiling of the money nor a sum to tell its unit by
    for (String price : List.of("≤200元/台", "单价不超过200元", "每台不超过200元")) {
      Project unitPrice = clean(b -> b.budget(new BigDecimal("30")).totalAmount(new BigDecimal("90")).calculationBasis("设备购置30万元")
          .indicators(org.jixiao.core.indicator.IndicatorSet.of(replace(COST, Declarations.with(COST, price)))));
      Review r = REVIEWER.review(unitPrice, Y2023);
      assertThat(r.findings()).as(price).extracting(Finding::code).doesNotContain("JX-V-0403", "JX-V-0405", "JX-V-0511");
      assertThat(r.verdict()).as(price).isNotEqualTo(ReviewVerdict.RETURN);
    }
  }

  @Test
  void aStatedGradeIsMeasurable() {
    for (String grade : List.of("效果显著", "明显提升", "非常满意")) {
      Project p = Declarations.withIndicator(SOCIAL, Declarations.with(SOCIAL, grade));
      assertThat(REVIEWER.review(p, Y2023).findings()).as(grade).isEmpty();
    }
  }

  @Test
  void tooManyWarningsReturnTheDeclaration() {
    Project p = clean(b -> b.policyBasis("依据").calculationBasis("按需").goal("保障"));
    ReviewProfile strict = ReviewProfile.builder().maxFlaggedChecksToPass(2).build();
    assertThat(Reviewer.builder().profile(strict).build().review(p, Y2023).verdict()).isEqualTo(ReviewVerdict.RETURN);
    assertThat(REVIEWER.review(p, Y2023).verdict()).isEqualTo(ReviewVerdict.PASS_AFTER_CHANGES);
  }
}
