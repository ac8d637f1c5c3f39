package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.review.ReviewVerdict;
import org.jixiao.rules.review.Reviewer;
import org.jixiao.rules.review.Review;
import org.junit.jupiter.api.Test;

/**
 * Five real target declarations published as web pages or documents (sources in
 * {@code declarations/SOURCES.md}), printed as text, read as a reviewer reads them: each is told
 * from a self-evaluation form, and its name, department, amount, unit, goal and targets are where a
 * person finds them, though every template words and places them differently.
 */
class PublishedDeclarationsTest {
  static Path file(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(PublishedDeclarationsTest.class.getResource("declarations/" + name)).toURI());
  }

  static ReadResult<PerformanceTable> read(String name) throws Exception {
    return DeclarationReader.builder().build().read(file(name));
  }

  static final List<String> ALL =
      List.of(
          "approval-form-with-weights_fengjie-yunwu-2023.tsv",
          "mof-template_qingjian-guoyuanlu-2021.tsv",
          "target-table_qingshan-boruo-xuexiao-2020.tsv",
          "two-level-with-cost-breakdown_ezhou-bangongdalou-2022.tsv",
          "mof-template-with-outcome-column_nanyue-zichan-2018.tsv",
          "split-target-columns_wuhai-zaisheng-2021.tsv",
          "long-and-annual-columns_qingshan-jiaoyu-2020.tsv",
          "value-word-levels_linyi-gongyong-2025.tsv",
          "central-investment-umbrella_baodi-fenwu-2022.tsv",
          "flattened-figures-only_ningxiang-batang-2021.tsv",
          "umbrella-effect-level_dongguan-lianwanglu-2019.tsv",
          "evaluation-headings-with-points_ningjin-zhuxuejin-2019.tsv",
          "central-investment-process-block_lost-level-numeral_shucheng-qingshuihe-2023.tsv",
          "central-transfer-mirror_yiji-mubiao-empty-actuals_lechang-zhuxuejin-2018.tsv",
          "regional-target-columns_longyan-zongjiao-2023.tsv");

  @Test
  void everyPublishedDeclarationIsToldFromAFormAndReadAsOneProject() throws Exception {
    for (String name : ALL) {
      assertThat(DocumentLayout.detect(TableReader.builder().build().readGrid(file(name)))).as(name).isEqualTo(DocumentLayout.TARGET_DECLARATION);
      assertThat(read(name).value().projects()).as(name).singleElement().satisfies(p -> assertThat(p.indicators().indicators()).isNotEmpty());
    }
  }

  @Test
  void aHeadingThatLostItsNumeralStillHeadsTheTableAndTheProcessBlockIsKeptAsItsOwn() throws Exception {
    // 舒城 2023, the NDRC's 中央预算内投资计划绩效目标表: the copy prints 级指标 for 一级指标, the
    // amount as 本次下达中央预算内投资(万元), and a 过程管理指标 block under the 实施效果指标 block
    String name = "central-investment-process-block_lost-level-numeral_shucheng-qingshuihe-2023.tsv";
    ReadResult<PerformanceTable> read = read(name);
    Project p = read.value().projects().get(0);

    assertThat(p.indicators().indicators())
        .extracting(i -> i.category() + "/" + i.name().orElse("") + "/" + i.target().orElse(""))
        .containsExactly("OUTPUT/劳务报酬占中央投资比例/≥32.68%", "BENEFIT/项目区农村基础设施条件/持续改善", "SATISFACTION/参与工程建设的贫困群众满意度/≥90%");
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("853"));
    assertThat(p.unit()).contains("舒城县发展改革委");
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("过程管理指标", "中央预算内投资支付率", "≤20工作日", "≤1%");
    // a block beside outputs is the template's own: said (INFO), without the advice to refill it
    assertThat(read.diagnostics()).extracting(Finding::code).contains("JX-X-0124").doesNotContain("JX-X-0122", "JX-X-0106");
    assertThat(review(name).findings()).extracting(Finding::code).doesNotContain("JX-V-0133", "JX-V-0401");
  }

  @Test
  void aTargetTableWithEmptyActualColumnsAndA1stLevelHeadedMuBiaoIsADeclaration() throws Exception {
    // 乐昌 2018 (a mirror in traditional script with pinyin glosses): 一級目標 heads the 一级
    // column, and 實際完成值 | 未達到指標值原因 are printed empty for the later self-evaluation
    String name = "central-transfer-mirror_yiji-mubiao-empty-actuals_lechang-zhuxuejin-2018.tsv";
    Project p = read(name).value().projects().get(0);

    assertThat(p.indicators().indicators())
        .extracting(i -> i.subcategory().map(Enum::name).orElse("") + "/" + i.target().orElse(""))
        .containsExactly("QUANTITY/100%", "QUANTITY/100%");
    assertThat(review(name).findings()).extracting(Finding::code).doesNotContain("JX-V-0133");
    // the empty actual columns are no actuals: a form filled in has them under its headings
    String filled = Files.readString(file(name)).replace("學(xué)生數(shù)\t100%\n", "學(xué)生數(shù)\t100%\t98%\n");
    assertThat(filled).contains("\t98%");
    assertThat(DocumentLayout.detect(TableReader.builder().build().readGrid(filled, "filled.tsv"))).isNotEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void targetsPrintedOnePerRegionAreReadFromTheFirstRegionAndEveryRegionsIsKept() throws Exception {
    // 龙岩 2023: 区域目标值 over 新罗区 | 永定区 | … | 漳平市, one target per county in its column
    String name = "regional-target-columns_longyan-zongjiao-2023.tsv";
    ReadResult<PerformanceTable> read = read(name);
    Project p = read.value().projects().get(0);

    assertThat(p.indicators().indicators())
        .extracting(i -> i.subcategory().map(Enum::name).orElse("") + "/" + i.name().orElse("") + "/" + i.target().orElse(""))
        .startsWith("QUANTITY/宗教管理经费补助县(市、区)数量/2", "QUALITY/项目资金使用合规性/>=95%");
    // the other counties' targets are kept under their names; the region row is no indicator
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("永定区");
      assertThat(c.text()).isEqualTo("3");
    });
    assertThat(p.strayCells().stream().filter(c -> c.header().equals(Optional.of("漳平市")))).hasSize(2);
    assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-X-0106");
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0125")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("7个区域").contains("“新罗区”"));
    // the review reads the first county's targets: 2 has no unit (个), as every county's has none
    assertThat(review(name).findings()).extracting(Finding::code).contains("JX-V-0205").doesNotContain("JX-V-0133", "JX-V-0138");
  }

  @Test
  void requiredFieldMarksAreNoPartOfAHeadingAndRowsCutByAMergedFirstLevelAreReadWhereTheyBelong() throws Exception {
    ReadResult<PerformanceTable> read = read("required-marks-rowspan-cut_yueyanglou-jiage-2023.tsv");
    Project p = read.value().projects().get(0);
    assertThat(p.indicators().indicators())
        .extracting(i -> i.category() + "/" + i.subcategory().map(Enum::name).orElse("") + "/" + i.name().orElse("") + "/" + i.target().orElse(""))
        .containsExactly(
            "OUTPUT/QUANTITY/业务工作支出安排金額/28.8萬元",
            "OUTPUT/QUALITY/业务工作支出到位率/100%",
            "OUTPUT/TIMELINESS/工作安排时間/按月安排");
    assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-X-0106").contains("JX-X-0120");
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0120")).extracting(Finding::message)
        .containsExactly(
            "该行以二级指标“质量指标”开头，没有一级指标的单元格（副本中跨行合并的单元格只留在第一行）：按右移一列读取，一级指标沿用上方的“产出指标”",
            "该行以二级指标“时效指标”开头，没有一级指标的单元格（副本中跨行合并的单元格只留在第一行）：按右移一列读取，一级指标沿用上方的“产出指标”");
    // a table of a unit's targets as a whole is named after the unit, not 未命名项目1
    assertThat(p.name()).isEqualTo("岳陽樓区价格认证鉴定中心");
    assertThat(read.diagnostics()).extracting(Finding::code).contains("JX-X-0121").doesNotContain("JX-X-0114");
    // the review no longer asks for the quality and timeliness indicators that are there
    assertThat(review("required-marks-rowspan-cut_yueyanglou-jiage-2023.tsv").findings())
        .extracting(Finding::message)
        .noneMatch(m -> m.contains("缺少质量指标") || m.contains("缺少时效指标"));
  }

  @Test
  void theMinistrysTemplateGivesItsGoalFromTheRowUnderItsLabelAndItsYearFromTheLineUnderTheTitle() throws Exception {
    PerformanceTable t = read("mof-template_qingjian-guoyuanlu-2021.tsv").value();
    Project p = t.projects().get(0);
    assertThat(t.fiscalYear()).hasValue(2021); // (2021年度), alone under 绩效目标申报表
    assertThat(p.name()).isEqualTo("2021年交通局寨山石坪、鲍家沟果园路");
    assertThat(p.department()).contains("清涧县交通运输局");
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("1、改善基础实施建设").contains("3、极大的改善了老百姓的生产生活问题"));
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("500"));
    // 其中:财政拨款 | 500, then the template's 其他资金 row left blank: a fund of that kind with no amount
    assertThat(p.funds()).extracting(FundSource::kind).containsExactly(FundKind.FISCAL_APPROPRIATION, FundKind.NON_FISCAL);
    assertThat(p.funds().get(0).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("500"));
    assertThat(p.funds().get(1).budget()).isEmpty();
    assertThat(p.strayCells()).extracting(c -> c.text()).doesNotContain("其他资金");
    assertThat(p.indicators().indicators()).extracting(Indicator::target).startsWith(Optional.of("2km"), Optional.of("2km"), Optional.of("100%"));
    // the goal's text is read, not also kept aside; the contact line has no field and is kept
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("刘志龙09125222043").noneMatch(x -> x.startsWith("1、改善"));
  }

  @Test
  void aHeadingBesideTheGoalLabelIsNotTheGoal() throws Exception {
    // 总体目标 | 年度目标 | | 年度总体目标完成情况, and the goal's text on the row below
    Project p = read("mof-template-with-outcome-column_nanyue-zichan-2018.tsv").value().projects().get(0);
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("10个合作社为入股贫困户返本分红"));
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("年度总体目标完成情况");
    // the approval rows after the indicators are notes, not indicators of an unknown category
    assertThat(read("mof-template-with-outcome-column_nanyue-zichan-2018.tsv").value().notes()).hasSize(3).allSatisfy(n -> assertThat(n).contains("(盖章)"));
    assertThat(p.indicators().indicators()).hasSize(11).extracting(Indicator::category).doesNotContainNull();
  }

  @Test
  void theCaptionsAndLabelsOfATargetTableNameItsDepartmentUnitAndAmount() throws Exception {
    PerformanceTable t = read("target-table_qingshan-boruo-xuexiao-2020.tsv").value();
    Project p = t.projects().get(0);
    assertThat(p.department()).contains("青山区教育局"); // 项目主管部门
    assertThat(p.unit()).contains("化工区学校"); // 项目执行单位
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN); // 资金情况 (万元)
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("16"));
    assertThat(p.indicators().indicators()).extracting(Indicator::name)
        .startsWith(Optional.of("农村义务教育学校改造覆盖率")); // 指标内容 is the column of names
    assertThat(t.fiscalYear()).hasValue(2020);
    // the Ministry's older second-level label, printed over the 一级 and 二级 columns
    assertThat(p.indicators().indicators()).filteredOn(i -> i.category() == Category.SATISFACTION)
        .extracting(Indicator::subcategory, Indicator::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Optional.of(Subcategory.SERVED_SATISFACTION), Optional.of("≥90%")),
            org.assertj.core.groups.Tuple.tuple(Optional.of(Subcategory.SERVED_SATISFACTION), Optional.of("≥90%")));
    assertThat(read("target-table_qingshan-boruo-xuexiao-2020.tsv").diagnostics()).noneMatch(f -> f.code().equals("JX-X-0106"));
  }

  @Test
  void aTwoLevelTableReadsItsNamesFromTheSecondColumnAndItsCostTableAsTheCalculationBasis() throws Exception {
    Project p = read("two-level-with-cost-breakdown_ezhou-bangongdalou-2022.tsv").value().projects().get(0);
    List<Indicator> rows = p.indicators().indicators();
    assertThat(rows.get(0).subcategory()).contains(Subcategory.QUANTITY);
    assertThat(rows.get(0).name()).contains("办公大楼日常维修维护次数");
    assertThat(rows.get(0).explanation()).contains("反映办公大楼全年维修维护情况"); // 绩效标准
    assertThat(rows.get(0).target()).contains("2280次"); // 当年预期实现值, as printed (OCR of ≥280次)
    assertThat(rows.get(1).subcategory()).contains(Subcategory.QUANTITY); // the blank 一级 cell below
    assertThat(rows).extracting(Indicator::category).containsOnly(Category.OUTPUT);
    assertThat(p.calculationBasis()).hasValueSatisfying(b -> assertThat(b)
        .startsWith("保安服务费 191（依据招标文件）；保洁服务费 99（依据招标文件）")
        .contains("水电气、维修维护费 524（根据三定方案,各项费用据实结算）"));
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo(new BigDecimal("814"))); // its 合计
    // the earlier years' spending has no field: kept under its heading, not lost
    assertThat(p.strayCells()).extracting(c -> c.header().orElse("") + " " + c.text()).contains("2021年实际执行数 504.55", "2020年实际执行数 372.88");
    assertThat(p.policyBasis()).contains("市机关事务服务中心三定方案"); // 立项依据
  }

  @Test
  void anApprovalFormStatesItsUnitAboveTheTitleAndItsFieldsWithTheirOwnLabels() throws Exception {
    PerformanceTable t = read("approval-form-with-weights_fengjie-yunwu-2023.tsv").value();
    Project p = t.projects().get(0);
    assertThat(t.title()).hasValueSatisfying(title -> assertThat(title).endsWith("项目支出绩效目标审批表"));
    assertThat(p.unit()).contains("奉节县云雾土家族乡人民政府"); // 预算单位: … in one cell
    assertThat(p.department()).contains("县民宗委"); // 业务主管部门
    assertThat(p.period()).contains("2023年4月-2024年2月"); // 建设周期
    assertThat(p.policyBasis()).hasValueSatisfying(b -> assertThat(b).contains("奉节民宗委发〔2022〕3号")); // 项目审批
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("新建中药材晾晒房一座")); // 年度主要目标 和成果
    assertThat(p.totalAmount()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("65")); // 项目总预算
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("65")); // 当年年度预算
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN); // 金额单位:万元
    assertThat(p.indicators().indicators().get(0)).satisfies(i -> {
      assertThat(i.subcategory()).contains(Subcategory.ECONOMIC_COST);
      assertThat(i.target()).contains("≤65万元");
    });
    // 产出指标 (40-50)分: a category with the points the form gives it (its row is cut in the copy,
    // at 数量指, which is no second-level label and is kept)
    assertThat(p.indicators().indicators()).last().satisfies(i -> {
      assertThat(i.category()).isEqualTo(Category.OUTPUT);
      assertThat(i.subcategory()).isEmpty();
    });
    // the implementing unit printed beside is kept, as is the weight column the layout has no field for
    assertThat(p.strayCells()).extracting(c -> c.header().orElse("") + " " + c.text()).contains("实施单位 云雾土家族乡", "分值 10");
  }

  @Test
  void aTargetPrintedInPartsIsJoinedAndADirectionOrADamagedUnitIsKeptAside() throws Exception {
    Project p = read("split-target-columns_wuhai-zaisheng-2021.tsv").value().projects().get(0);
    assertThat(p.indicators().indicators()).extracting(i -> i.name().orElseThrow() + " " + i.target().orElseThrow())
        .startsWith("出差人数 =8", "出差人次 =24人/次", "工作任务完成率 =100%", "项目财政资金到位时间 =44,561")
        .contains("出差总成本 =1万元");
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("3")); // 资金总额 under 年初安排金额(万元)
    assertThat(p.funds()).extracting(FundSource::kind).containsExactly(FundKind.FISCAL_APPROPRIATION, FundKind.NON_FISCAL); // 财政拨款数, 其他资金
    // 正向 / 反向 is no comparator, and 44,561 in the unit column is no unit: both kept under their headings
    assertThat(p.strayCells()).extracting(c -> c.header().orElse("") + " " + c.text()).contains("指标性质 正向", "计量单位 44,561");
  }

  @Test
  void ofLongTermAndAnnualColumnsTheYearsAreRead() throws Exception {
    Project p = read("long-and-annual-columns_qingshan-jiaoyu-2020.tsv").value().projects().get(0);
    assertThat(p.indicators().indicators()).hasSize(7).allSatisfy(i -> assertThat(i.target()).isPresent());
    assertThat(p.indicators().indicators().get(0).target()).contains("2");
    assertThat(p.department()).hasValueSatisfying(d -> assertThat(d).endsWith("武汉市青山区教育局")); // 主管部门 及编码
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("10000"));
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("按工作计划完成"));
    assertThat(p.longTermGoal()).hasValueSatisfying(g -> assertThat(g).startsWith("优化教育布局"));
  }

  @Test
  void levelsPrintedWithValueForIndicatorAreTheSameLevels() throws Exception {
    Project p = read("value-word-levels_linyi-gongyong-2025.tsv").value().projects().get(0);
    assertThat(p.indicators().indicators()).hasSize(8);
    assertThat(p.indicators().indicators().get(0)).satisfies(i -> {
      assertThat(i.subcategory()).contains(Subcategory.QUANTITY); // 产出值 | 数量值
      assertThat(i.target()).contains("<=6962人"); // 年度数值
    });
    assertThat(p.funds()).extracting(FundSource::kind).containsExactly(FundKind.FISCAL_APPROPRIATION); // 财政拨款: | 438.768
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("438.768"));
  }

  @Test
  void anUmbrellaFirstLevelGivesWayToTheCategoryUnderItAndAWrappedTitleGivesItsYear() throws Exception {
    PerformanceTable t = read("central-investment-umbrella_baodi-fenwu-2022.tsv").value();
    Project p = t.projects().get(0);
    assertThat(t.fiscalYear()).hasValue(2022); // …整县推进项目)2022年 | 中央预算内投资计划绩效目标表
    assertThat(p.unit()).contains("宝坻区人民政府"); // 下达地方或单位
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("2350")); // 下达中央预算内投资(万元)
    assertThat(p.goal()).contains("提高畜禽粪污综合利用率和规模养殖场设施装备配套率。"); // 总体目标, the only goal
    assertThat(p.indicators().indicators()).extracting(Indicator::category)
        .containsExactly(Category.OUTPUT, Category.OUTPUT, Category.OUTPUT, Category.BENEFIT, Category.BENEFIT);
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("实施效果指标");
  }

  private static Review review(String name) throws Exception {
    return Reviewer.defaults().review(read(name).value(), OptionalInt.empty()).reviews().get(0);
  }

  private static List<String> reviewCodes(String name) throws Exception {
    return review(name).opinions().stream().map(o -> o.finding().code()).toList();
  }

  @Test
  void aTargetTableWithoutASecondLevelIsNotSaidToLackItsQuantityOrCostRows() throws Exception {
    // 实施效果指标 | 产出指标 | 建设项目个数(含续建) | 1: five rows under 产出 and 效益, none under 数量 …
    assertThat(reviewCodes("central-investment-umbrella_baodi-fenwu-2022.tsv"))
        .contains("JX-V-0134").doesNotContain("JX-V-0131", "JX-V-0132");
  }

  @Test
  void aDeclarationWhoseIndicatorsAreFiguresWithoutNamesIsReturned() throws Exception {
    // 数量指标 | 88 | 100 … under every heading of a flattened copy
    Review review = review("flattened-figures-only_ningxiang-batang-2021.tsv");
    assertThat(review.verdict()).isEqualTo(ReviewVerdict.RETURN);
    assertThat(review.opinions()).extracting(o -> o.finding().code()).contains("JX-V-0135", "JX-V-0145");
  }

  @Test
  void aSecondLevelNamingBenefitsUnderAnUnknownUmbrellaIsABenefit() throws Exception {
    // 效果指标 | 社会、经济、生态效益 指标 | 补助款结算争议率 | 0% (东莞's 批复表): no label of either level says it
    Project p = read("umbrella-effect-level_dongguan-lianwanglu-2019.tsv").value().projects().get(0);
    assertThat(p.indicators().indicators()).filteredOn(i -> i.name().equals(Optional.of("补助款结算争议率")))
        .singleElement().satisfies(i -> {
          assertThat(i.category()).isEqualTo(Category.BENEFIT);
          assertThat(i.target()).contains("0%");
        });
  }

  @Test
  void aRowPrintedForSeveralBenefitLevelsKeepsItsLabelAndCountsForEachLevel() throws Exception {
    // the same row: 社会、经济、生态效益 指标 is one row for three levels, 社会效益 among them
    Project p = read("umbrella-effect-level_dongguan-lianwanglu-2019.tsv").value().projects().get(0);
    assertThat(p.indicators().indicators()).filteredOn(i -> i.name().equals(Optional.of("补助款结算争议率")))
        .singleElement().satisfies(i -> {
          assertThat(i.subcategory()).isEmpty();
          assertThat(i.printedSubcategory()).contains("社会、经济、生态效益 指标");
          assertThat(i.namedSubcategories()).contains(Subcategory.SOCIAL);
        });
    // only the 中期滚动目标 block's copy (column 2) stays a stray cell: the year's is the indicator's
    assertThat(p.strayCells()).filteredOn(c -> c.text().contains("社会、经济、生态效益")).extracting(c -> c.column()).containsExactly(2);
    assertThat(review("umbrella-effect-level_dongguan-lianwanglu-2019.tsv").opinions()).noneSatisfy(o -> {
      assertThat(o.finding().code()).isIn("JX-V-0131", "JX-V-0132");
      assertThat(o.finding().args()).containsEntry("subcategory", Subcategory.SOCIAL.label());
    });
  }

  @Test
  void aTableOfTargetsHeadedByItsEvaluationWordsIsReadWithEachLevel() throws Exception {
    // 宁晋县 2019: 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值, the 一级 cell 项目年度绩效目标(定量指标)
    // names no level, so each row's 二级 does (产出数量指标 is 数量指标 after its 一级's name); 总分 closes it
    ReadResult<PerformanceTable> r = read("evaluation-headings-with-points_ningjin-zhuxuejin-2019.tsv");
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators()).extracting(i -> i.name().orElse(""), i -> i.subcategory().orElse(null), i -> i.target().orElse(""))
        .containsExactly(
            tuple("享受资助人数", Subcategory.QUANTITY, "2100"),
            tuple("资金支出率", Subcategory.QUANTITY, "95%"),
            tuple("建档立卡学生", Subcategory.QUALITY, "100%"),
            tuple("资助对象满意度", Subcategory.QUALITY, "95%以上"),
            tuple("及时发放率", Subcategory.TIMELINESS, "100%"),
            tuple("资助标准达标率", null, "100%")); // 成本指标 in the 二级 column under no known 一级: the first level 成本
    assertThat(p.indicators().indicators().get(5).category()).isEqualTo(Category.COST);
    // no 项目名称 row: the title names the project (2019年度宁晋县高中助学金项目绩效评价指标表), and says so
    assertThat(p.name()).isEqualTo("宁晋县高中助学金项目");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains("JX-X-0116").doesNotContain("JX-X-0114");
    assertThat(p.indicators().indicators().get(0).explanation()).contains("达到预计值");
    // 制度指标 names no level of either kind: kept, and said; the 总分 row is the table's sum, not said
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("JX-X-0106")).extracting(d -> d.location().orElseThrow().text().orElse(""))
        .containsExactly("项目年度绩效目标(定量指标)");
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("制度指标", "规章制度", "总分");
    // the review reads the 满意度 row filed under 质量指标 as misfiled, as a reviewer would
    assertThat(review("evaluation-headings-with-points_ningjin-zhuxuejin-2019.tsv").opinions()).extracting(o -> o.finding().code())
        .contains("JX-V-0321").doesNotContain("JX-V-0135");
  }

  @Test
  void aDeadlinePrintedAsASpreadsheetDateSerialIsReadBackAsItsDate() throws Exception {
    // 项目财政资金到位时间 | 正向 | = | 44,561 | 44,561 (内蒙古's system export, the serial in both cells)
    assertThat(review("split-target-columns_wuhai-zaisheng-2021.tsv").opinions()).filteredOn(o -> o.finding().code().equals("JX-V-0503"))
        .hasSize(2).allSatisfy(o -> assertThat(o.finding().message()).contains("2021年12月31日"));
  }
}
