package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/** Label variants, number forms, forms cut off, strict against lenient, limits and hostile grids. */
class FormReaderBehaviourTest {
  private static final String HEADER =
      "项目支出绩效自评表\n(2021年度)\n项目名称\t测试项目\n主管部门\t某局\t\t\t实施单位\t某中心\n";

  private static ReadResult<PerformanceTable> lenient(String tsv) {
    return FormReader.builder().build().read(tsv, "form.tsv");
  }

  private static ReadResult<PerformanceTable> strict(String tsv) {
    return FormReader.builder().strict(true).build().read(tsv, "form.tsv");
  }

  private static List<String> rules(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::rule).toList();
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void readsAmountsWithThousandsSeparatorsOrAUnitAndARatePrintedAsAFraction() {
    String tsv = HEADER
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额：\t215,457.6\t4753.66万元\t45540060元\t10\t0.958\t9.58\n";
    ReadResult<PerformanceTable> r = lenient(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.budget()).contains(d("215457.6"));
    assertThat(p.adjustedBudget()).contains(d("4753.66"));
    assertThat(p.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("4554.006"));
    assertThat(p.statedExecutionRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95.8"));
    assertThat(p.statedExecutionScore()).contains(d("9.58"));
    assertThat(rules(r)).contains(FormDiagnostics.RATE_AS_FRACTION, FormDiagnostics.UNIT_CONVERTED);
  }

  /**
   * The amounts' unit wherever a form states it: a 单位：元 line under the title (once read as the
   * filing unit's name, the amounts then taken for 万元, ten thousand times too large), a
   * 金额单位：元 line, or (元) after each column's name.
   */
  @Test
  void theMoneyUnitIsReadFromAUnitLineOrTheColumnsNames() {
    String funds = "\t年度资金总额\t100000\t100000\t90000\t10\t90%\t9\n";
    String plain = "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n";
    for (String tsv :
        List.of(
            "项目支出绩效自评表\n(2022年度)\n单位：元\n项目名称\t道路养护\n主管部门\t某局\t\t\t实施单位\tXX局\n" + plain + funds,
            "项目支出绩效自评表\n(2022年度)\n\t\t\t\t\t\t金额单位：元\n项目名称\t道路养护\n主管部门\t某局\t\t\t实施单位\tXX局\n" + plain + funds,
            HEADER + "项目资金\t\t年初预算数（元）\t全年预算数（元）\t全年执行数（元）\t分值\t执行率\t得分\n" + funds)) {
      ReadResult<PerformanceTable> r = lenient(tsv);
      Project p = r.value().projects().get(0);
      assertThat(p.moneyUnit()).as(tsv).isEqualTo(MoneyUnit.YUAN);
      assertThat(p.budget()).contains(d("100000"));
      assertThat(p.unit()).as(tsv).hasValueSatisfying(u -> assertThat(u).isIn("XX局", "某中心"));
      assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0205");
    }
  }

  /** 10万 and 10萬 are 10 万元 (domain §4), and 10萬元 is too (it ended in 元 and read as no number). */
  @Test
  void anAmountWrittenWithWanAloneOrInTraditionalCharactersIsRead() {
    String tsv = HEADER
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额：\t10萬\t10萬元\t8万\t10\t80%\t8\n";
    ReadResult<PerformanceTable> r = lenient(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.budget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(p.adjustedBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(p.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
    assertThat(r.diagnostics()).extracting(Finding::severity).doesNotContain(org.jixiao.core.evaluation.Severity.ERROR);
  }

  /**
   * A cell that mentions the form is no title of a new one: a footnote under the form, a goal,
   * an indicator's name (each started a phantom project that took the rest of its form).
   */
  @Test
  void aCellMentioningTheFormIsNoNewForm() {
    String footnote = "项目支出绩效自评表\n(2022年度)\n项目名称\t道路养护\n主管部门\t交通局\t\t\t实施单位\tXX局\n"
        + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        + "年度总体目标\t预期目标\t\t\t\t实际完成情况\n\t修路10公里\t\t\t\t修路9公里\n"
        + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        + "\t产出指标\t数量指标\t修路里程\t10公里\t9公里\t90\t81\t天气原因\n"
        + "总分\t\t\t\t\t\t100\t90\n存在问题\t雨季影响\n"
        + "注：本自评表金额单位为万元，分值保留两位小数。\n";
    ReadResult<PerformanceTable> r = lenient(footnote);
    assertThat(r.value().projects()).extracting(Project::name).containsExactly("道路养护");
    assertThat(r.value().projects().get(0).statedScore()).contains(d("90"));

    Project base = Project.builder().name("道路养护").moneyUnit(MoneyUnit.WAN_YUAN).budget(d("100")).actual(d("90")).build();
    Indicator named = Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUANTITY).name("完成绩效自评表").build();
    Indicator road = Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUANTITY).name("修路").target("10").actual("9").build();
    for (Project p :
        List.of(
            Project.builder().from(base).goal("按时完成项目支出绩效自评表填报").build(),
            Project.builder().from(base).indicators(IndicatorSet.of(List.of(road, named))).build())) {
      PerformanceTable table = PerformanceTable.builder().fiscalYear(2022).moneyUnit(MoneyUnit.WAN_YUAN).addProjects(p).build();
      String written = FormWriter.builder().build().writeToString(table);
      assertThat(lenient(written).value().projects()).as(written).containsExactly(p);
    }
  }

  @Test
  void aSecondTotalRowOfTheFundsBlockIsKeptAndDoesNotReplaceTheFirst() {
    String tsv = HEADER
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        + "\t总额\t200\t\t180\n";
    ReadResult<PerformanceTable> r = lenient(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.budget()).contains(d("100"));
    assertThat(p.adjustedBudget()).contains(d("100"));
    assertThat(p.actual()).contains(d("90"));
    assertThat(p.strayCells()).extracting(StrayCell::text).containsExactly("总额", "200", "180");
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0217")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aSecondColumnOfOneRoleIsKeptUnderItsHeaderAndDoesNotReplaceTheFirst() {
    String tsv = HEADER
        + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t年初目标值\t实际完成值\t分值\t得分\n"
        + "\t产出指标\t数量指标\t培训人数\t≥100人\t≥120人\t130人\t50\t50\n";
    Project p = lenient(tsv).value().projects().get(0);
    assertThat(p.indicators().indicators()).singleElement().satisfies(i -> {
      assertThat(i.target()).contains("≥100人");
      assertThat(i.actual()).contains("130人");
    });
    assertThat(p.strayCells()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("≥120人");
      assertThat(c.header()).contains("年初目标值");
    });
  }

  @Test
  void aFieldGivenTwiceKeepsItsFirstValueAndTheSecondAsAStrayCell() {
    String tsv = "项目支出绩效自评表\n(2021年度)\n项目名称\t测试项目\n主管部门\t区教育局\t\t\t实施单位\t某中心\n"
        + "主管单位\t区财政局\n"
        + "存在问题\t问题一\n存在问题\t问题二\n";
    Project p = lenient(tsv).value().projects().get(0);
    assertThat(p.department()).contains("区教育局");
    assertThat(p.problems()).contains("问题一");
    assertThat(p.strayCells()).extracting(c -> c.header().orElse("-") + " " + c.text())
        .containsExactlyInAnyOrder("主管单位 区财政局", "存在问题 问题二");
  }

  @Test
  void anUnknownSecondLevelLabelIsKeptWhenTheFirstLevelGivesTheCategory() {
    String tsv = HEADER
        + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "\t产出指标\t其他自定义指标\t指标C\t≥1\t2\t50\t50\n";
    ReadResult<PerformanceTable> r = lenient(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators()).singleElement().satisfies(i -> {
      assertThat(i.category()).isEqualTo(Category.OUTPUT);
      assertThat(i.subcategory()).isEmpty();
      assertThat(i.name()).contains("指标C");
    });
    assertThat(p.strayCells()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("其他自定义指标");
      assertThat(c.header()).contains("二级指标");
    });
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0231")).hasSize(1);
  }

  @Test
  void aLoneCellWithAYearInItIsTheYearOnlyWhenItIsNothingElse() {
    String tsv = "项目支出绩效自评表\n填报日期：2024年3月1日\n(2021年度)\n项目名称\t测试项目\n";
    ReadResult<PerformanceTable> r = lenient(tsv);
    assertThat(r.value().fiscalYear()).hasValue(2021);
    Project p = r.value().projects().get(0);
    // the date is kept, where it was dropped as a year before
    List<String> kept = new java.util.ArrayList<>(r.value().notes());
    p.strayCells().forEach(c -> kept.add(c.header().orElse("") + c.text()));
    assertThat(String.join("|", kept)).contains("2024年3月1日");
  }

  @Test
  void aFormFileCutInsideACharacterSaysSoAsATableFileDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    byte[] whole = (HEADER + "注：人才引进").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Path file = dir.resolve("form.tsv");
    java.nio.file.Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 1)); // the last character cut
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(file);
    assertThat(r.value().projects()).hasSize(1);
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0141")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aTotalRowWithoutAnIndicatorHeaderKeepsTheNumbersBeforeItsScore() {
    ReadResult<PerformanceTable> r = lenient(HEADER + "总分\t100\t95\n");
    Project p = r.value().projects().get(0);
    assertThat(p.statedScore()).contains(d("95"));
    assertThat(p.strayCells()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("100");
      assertThat(c.header()).contains("总分");
    });
  }

  @Test
  void aMarkerRowWithCellsPastItsTextIsKeptWhole() {
    ReadResult<PerformanceTable> ok = lenient(HEADER + "【未归位单元格】\t3\t备注\t原文\n");
    assertThat(ok.value().projects().get(0).strayCells()).extracting(c -> c.column() + " " + c.text()).containsExactly("3 原文");
    ReadResult<PerformanceTable> wide = lenient(HEADER + "【未归位单元格】\t3\t备注\t原文\t多出的一格\n");
    assertThat(wide.value().projects().get(0).strayCells()).extracting(c -> c.text()).contains("原文", "多出的一格");
    assertThat(wide.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0203")).hasSize(1);
  }

  @Test
  void aLaterFormsOwnTitleAndYearAreKeptWithItsProject() {
    String tsv = "项目支出绩效自评表\n(2021年度)\n项目名称\t甲\n"
        + "2022年度乙项目支出绩效自评表\n项目名称\t乙\n"
        + "项目支出绩效自评表\n(2023年度)\n项目名称\t丙\n";
    PerformanceTable t = lenient(tsv).value();
    assertThat(t.title()).contains("项目支出绩效自评表");
    assertThat(t.fiscalYear()).hasValue(2021);
    assertThat(t.projects()).extracting(Project::name).containsExactly("甲", "乙", "丙");
    assertThat(t.projects().get(0).strayCells()).isEmpty();
    assertThat(t.projects().get(1).strayCells()).extracting(c -> c.header().orElse("") + " " + c.text())
        .containsExactly("标题 2022年度乙项目支出绩效自评表"); // its year is in its title
    assertThat(t.projects().get(2).strayCells()).extracting(c -> c.header().orElse("") + " " + c.text())
        .containsExactly("年度 2023年度");
  }

  @Test
  void valuesOnTheGoalsHeaderRowAreRead() {
    Project p = lenient(HEADER + "年度总体目标\t预期目标\t完成道路修缮10公里\t实际完成情况\t已完成\n").value().projects().get(0);
    assertThat(p.goal()).contains("完成道路修缮10公里");
    assertThat(p.goalOutcome()).contains("已完成");
    assertThat(p.strayCells()).isEmpty();
  }

  @Test
  void aNoteRowKeepsEveryCellNotOnlyItsLabel() {
    String tsv = HEADER
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额：\t10\t10\t9\t10\t90%\t9\n"
        + "注：\t本表金额单位为万元\t\t另一说明\n";
    PerformanceTable t = lenient(tsv).value();
    assertThat(t.notes()).containsExactly("注：\t本表金额单位为万元\t\t另一说明");
    // a note of one cell stays as it was
    assertThat(lenient(HEADER + "注：金额以万元计\n").value().notes()).containsExactly("注：金额以万元计");
  }

  @Test
  void recognisesLabelsWithSpacesFullWidthBracketsAndColons() {
    String tsv = "项 目 支 出 绩 效 自 评 表\n项目名称：\t空格项目\n"
        + "\"项目资金\n（万元）\"\t\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分\n"
        + "\t年度资金总额\t10\t10\t9\t10\t90%\t9\n"
        + "绩 效 指 标\t一 级 指 标\t二级指标\t三级指标\t年度 指标值\t实际 完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        + "\t产 出 指 标（50分）\t数 量 指 标\t培训人数\t≥100人\t120人\t50\t50\t\n"
        + "总 分\t\t\t\t\t\t60\t59\n";
    ReadResult<PerformanceTable> r = strict(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.name()).isEqualTo("空格项目");
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.statedExecutionRate()).contains(d("90"));
    assertThat(p.indicators().indicators()).singleElement().satisfies(i -> {
      assertThat(i.category()).isEqualTo(Category.OUTPUT);
      assertThat(i.target()).contains("≥100人");
      assertThat(i.weight()).contains(d("50"));
    });
    assertThat(p.statedScore()).contains(d("59"));
    assertThat(p.strayCells()).isEmpty(); // 60 is the sum of the 分值
  }

  @Test
  void readsTwoCompleteFormsOneUnderAnotherAsTwoProjects() {
    String form = "\n项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t10\t10\t10\t10\t100%\t10\n"
        + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t95%\t90\t90\n总分\t\t\t\t\t\t100\t100\n";
    String tsv = "项目支出绩效自评表\n项目名称\t甲" + form + "项目支出绩效自评表\n项目名称\t乙" + form;
    PerformanceTable t = strict(tsv).value();
    assertThat(t.projects()).extracting(Project::name).containsExactly("甲", "乙");
    assertThat(t.projects()).allSatisfy(p -> assertThat(p.statedScore()).contains(d("100")));
    assertThat(t.projects().get(1).sourceLine()).hasValue(8L);
  }

  @Test
  void aFormCutOffAfterItsFundsBlockIsAProjectWithoutIndicators() {
    String tsv = HEADER + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t10\t10\t";
    Project p = strict(tsv).value().projects().get(0);
    assertThat(p.adjustedBudget()).contains(d("10"));
    assertThat(p.actual()).isEmpty();
    assertThat(p.indicators().isEmpty()).isTrue();
  }

  @Test
  void aFormCutOffAfterItsTitleIsNamedAsAPlaceholderWithAWarning() {
    ReadResult<PerformanceTable> r = lenient("项目支出绩效自评表\n(2022年度)\n");
    assertThat(r.value().projects()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("未命名项目1"));
    assertThat(rules(r)).contains(ReadDiagnostics.MISSING_NAME);
    assertThatThrownBy(() -> strict("项目支出绩效自评表\n(2022年度)\n"))
        .isInstanceOf(JixiaoReadException.class).hasMessageContaining("项目名称");
  }

  @Test
  void aWeightThatIsNotANumberIsAnErrorKeptAsAStrayCellOrThrownInStrictMode() {
    String tsv = HEADER + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "\t产出指标\t数量指标\t培训人数\t100\t100\t十分\t10\n";
    ReadResult<PerformanceTable> r = lenient(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators().get(0).weight()).isEmpty();
    assertThat(p.strayCells()).contains(StrayCell.of(6, java.util.Optional.of("分值"), "十分"));
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals(ReadDiagnostics.NOT_A_NUMBER)).singleElement()
        .satisfies(f -> {
          assertThat(f.location().orElseThrow().line()).hasValue(6L);
          assertThat(f.location().orElseThrow().column()).hasValue(7);
          assertThat(f.location().orElseThrow().text()).contains("十分");
        });
    assertThatThrownBy(() -> strict(tsv)).isInstanceOfSatisfying(JixiaoReadException.class, e -> {
      assertThat(e.line()).hasValue(6L);
      assertThat(e.column()).hasValue(7);
      assertThat(e.text()).contains("十分");
    });
  }

  @Test
  void strictModeRejectsTheTailOfAFormAboveTheFirstTitleWithItsLine() {
    assertThatThrownBy(() -> FormReader.builder().strict(true).build().read(Fixtures.path(Fixtures.DAYING)))
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> {
          assertThat(e.line()).hasValue(1L);
          assertThat(e.text()).contains("绩效指标(90分)");
        });
  }

  @Test
  void strictModeAcceptsAFormWhoseOnlyDiagnosticsAreInformation() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().strict(true).build().read(Fixtures.path(Fixtures.TIANCHANG));
    assertThat(r.worstSeverity()).contains(Severity.INFO);
    assertThat(r.value().projects()).hasSize(1);
  }

  @Test
  void aGridWithoutAFormIsAnErrorAndItsRowsAreKeptAsNotes() {
    ReadResult<PerformanceTable> r = lenient("这不是表格\t只是文字\n第二行\n");
    assertThat(r.value().projects()).isEmpty();
    assertThat(r.value().notes()).containsExactly("这不是表格\t只是文字", "第二行");
    assertThat(rules(r)).contains(FormDiagnostics.NO_FORM);
    assertThat(lenient("").value().projects()).isEmpty();
    assertThatThrownBy(() -> strict("")).isInstanceOf(JixiaoReadException.class);
  }

  @Test
  void limitsOnRowsColumnsAndCellsThrowInEitherMode() {
    FormReader small = FormReader.builder().maxRows(5).maxColumns(4).maxCellLength(20).build();
    assertThatThrownBy(() -> small.read("a\nb\nc\nd\ne\nf\n", "x.tsv"))
        .isInstanceOf(JixiaoReadException.class).hasMessageContaining("上限");
    assertThatThrownBy(() -> small.read("a\tb\tc\td\te\n", "x.tsv"))
        .isInstanceOf(JixiaoReadException.class).hasMessageContaining("上限");
    assertThatThrownBy(() -> small.read(new StringReader("项目名称\t" + "长".repeat(21) + "\n"), "x.tsv"))
        .isInstanceOf(JixiaoReadException.class).hasMessageContaining("上限");
  }

  @Test
  void aHugeGridOfNoiseIsReadInBoundedDiagnostics() {
    StringBuilder tsv = new StringBuilder(HEADER);
    tsv.append("绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n");
    for (int i = 0; i < 30_000; i++) {
      tsv.append("\t\t\t指标").append(i).append("\t").append(i).append("\t").append(i).append("\t1\t1\n");
    }
    ReadResult<PerformanceTable> r = lenient(tsv.toString());
    // Without 一级 or 二级 above them the rows cannot be indicators: all kept as stray cells.
    assertThat(r.value().projects().get(0).indicators().isEmpty()).isTrue();
    assertThat(r.value().projects().get(0).strayCells()).hasSize(30_000 * 5);
    assertThat(r.diagnostics()).hasSizeLessThanOrEqualTo(10_001);
  }

  @Test
  void aCsvFormIsReadByItsExtension() {
    String csv = "项目支出绩效自评表\r\n项目名称,逗号项目\r\n项目资金(万元),,年初预算数,全年预算数,全年执行数,分值,执行率,得分\r\n"
        + ",年度资金总额,\"1,000\",\"1,000\",900,10,90%,9\r\n";
    Project p = FormReader.builder().build().read(csv, "form.csv").value().projects().get(0);
    assertThat(p.name()).isEqualTo("逗号项目");
    assertThat(p.budget()).contains(d("1000"));
  }

  @Test
  void aFormStartingInTheSecondColumnOfASheetWithMergedCellsReadsTheSame() throws IOException {
    ReadResult<PerformanceTable> fixture = FormReader.builder().build().read(Fixtures.path(Fixtures.HEXI));
    Project form = fixture.value().projects().get(0);
    org.jixiao.io.grid.GridLayout laid = FormWriter.builder().build().layout(form, 2023, null);
    java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
    for (java.util.List<String> row : laid.rows()) {
      java.util.List<String> shifted = new java.util.ArrayList<>(row);
      shifted.add(0, "");
      rows.add(shifted);
    }
    java.util.List<org.jixiao.io.grid.GridLayout.Region> merges = new java.util.ArrayList<>();
    for (org.jixiao.io.grid.GridLayout.Region m : laid.merges()) {
      merges.add(new org.jixiao.io.grid.GridLayout.Region(m.row(), m.column() + 1, m.rows(), m.columns()));
    }
    org.jixiao.io.grid.GridLayout sheet = org.jixiao.io.grid.GridLayout.of(rows, merges, List.of());
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(sheet.asGrid("河西"));
    Project back = r.value().projects().get(0);
    assertThat(back.indicators()).isEqualTo(form.indicators());
    assertThat(back.funds()).isEqualTo(form.funds());
    assertThat(back.statedExecutionScore()).isEqualTo(form.statedExecutionScore());
    // the stray cells come back with the columns they had in the sheet they were read from
    assertThat(back.strayCells()).extracting(StrayCell::text)
        .containsExactlyElementsOf(form.strayCells().stream().map(StrayCell::text).toList());
    // the form as written says nothing; a row of its own below it is said, at the sheet's name
    assertThat(r.diagnostics()).isEmpty();
    rows.add(List.of("", "自评人：", "张三"));
    ReadResult<PerformanceTable> signed = FormReader.builder().build().read(org.jixiao.io.grid.GridLayout.of(rows, merges, List.of()).asGrid("河西"));
    assertThat(signed.diagnostics()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-I-0203");
      assertThat(f.location().orElseThrow().path()).contains("河西");
      assertThat(f.location().orElseThrow().column()).hasValue(2); // the sheet's column, not the form's
    });
  }

  @Test
  void aLabelsValueThatIsAHeaderWordIsTheValueNotALabelPrintedBlank() throws IOException {
    // 中江县 (https://chacewang.com/newsdetail/news242266.html) prints 主管部门 | 中江县水利局 |
    // 实施单位 | 中江县水利局; the same row with header words as the values, each right beside its
    // label and with no value of its own, keeps them as the values.
    String printed = java.nio.file.Files.readString(Fixtures.path(Fixtures.ZHONGJIANG));
    String row = "主管部门\t中江县水利局\t\t\t实施单位\t中江县水利局";
    assertThat(printed).contains(row);
    for (String[] values : new String[][] {{"序号", "中江县水利局"}, {"中江县水利局", "序号"}, {"实施单位", "主管部门"}}) {
      Project p = lenient(printed.replace(row, "主管部门\t" + values[0] + "\t\t\t实施单位\t" + values[1]))
          .value().projects().get(0);
      assertThat(p.department()).as(values[0]).contains(values[0]);
      assertThat(p.unit()).as(values[1]).contains(values[1]);
    }
    // A label printed blank, the next label after a gap, is still read as blank (天长市's form).
    Project blank = lenient(printed.replace(row, "主管部门\t\t\t\t实施单位\t中江县水利局")).value().projects().get(0);
    assertThat(blank.department()).isEmpty();
    assertThat(blank.unit()).contains("中江县水利局");
    // Written and read back: a project whose unit, department and name are header words.
    Project words = Project.builder().name("部门").department("实施单位").unit("序号").moneyUnit(MoneyUnit.YUAN).build();
    String written = FormWriter.builder().build().writeToString(
        PerformanceTable.builder().moneyUnit(MoneyUnit.YUAN).addProjects(words).build());
    assertThat(lenient(written).value().projects()).containsExactly(words);
  }
}
