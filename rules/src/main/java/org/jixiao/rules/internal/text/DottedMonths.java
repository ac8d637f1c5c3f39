package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A year and month written with a dot (年.月: 2023.10, 2023.9, 2023.09) where a target states when
 * something is due: under a timeliness indicator (时效指标), or a name of a point in time (完成时间,
 * 资金拨付时限, 验收日期, 完工节点). Typed in a spreadsheet cell it is October 2023, not the figure
 * 2023.1, which a later month (2023.12) would pass and a month written 2023年10月 not answer. The
 * scanner reads it as a figure, since elsewhere it may be one (2023.5吨 of grain, a rate 98.10); only
 * a figure standing alone — a year 1900–2100, a month 1–12, nothing but a deadline's words after it
 * (前, 底前, 之前, 以前, 月底, 完成) — is read as the month here. DateReader reads 2023.10 as October
 * already, so a date done written so (2023.12) is compared as a month too.
 */
final class DottedMonths {
  private DottedMonths() {}

  /** Words of a name that says the indicator asks when (a point in time), not how long or how many. */
  private static final List<String> TIME_NAMES = List.of("时间", "日期", "时限", "期限", "节点", "时点");

  /** What may follow the month and leave it a deadline: 前, 底前, 之前, 以前, 月底前, 完成 … */
  private static final List<String> AFTER =
      List.of("前", "底", "末", "之前", "以前", "月", "内", "止", "完成", "完工", "竣工", "建成", "开工", "验收", "到位", "拨付", "发放", "交付", "上线");

  /**
   * {@code found} (the scan of the target {@code s}) with each lone dotted year.month read as a date
   * when {@code context} asks when something is due; {@code found} itself when there is none.
   */
  static List<Found> asDates(String s, List<Found> found, TargetContext context) {
    List<Found> out = null;
    for (int k = 0; k < found.size(); k++) { // by index: an unmodifiable list's iterator is two objects
      Found f = found.get(k);
      if (f.figure() && isDottedMonth(s, f.quantity().start()) && asksWhen(context)) {
        if (out == null) {
          out = new ArrayList<>(found);
        }
        out.set(k, Found.date(f.quantity().start(), monthEnd(s, f.quantity().start())));
      }
    }
    return out == null ? found : out;
  }

  /** Whether the indicator asks when: a 时效 indicator, or a name of a point in time (not a rate or a count: 及时率, 天数). */
  private static boolean asksWhen(TargetContext context) {
    if (context.timeliness()) {
      return true;
    }
    String name = context.name();
    if (name.endsWith("率") || name.endsWith("数") || name.endsWith("量")) {
      return false;
    }
    for (String word : TIME_NAMES) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Where the month of a dotted year.month starting at {@code start} ends. */
  private static int monthEnd(String s, int start) {
    return Chars.digitsEnd(CharArrays.of(s), start + 5);
  }

  /**
   * Whether a lone year.month starts at {@code start}: four digits of a year 1900–2100, a dot, one or two
   * digits of a month 1–12; not part of a longer date, a version (V2023.10) or a range, with a deadline's
   * words or nothing after it.
   */
  private static boolean isDottedMonth(String s, int start) {
    char[] a = CharArrays.of(s);
    int year = Chars.digitsEnd(a, start);
    if (year - start != 4 || year + 1 >= a.length || a[year] != '.') {
      return false;
    }
    int value = Chars.digitsValue(a, start, year);
    int end = Chars.digitsEnd(a, year + 1);
    if (value < 1900 || value > 2100 || end - year - 1 < 1 || end - year - 1 > 2) {
      return false;
    }
    int month = Chars.digitsValue(a, year + 1, end);
    if (month < 1 || month > 12) {
      return false;
    }
    if (start > 0 && (Chars.isAsciiLetter(a[start - 1]) || a[start - 1] == '.' || Chars.isRangeDash(a[start - 1]))) {
      return false; // V2023.10, 1.2023.10, 2022.12-2023.10
    }
    return end == a.length || Clauses.isClauseEnd(a[end]) || a[end] == ' ' || a[end] == ')' || Chars.startsWithAny(s, end, AFTER);
  }
}
