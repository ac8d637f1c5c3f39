package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import org.jixiao.core.label.Labels;
import org.jixiao.io.grid.CellGrid;
import org.jspecify.annotations.Nullable;

/**
 * The text rules of form labels: a label is compared after NFKC, without white space (forms print
 * {@code 绩 效 指 标}), without bracketed parts ({@code (50分)}, {@code (万元)}, {@code (B/A)},
 * and the pinyin glosses some mirrors insert, {@code 項(xiàng)目}), without a trailing colon, and
 * with the traditional characters of the labels' vocabulary folded to simplified ones (mirrors in
 * traditional script print {@code 項目名稱}), by the table the declaration reader folds with too
 * ({@link Labels#foldTraditional}). Values are never folded: only labels are.
 */
public final class FormText {
  private FormText() {}

  /**
   * The comparable key of a label cell: NFKC, no white space, no bracketed parts, no trailing
   * colon, traditional characters folded.
   */
  public static String key(String cell) {
    if (cell.isEmpty()) {
      return "";
    }
    String n = Labels.normalize(cell);
    StringBuilder out = new StringBuilder(n.length());
    int depth = 0;
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (ch == '(' || ch == '[' || ch == '【') {
        depth++;
      } else if (ch == ')' || ch == ']' || ch == '】') {
        if (depth > 0) {
          depth--;
        }
      } else if (depth == 0) {
        out.append(ch);
      }
    }
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == ':' || out.charAt(end - 1) == '：')) {
      end--;
    }
    out.setLength(end);
    return Labels.foldTraditional(out);
  }

  /**
   * {@link #key} with traditional characters folded but brackets kept (for titles and years), except
   * the pinyin glosses a mirror inserts after a character ({@code 績(jī)效目標(biāo)自評(píng)表}): they split
   * the words a title is known by, which a bracket the form prints ({@code (2023年度)}) does not.
   */
  public static String folded(String cell) {
    String n = Labels.normalize(cell);
    return Labels.foldTraditional(n.indexOf('(') < 0 ? n : withoutGlosses(n));
  }

  /** Tone-marked vowels: a gloss has one, and a unit or a label's letters ((km), (A), (B/A)) none. */
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  /** The longest gloss of one syllable (zhuàng). */
  private static final int SYLLABLE = 6;

  /** {@code text} without the brackets of one pinyin syllable that follow a CJK character. */
  static String withoutGlosses(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      int close = text.indexOf(')', i + 1);
      if (close < 0) {
        break;
      }
      if (i == 0 || Character.UnicodeScript.of(text.codePointBefore(i)) != Character.UnicodeScript.HAN
          || !isSyllable(text, i + 1, close)) {
        continue; // (2023年度) first: the glosses after it are still dropped
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i);
      copied = close + 1;
      i = close;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean isSyllable(String text, int from, int to) {
    if (to - from < 1 || to - from > SYLLABLE) {
      return false;
    }
    boolean toned = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (TONED.indexOf(c) >= 0) {
        toned = true;
      } else if ((c < 'a' || c > 'z') && c != 'ü') {
        return false;
      }
    }
    return toned;
  }

  /** The key without a leading 其中 and its colon: {@code 其中:当年财政拨款} → {@code 当年财政拨款}. */
  /**
   * Whether a title names a 绩效评价表, the form a budget system exports for a transfer payment's
   * self-evaluation (名山 2024), and not a 绩效评价指标表 of targets and 分值, which is a declaration.
   */
  public static boolean namesEvaluationForm(String folded) {
    return folded.contains("评价表") && !folded.contains("指标表");
  }

  /**
   * Whether a cell reads as the title of a report's table of one project's results: it ends in
   * 自评结果 (湖北科技学院 2021: 2021年度本专科生奖助学金项目自评结果) and is no task to do. Reports also
   * print 自评结果 as a heading of their own (三、绩效自评结果) and declarations as a field (上年度绩效自评结果),
   * so callers take it for a title only as a lone cell right above an indicator header.
   */
  public static boolean namesAResultsTable(String folded) {
    String t = folded.strip();
    if (!t.endsWith("自评结果")) {
      return false;
    }
    for (String verb : FormTitles.TASK_VERBS) {
      if (t.startsWith(verb)) {
        return false;
      }
    }
    return true;
  }
  /**
   * Whether a row is the lone title of a report's table of one project's results (…自评结果) right
   * above an indicator header, as the form reader reads one: in one row or wrapped over two
   * ({@code 一级} over {@code 指标}). Layout detection asks this, so that it and the reader agree.
   *
   * @param grid the cells
   * @param row the row
   * @param maxColumns how many columns of a row are read
   */
  public static boolean titlesAResultsTable(CellGrid grid, int row, int maxColumns) {
    FormGrid g = new FormGrid(grid, Integer.MAX_VALUE, maxColumns);
    int first = g.first(row);
    return first >= 0 && g.count(row) == 1 && namesAResultsTable(folded(g.text(row, first)))
        && FormTitles.aboveIndicatorHeader(g, row);
  }


  public static String withoutQizhong(String key) {
    String k = key.startsWith("其中") ? key.substring(2) : key;
    while (!k.isEmpty() && (k.charAt(0) == ':' || k.charAt(0) == '：')) {
      k = k.substring(1);
    }
    return k;
  }

  /**
   * A funds row's label as printed, without its 其中 and colons: what {@link
   * org.jixiao.core.project.FundSource#label} keeps when it is not the kind's own name.
   */
  public static String fundLabel(String cell) {
    String k = withoutQizhong(cell.strip());
    int end = k.length();
    while (end > 0 && (k.charAt(end - 1) == ':' || k.charAt(end - 1) == '：')) {
      end--;
    }
    return k.substring(0, end).strip();
  }

  /**
   * The points a label states in brackets, {@code (20分)} or {@code (20 分)} → 20; null when it
   * states none.
   */
  public static @Nullable BigDecimal bracketPoints(String cell) {
    String n = Labels.normalize(cell);
    int open = n.indexOf('(');
    while (open >= 0) {
      int close = n.indexOf(')', open);
      if (close < 0) {
        return null;
      }
      String inside = n.substring(open + 1, close);
      int fen = inside.indexOf('分');
      if (fen > 0) {
        String digits = inside.substring(0, fen);
        if (isDecimal(digits)) {
          return new BigDecimal(digits);
        }
      }
      open = n.indexOf('(', close);
    }
    return null;
  }

  /**
   * Whether a cell is a bare figure of points: {@code 20}, {@code 20分}, {@code ２０ 分} (after
   * NFKC), as a heading or a block's label row prints a block's points.
   */
  static boolean isBarePoints(String text) {
    String t = Labels.normalize(text).strip();
    if (t.length() > 1 && t.endsWith("分")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return isDecimal(t);
  }

  /**
   * Whether a cell is a value of its own: an optional comparator, a decimal and a unit of at most
   * four characters with no digit ({@code 20}, {@code 1.5亩}, {@code ≥90%}, {@code ＞ 3 个}), as a
   * row of its own prints its target, where a text's wrapped end does not ({@code 制度规定},
   * {@code %}, {@code 满意度达95%}).
   */
  static boolean isValueOfItsOwn(String text) {
    String t = Labels.normalize(text).strip();
    int at = 0;
    while (at < t.length() && "≥≤><=≧≦".indexOf(t.charAt(at)) >= 0) {
      at++;
    }
    int end = at;
    while (end < t.length() && (Character.isDigit(t.charAt(end)) || t.charAt(end) == '.')) {
      end++;
    }
    if (end == at || !isDecimal(t.substring(at, end))) {
      return false;
    }
    String unit = t.substring(end).strip();
    if (unit.length() > 4) {
      return false;
    }
    for (int i = 0; i < unit.length(); i++) {
      if (Character.isDigit(unit.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value cell holds only a template's filler: a placeholder mark (—, /, ……) or 无, as a
   * template's empty row prints its target and actual.
   */
  static boolean isFiller(String cell) {
    return isPlaceholderMark(cell) || cell.strip().equals("无");
  }

  /** Whether text is an unsigned ASCII decimal such as {@code 20} or {@code 2.5}. */
  static boolean isDecimal(String text) {
    if (text.isEmpty() || text.length() > 12) {
      return false;
    }
    boolean point = false;
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digit = true;
      } else if (ch == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digit;
  }

  /**
   * The first year a text names ({@code 2022年度}, {@code (2019年度)}, {@code 2020 年}): four digits
   * from 1990 to 2099 followed by 年; -1 when there is none.
   */
  public static int year(String cell) {
    String n = Labels.normalize(cell);
    for (int i = 0; i + 4 < n.length(); i++) {
      if (n.charAt(i + 4) == '年' && (i == 0 || !Character.isDigit(n.charAt(i - 1)))) {
        String digits = n.substring(i, i + 4);
        if (isDecimal(digits) && digits.indexOf('.') < 0) {
          int y = Integer.parseInt(digits);
          if (y >= 1990 && y <= 2099) {
            return y;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The key of a category label without the points it is given: {@code 产出指标(50分)} and
   * {@code 产出指标(40-50分)} lose their brackets in {@link #key}, but {@code 成本指标(0-20)分}
   * (a declaration's range of points) leaves {@code 分} behind, and {@code 产出指标50分} has no
   * brackets: a trailing 分 and the figures or range before it are not part of the category's name.
   */
  public static String categoryKey(String cell) {
    String k = key(cell);
    if (!k.endsWith("分")) {
      return k;
    }
    int end = k.length() - 1;
    while (end > 0 && "0123456789.-—~～–".indexOf(k.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 ? k.substring(0, end) : k;
  }

  /**
   * Whether a category cell only marks a template row: {@code -}, {@code /}, or the continuation
   * dots {@code ……} ({@code …}, {@code ......}) the template prints under a category's last row.
   */
  public static boolean isPlaceholderMark(String cell) {
    String k = Labels.normalize(cell);
    return isNothing(k) || isDots(k);
  }

  /** Whether a text is only dots: {@code ……}, {@code …}, {@code ...}, {@code ⋯}. */
  private static boolean isDots(String k) {
    if (k.isEmpty()) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      char ch = k.charAt(i);
      if (ch != '…' && ch != '.' && ch != '⋯' && ch != '。') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an indicator name is only a template placeholder: {@code 指标2}, {@code 指标2:},
   * {@code ……}, {@code …}, {@code ...}, {@code -}, {@code /}.
   */
  public static boolean isPlaceholderName(String name) {
    String k = Labels.normalize(name);
    if (k.isEmpty() || isNothing(k)) {
      return true; // - or / in the name of a template's empty row (济南历城 2019)
    }
    if (isDots(k)) {
      return true;
    }
    if (!k.startsWith("指标")) {
      return false;
    }
    int i = 2;
    while (i < k.length() && Character.isDigit(k.charAt(i))) {
      i++;
    }
    if (i == 2) {
      return false;
    }
    while (i < k.length() && (k.charAt(i) == ':' || k.charAt(i) == '：')) {
      i++;
    }
    return i == k.length();
  }

  /** Whether the cell is blank or a placeholder for "nothing": —, -, /, *, **. */
  public static boolean isNothing(String cell) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return true;
    }
    if (s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch != '—' && ch != '-' && ch != '－' && ch != '/' && ch != '／' && ch != '–' && ch != '*'
          && ch != '＊') {
        return false;
      }
    }
    return true;
  }
}
