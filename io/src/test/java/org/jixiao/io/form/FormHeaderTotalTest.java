package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A stated total printed in the form's header instead of (or besides) a 总分 row at its foot:
 * 四川安居 2021 prints {@code 自评得分} at the top right with {@code 100} under it, and no 总分 row;
 * the Hubei 20/80 template (湖北工程学院 学生资助项目绩效目标自评表,
 * https://m.777doc.com/doc-4336759.html) prints {@code 填报日期: … 总分: 分} on the line under its
 * title. The total is the project's stated score, as a 总分 row's is.
 */
class FormHeaderTotalTest {
  private static final String TITLE = "食品监管补助资金区域绩效目标自评表\n专项名称\t食品监管补助资金\n";
  private static final String FUNDS = "预算执行情况\t预算数:\t2.38\t执行数:\t2.38\t20\n";

  private static Project project(String tsv) {
    return read(tsv).value().projects().get(0);
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** 安居 2021: the 100 under 自评得分 was a stray cell, and the stated-score check had no total. */
  @Test
  void theSelfScoreUnderItsLabelAtTheTopOfTheFormIsTheStatedTotal() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.ANJU));
    Project p = r.value().projects().get(0);
    assertThat(p.statedScore()).contains(d("100"));
    assertThat(p.strayCells()).noneSatisfy(c -> assertThat(c.text()).isIn("100", "自评得分"));
    // the points column's heading 50 and the 20s of the execution and goal rows are no total
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("50", "20");
    assertThat(r.diagnostics()).noneSatisfy(f -> assertThat(f.location().flatMap(l -> l.text())).contains("100"));
  }

  @Test
  void aFigureBesideTheLabelOnItsRowWithItsFenIsTheTotal() {
    Project p = project(TITLE + "中央主管部门\t市场监管总局\t\t\t\t自评得分\t95分\n" + FUNDS);
    assertThat(p.statedScore()).contains(d("95"));
    assertThat(p.department()).contains("市场监管总局");
    assertThat(p.strayCells()).noneSatisfy(c -> assertThat(c.text()).isIn("95分", "自评得分"));
  }

  @Test
  void eachLabelVariantStatesTheTotalAndALabelAndFigureInOneCellToo() {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("总分:\t88", "88");
    rows.put("自评总分\t88.5", "88.5");
    rows.put("综合得分\t90分", "90");
    rows.put("总得分\t91", "91");
    rows.put("评分\t92", "92");
    rows.put("总分:93分", "93");
    rows.put("自评得分：94", "94");
    eachStatesItsTotal("填报日期:2021-04-22\t\t", rows);
    // 填报日期: left blank before 总分 does not take 总分 for its date
    Project blankDate = project(TITLE + "填报日期:\t\t总分:\t96\n" + FUNDS);
    assertThat(blankDate.statedScore()).contains(d("96"));
    assertThat(blankDate.strayCells()).extracting(c -> c.text()).contains("填报日期:");
  }

  /**
   * 原州区 2022 (宁夏 绩效目标自评表, https://www.bigxun.com/view/1651813082920488962) prints its
   * total in the title's row: {@code …自评表(2022年度) | 项目总得分99分}. The row was no title (it had
   * two cells), so the title and the total were kept as a note before the form.
   */
  @Test
  void aTotalFusedWithItsLabelBesideTheTitleIsTheStatedTotalAndTheRowStaysTheTitle() {
    ReadResult<PerformanceTable> r = read("马铃薯种薯繁育示范推广项目绩效目标自评表(2022年度)\t\t\t项目总得分99分\n"
        + "专项名称\t食品监管补助资金\n" + FUNDS);
    Project p = r.value().projects().get(0);
    assertThat(p.statedScore()).contains(d("99"));
    assertThat(r.value().title()).contains("马铃薯种薯繁育示范推广项目绩效目标自评表(2022年度)");
    assertThat(p.strayCells()).noneSatisfy(c -> assertThat(c.text()).contains("99"));
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0201");
  }

  @Test
  void aLabelFusedWithItsFigureNamesItsTotalWithOrWithoutWhatItTotals() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("总得分95分", "95");
    cells.put("自评得分 88.5", "88.5");
    cells.put("本项目自评总分90", "90");
    cells.put("项目综合得分:92分", "92");
    cells.put("绩效自评得分93", "93");
    eachStatesItsTotal("中央主管部门\t市场监管总局\t\t", cells);
  }

  /** Each text after {@code before} on a header row states the total it maps to. */
  private static void eachStatesItsTotal(String before, Map<String, String> totals) {
    for (Map.Entry<String, String> t : totals.entrySet()) {
      Project p = project(TITLE + before + t.getKey() + "\n" + FUNDS);
      assertThat(p.statedScore()).as(t.getKey()).contains(d(t.getValue()));
    }
  }

  @Test
  void aTitleBesideAnythingButATotalIsNoTitleAndAFusedWordIsNoTotal() {
    // 得分率95% is a rate, 项目得分情况 no figure, 第2页 no label, 总分100分 may be the full mark:
    // the title row stays a note before the form (JX-I-0201), and the form has no title
    for (String beside : new String[] {"总得分率95%", "项目得分情况", "第2页", "编号2023", "总分100分", "总分:100"}) {
      ReadResult<PerformanceTable> r = read("食品监管补助资金绩效目标自评表\t\t" + beside + "\n"
          + "专项名称\t食品监管补助资金\n" + FUNDS);
      assertThat(r.value().projects().get(0).statedScore()).as(beside).isEmpty();
      assertThat(r.value().title()).as(beside).isEmpty();
      assertThat(r.diagnostics()).as(beside).extracting(Finding::code).contains("JX-I-0201");
    }
    // a fused label of something else with a figure after it is no total
    Project other = project(TITLE + "中央主管部门\t市场监管总局\t\t分值100\n" + FUNDS);
    assertThat(other.statedScore()).isEmpty();
    assertThat(other.strayCells()).extracting(c -> c.text()).contains("分值100");
  }

  /** 总分 printed with the full mark before the score (总分100分 | 自评得分92分): the score is the total. */
  @Test
  void aScoresLabelAfterABareTotalsIsTheTotalAndTheFullMarkIsKept() {
    Project both = project(TITLE + "中央主管部门\t市场监管总局\t总分100分\t自评得分92分\n" + FUNDS);
    assertThat(both.statedScore()).contains(d("92"));
    assertThat(both.strayCells()).extracting(c -> c.text()).contains("总分100分");
    for (String row : new String[] {"总分:100分\t自评得分:92分", "总分\t100\t自评得分\t92", "总分:100\t项目总得分92分"}) {
      Project p = project(TITLE + "中央主管部门\t市场监管总局\t" + row + "\n" + FUNDS);
      assertThat(p.statedScore()).as(row).contains(d("92"));
      assertThat(p.strayCells()).as(row).extracting(c -> c.text()).anySatisfy(t -> assertThat(t).contains("100"));
    }
    // a score before a second score stays the total
    Project scores = project(TITLE + "中央主管部门\t市场监管总局\t自评得分:92分\t综合得分:90分\n" + FUNDS);
    assertThat(scores.statedScore()).contains(d("92"));
  }

  /** The Hubei template prints 总分: with its 分 and no figure: nothing to read, and nothing dropped. */
  @Test
  void aTotalLabelPrintedBlankIsNoTotalAndItsCellsAreKept() {
    Project p = project(TITLE + "单位名称:农业工作科\t填报日期:\t\t总分:\t分\n" + FUNDS);
    assertThat(p.statedScore()).isEmpty();
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("分");
  }

  @Test
  void aWeightHeadingOrAWordAfterTheLabelIsNoTotal() {
    Project weight = project(TITLE + "中央主管部门\t市场监管总局\t分值\t100\n" + FUNDS);
    assertThat(weight.statedScore()).isEmpty();
    assertThat(weight.strayCells()).extracting(c -> c.text()).contains("100");

    Project word = project(TITLE + "中央主管部门\t市场监管总局\t\t自评得分\n省级财政部门\t四川省财政厅\t\t良好\n" + FUNDS);
    assertThat(word.statedScore()).isEmpty();
    assertThat(word.strayCells()).extracting(c -> c.text()).contains("自评得分", "良好");

    Project rate = project(TITLE + "中央主管部门\t市场监管总局\t自评得分\t95%\n" + FUNDS);
    assertThat(rate.statedScore()).isEmpty();
    assertThat(rate.strayCells()).extracting(c -> c.text()).contains("95%");
  }

  /** A figure under the label that a label on its own row takes as its value is that label's. */
  @Test
  void aFigureUnderTheLabelThatIsAnotherLabelsValueStaysItsValue() {
    Project p = project(TITLE + "中央主管部门\t市场监管总局\t自评得分\n项目编码\t\t123\n" + FUNDS);
    assertThat(p.statedScore()).isEmpty();
    assertThat(p.code()).contains("123");
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("自评得分");
  }

  private static final String INDICATORS = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
      + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t90\t90\n";

  @Test
  void aTotalRowAgreeingWithTheHeaderIsReadOnce() {
    ReadResult<PerformanceTable> r = read(TITLE + "中央主管部门\t市场监管总局\t\t\t\t自评得分\t100\n" + FUNDS + INDICATORS
        + "总分\t\t\t\t\t\t100\t100\n");
    Project p = r.value().projects().get(0);
    assertThat(p.statedScore()).contains(d("100"));
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0243");
  }

  @Test
  void aTotalRowDifferingFromTheHeaderIsTheTotalAndTheHeadersFigureIsKeptAndWarnedOf() {
    ReadResult<PerformanceTable> r = read(TITLE + "中央主管部门\t市场监管总局\t\t\t\t自评得分\t95\n" + FUNDS + INDICATORS
        + "总分\t\t\t\t\t\t100\t90\n");
    Project p = r.value().projects().get(0);
    assertThat(p.statedScore()).contains(d("90"));
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("自评得分");
      assertThat(c.text()).isEqualTo("95");
      assertThat(c.column()).isEqualTo(6);
    });
    Finding f = r.diagnostics().stream().filter(x -> x.code().equals("JX-I-0243")).findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.args()).containsEntry("header", "95").containsEntry("row", "90").containsEntry("label", "自评得分");
    assertThat(f.location().orElseThrow().line()).hasValue(3L);
    assertThat(f.location().orElseThrow().column()).hasValue(7);
  }

  /** The other published forms state their totals as before: only in a 总分 row, or none. */
  @Test
  void theOtherPublishedFormsStatedTotalsAreUnchanged() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String f : Fixtures.ALL) {
      expected.put(f, "");
    }
    expected.put(Fixtures.TIANCHANG, "100");
    expected.put(Fixtures.SHANGWU, "100");
    expected.put(Fixtures.ZHONGJIANG, "100");
    expected.put(Fixtures.ANJU, "100");
    expected.put(Fixtures.YONGDE, "96"); // 总分 | | … | 100 | 96 | 优
    expected.put(Fixtures.YINCHUAN, "98"); // 自评得分 | 98 beside 项目名称; the copy stops before 总分
    expected.put(Fixtures.JIANGXI, "99.3"); // 总分 | … | 99.3分, with its unit
    expected.put(Fixtures.EZHOU_2019, "90"); // 总分 | 100 | 90: the indicators' 得分 only
    expected.put(Fixtures.HUANGGANG, "99.6"); // 總分 | … | 99.6, execution included
    expected.put(Fixtures.DAYING_TUSHUGUAN, "100"); // 合计 | … | 100 | 100: 权重, then 得分
    expected.put(Fixtures.CHANGJIANG, "100"); // 总分 | … | 100, execution included (20/80)
    // 自评总分: 69 and 95 in the header include the 项目决策 / 项目管理 block the model does not score: set aside,
    // kept as stray cells (JX-I-0263, FormDecisionManagementBlockTest)
    expected.put(Fixtures.GUANGSHUI_2019, "");
    expected.put(Fixtures.GUANGSHUI_2021, "");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      PerformanceTable t = FormReader.builder().build().read(Fixtures.path(e.getKey())).value();
      assertThat(t.projects()).as(e.getKey()).isNotEmpty()
          .allSatisfy(p -> assertThat(p.statedScore().map(BigDecimal::toPlainString).orElse("")).isEqualTo(e.getValue()));
    }
  }
}
