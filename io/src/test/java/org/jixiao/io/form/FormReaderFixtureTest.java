package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/** Each variant of the form, read from a real published form and checked by hand. */
class FormReaderFixtureTest {
  private static ReadResult<PerformanceTable> read(String fixture) throws IOException {
    return FormReader.builder().build().read(Fixtures.path(fixture));
  }

  private static Project only(ReadResult<PerformanceTable> r) {
    assertThat(r.value().projects()).hasSize(1);
    return r.value().projects().get(0);
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static List<String> rules(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::rule).toList();
  }

  @Test
  void readsTheStandardTenPointFormWithItsTotalAndSkipsTemplatePlaceholderRows() throws IOException {
    ReadResult<PerformanceTable> r = read(Fixtures.TIANCHANG);
    Project p = only(r);
    assertThat(r.value().fiscalYear()).hasValue(2022);
    assertThat(r.value().title()).contains("项目支出绩效自评表");
    assertThat(p.name()).isEqualTo("水旱灾害防御经费");
    assertThat(p.unit()).contains("天长市水利局");
    assertThat(p.department()).isEmpty(); // printed blank
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.budget()).contains(d("880"));
    assertThat(p.adjustedBudget()).contains(d("880"));
    assertThat(p.actual()).contains(d("880"));
    assertThat(p.statedExecutionWeight()).contains(d("10"));
    assertThat(p.statedExecutionScore()).contains(d("10"));
    assertThat(p.statedExecutionRate()).isEmpty(); // the rate is not printed
    assertThat(p.funds()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FundKind.FISCAL_APPROPRIATION);
      assertThat(f.executed()).contains(d("880"));
    });
    assertThat(p.goal()).contains("完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。");
    assertThat(p.goalOutcome()).contains("完成年度目标。");
    // 10 indicator rows with content; the 指标2: / …… rows of the template are not indicators.
    assertThat(p.indicators().size()).isEqualTo(10);
    Indicator first = p.indicators().indicators().get(0);
    assertThat(first.category()).isEqualTo(Category.OUTPUT); // 一级 printed only as (50分)
    assertThat(first.subcategory()).contains(Subcategory.QUANTITY);
    assertThat(first.name()).contains("指标1:完成中型灌区节水改造项目数量");
    assertThat(first.target()).contains("1");
    assertThat(first.weight()).contains(d("10"));
    Indicator satisfaction = p.indicators().indicators().get(9);
    assertThat(satisfaction.category()).isEqualTo(Category.SATISFACTION);
    assertThat(satisfaction.target()).contains("90%");
    assertThat(satisfaction.actual()).contains("100%");
    Indicator ecological = p.indicators().indicators().get(7);
    assertThat(ecological.subcategory()).contains(Subcategory.ECOLOGICAL);
    assertThat(ecological.category()).isEqualTo(Category.BENEFIT); // (30分) and 生态效益
    assertThat(ecological.weight()).isEmpty(); // printed "/"
    assertThat(p.statedScore()).contains(d("100"));
    assertThat(r.value().notes()).singleElement().asString().startsWith("注:1.一级指标分值统一设置为");
    assertThat(rules(r)).containsOnly(FormDiagnostics.PLACEHOLDER_ROW);
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void readsARatePrintedWithPercentAndAScoreRoundedForDisplay() throws IOException {
    Project p = only(read(Fixtures.LANGFANG));
    assertThat(p.name()).isEqualTo("办公宿舍楼、食堂及餐厅暖通改造经费");
    assertThat(p.department()).contains("廊坊市发改委");
    assertThat(p.statedExecutionRate()).contains(d("86"));
    assertThat(p.statedExecutionScore()).contains(d("9"));
    assertThat(p.actual()).contains(d("37.24"));
    Indicator first = p.indicators().indicators().get(0);
    assertThat(first.statedScore()).contains(d("9"));
    assertThat(first.deviationReason()).hasValueSatisfying(v -> assertThat(v).startsWith("已完工"));
    // 效益指标 printed again as the 一级 of 可持续影响: still BENEFIT.
    assertThat(p.indicators().of(Category.BENEFIT)).extracting(i -> i.subcategory().orElseThrow())
        .containsExactly(Subcategory.ECONOMIC, Subcategory.SOCIAL, Subcategory.SUSTAINABILITY);
    assertThat(p.statedScore()).isEmpty(); // the copy is cut before 总分
  }

  @Test
  void keepsATotalRowOfZeroApartFromTheMoneyInTheRowsBelowIt() throws IOException {
    Project p = only(read(Fixtures.TANGXI_CUNJI));
    assertThat(p.budget()).contains(d("0"));
    assertThat(p.statedExecutionRate()).contains(d("0"));
    assertThat(p.statedExecutionScore()).contains(d("0"));
    assertThat(p.funds()).singleElement().satisfies(f -> {
      assertThat(f.budget()).contains(d("202.64"));
      assertThat(f.adjustedBudget()).contains(d("132.912"));
    });
    assertThat(p.department()).contains("219-池州市贵池区棠溪镇人民政府");
    Indicator cost = p.indicators().bySubcategory().getOrDefault(Subcategory.COST, List.of()).get(0);
    assertThat(cost.target()).contains("≤202.6万元");
    assertThat(cost.actual()).contains("132.9");
    // the copy stops at a bare 可持续影响 row: a 二级 label, no indicator
    assertThat(p.indicators().size()).isEqualTo(8);
  }

  @Test
  void readsTheTransferFundFormWhereTheWeightPrecedesTheTargetAndKeepsATotalThatIsNotTheSum() throws IOException {
    ReadResult<PerformanceTable> r = read(Fixtures.ZHONGJIANG);
    Project p = only(r);
    assertThat(p.adjustedBudget()).contains(d("20"));
    assertThat(p.budget()).isEmpty(); // the form has no 年初预算数 column
    assertThat(p.statedExecutionRate()).contains(d("100.00"));
    Indicator width = p.indicators().indicators().get(1);
    assertThat(width.name()).contains("水标尺宽度");
    assertThat(width.weight()).contains(d("10"));
    assertThat(width.target()).contains("≥50厘米");
    assertThat(width.actual()).contains("≥50厘米");
    assertThat(p.indicators().indicators().get(2).weight()).contains(d("20"));
    assertThat(p.statedScore()).contains(d("100"));
    // 分值 add up to 110 but 总分's 分值 prints 100: that figure is kept, not lost.
    assertThat(p.strayCells()).contains(StrayCell.of(4, java.util.Optional.of("总分/分值"), "100"));
    assertThat(rules(r)).contains(FormDiagnostics.EXTRA_FIGURE);
    assertThat(p.strayCells()).anySatisfy(s -> assertThat(s.text()).isEqualTo("谢凯13990260322(办公)"));
  }

  @Test
  void keepsBreakdownSubRowsAsStrayCellsAndTheirRepeatedExecutionScore() throws IOException {
    ReadResult<PerformanceTable> r = read(Fixtures.HEXI);
    Project p = only(r);
    assertThat(p.indicators().indicators()).extracting(i -> i.name().orElseThrow()).containsExactly(
        "★补助各类瓜果蔬菜种植面积", "★补助鱼塘面积", "★补助家畜家禽养殖数量", "种植作物成活率",
        "养殖家畜家禽成活率", "特色产业带动增加受益农户收入(总收入)", "受益人口数量");
    assertThat(p.indicators().indicators().get(1).target()).contains("3亩");
    assertThat(p.indicators().indicators().get(5).target()).contains("≥11.376万元");
    assertThat(p.indicators().indicators().get(5).category()).isEqualTo(Category.BENEFIT);
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("其中桃树种植面积", "1.5亩", "其中猪养殖数量", "满意");
    assertThat(rules(r)).contains(FormDiagnostics.SUB_ROW, FormDiagnostics.EXTRA_FIGURE, FormDiagnostics.UNKNOWN_CATEGORY);
    assertThat(p.statedExecutionScore()).contains(d("10"));
  }

  @Test
  void readsTheSichuan2023FormWithNatureAndUnitColumnsAndNoScores() throws IOException {
    Project p = only(read(Fixtures.QINGSHEN));
    assertThat(p.name()).isEqualTo("51000021R000000019951-工资性支出");
    assertThat(p.unit()).contains("青神县发展和改革局"); // 实施单位 (盖章)
    assertThat(p.budget()).contains(d("238.93"));
    assertThat(p.adjustedBudget()).contains(d("251.89"));
    assertThat(p.actual()).contains(d("251.89"));
    assertThat(p.statedExecutionRate()).contains(d("100.00"));
    assertThat(p.statedExecutionWeight()).contains(d("10"));
    assertThat(p.statedExecutionScore()).isEmpty();
    assertThat(p.funds()).extracting(f -> f.kind()).containsExactly(
        FundKind.FISCAL_APPROPRIATION, FundKind.SPECIAL_ACCOUNT_FUNDS, FundKind.NON_FISCAL);
    Indicator coverage = p.indicators().indicators().get(0);
    assertThat(coverage.nature()).contains(TargetNature.EQUAL);
    assertThat(coverage.target()).contains("100");
    assertThat(coverage.measureUnit()).contains("%");
    assertThat(coverage.actual()).isEmpty();
    assertThat(coverage.weight()).contains(d("60"));
    assertThat(p.statedScore()).isEmpty(); // 合计 prints only the weights, which add up
    assertThat(p.problems()).hasValueSatisfying(v -> assertThat(v).startsWith("结合自评情况"));
  }

  @Test
  void readsTheTailOfAFormThatBeginsAtItsIndicatorHeaderAsAFormAndTheFormUnderIt() throws IOException {
    ReadResult<PerformanceTable> r = read(Fixtures.DAYING);
    assertThat(r.value().projects()).hasSize(2);
    // the tail begins at its indicator header: a form cut above it (FormBeginsAtIndicatorHeaderTest)
    Project tail = r.value().projects().get(0);
    assertThat(tail.name()).isEqualTo("未命名项目1");
    assertThat(tail.budget()).isEmpty();
    assertThat(tail.indicators().indicators()).singleElement().satisfies(i -> {
      assertThat(i.name()).contains("成本控制数");
      assertThat(i.nature()).contains(TargetNature.AT_MOST);
      assertThat(i.weight()).contains(d("90"));
      assertThat(i.statedScore()).contains(d("90"));
    });
    assertThat(tail.problems()).contains("无");
    assertThat(tail.strayCells()).extracting(StrayCell::text).contains("查小兵", "唐勇");
    // the table's title and year are still those of the form under it, the first to print them
    assertThat(r.value().title()).contains("部门预算项目支出绩效自评表(2023年度)");
    assertThat(r.value().fiscalYear()).hasValue(2023);
    Project p = r.value().projects().get(1);
    assertThat(p.name()).isEqualTo("51092324T000010263357-2023年全县安可替代补助资金项目");
    assertThat(p.department()).contains("大英县司法局部门");
    assertThat(p.budget()).contains(d("0.00"));
    assertThat(p.adjustedBudget()).contains(d("3.36"));
    assertThat(p.statedExecutionScore()).contains(d("10"));
    assertThat(p.goalOutcome()).contains("完成");
    assertThat(p.indicators().indicators()).singleElement().satisfies(i -> {
      assertThat(i.nature()).contains(TargetNature.EQUAL);
      assertThat(i.target()).contains("100");
    });
    assertThat(p.strayCells()).extracting(c -> c.header().orElse("")).doesNotContain("标题");
    assertThat(r.value().notes()).isEmpty();
    assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals(FormDiagnostics.OUTSIDE_FORM)).isEmpty();
    assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals(FormDiagnostics.BEGINS_AT_INDICATOR_HEADER))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void readsTheTwentyEightyTemplateWithoutAWeightColumnTakingTheExecutionWeightFromItsLabel() throws IOException {
    Project p = only(read(Fixtures.SHANGWU));
    assertThat(p.name()).isEqualTo("2020 年市级服务贸易发展资金");
    assertThat(p.unit()).contains("投资促进中心");
    assertThat(p.department()).contains("区商务局");
    assertThat(p.adjustedBudget()).contains(d("285.84"));
    assertThat(p.statedExecutionRate()).contains(d("100"));
    assertThat(p.statedExecutionWeight()).contains(d("20"));
    assertThat(p.statedExecutionScore()).contains(d("20"));
    assertThat(p.indicators().size()).isEqualTo(8);
    assertThat(p.indicators()).allSatisfy(i -> assertThat(i.weight()).isEmpty());
    assertThat(p.indicators().indicators().get(6).statedScore()).contains(d("20"));
    assertThat(p.indicators().indicators().get(0).target()).contains("20000");
    assertThat(p.statedScore()).contains(d("100"));
    assertThat(p.strayCells()).contains(StrayCell.of(4, java.util.Optional.of("填报日期"), "2021 年 4 月 22 日"));
    // 产出指标 (60 分), 效益指标 (40 分): the categories' points, kept as printed
    assertThat(p.statedCategoryWeights()).containsExactly(entry(Category.OUTPUT, d("60")), entry(Category.BENEFIT, d("40")));
  }

  @Test
  void keepsThePointsPrintedInCategoryLabelsBesideTheIndicatorsOwnWeights() throws IOException {
    // 中江 2022: 产出指标(70分), 效益指标(20分), 满意度指标(10分), each row with its 分值 too
    Project p = only(read(Fixtures.ZHONGJIANG));
    assertThat(p.statedCategoryWeights())
        .containsExactly(entry(Category.OUTPUT, d("70")), entry(Category.BENEFIT, d("20")), entry(Category.SATISFACTION, d("10")));
    // a form written back prints them in its labels, and reads back the same
    String written = FormWriter.builder().build().writeToString(PerformanceTable.builder().moneyUnit(p.moneyUnit()).addProjects(p).build());
    assertThat(written).contains("产出指标（70分）");
    assertThat(only(FormReader.builder().build().read(written, "written.tsv")).statedCategoryWeights()).isEqualTo(p.statedCategoryWeights());
  }

  @Test
  void readsARatePrintedAsABareNumberAsAPercentageWhenTheAmountsSaySo() throws IOException {
    Project p = only(read(Fixtures.CHANGNING));
    assertThat(p.adjustedBudget()).contains(d("50"));
    assertThat(p.actual()).contains(d("10"));
    assertThat(p.statedExecutionRate()).contains(d("20"));
    assertThat(p.statedExecutionWeight()).contains(d("20"));
    assertThat(p.statedExecutionScore()).contains(d("4"));
    assertThat(p.indicators().size()).isEqualTo(19);
    assertThat(p.indicators().indicators().get(18).statedScore()).isEmpty(); // cut off
  }

  @Test
  void readsAReportsTableOfOneProjectsResultsWithItsNamesUnderTheirOwnHeading() throws IOException {
    // 湖北科技学院 2021: a report's table, 一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值, under a
    // title ending in 自评结果; nothing was read before (taken for a disclosure table)
    Project p = only(read(Fixtures.HBUST));
    assertThat(p.indicators().size()).isEqualTo(9);
    Indicator count = p.indicators().indicators().get(4);
    assertThat(count.name()).contains("受资助本专科学生人数");
    assertThat(count.target()).contains("14726");
    assertThat(count.actual()).contains("15935");
    Indicator last = p.indicators().indicators().get(8);
    assertThat(last.category()).isEqualTo(org.jixiao.core.indicator.Category.BENEFIT); // as printed, under 效益
    assertThat(last.subcategory()).contains(Subcategory.SERVED_SATISFACTION);
  }

  @Test
  void aReportsHeadingOfResultsStartsNoFormInsideOrAfterOne() throws IOException {
    // 四、年度绩效目标自评结果 between 天长's funds and its goal, and 三、绩效自评结果 with prose after its
    // 总分 (a review's cases): headings of a report, not a results table's title (none is above an
    // indicator header), so the form stays one project with all its indicators
    String text = java.nio.file.Files.readString(Fixtures.path(Fixtures.TIANCHANG));
    PerformanceTable asPrinted = FormReader.builder().build().read(text, "form.tsv").value();
    String inside = text.replace("年度总体目标完成情况", "四、年度绩效目标自评结果\n年度总体目标完成情况");
    assertThat(inside).isNotEqualTo(text);
    String after = text + "三、绩效自评结果\n项目完成了年度目标，自评得分100分。\n";
    for (String t : java.util.List.of(inside, after)) {
      PerformanceTable read = FormReader.builder().build().read(t, "form.tsv").value();
      assertThat(read.projects()).singleElement().satisfies(p -> {
        assertThat(p.name()).isEqualTo(asPrinted.projects().get(0).name());
        assertThat(p.indicators()).isEqualTo(asPrinted.projects().get(0).indicators());
      });
    }
  }

  @Test
  void readsATraditionalCharacterMirrorWithPinyinGlossesAndATwoRowIndicatorHeader() throws IOException {
    Project p = only(read(Fixtures.LIJIANG));
    assertThat(p.department()).contains("麗江市自然資源和規(guī)劃局");
    assertThat(p.unit()).contains("麗江市古城區(qū)自然資源局");
    assertThat(p.actual()).contains(d("7.29"));
    assertThat(p.statedExecutionWeight()).contains(d("10.00"));
    assertThat(p.indicators().size()).isEqualTo(5);
    Indicator first = p.indicators().indicators().get(0);
    assertThat(first.nature()).contains(TargetNature.EQUAL); // ﹦ U+FE66
    assertThat(first.target()).contains("72890");
    assertThat(first.measureUnit()).contains("元");
    assertThat(first.actual()).contains("72890");
    assertThat(first.statedScore()).contains(d("9.00"));
    assertThat(p.indicators().indicators().get(3).subcategory()).contains(Subcategory.SOCIAL);
    assertThat(p.indicators().indicators().get(3).nature()).contains(TargetNature.AT_LEAST);
    // the 其中 row prints 100% under 分值: kept
    assertThat(p.strayCells()).contains(StrayCell.of(5, java.util.Optional.of("分值"), "100%"));
  }

  @Test
  void readsTheDepartmentWideFormWithARateOverOneHundredPercent() throws IOException {
    Project p = only(read(Fixtures.JINZHAI));
    assertThat(p.name()).isEqualTo("金寨县茶谷和美丽乡村建设服务中心");
    assertThat(p.actual()).contains(d("338.31"));
    assertThat(p.statedExecutionRate()).contains(d("102.59"));
    assertThat(p.statedExecutionScore()).isEmpty();
    Indicator first = p.indicators().indicators().get(0);
    assertThat(first.target()).contains("≤4");
    assertThat(first.actual()).contains("4");
    assertThat(p.indicators().indicators().get(6).target()).contains("9月前");
    assertThat(p.indicators().size()).isEqualTo(8); // 成本指标 指标1: is an empty template row
  }

  /**
   * No fixture gives an error, but for what its copy prints wrong: the OCR of the 银川 form reads
   * a 得分 of 10 as {@code IO}, which is not a number.
   */
  @Test
  void readsEveryFixtureLenientlyWithoutErrors() throws IOException {
    for (String f : Fixtures.ALL) {
      ReadResult<PerformanceTable> r = read(f);
      assertThat(r.value().projects()).as(f).isNotEmpty();
      List<String> errors = r.diagnostics().stream()
          .filter(x -> x.severity() == Severity.ERROR)
          .map(x -> x.code() + " " + x.location().flatMap(l -> l.text()).orElse(""))
          .toList();
      assertThat(errors).as(f + " " + r.diagnostics())
          .isEqualTo(f.equals(Fixtures.YINCHUAN) ? List.of("JX-I-0221 IO") : List.of());
    }
  }
}
