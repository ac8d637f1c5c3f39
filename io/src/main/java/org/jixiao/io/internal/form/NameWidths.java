package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide the names an indicator block prints in its 三级指标 column are. A cell's text wraps only
 * once its line is full: the first line of a wrapped name is as wide as the column lets it be, and
 * the column is at least as wide as the widest name printed on one line. A line that names
 * something and holds a short value of its own (及时, 达标, 全覆盖) therefore carries on the name
 * above only when that name fills its column (review 66a, 银川六中 2021: 资金拨付 | 及时 | 及时, a
 * sub-row under a merged 分值, under 公用经费标准 | 5 | 符合相关文件要求 | …, whose name is a third
 * shorter than the column's widest, is a row of its own, not the end of that row's texts).
 *
 * <p>Widths are counted as printed: an ideograph or a full-width mark two, ASCII one. A line may
 * end short of the column by its next line's first word (an ASCII word or number does not break),
 * by that word and a mark that may not open a line (训、: the character goes down with the mark),
 * or by an opening mark and the character after it (（含: the mark may not end a line); and a
 * closing mark may hang past the column's edge, so it is not counted at a line's end (review 67w).
 * The widest is measured over the block's rows down to a header printed again (a page's, or the
 * next form's), leaving out a text half again as wide as any other: a whole text copied into one
 * cell is no line of the column.
 */
final class NameWidths {
  /** Marks a line may not start with: the character before them goes down with them. */
  private static final String CLOSING = "，。、；：！？）】》」』,.;:!?)]}%％";

  private static final String OPENING = "（(【[《「";
  private static final String CLOSED = "）)】]》」";

  /** Marks and words a name does not end on: what follows them is on the next line. */
  private static final String JOINING = "、，,的和或（(【[《「-—/";

  private int widest;
  private int last = -1;

  /**
   * The widths of the names printed below the header at {@code headerRow}, in rows that hold a
   * target or an actual as well, down to a row that prints the header's name heading again: the
   * rows after a line tell its column's width as well as those before it.
   */
  NameWidths(FormGrid g, int headerRow, int name, int target, int actual) {
    if (name < 0) {
      return;
    }
    String heading = FormText.key(g.cell(headerRow, name));
    List<Integer> widths = new ArrayList<>();
    for (int r = headerRow + 1; r < g.height(); r++) {
      String text = g.cell(r, name);
      if (!heading.isEmpty() && FormText.key(text).equals(heading)) {
        break; // a table below, or the next page's, has widths of its own
      }
      if (!text.isEmpty() && (!g.cell(r, target).isEmpty() || !g.cell(r, actual).isEmpty())) {
        widths.add(unhung(text));
      }
    }
    widths.sort(null);
    int n = widths.size();
    while (n >= 2 && widths.get(n - 1) * 2 > widths.get(n - 2) * 3) {
      n--; // a text half again as wide as any other is a whole text in one cell
    }
    widest = n > 0 ? widths.get(n - 1) : 0;
  }

  /** Notes the name cell of a row just read as an indicator's, or as the next line of one. */
  void saw(String name) {
    last = unhung(name);
    if (widest == 0 || last * 2 <= widest * 3) {
      widest = Math.max(widest, last);
    }
  }

  /**
   * Whether {@code next}, a name printed on the line right under {@code above}, the last name noted,
   * may be its next line: the name above fills its column (no narrower than the widest name by as
   * much as the start of {@code next} that could not end it), or it is cut for all to see, in a
   * bracket left open or on a mark or particle that joins (…（含配套, …的, …和, …、). A form copied cell
   * by cell keeps a wrapped name whole, and a row a page break splits there is cut wherever the page
   * ends: only the cut shows.
   */
  boolean goesOn(String above, String next) {
    return endsCut(above.strip()) || lastFills(next);
  }

  private static boolean endsCut(String name) {
    int open = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      open += OPENING.indexOf(c) >= 0 ? 1 : CLOSED.indexOf(c) >= 0 ? -1 : 0;
    }
    return open > 0 || !name.isEmpty() && JOINING.indexOf(name.charAt(name.length() - 1)) >= 0;
  }

  private boolean lastFills(String next) {
    String t = next.strip();
    if (last < 0 || t.isEmpty()) {
      return false;
    }
    int word = 0;
    while (word < t.length() && t.charAt(word) < 0x80 && !Character.isWhitespace(t.charAt(word))
        && CLOSING.indexOf(t.charAt(word)) < 0) {
      word++; // an ASCII word or number goes down whole
    }
    int end = Math.max(word, 1);
    if (OPENING.indexOf(t.charAt(0)) >= 0 && t.length() > 1) {
      end = 2; // （含: the mark may not end a line, so the character after it went down with it
    } else if (end < t.length() && CLOSING.indexOf(t.charAt(end)) >= 0) {
      end++; // 训、: the character went down with the mark that may not open a line
    }
    return widest - last < width(t, 0, end);
  }

  /** The width of a name, a closing mark at its end not counted: it may hang past the column's edge. */
  private static int unhung(String text) {
    String t = text.strip();
    int to = t.length();
    if (to > 0 && CLOSING.indexOf(t.charAt(to - 1)) >= 0) {
      to--;
    }
    return width(t, 0, to);
  }

  private static int width(String text, int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      w += text.charAt(i) < 0x80 ? 1 : 2;
    }
    return w;
  }
}
