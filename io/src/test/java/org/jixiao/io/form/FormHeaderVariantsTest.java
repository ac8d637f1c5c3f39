package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headings that real forms print in other words than the template's: the actual's column, a
 * column describing how points are given, and a unit sharing a line with another label.
 */
class FormHeaderVariantsTest {
  private static final String TOP = "项目支出绩效自评表\n(2021年度)\n项目名称\t测试项目\n";
  private static final String FUNDS =
      "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t年度资金总额\t100\t100\t90\t10\t90%\t9\n";

  /** 济南市历城区文化馆 2019 (SOURCES.md §13): 预期指标值(A) | 实际完成指标值(B), 得分计算方法. */
  @Test
  void readsTheActualsUnderAnActualHeadingThatEndsLikeATargets() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.LICHENG));
    Project p = r.value().projects().get(0);
    assertThat(p.name()).isEqualTo("商品和服务支出");
    assertThat(p.department()).contains("济南市历城区文化和旅游局");
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.budget()).contains(new BigDecimal("45"));
    assertThat(p.statedExecutionScore()).contains(new BigDecimal("10"));
    // the template's empty rows, named -, are no indicators
    List<Indicator> named = p.indicators().indicators();
    assertThat(named).noneMatch(i -> i.name().orElse("").equals("-"));
    assertThat(named).extracting(i -> i.name().orElse("")).startsWith("全年免费开放", "免费开放管理制度健全、执行有效性", "免费开放率");
    assertThat(named.get(0).target()).contains("100%");
    assertThat(named.get(0).actual()).contains("100%");
    Indicator cost = named.get(3);
    assertThat(cost.target()).contains("45万");
    assertThat(cost.actual()).contains("45万");
    // the scoring method is a text kept beside the form, not a number in error
    assertThat(r.diagnostics()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain("read.not-a-number");
  }

  /**
   * 广水 2021 (survey 40a) heads the score column 自评分 beside a 复核分 left for the reviewer; 重庆's
   * 部门整体 forms head it 指标得分(分). Each is the form's own score; 实际得分 is one too, not an actual.
   */
  @ParameterizedTest
  @ValueSource(strings = {"自评分", "指标得分(分)", "实际得分"})
  void aScoreColumnIsKnownByTheWordsRealFormsHeadItWith(String heading) {
    String tsv = TOP + FUNDS
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t" + heading + "\t复核分\n"
        + "产出指标\t数量指标\t乡村道路建设养护里程\t300公里\t300公里\t15\t15\t14\n";
    Project p = read(tsv).value().projects().get(0);
    Indicator i = p.indicators().indicators().get(0);
    assertThat(i.actual()).contains("300公里");
    assertThat(i.weight()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("15"));
    assertThat(i.statedScore()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
    // the reviewer's 复核分 is no score of the form's: kept as printed, under its heading
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("复核分");
      assertThat(c.text()).isEqualTo("14");
    });
  }

  /** A score heading over 分值 | 得分 on the row below is their group's heading, not a column of scores. */
  @Test
  void aScoreHeadingOverWeightAndScoreIsTheirGroupNotTheScore() {
    String tsv = TOP + FUNDS
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t自评分\t\t偏差原因\n"
        + "\t\t\t\t\t分值\t得分\t\n"
        + "产出指标\t数量指标\t培训人次\t≥100人次\t60人次\t10\t6\t\n";
    Indicator i = read(tsv).value().projects().get(0).indicators().indicators().get(0);
    assertThat(i.statedScore()).as("the 分值 column is no score").isNotEqualTo(java.util.Optional.of(new BigDecimal("10")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"实际完成指标值", "实际指标值", "实际完成数", "完成情况", "全年实际完成值(B)"})
  void anActualColumnIsKnownByTheWordsRealFormsHeadItWith(String heading) {
    String tsv = TOP + FUNDS
        + "一级指标\t二级指标\t三级指标\t年度指标值\t" + heading + "\t分值\t得分\t偏差原因\n"
        + "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t50\t50\t\n";
    Indicator i = read(tsv).value().projects().get(0).indicators().indicators().get(0);
    assertThat(i.target()).contains("≥100人次");
    assertThat(i.actual()).contains("120人次");
  }

  @Test
  void aReasonColumnNamingTheActualStaysAReason() {
    String tsv = TOP + FUNDS
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t实际完成值偏差原因分析\n"
        + "产出指标\t数量指标\t培训人次\t≥100人次\t80人次\t50\t40\t天气影响\n";
    Indicator i = read(tsv).value().projects().get(0).indicators().indicators().get(0);
    assertThat(i.actual()).contains("80人次");
    assertThat(i.deviationReason()).contains("天气影响");
  }

  /**
   * Transfer-payment forms name the project by its funds and the department by its level: 衡山县
   * 2020 县级专项资金绩效目标自评表 (https://taowenge.com/p-72820237.html) and 安居区 2021
   * 食品监管补助资金区域绩效目标自评表
   * (https://www.scanju.gov.cn/gongkai/show/1e8c35c4e0ae4aaf81ef392897c56b63.html).
   */
  @Test
  void aTransferPaymentFormNamesItsProjectByItsFundsAndItsDepartmentByItsLevel() {
    String hengshan = "2020年度县级专项资金绩效目标自评表\n专项资金名称\t县级储备粮\t\t\t负责人及电话\t旷建成、向建军\n"
        + "县级主管部门\t衡山县商务和粮食局\t\t\t实施单位\t粮食调控储备与产业发展股\n" + FUNDS;
    Project p = read(hengshan).value().projects().get(0);
    assertThat(p.name()).isEqualTo("县级储备粮");
    assertThat(p.department()).contains("衡山县商务和粮食局");
    assertThat(p.unit()).contains("粮食调控储备与产业发展股");

    String anju = "食品监管补助资金区域绩效目标自评表\n专项名称\t食品监管补助资金\n中央主管部门\t市场监管总局\n"
        + "省级财政部门\t四川省财政厅\t省级主管部门\t四川省市场监管局\n" + FUNDS;
    ReadResult<PerformanceTable> r = read(anju);
    Project q = r.value().projects().get(0);
    assertThat(q.name()).isEqualTo("食品监管补助资金");
    assertThat(q.department()).contains("市场监管总局");
    assertThat(q.strayCells()).extracting(c -> c.text()).contains("四川省市场监管局", "四川省财政厅");
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain("read.missing-name");
  }

  @Test
  void aFundsNameStartsEachOfTwoStackedForms() {
    String one = "专项名称\t甲项目\n" + FUNDS + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t90\t90\n";
    assertThat(read(one + one.replace("甲", "乙")).value().projects()).extracting(Project::name).containsExactly("甲项目", "乙项目");
  }

  /**
   * Each figure after its label on one row, 安居区 2021 (see above) and 成安县 2020 高龄津贴
   * (http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404): the
   * figures were dropped without a word, and the rate could not be computed.
   */
  @Test
  void aFundsRowOfLabelsEachFollowedByItsFigureIsReadAndNothingOnItDropped() {
    String anju = TOP + "预算执行情况\t预算数:\t2.38\t执行数:\t2.38\t20\n";
    ReadResult<PerformanceTable> r = read(anju);
    Project p = r.value().projects().get(0);
    assertThat(p.adjustedBudget()).contains(new BigDecimal("2.38"));
    assertThat(p.actual()).contains(new BigDecimal("2.38"));
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("20");

    String chengan = TOP + "\t预算数\t6.84\t到位数\t6.84\t执行数\t6.84\t100.00\n";
    Project q = read(chengan).value().projects().get(0);
    assertThat(q.adjustedBudget()).contains(new BigDecimal("6.84"));
    assertThat(q.actual()).contains(new BigDecimal("6.84"));
    assertThat(q.strayCells()).extracting(c -> c.text()).contains("到位数", "6.84", "100.00");
  }

  /**
   * 衡山县 2020 (see above), row 22: the merged 绩效指标 label printed again after a page break, in
   * the first cell of an indicator row, made the whole indicator an unplaced row.
   */
  @Test
  void anIndicatorRowStartingWithTheBlocksOwnLabelAgainIsStillRead() {
    String tsv = TOP + FUNDS
        + "绩 效 指 标\t一级 指标\t二级 指标\t三级指标\t年度指标 值\t全年 完成值\t未完成原因和 改进措施\n"
        + "\t效益 指标\t经济 效益 指标\t利息费用保障率\t100%\t100%\t\n"
        + "绩效 指标\t效 益 指 标\t生态 效益 指标\t低温、低氧、低剂量 科学保粮率\t100%\t100%\t\n"
        + "其他\t效益 指标\t社会 效益 指标\t就业率\t90%\t95%\t\n";
    ReadResult<PerformanceTable> r = read(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators()).extracting(i -> i.name().orElse(""))
        .containsExactly("利息费用保障率", "低温、低氧、低剂量 科学保粮率");
    assertThat(p.indicators().indicators().get(1).actual()).contains("100%");
    // a cell that is not the block's label still keeps its row out of the indicators
    assertThat(r.diagnostics()).extracting(Finding::rule).contains("read.form.unplaced-row");
  }

  /**
   * 成安县 2020 高龄津贴 (Hebei, see above): 预期指标值 over 符号 | (数值) | 单位(文字描述), each
   * target in three cells. The target was read as ">=" alone and its figure kept aside.
   */
  @Test
  void aTargetPrintedInPartsUnderOneHeadingIsJoined() {
    String tsv = TOP + FUNDS
        + "四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t\t\t单项指标实际完成值\t单项指标完成情况\n"
        + "\t\t\t\t符号\t\t单位(文字描述)\t\t\n"
        + "\t产出指标\t质量指标\t符合条件申报对象覆盖率\t>=\t98\t%(百分比)\t90%\t完成\n"
        + "\t效果指标\t社会效益指标\t补贴发放率\t>=\t75\t%(百分比)\t100%\t完成\n";
    ReadResult<PerformanceTable> r = read(tsv);
    List<Indicator> indicators = r.value().projects().get(0).indicators().indicators();
    assertThat(indicators).extracting(i -> i.target().orElse("")).containsExactly(">=98%(百分比)", ">=75%(百分比)");
    assertThat(indicators.get(0).actual()).contains("90%");
    assertThat(indicators.get(1).category()).isEqualTo(Category.BENEFIT); // 效果指标: its 二级 says which
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain("read.form.unplaced-row", "read.form.unknown-category");
  }

  @Test
  void aBlankHeadingBesideTheTargetWithoutAPartsRowIsNoPartOfIt() {
    String tsv = TOP + FUNDS
        + "一级指标\t二级指标\t三级指标\t年度指标值\t\t实际完成值\n"
        + "产出指标\t数量指标\t培训人次\t≥100人次\t备注\t120人次\n";
    Project p = read(tsv).value().projects().get(0);
    assertThat(p.indicators().indicators().get(0).target()).contains("≥100人次");
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("备注");
  }

  /** 主管部门(盖章): | … | 单位:元 on one line: 元 was the department's name and the amounts 万元. */
  @Test
  void aUnitSharingALineWithAStampLabelIsTheAmountsUnit() {
    String tsv = "项目支出绩效自评表\n(2019年度)\n主管部门(盖章):\t\t\t\t\t\t单位:元\n项目名称\t测试项目\n"
        + "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t年度资金总额\t450000\t450000\t450000\t10\t100%\t10\n";
    ReadResult<PerformanceTable> r = read(tsv);
    Project p = r.value().projects().get(0);
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(p.department()).isEmpty();
    assertThat(p.budget()).contains(new BigDecimal("450000"));
  }
}
