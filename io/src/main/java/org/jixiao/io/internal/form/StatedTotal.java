package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The project's stated total (its 总分), from a 总分 / 合计 row at the form's foot or from a label in
 * its header followed by a figure. Some templates print the total only in the header: 四川安居 2021
 * puts 自评得分 at the top right with 100 under it and has no 总分 row; the Hubei 20/80 template
 * prints 填报日期: … 总分: 分 under its title. Both are the same total. When a form prints both and
 * they differ, the row's is read (it closes the block it adds up) and the header's figure is kept as
 * a stray cell under its label, with a WARNING giving both ({@code JX-I-0243}).
 */
final class StatedTotal {
  /**
   * The header labels of a total: 自评得分 (四川安居 2021), 总分 (湖北 20/80 template), and the
   * words the 总分 row itself is printed with elsewhere (自评总分, 总得分) or that name a grand total
   * (综合得分, 综合评分, 评分, 自评分). Never 分值 or 权重: those head a column of weights.
   */
  private static final Set<String> LABELS = Set.of("自评得分", "自评总分", "自评分", "总分", "总得分", "综合得分", "综合评分", "评分");

  /** A header's total as printed: its figure, the cell it is in, its label and the cell's text. */
  record Printed(BigDecimal value, int row, int column, String label, String text) {}

  /** A header's total label with nothing after it on its row, whose figure may be the cell under it. */
  record Label(int row, int column, String text) {}

  private final FormGrid g;
  private final FormSink sink;

  StatedTotal(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  /**
   * Whether a key is a total's label, also with what it totals before it: 项目总得分 (原州 2022),
   * 本项目自评得分, 绩效自评总分.
   */
  private static boolean isLabel(String key) {
    if (LABELS.contains(key)) {
      return true;
    }
    for (String owner : OWNERS) {
      if (key.startsWith(owner) && LABELS.contains(key.substring(owner.length()))) {
        return true;
      }
    }
    return false;
  }

  /** What a total's label may name as the thing it totals: 项目总得分, 绩效自评得分. */
  private static final List<String> OWNERS = List.of("本项目", "项目", "绩效");

  /**
   * Where a total's label fused with its figure ends (项目总得分99分, 自评得分 95.5): the index of
   * the figure's first character, or -1 when the cell is no label followed by a figure.
   */
  static int fusedAt(String text) {
    int i = 0;
    while (i < text.length() && !Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i == 0 || i == text.length() || !isScoreLabel(FormText.key(text.substring(0, i)))) {
      return -1;
    }
    return figure(text.substring(i)) == null ? -1 : i;
  }

  /**
   * Whether a total's label names a score, not a full mark: 总得分, 自评得分, 自评总分, 综合评分.
   * A bare 总分 printed with its figure (总分100分, 总分：100) is as often the form's full mark
   * beside the score (总分100分 | 自评得分92分), so a figure fused with it, or beside a title, is
   * not taken for the score.
   */
  private static boolean isScoreLabel(String key) {
    return isLabel(key) && (key.contains("得分") || key.contains("评"));
  }

  /**
   * Whether a cell is a score's label with its figure, fused or after a colon (项目总得分99分,
   * 自评得分：95), as a title may carry beside it; 总分100分 may be the full mark, and is not.
   */
  static boolean isTotalWithFigure(String text) {
    int colon = FormLabels.colonLabel(text);
    if (colon >= 0) {
      return isScoreLabel(FormText.key(text.substring(0, colon))) && figure(text.substring(colon + 1)) != null;
    }
    return fusedAt(text) >= 0;
  }

  /**
   * Whether a header total labelled {@code label} may be the form's: the first one, or a score's
   * label after a bare 总分 (总分:100分 | 自评得分:92分: the 总分 there is the full mark).
   */
  private static boolean mayTake(FormDraft d, String label) {
    Printed first = d.headerTotal;
    return first == null || (!isScoreLabel(FormText.key(first.label())) && isScoreLabel(FormText.key(label)));
  }

  /** Makes {@code printed} the header's total; one it replaces is kept as a stray cell under its label, and said. */
  private void take(FormDraft d, Printed printed) {
    Printed first = d.headerTotal;
    if (first != null) {
      kept(d, first.row(), first.column(), first.label(), first.text());
    }
    d.headerTotal = printed;
  }

  /**
   * Reads the cells after a title on its row, each a score with its figure ({@link
   * #isTotalWithFigure}): the first is the header's total, and another is kept as a stray cell.
   */
  void besideTitle(int r, int first, FormDraft d) {
    for (int c = g.next(r, first + 1); c >= 0; c = g.next(r, c + 1)) {
      if (header(r, c, d) < 0) {
        kept(d, r, c, null, g.text(r, c));
      }
    }
  }

  /**
   * The figure of a total's cell: {@code 100}, {@code 95.5}, {@code 100分}; null for anything else
   * (a rate such as 95%, a word such as 良好, the 分 of a total printed blank).
   */
  static @Nullable BigDecimal figure(String text) {
    FormNumber n = FormNumber.points(text);
    BigDecimal v = n.value();
    return v == null || n.percent() || v.signum() < 0 ? null : v;
  }

  /** Whether a cell is a total's label, alone, with its figure after a colon, or fused with it. */
  private static boolean isTotalCell(String text) {
    int colon = FormLabels.colonLabel(text);
    return isLabel(FormText.key(colon >= 0 ? text.substring(0, colon) : text)) || fusedAt(text) >= 0;
  }

  /**
   * Reads the cell at column {@code c} of header row {@code r}, where a label stands, when it is
   * part of a stated total.
   *
   * @return the column to go on from, or -1 when the cell is no part of a total (the caller reads
   *     it as any other label)
   */
  int header(int r, int c, FormDraft d) {
    String t = g.text(r, c);
    Label pending = d.totalLabel;
    if (pending != null && pending.row() == r - 1 && pending.column() == c) {
      BigDecimal v = figure(t);
      if (v != null) {
        d.totalLabel = null;
        take(d, new Printed(v, r, c, pending.text(), t));
        return c + 1; // 安居 2021: 100 in the cell under 自评得分, merged over two rows
      }
    }
    int colon = FormLabels.colonLabel(t);
    if (colon >= 0) {
      String label = t.substring(0, colon).strip();
      BigDecimal v = figure(t.substring(colon + 1));
      if (!isLabel(FormText.key(label)) || v == null || !mayTake(d, label)) {
        return -1;
      }
      take(d, new Printed(v, r, c, label, t.substring(colon + 1).strip()));
      return c + 1;
    }
    int fused = fusedAt(t);
    BigDecimal fusedFigure = fused >= 0 ? figure(t.substring(fused)) : null;
    if (fusedFigure != null) {
      if (!mayTake(d, t.substring(0, fused))) {
        return -1;
      }
      take(d, new Printed(fusedFigure, r, c, t.substring(0, fused).strip(), t.substring(fused).strip()));
      return c + 1;
    }
    String k = FormText.key(t);
    int next = g.next(r, c + 1);
    if (!isLabel(k)) {
      if (next >= 0 && isTotalCell(g.text(r, next)) && FormLabels.topField(k) == null) {
        // 填报日期: printed blank before 总分: it does not take the total's label for its value
        d.stray(r, c, null, t);
        sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0202"), r, c, t);
        return next;
      }
      return -1;
    }
    if (d.totalLabel != null || !mayTake(d, t)) {
      return -1; // a second one is kept as any other label
    }
    if (next >= 0) {
      BigDecimal v = figure(g.text(r, next));
      if (v == null) {
        return -1;
      }
      take(d, new Printed(v, r, next, t, g.text(r, next)));
      return next + 1;
    }
    if (r + 1 < g.height() && figure(g.text(r + 1, c)) != null) {
      d.totalLabel = new Label(r, c, t); // read when that row reaches the cell, else kept at the end
      return g.width(r);
    }
    return -1;
  }

  /**
   * Reads a 总分 / 合计 row: its 得分 is the stated total, its 分值 the total weight; with no
   * indicator header to say which is which, the last figure is the total (总分 | 100 | 95) and the
   * ones before it are kept under the row's label rather than dropped.
   */
  void row(int r, int first, FormDraft draft, @Nullable IndicatorBlock ib) {
    int w = g.width(r);
    List<Integer> numbers = new ArrayList<>();
    for (int c = first + 1; c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      FormNumber n = FormNumber.points(t); // 总分 | … | 99.3分: every figure of the row is points
      IndicatorRole role = ib == null ? IndicatorRole.NONE : ib.roleOf(c);
      if (n.value() != null && !n.percent() && role == IndicatorRole.SCORE) {
        draft.statedScore = n.value();
        draft.statedScoreRow = r;
        draft.statedScoreColumn = c;
      } else if (n.value() != null && !n.percent() && role == IndicatorRole.WEIGHT) {
        draft.totalWeight = n.value();
        draft.totalWeightRow = r;
        draft.totalWeightColumn = c;
      } else if (n.value() != null && !n.percent() && ib == null) {
        numbers.add(c);
      } else {
        kept(draft, r, c, g.text(r, first), t);
      }
    }
    if (!numbers.isEmpty()) {
      int last = numbers.get(numbers.size() - 1);
      draft.statedScore = FormNumber.points(g.text(r, last)).value();
      draft.statedScoreRow = r;
      draft.statedScoreColumn = last;
      for (int c : numbers.subList(0, numbers.size() - 1)) {
        kept(draft, r, c, g.text(r, first), g.text(r, c));
      }
    }
  }

  private void kept(FormDraft d, int r, int c, @Nullable String header, String text) {
    d.stray(r, c, header, text);
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0202"), r, c, text);
  }

  /**
   * Ends a form: the header's total is the stated total where no 总分 row gave one; a header label
   * whose figure was not found under it is kept as the stray cell it was.
   */
  void settle(FormDraft d) {
    Label pending = d.totalLabel;
    if (pending != null) {
      d.totalLabel = null;
      kept(d, pending.row(), pending.column(), null, pending.text());
    }
    Printed h = d.headerTotal;
    BigDecimal row = d.statedScore;
    if (h == null) {
      return;
    }
    if (row == null) {
      d.statedScore = h.value();
      return;
    }
    if (row.compareTo(h.value()) != 0) {
      d.stray(h.row(), h.column(), h.label(), h.text());
      sink.report(FormDiagnostics.TOTALS_DISAGREE, Severity.WARNING,
          Msg.of("JX-I-0243").arg("label", FormText.key(h.label())).arg("header", h.value().toPlainString())
              .arg("row", row.toPlainString()),
          h.row(), h.column(), h.text());
    }
  }

  /** A 总分 row's 分值 is kept only when it is not the sum of the form's 分值 (else derivable). */
  void weightTotal(FormDraft draft) {
    BigDecimal printed = draft.totalWeight;
    if (printed == null) {
      return;
    }
    BigDecimal sum = draft.weightSum();
    if (sum != null && sum.compareTo(printed) == 0) {
      return;
    }
    draft.stray(draft.totalWeightRow, draft.totalWeightColumn, "总分/分值", g.text(draft.totalWeightRow, draft.totalWeightColumn));
    Msg msg =
        sum == null
            ? Msg.of("JX-I-0209").arg("printed", printed.toPlainString())
            : Msg.of("JX-I-0208").arg("printed", printed.toPlainString()).arg("sum", sum.toPlainString());
    sink.report(FormDiagnostics.EXTRA_FIGURE, Severity.INFO, msg,
        draft.totalWeightRow, draft.totalWeightColumn, printed.toPlainString());
  }
}
