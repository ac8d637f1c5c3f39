package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A funds header with a heading the reader cannot read (宁夏银川 2021, OCR: {@code 年初预匏数 |
 * 调整预算将,A、 | 全年执行数(B) | 执行率(B/A)}): the columns with clean headings are read; each one it
 * cannot read is kept, heading and figures, as stray cells and told (JX-I-0218), not guessed.
 */
class FormUnreadFundsHeadingTest {
  private static final String TOP = "项目支出绩效自评表\n项目名称\t某项目\n";

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static List<String> unread(ReadResult<?> r) {
    return r.diagnostics().stream()
        .filter(f -> f.code().equals("JX-I-0218"))
        .map(f -> f.location().flatMap(l -> l.text()).orElse(""))
        .toList();
  }

  @Test
  void theCleanColumnsOfTheYinchuanFormAreReadBesideItsGarbledOnes() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.YINCHUAN));
    Project p = r.value().projects().get(0);
    assertThat(p.actual()).contains(d("64.8"));
    assertThat(p.statedExecutionRate()).contains(d("100"));
    assertThat(p.budget()).isEmpty(); // 年初预匏数: what it meant is not guessed
    assertThat(p.adjustedBudget()).isEmpty();
    assertThat(p.strayCells()).contains(
        StrayCell.of(2, Optional.empty(), "年初预匏数"),
        StrayCell.of(3, Optional.empty(), "调整预算将,A、"),
        StrayCell.of(2, Optional.of("年初预匏数"), "64.8"),
        StrayCell.of(3, Optional.of("调整预算将,A、"), "64.8"));
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("全年执行数(B)", "执行率(B/A)");
    assertThat(unread(r)).containsExactly("年初预匏数", "调整预算将,A、");
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0218"))
        .extracting(Finding::rule).containsOnly(FormDiagnostics.UNREAD_FUNDS_COLUMN);
  }

  /** Wherever the heading that cannot be read stands, before the known ones or between them. */
  @Test
  void aHeadingThatCannotBeReadIsKeptWhereverItStands() {
    ReadResult<PerformanceTable> before = read(TOP + "项目资金(万元)\t\t年初预X数\t全年预算数\t全年执行数\t执行率\n"
        + "\t年度资金总额\t100\t120\t90\t75%\n");
    Project p = before.value().projects().get(0);
    assertThat(p.adjustedBudget()).contains(d("120"));
    assertThat(p.actual()).contains(d("90"));
    assertThat(p.statedExecutionRate()).contains(d("75"));
    assertThat(p.strayCells()).contains(StrayCell.of(2, Optional.of("年初预X数"), "100"));
    assertThat(unread(before)).containsExactly("年初预X数");

    ReadResult<PerformanceTable> between = read(TOP + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执X数\t执行率\n"
        + "\t年度资金总额\t100\t120\t90\t75%\n");
    Project q = between.value().projects().get(0);
    assertThat(q.budget()).contains(d("100"));
    assertThat(q.adjustedBudget()).contains(d("120"));
    assertThat(q.actual()).isEmpty();
    assertThat(q.statedExecutionRate()).contains(d("75"));
    assertThat(q.strayCells()).contains(StrayCell.of(4, Optional.empty(), "全年执X数"),
        StrayCell.of(4, Optional.of("全年执X数"), "90"));
    assertThat(unread(between)).containsExactly("全年执X数");
  }

  /** A heading over a text in the total row (得分计算方法) heads a note, not an amount it failed to read. */
  @Test
  void aHeadingOverATextIsNoUnreadAmount() {
    ReadResult<PerformanceTable> r = read(TOP + "项目资金(万元)\t\t年初预算数\t全年执行数\t分值\t执行率\t得分\t得分计算方法\n"
        + "\t年度资金总额\t310.2\t154.74\t10\t50%\t5\t执行率*该指标分值\n");
    assertThat(r.value().projects().get(0).actual()).contains(d("154.74"));
    assertThat(unread(r)).isEmpty();
  }

  /** Without its budget heading a row is a funds header only over the block's total row. */
  @Test
  void anExecutionHeadingAloneOpensTheBlockOnlyOverItsTotalRow() {
    ReadResult<PerformanceTable> r = read(TOP + "项目资金(万元)\t\t年初预匏数\t全年执行数\t执行率\n"
        + "\t说明\t64.8\t64.8\t100%\n");
    assertThat(r.value().projects().get(0).actual()).isEmpty();
    assertThat(unread(r)).isEmpty();
  }
}
