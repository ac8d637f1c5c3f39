package org.jixiao.io.internal.form;

import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Breakdowns of the funds total printed as label / figure pairs beside the block's column headings
 * (湖南's 部门整体支出绩效自评表, 零陵 2021: {@code | 按收入性质分: | 2456.18 | | 按支出性质分: | 2456.18},
 * {@code | 其中:一般公共预算: | 2456.18 | | 其中:基本支出: | 2299.98}, {@code | 政府性基金拨款: | | | 项目支出: |
 * 156.2}). The right-hand pairs stand under 全年执行数 and 分值 only because the template puts two
 * breakdowns side by side: read as that column's cells, each label was an amount that is no number
 * (ERROR) and each figure a 其中 row's own 分值 (INFO, untrue). A cell in the figure columns that is a
 * label (it ends with a colon, or names a breakdown: 基本支出, 项目支出, 按…分) is a label with the figure
 * after it; a label and its figure fused in one cell (其中:基本支出:1768.16万元) is such a pair too. The
 * model has no place for the by-expenditure split (基本支出 + 项目支出), so each pair is kept
 * as a stray cell under its label and told (JX-I-0219, INFO); a label printed blank is kept as it is.
 */
final class Breakdowns {
  private final FormGrid g;
  private final FormSink sink;

  Breakdowns(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  /** A breakdown's heading: 按收入性质分, 按支出性质分, 按资金来源分 (the key, without its colon). */
  static boolean isHeading(String key) {
    return key.length() >= 3 && key.startsWith("按") && key.endsWith("分");
  }

  /** Whether a cell among the figures is a label: it ends with a colon, or names a breakdown. */
  static boolean isLabel(String text) {
    String t = text.strip();
    if (t.isEmpty() || FormNumber.parse(t, true).value() != null || FormText.isNothing(t)) {
      return false;
    }
    return t.endsWith(":") || t.endsWith("：") || isBreakdown(t);
  }

  /**
   * The label of a label and its figure printed in one cell ({@code 其中:基本支出:1768.16万元},
   * {@code 其他资金:2880万元}, 零陵林业 2021), when the label names a breakdown or a kind of fund;
   * null for any other cell. The figure stands in no column of the block, so it is no amount of one.
   */
  static @Nullable String fusedLabel(String text) {
    String t = text.strip();
    int colon = Math.max(t.lastIndexOf(':'), t.lastIndexOf('：'));
    if (colon <= 0 || colon == t.length() - 1 || FormNumber.parse(t.substring(colon + 1).strip(), true).value() == null) {
      return null;
    }
    String label = t.substring(0, colon).strip();
    Optional<FundKind> kind = FundsLabels.rowKindInBlock(FormText.key(label));
    return isBreakdown(label) || (kind != null && kind.isPresent()) ? label : null;
  }

  /** Whether a label names a breakdown of the total by expenditure (基本支出, 项目支出 …) or its heading. */
  private static boolean isBreakdown(String label) {
    String k = FormText.withoutQizhong(FormText.key(label));
    return isHeading(k) || k.equals("基本支出") || k.equals("项目支出") || k.equals("人员经费") || k.equals("公用经费");
  }

  /** Keeps a cell of a label fused with its figure as printed, under its label, and tells it. */
  void keepFused(int row, int c, String label, FormDraft d) {
    d.stray(row, c, label, g.text(row, c));
    told(row, c, label, g.text(row, c));
  }

  /**
   * Keeps the pairs of row {@code row} from column {@code from}: each label with the figure after it,
   * as a stray cell under the label. The columns used, or null when the row has no such label.
   */
  boolean @Nullable [] keep(int row, int from, FormDraft d) {
    int w = g.width(row);
    boolean[] used = null;
    for (int c = g.next(row, from); c >= 0 && c < w; c = g.next(row, c + 1)) {
      String label = g.text(row, c);
      String fused = fusedLabel(label);
      if (fused != null) {
        if (used == null) {
          used = new boolean[w];
        }
        used[c] = true;
        keepFused(row, c, fused, d);
        continue;
      }
      if (!isLabel(label)) {
        continue;
      }
      if (used == null) {
        used = new boolean[w];
      }
      used[c] = true;
      String header = withoutColon(label);
      int v = g.next(row, c + 1);
      if (v >= 0 && !isLabel(g.text(row, v)) && FormNumber.parse(g.text(row, v), true).value() != null) {
        used[v] = true;
        d.stray(row, v, header, g.text(row, v));
        told(row, v, header, g.text(row, v));
        c = v;
      } else {
        d.stray(row, c, null, label); // printed blank: the label alone, as it stands
        told(row, c, header, label);
      }
    }
    return used;
  }

  /** The label as printed without the colon that ends it (其中:基本支出: is headed 其中:基本支出). */
  private static String withoutColon(String label) {
    String t = label.strip();
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == ':' || t.charAt(end - 1) == '：')) {
      end--;
    }
    return t.substring(0, end).strip();
  }

  private void told(int row, int c, String label, String text) {
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0219").arg("label", label), row, c, text);
  }
}
