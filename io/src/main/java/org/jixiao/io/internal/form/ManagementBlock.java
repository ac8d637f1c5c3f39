package org.jixiao.io.internal.form;

import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * The 资金管理情况 block of the central transfer-payment template (转移支付绩效自评表, the Ministry's
 * fixed form for every central transfer: 就业补助, 基本公卫, 车购税 …; 淮南田家庵 2024, 巴彦淖尔临河
 * 2022), between the funds and the goal: a heading row {@code 资金管理情况 | | 情况说明 | | |
 * 存在问题和改进措施}, then one row for each of the template's fixed labels, 分配科学性 to
 * 支出责任履行情况, with what the unit says of it.
 *
 * <p>The model has no field for it, so each text is kept as a stray cell under its row's label
 * ({@code 分配科学性}; under {@code 分配科学性/存在问题和改进措施} in a column with another heading),
 * and the block is told once (JX-I-0245, INFO). Read as unknown rows they were a WARNING each, eight
 * on every such form, which buried the form's real findings. Only the template's labels, after its
 * heading, are the block's: any other row is left to the parser, which warns of it as before.
 */
final class ManagementBlock {
  private static final String HEADING = "资金管理情况";
  private static final Set<String> ROWS =
      Set.of("分配科学性", "下达及时性", "拨付合规性", "使用规范性", "执行准确性", "预算绩效管理情况", "支出责任履行情况");

  private final FormGrid g;
  private final FormSink sink;
  /** The heading row's column headings (情况说明 …), each spanning the empty cells to its right. */
  private String[] headings = new String[0];
  /** The label of the block's last row, for the rows under it that leave it blank (名山 2024). */
  private @org.jspecify.annotations.Nullable String last;

  ManagementBlock(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  /** Opens the block at row {@code r} when it is the block's heading, in the form's label column. */
  boolean opens(int r, int first, int labelColumn, FormDraft d) {
    if (first != labelColumn || !FormText.key(g.text(r, first)).equals(HEADING)) {
      return false;
    }
    last = null;
    heading(r, first, d);
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0245"), r, first, g.text(r, first));
    return true;
  }

  /**
   * Reads row {@code r} of the open block when it is one of the template's rows. Another row does
   * not close the block (a bureau may add one; it is warned of by the parser), the next block does.
   */
  boolean reads(int r, int first, int labelColumn, FormDraft d) {
    String k = FormText.key(g.text(r, first));
    if (ROWS.contains(k)) {
      last = g.text(r, first);
      keep(r, first + 1, g.text(r, first), d);
      return true;
    }
    if (FundsLabels.isNumbering(k)) {
      keep(r, first + 1, g.text(r, first), d); // 列次 | | 8 | 9 | 10: the template's numbering, kept under it
      return true;
    }
    String label = last;
    if (label != null && first > labelColumn && FormNumber.wholeNumber(g.text(r, first)) != null) {
      // | 6 | 资金分配合理性 | …: the 2024 export's second item of 分配科学性, its label merged down (行次 6)
      keep(r, first, label, d);
      return true;
    }
    return false;
  }

  /**
   * The heading row: its column headings are the template's words and state nothing. A template
   * printed without them has its first row beside the heading ({@code 资金管理情况 | 分配科学性 | …}).
   */
  private void heading(int r, int first, FormDraft d) {
    int w = g.width(r);
    headings = new String[w];
    java.util.Arrays.fill(headings, "");
    String current = "";
    for (int c = first + 1; c < w; c++) {
      String t = g.text(r, c);
      if (ROWS.contains(FormText.key(t))) {
        last = t;
        keep(r, c + 1, t, d);
        return;
      }
      if (!t.isEmpty()) {
        current = FormText.key(t);
        if (!isHeading(current)) {
          d.stray(r, c, HEADING, t); // not a heading of the template's: kept
        }
      }
      headings[c] = current;
    }
  }

  private static boolean isHeading(String key) {
    return key.equals("情况说明") || key.contains("存在问题") || key.contains("改进措施");
  }

  /** A row of the block from column {@code from}: each text under the row's label, and its column's heading beside. */
  private void keep(int r, int from, String label, FormDraft d) {
    int w = g.width(r);
    for (int c = from; c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      String heading = c < headings.length ? headings[c] : "";
      d.stray(r, c, heading.isEmpty() || heading.equals("情况说明") ? label : label + "/" + heading, t);
    }
  }
}
