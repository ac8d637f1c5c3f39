package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The indicator block's own label, left of its 一级 column, wrapped down the lines of its rows: a
 * narrow first column prints 年度绩效指标完成情况 as 年度绩效 / 指标完成 / 情况, the first line beside
 * the header or anywhere down the block. Read line by line, the row holding 指标完成 was an
 * unplaced row, and the block's first indicator and its 一级 with it were lost.
 *
 * <p>A cell there continues the label when the label read so far in its column, joined to it, is
 * the start of one of the names such blocks are printed under ({@link #LABELS}, after a section
 * number such as 四、); anything else there (a note, the next section's label) is not.
 */
final class BlockLabelLines {
  /** The names of an indicator block as forms print them, without brackets (their points). */
  private static final List<String> LABELS = List.of("年度绩效指标完成情况", "绩效指标完成情况", "年度指标完成情况",
      "年度绩效目标完成情况", "绩效目标完成情况", "年度绩效指标", "年度绩效目标", "绩效指标", "绩效目标");

  private final FormGrid g;
  private final String[] soFar;
  private final int[] from;

  /** @param header the block's header row; its cells left of {@code cat1Column} start the labels */
  BlockLabelLines(FormGrid g, int header, int cat1Column) {
    this.g = g;
    int n = Math.max(cat1Column, 0);
    soFar = new String[n];
    from = new int[n];
    for (int c = 0; c < n; c++) {
      soFar[c] = key(g.text(header, c));
      from[c] = header;
    }
  }

  /**
   * The cells of {@code row} left of the 一级 column, each with the label it continues; empty when
   * the row has none there, null when a cell there continues no label.
   */
  @Nullable List<WrappedLabels.Joined> continued(int row) {
    List<WrappedLabels.Joined> out = new ArrayList<>(1);
    for (int c = 0; c < soFar.length; c++) {
      String t = g.text(row, c);
      if (t.isEmpty()) {
        continue;
      }
      String joined = soFar[c] + key(t);
      if (!startsALabel(joined)) {
        return null;
      }
      out.add(new WrappedLabels.Joined(joined, c, soFar[c].isEmpty() ? row : from[c]));
    }
    return out;
  }

  /** Takes the row's cells as read into the labels so far. */
  void take(List<WrappedLabels.Joined> cells) {
    for (WrappedLabels.Joined j : cells) {
      if (soFar[j.column()].isEmpty()) {
        from[j.column()] = j.other();
      }
      soFar[j.column()] = j.label();
    }
  }

  private static boolean startsALabel(String k) {
    if (k.isEmpty()) {
      return false;
    }
    for (String label : LABELS) {
      if (label.startsWith(k)) {
        return true;
      }
    }
    return false;
  }

  /** The cell's key without a section number before it (四、, 4.). */
  private static String key(String cell) {
    String k = FormText.key(cell);
    int i = 0;
    while (i < k.length() && ("一二三四五六七八九十".indexOf(k.charAt(i)) >= 0 || Character.isDigit(k.charAt(i)))) {
      i++;
    }
    return i > 0 && i < k.length() && (k.charAt(i) == '、' || k.charAt(i) == '.') ? k.substring(i + 1) : k;
  }
}
