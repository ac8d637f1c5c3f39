package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Points printed with their unit 分 ({@code 5分}, {@code 30分}, {@code 99.3分}) are points in every
 * points cell: 分值, 权重, 得分, the 总分 row, the funds block's execution 分值 and 得分, and the
 * header's 自评得分. The 江西省政协 2017 form (file 24 of SOURCES.md) prints all its 分值, 得分 and its
 * 总分 so; they were each an ERROR "不是数字", the weights were discarded and the stated total was
 * never checked. Only 分 is read so, and only in those cells: any other word after a figure stays an
 * error, and an amount printed with 分 is no amount.
 */
class FormPointsWithFenTest {
  private static final String TOP = "项目支出绩效自评表\n项目名称\t测试项目\n";
  private static final String HEAD = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n";

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static List<String> errors(ReadResult<PerformanceTable> r) {
    return r.diagnostics().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.code() + " " + f.location().flatMap(l -> l.text()).orElse(""))
        .toList();
  }

  private static Indicator only(String row) {
    Project p = read(TOP + HEAD + row).value().projects().get(0);
    assertThat(p.indicators().indicators()).hasSize(1);
    return p.indicators().indicators().get(0);
  }

  @Test
  void theRealFormsPointsWithFenAreItsWeightsScoresAndStatedTotal() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.JIANGXI));
    Project p = r.value().projects().get(0);
    assertThat(errors(r)).isEmpty();
    assertThat(p.indicators().indicators()).extracting(Indicator::weight)
        .containsExactly(Optional.of(d("5")), Optional.of(d("30")), Optional.of(d("10")));
    assertThat(p.indicators().indicators()).extracting(Indicator::statedScore)
        .containsExactly(Optional.of(d("5")), Optional.of(d("30")), Optional.of(d("10")));
    assertThat(p.statedScore()).contains(d("99.3"));
    assertThat(p.strayCells()).extracting(c -> c.text()).doesNotContain("5分", "30分", "10分", "99.3分");
  }

  @Test
  void aFigureWithFenSpacedOrInFullWidthDigitsIsPointsInTheWeightAndScoreColumns() {
    for (String[] cells : new String[][] {
        {"8分", "7.5分", "8", "7.5"},
        {"8 分", "7.5　分", "8", "7.5"},
        {"８分", "７.５分", "8", "7.5"},
        {"8", "7.5分", "8", "7.5"}}) {
      Indicator i = only("\t产出指标\t数量指标\t人数\t≥50个\t48个\t" + cells[0] + "\t" + cells[1] + "\n");
      assertThat(i.weight()).as(cells[0]).contains(d(cells[2]));
      assertThat(i.statedScore()).as(cells[1]).contains(d(cells[3]));
    }
    // the 权重 heading is a weight column as 分值 is
    Project p = read(TOP + HEAD.replace("分值", "权重") + "\t产出指标\t数量指标\t人数\t≥50个\t50个\t10分\t10分\n")
        .value().projects().get(0);
    assertThat(p.indicators().indicators().get(0).weight()).contains(d("10"));
  }

  @Test
  void anyOtherWordAfterTheFigureOrALoneFenStaysNotANumber() {
    for (String cell : List.of("8分钟", "8个", "8%分", "分", "8分8", "—分")) {
      ReadResult<PerformanceTable> r = read(TOP + HEAD + "\t产出指标\t数量指标\t人数\t≥50个\t50个\t" + cell + "\t8\n");
      Indicator i = r.value().projects().get(0).indicators().indicators().get(0);
      assertThat(i.weight()).as(cell).isEmpty();
      assertThat(errors(r)).as(cell).containsExactly("JX-I-0221 " + cell);
      assertThat(r.value().projects().get(0).strayCells()).extracting(c -> c.text()).contains(cell);
    }
  }

  @Test
  void theTotalRowsPointsWithFenAreTheStatedTotalAndTheTotalWeight() {
    ReadResult<PerformanceTable> r = read(TOP + HEAD + "\t产出指标\t数量指标\t人数\t≥50个\t50个\t90分\t90分\n"
        + "总分\t\t\t\t\t\t100分\t99.3 分\n");
    Project p = r.value().projects().get(0);
    assertThat(p.statedScore()).contains(d("99.3"));
    // the 总分 row's 分值 (100) is read: it is not the sum of the rows (90), so kept and told
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0208");
    assertThat(errors(r)).isEmpty();

    Project sums = read(TOP + HEAD + "\t产出指标\t数量指标\t人数\t≥50个\t50个\t90分\t90分\n总分\t\t\t\t\t\t90分\t90分\n")
        .value().projects().get(0);
    assertThat(sums.statedScore()).contains(d("90"));
    assertThat(sums.strayCells()).isEmpty();
  }

  @Test
  void aTotalRowWithoutAnIndicatorHeaderTakesItsLastFigureWithFen() {
    Project p = read(TOP + "总分\t100分\t96分\n").value().projects().get(0);
    assertThat(p.statedScore()).contains(d("96"));
    assertThat(p.strayCells()).extracting(c -> c.text()).containsExactly("100分");
  }

  @Test
  void theExecutionsWeightAndScoreWithFenAreReadInTheFundsBlock() {
    ReadResult<PerformanceTable> r = read(TOP
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100\t100\t90\t10分\t90%\t9分\n");
    Project p = r.value().projects().get(0);
    assertThat(errors(r)).isEmpty();
    assertThat(p.statedExecutionWeight()).contains(d("10"));
    assertThat(p.statedExecutionScore()).contains(d("9"));
  }

  @Test
  void anAmountPrintedWithFenIsNoAmount() {
    ReadResult<PerformanceTable> r = read(TOP
        + "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100分\t100\t90\t10\t90%\t9\n");
    assertThat(r.value().projects().get(0).budget()).isEmpty();
    assertThat(errors(r)).containsExactly("JX-I-0222 100分");
    // in label / figure pairs, only 分值 and 得分 take a 分 (重庆奉节 2023 prints 分值 | 10分)
    Project pairs = read(TOP + "项目资金\t当年年度预算\t65\t项目总预算\t65分\n\t年度预算执行率\t100%\t\t分值\t10分\n")
        .value().projects().get(0);
    assertThat(pairs.statedExecutionWeight()).contains(d("10"));
    assertThat(pairs.budget()).contains(d("65"));
    assertThat(pairs.totalAmount()).isEmpty();
    assertThat(pairs.strayCells()).extracting(c -> c.text()).contains("65分");
  }

  /** A column headed by the block's points with their 分 is the points column a bare 50 heads (安居 2021). */
  @Test
  void aColumnHeadedByPointsWithFenIsTheBlocksPointsColumn() {
    ReadResult<PerformanceTable> r = read(TOP + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t50分\n"
        + "\t产出指标\t数量指标\t人数\t10\t10\t5\n");
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0239")).singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("points", "50分"));
    assertThat(r.value().projects().get(0).strayCells()).extracting(c -> c.text()).contains("50分", "5");
  }

  /** 20分 beside the goal's headings is the block's points, kept under its label, not the goal. */
  @Test
  void pointsWithFenOnTheGoalsHeadingRowAreNoGoal() {
    Project p = read(TOP + "年度目标完成情况\t预期目标\t\t目标实际完成情况\t\t20分\n\t完成培训\t\t已完成\t\t\n")
        .value().projects().get(0);
    assertThat(p.goal()).contains("完成培训");
    assertThat(p.goalOutcome()).contains("已完成");
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("20分");
  }
}
