package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.ReviewVerdict;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * Four real declarations of the fourth held-out check (declarations/SOURCES.md), whose amounts,
 * goals and department templates word in their own ways: each field is read where a reviewer
 * finds it, so that the review does not call a stated amount blank (JX-V-0401, on all four before).
 */
class DeclarationTopBlockTest {
  private static final String XIANGTAN_2023 = "pipe-standard-column_xiangtan-wupaoche-2023.tsv";
  private static final String XIANGTAN_2024 = "one-cell-a-line-bare-figures_xiangtan-wupaoche-2024.tsv";
  private static final String YUEYANG = "template-leftover-indicators_yueyang-nongtian-2022.tsv";
  private static final String MIRROR = "bundled-special-bond-mirror_chengguan-bingmei-2020.tsv";
  private static final String JINGYAN = "multi-project-rows_jingyan-mata-2023.tsv";
  private static final String HUANGSHI = "approval-form-prior-year-column_huangshi-zhutiban-2022.tsv";

  private static Project project(String name) throws Exception {
    List<Project> projects = PublishedDeclarationsTest.read(name).value().projects();
    assertThat(projects).hasSize(1);
    return projects.get(0);
  }

  private static Review review(String name) throws Exception {
    return Reviewer.defaults().review(PublishedDeclarationsTest.read(name).value(), OptionalInt.empty()).reviews().get(0);
  }

  private static List<String> codes(String name) throws Exception {
    return review(name).opinions().stream().map(o -> o.finding().code()).toList();
  }

  @Test
  void aTargetColumnHeadedWithItsUnitIsReadAndTheFileIsADeclaration() throws Exception {
    // 湘潭 2023: 本年度 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值及单位 | 绩效标准
    Project p = project(XIANGTAN_2023);

    assertThat(p.indicators().indicators()).extracting(i -> i.name().orElse(""), i -> i.target().orElse(""))
        .contains(tuple("雾炮车降尘抑尘服务配备车辆数", "10辆"), tuple("雾炮车风炮射程", "≥80M"), tuple("市民满意度", "≥90%"));
    assertThat(DocumentLayout.detect(TableReader.builder().build().readGrid(PublishedDeclarationsTest.file(XIANGTAN_2023))))
        .isEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void theYearsAmountWithWanAloneAndTheGoalsWithTheirPeriodAreRead() throws Exception {
    // 年度本级 预算金额 | 250万; 实施期绩效目标 and 本年度绩效目标; 预算部门
    Project p = project(XIANGTAN_2023);

    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("250"));
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("通过采购雾炮车降尘抑尘服务"));
    assertThat(p.longTermGoal()).hasValueSatisfying(g -> assertThat(g).endsWith("全市空气质量达到优良"));
    assertThat(p.department()).contains("湘潭市环境卫生管理处");
    // the upper-level funds beside the amount are no field: kept as printed
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("该项目支出上级资金");
    assertThat(codes(XIANGTAN_2023)).doesNotContain("JX-V-0401", "JX-V-0133");
  }

  @Test
  void aFundsBlockWrittenInTheAmountsCellGivesTheAmountAndTheFunds() throws Exception {
    // 湘潭 2024: 项目资金申请 (万元) | 资金总额: 250 一、预算资金:250 二、自有资金:0 三、其他:0
    Project p = project(XIANGTAN_2024);

    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("250"));
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.funds()).extracting(FundSource::kind, f -> f.budget().orElseThrow().toPlainString())
        .containsExactly(tuple(FundKind.FISCAL_APPROPRIATION, "250"), tuple(FundKind.NON_FISCAL, "0"), tuple(FundKind.NON_FISCAL, "0"));
    assertThat(p.department()).hasValueSatisfying(d -> assertThat(d).startsWith("湘潭市城市管理和综合执法局"));
    assertThat(codes(XIANGTAN_2024)).doesNotContain("JX-V-0401");
    // its six other flagged checks (no unit, no time limit, a misfiled satisfaction row …) stand
    assertThat(review(XIANGTAN_2024).verdict()).isEqualTo(ReviewVerdict.PASS_AFTER_CHANGES);
  }

  @Test
  void anAmountFollowedByItsBreakdownIsReadAndTheBreakdownKept() throws Exception {
    // 岳阳 2022: 年度资金总额: | 854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)
    Project p = project(YUEYANG);

    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("854"));
    assertThat(p.strayCells())
        .filteredOn(s -> s.header().equals(Optional.of("年度资金总额:")))
        .extracting(StrayCell::text)
        .containsExactly("(高标准农田建设400万元,示范建设295万元,畅通工程159万元)");
    // the fund row's doubled figure (854万854万(…)) is not guessed at: kept as printed
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)");
    assertThat(codes(YUEYANG)).doesNotContain("JX-V-0401");
  }

  @Test
  void aProjectsBudgetLabelAndALabelTheCopyDamagedAreRead() throws Exception {
    // 项目预算金额 (万元) | 5652, and 绩?? 效?? 目?? 标 (the vertical label 绩效目标, damaged by a mirror)
    Project p = project(MIRROR);

    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("5652"));
    assertThat(p.department()).contains("狗万客户端城市管理委员");
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("1.按《"));
    assertThat(p.indicators().indicators()).extracting(Indicator::name).contains(Optional.of("清扫保洁道路面积"));
    assertThat(codes(MIRROR)).doesNotContain("JX-V-0401");
    // the goal was read, so the review does not say the form has no row for it
    assertThat(review(MIRROR).opinions())
        .filteredOn(o -> o.finding().code().equals("JX-V-0105"))
        .isNotEmpty() // its form has no 政策依据 or 测算依据 row, and the review says so
        .noneSatisfy(o -> assertThat(o.finding().message()).contains("年度目标"));
  }

  @Test
  void aTargetColumnOverSubHeadingsGivesThisYearsTargetsAndKeepsLastYears() throws Exception {
    // 黄石 2022: 指标值 | (spanned) over 2021年实际实现值 | 预期2022年实现值; 项目金额 | 164万元
    Project p = project(HUANGSHI);

    assertThat(p.indicators().indicators()).hasSize(13);
    assertThat(p.indicators().indicators()).extracting(i -> i.name().orElse(""), i -> i.target().orElse(""))
        .startsWith(tuple("主体班培训人次", "280人次"), tuple("邀请校外名师、领导授课人次", "25人次"))
        .contains(tuple("培训学员对培训效果满意度", "≥95%"));
    // the sub-headings are no indicator row
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("2021年实际实现值", "预期2022年实现值");
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("164"));
    assertThat(codes(HUANGSHI)).doesNotContain("JX-V-0141", "JX-V-0401");
    // 项目属性 | 持续性项目■ 新增性项目口: the ticked box says the project is not new
    assertThat(p.newProject()).contains(false);
    assertThat(p.projectType()).isEmpty();
  }

  @Test
  void lastYearsFiguresUnderTheirSubHeadingAreKeptUnderIt() throws Exception {
    String tsv = String.join("\n",
        "项目支出绩效目标批复表",
        "项目名称\t主体班",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t\t指标标准或依据",
        "\t\t\t\t2021年实际实现值\t预期2022年实现值\t",
        "\t产出指标\t数量指标\t主体班培训人次\t260人次\t280人次\t",
        "");
    Project p = DeclarationReader.builder().build().read(new StringReader(tsv), "form.tsv").value().projects().get(0);

    assertThat(p.indicators().indicators()).singleElement().satisfies(i -> assertThat(i.target()).contains("280人次"));
    assertThat(p.strayCells()).contains(StrayCell.of(4, Optional.of("2021年实际实现值"), "260人次"));
  }

  @Test
  void subHeadingsPastAHeaderThatEndsAtTheTargetHeadingAreRead() throws Exception {
    // text ends a row at its last filled cell: 指标值 is the header's last, its span runs on
    String tsv = String.join("\n",
        "项目支出绩效目标批复表",
        "项目名称\t主体班",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "\t\t\t\t2021年实际实现值\t预期2022年实现值",
        "\t产出指标\t数量指标\t主体班培训人次\t260人次\t280人次",
        "");
    Project p = DeclarationReader.builder().build().read(new StringReader(tsv), "form.tsv").value().projects().get(0);

    assertThat(p.indicators().indicators()).singleElement().satisfies(i -> assertThat(i.target()).contains("280人次"));
    assertThat(p.strayCells()).contains(StrayCell.of(4, Optional.of("2021年实际实现值"), "260人次"));
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("预期2022年实现值");
  }

  @Test
  void ofSeveralPlannedSubHeadingsTheFirstYearsOrTheAnnualOneIsTheTarget() throws Exception {
    // a review's cases: a rolling plan (2023年目标值 | 2024年目标值 | 2025年目标值) and 年度 beside
    // 中期, under a 指标值 that ends the header; the other columns are kept under their headings
    for (String[] c : new String[][] {
        {"2023年目标值\t2024年目标值\t2025年目标值", "≥5个\t≥6个\t≥7个", "5", "2025年目标值", "≥7个"},
        {"中期目标值\t年度目标值", "≥18个\t≥5个", "3", "中期目标值", "≥18个"}}) {
      String tsv = String.join("\n",
          "项目支出绩效目标表",
          "项目名称\t智慧城管平台运维",
          "一级指标\t二级指标\t三级指标\t指标值",
          "\t\t\t" + c[0],
          "产出指标\t数量指标\t运维系统数\t" + c[1],
          "");
      Project p = DeclarationReader.builder().build().read(new StringReader(tsv), "form.tsv").value().projects().get(0);

      assertThat(p.indicators().indicators()).as(c[0]).singleElement().satisfies(i -> assertThat(i.target()).contains("≥5个"));
      assertThat(p.strayCells()).as(c[0]).contains(StrayCell.of(Integer.parseInt(c[2]), Optional.of(c[3]), c[4]));
    }
  }

  @Test
  void aDepartmentsTableOfDeclarationsGivesOneProjectEach() throws Exception {
    // 井研 2023: 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 … one row per indicator, two projects
    List<Project> projects = PublishedDeclarationsTest.read(JINGYAN).value().projects();

    assertThat(projects).extracting(p -> p.name(), p -> p.budget().orElseThrow().toPlainString(), p -> p.indicators().size())
        .containsExactly(tuple("村组干部报酬", "3309840.00", 8), tuple("基层组织活动经费", "660000.00", 5));
    assertThat(projects).allSatisfy(p -> {
      assertThat(p.unit()).contains("820001-井研县马踏镇人民政府"); // printed once, for both
      assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.YUAN); // 金额单位:元 above the table
    });
    assertThat(projects.get(0).goal()).contains("按时发放村组干部报酬");
    assertThat(projects.get(1).goal()).hasValueSatisfying(g -> assertThat(g).startsWith("包括必要的办公用品费"));
    assertThat(projects.get(1).indicators().indicators()).extracting(i -> i.name().orElse(""), i -> i.target().orElse(""))
        .startsWith(tuple("辖区内群众满意度", "≥95%"))
        .endsWith(tuple("行政村数量", "=11个"));
    // the department's line with its total is kept by the first project, as printed
    assertThat(projects.get(0).strayCells()).extracting(StrayCell::text).contains("820-马踏镇部门", "8,827,620.53");
    assertThat(review(JINGYAN).project()).isEqualTo("村组干部报酬");
    // and what is said of a cell points at its place in the table, not in a project's part of it
    assertThat(PublishedDeclarationsTest.read(JINGYAN).diagnostics())
        .filteredOn(d -> d.location().flatMap(l -> l.text()).equals(Optional.of("820-马踏镇部门")))
        .singleElement()
        .satisfies(d -> assertThat(d.location().orElseThrow().line()).hasValue(4));
    assertThat(codes(JINGYAN)).doesNotContain("JX-V-0401", "JX-V-0121");
  }

  @Test
  void labelsOfOtherTemplatesNameTheProjectItsAmountsAndItsDepartment() throws Exception {
    // 嘉峪关 2023: 一*级项目名称 | 文化事业发展专项资金 | 二级项目名称 | 博物馆纪念馆市级免费开放补助资金;
    // 项目总投资 | 20万元; 预算申报数 | 20万元; headed 一级指标 | 二级指标 | 三级指标 | 指标目标值
    Project jiayuguan = project("flattened-provincial-two-level-project_jiayuguan-bowuguan-2023.tsv");
    assertThat(jiayuguan.name()).isEqualTo("博物馆纪念馆市级免费开放补助资金");
    assertThat(jiayuguan.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("20"));
    assertThat(jiayuguan.totalAmount()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("20"));
    assertThat(jiayuguan.indicators().indicators()).hasSize(10).allSatisfy(i -> assertThat(i.target()).isPresent());
    assertThat(jiayuguan.strayCells()).extracting(StrayCell::text).contains("文化事业发展专项资金");

    // 忠县 2022: 中央 / 省级 / 区县主管部门; the declaring level's is the department
    Project zhongxian = project("regional-transfer-unit-column_zhongxian-shengzhu-2022.tsv");
    assertThat(zhongxian.department()).contains("忠县农业农村委员会");
    assertThat(zhongxian.strayCells()).extracting(StrayCell::text).contains("财政部、农业农村部", "重庆市农业农村委员会");

    // 阳泉 2021: 项目预算资金(万元) | 中期预算资金总额 | (blank) | 年度预算资金总额 | 25
    Project yangquan = project("top-block-only-midterm-blank_yangquan-gonglu-2021.tsv");
    assertThat(yangquan.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("25"));
    assertThat(yangquan.totalAmount()).isEmpty(); // printed blank
    assertThat(codes("top-block-only-midterm-blank_yangquan-gonglu-2021.tsv")).doesNotContain("JX-V-0401");
  }

  @Test
  void aFormThatStatesNoYearButInItsProjectsNameHasThatYear() throws Exception {
    // 南岳 2018: 绩效目标申报表 with no year in its title or under it; 项目名称 | 2018年南岳镇资产收益扶贫项目
    assertThat(PublishedDeclarationsTest.read("mof-template-with-outcome-column_nanyue-zichan-2018.tsv").value().fiscalYear())
        .hasValue(2018);
  }

  @Test
  void projectsNamingDifferentYearsOrNoneGiveNoYear() throws Exception {
    String one = "绩效目标申报表\n项目名称\t%s\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥100人次\n";
    for (String names : List.of("2018年甲项目|2019年乙项目", "2018年甲项目|乙项目")) {
      String[] n = names.split("\\|");
      String tsv = String.format(one, n[0]) + String.format(one, n[1]);
      var table = DeclarationReader.builder().build().read(new StringReader(tsv), "two.tsv").value();
      assertThat(table.projects()).hasSize(2);
      assertThat(table.fiscalYear()).as(names).isEmpty();
    }
  }
}
