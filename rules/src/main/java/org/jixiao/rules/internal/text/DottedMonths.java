package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * A year and month written with a dot (年.月: 2023.10, 2023.9, 2023.09) where a target states when
 * something is due: under a timeliness indicator (时效指标), or a name of a point in time (完成时间,
 * 资金拨付时限, 验收日期, 完工节点). Typed in a spreadsheet cell it is October 2023, not the figure
 * 2023.1, which a later month (2023.12) would pass and a month written 2023年10月 not answer. The
 * scanner reads it as a figure, since elsewhere it may be one (2023.5吨 of grain, a rate 98.10); only
 * the target's one figure — a year 2010–2060, a month 1–12, nothing but a deadline's words after it
 * (前, 底前, 之前, 以前, 月底, 完成), no unit of the indicator's — is read as the month here (review
 * 63h: ranges and stages were cut to their first month, hours of 时间 indicators read as months). DateReader reads 2023.10 as October
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
    // the target's only figure: two (2023.01 - 2023.12, 2023.6前招标、2023.10前验收) are a range or
    // stages, which a lone month would cut to their first; and no unit of the indicator's (小时 in its
    // own column makes 2000.5 hours, 万元 an amount filed under 时效)
    if (found.size() != 1 || context.unit().isPresent()) {
      return found;
    }
    Found f = found.get(0);
    if (f.figure() && isDottedMonth(s, f.quantity().start()) && asksWhen(context)) {
      return List.of(Found.date(f.quantity().start(), monthEnd(s, f.quantity().start())));
    }
    return found;
  }

  /** Whether the indicator asks when: a 时效 indicator, or a name of a point in time (not a rate or a count: 及时率, 天数). */
  private static boolean asksWhen(TargetContext context) {
    if (context.timeliness()) {
      return true;
    }
    String name = context.name();
    return !(name.endsWith("率") || name.endsWith("数") || name.endsWith("量")) && Differences.containsAny(name, TIME_NAMES);
  }

  /** Where the month of a dotted year.month starting at {@code start} ends. */
  private static int monthEnd(String s, int start) {
    return Chars.digitsEnd(CharArrays.of(s), start + 5);
  }

  /**
   * Whether a lone year.month starts at {@code start}: four digits of a year 2010–2060, a dot, one or two
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
    if (value < FIRST_YEAR || value > LAST_YEAR || end - year - 1 < 1 || end - year - 1 > 2) {
      return false;
    }
    int month = Chars.digitsValue(a, year + 1, end);
    if (month < 1 || month > 12) {
      return false;
    }
    if (start > 0 && (Chars.isAsciiLetter(a[start - 1]) || a[start - 1] == '.' || Chars.isRangeDash(a[start - 1]))) {
      return false; // V2023.10, 1.2023.10, 2022.12-2023.10
    }
    int next = end;
    while (next < a.length && a[next] == ' ') {
      next++; // 2023.10 前; not 2000.5 小时 or 2023.10 版, a figure with its unit
    }
    return next == a.length || Clauses.isClauseEnd(a[next]) || a[next] == ')' || Chars.startsWithAny(s, next, AFTER);
  }

  /**
   * The years a deadline of a self-evaluation may name: forms are published from the 2010s on, and a
   * figure of 2000.5 (hours of service) is no month of 2000.
   */
  private static final int FIRST_YEAR = 2010;

  private static final int LAST_YEAR = 2060;
}
