package org.jixiao.io.internal.form;

/**
 * How wide the names an indicator block prints in its 三级指标 column are. A cell's
 * text wraps only once its line is full: the first line of a wrapped name is as wide as the column
 * lets it be, and the column is at least as wide as the widest name printed on one line. A line
 * that names something and holds a target or an actual therefore carries on the name above only
 * when that name fills its column (review 66a, 银川六中 2021: 资金拨付 | 及时 | 及时, a sub-row
 * under a merged 分值, under 公用经费标准 | 5 | 符合相关文件要求 | …, whose name is a third shorter
 * than 财务管理制度有效性 above it, is a row of its own, not the end of that row's texts).
 *
 * <p>Widths are counted as printed: an ideograph or a full-width mark two, ASCII one. The next
 * line's first word may not have fitted (an ASCII word or number does not break), and a mark that
 * may not open a line (，。、）%) takes the character before it down with it.
 */
final class NameWidths {
  /** Marks a line may not start with: the character before them goes down with them. */
  private static final String CLOSING = "，。、；：！？）】》」』,.;:!?)]}%％";

  private int widest;
  private int last = -1;

  /**
   * The widths of the names printed below the header at {@code headerRow}, in rows that hold a
   * target or an actual as well: the rows after a line tell its column's width as well as those
   * before it.
   */
  NameWidths(FormGrid g, int headerRow, int name, int target, int actual) {
    if (name < 0) {
      return;
    }
    for (int r = headerRow + 1; r < g.height(); r++) {
      String text = g.cell(r, name);
      if (!text.isEmpty() && (!g.cell(r, target).isEmpty() || !g.cell(r, actual).isEmpty())) {
        widest = Math.max(widest, width(text, 0, text.length()));
      }
    }
  }

  /** Notes the name cell of a row just read as an indicator's, or as the next line of one. */
  void saw(String name) {
    last = width(name, 0, name.length());
    widest = Math.max(widest, last);
  }

  /**
   * Whether {@code next}, a name printed on the line right under {@code above}, the last name noted,
   * may be its next line: the name above fills its column (no narrower than the widest name by as
   * much as {@code next}'s first word), or it is cut for all to see, in a bracket left open or on a
   * word that joins (…（含配套, …的, …和, …、). A form copied cell by cell keeps a wrapped name
   * whole, and a row a page break splits there is cut wherever the page ends: only the cut shows.
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

  private static final String OPENING = "（(【[《「";
  private static final String CLOSED = "）)】]》」";
  /** Marks and words a name does not end on: what follows them is on the next line. */
  private static final String JOINING = "、，,的和及与或并对为在按于从向（(【[《「-—/";

  private boolean lastFills(String next) {
    String t = next.strip();
    if (last < 0 || t.isEmpty()) {
      return false;
    }
    int word = 0;
    while (word < t.length() && t.charAt(word) < 0x80 && !Character.isWhitespace(t.charAt(word))) {
      word++; // an ASCII word or number goes down whole
    }
    int room = word > 0 ? word : 2;
    if (CLOSING.indexOf(t.charAt(0)) >= 0) {
      room += 2;
    }
    return widest - last < room;
  }

  private static int width(String text, int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      w += text.charAt(i) < 0x80 ? 1 : 2;
    }
    return w;
  }
}
