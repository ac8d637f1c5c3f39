package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Parts of a year a text names, as the months they hold (bit 0 January … bit 11 December): 1-10月, 1至11月, 7、8月, 上半年,
 * 前三季度, 一至三季度, 第四季度, 截至10月底; 全年 and 1-12月 are the whole year. Read for {@link PartSums} (do parts told by
 * period make the year?) and {@link PartOfYear} (is a figure only of part of the year?).
 */
final class YearParts {
  private YearParts() {}

  /** Every month of the year. */
  static final int YEAR = 0xFFF;

  /** A part of the year named at a position: its months and where its name ends. */
  record Span(int months, int end) {}

  private static final String NUMERALS = "一二三四五六七八九十";

  /** At most this many numbers joined by dashes or 、 make one period (1、2、12月): a longer chain is no period, and not walked. */
  private static final int MOST_JOINED = 12;
  private static final String DASHES = "-—–~至到";

  /** The part of the year named at {@code at} of {@code s} (after an optional 第 or 前), or null when none is. */
  static @Nullable Span at(String s, int at) {
    if (s.startsWith("全年", at) || s.startsWith("全年度", at)) {
      return new Span(YEAR, at + 2);
    }
    if (s.startsWith("上半年", at)) {
      return new Span(0x03F, at + 3);
    }
    if (s.startsWith("下半年", at)) {
      return new Span(0xFC0, at + 3);
    }
    boolean before = s.startsWith("前", at);
    int k = s.startsWith("第", at) || before ? at + 1 : at;
    int[] first = number(s, k);
    if (first == null) {
      return null;
    }
    int from = first[0];
    int to = from;
    int months = 0;
    k = first[1];
    for (int joined = 0; joined < MOST_JOINED && k < s.length() && (DASHES.indexOf(s.charAt(k)) >= 0 || s.charAt(k) == '、'); joined++) {
      boolean list = s.charAt(k) == '、';
      int[] next = number(s, k + 1);
      if (next == null) {
        break;
      }
      if (list) {
        months |= range(from, to); // 7、8月; 1、2、12月
        from = next[0];
      }
      to = next[0];
      k = next[1];
    }
    if (s.startsWith("季度", k) || s.startsWith("季", k) && !s.startsWith("季节", k)) {
      if (to > 4 || from > to) {
        return null;
      }
      int quarters = months | range(before ? 1 : from, to); // months holds quarters here: 一、二季度
      int out = 0;
      for (int q = 0; q < 4; q++) {
        if ((quarters & (1 << q)) != 0) {
          out |= 0x7 << (3 * q);
        }
      }
      return new Span(out, k + (s.startsWith("季度", k) ? 2 : 1));
    }
    if (s.startsWith("月", k) && !(k + 1 < s.length() && digit(s.charAt(k + 1))) && from <= to && to <= 12) {
      if (at > 0 && s.charAt(at - 1) == '个') {
        return null; // 两个1月: no month named
      }
      int end = s.startsWith("月份", k) ? k + 2 : k + 1;
      return new Span(months | range(before ? 1 : from, to), end);
    }
    return null;
  }

  /** Months {@code from} to {@code to} (1-based) as bits. */
  private static int range(int from, int to) {
    int out = 0;
    for (int m = from; m <= to && m <= 12; m++) {
      out |= 1 << (m - 1);
    }
    return out;
  }

  /** A number of 1 to 12 at {@code k} (digits or 一 to 十二) and where it ends, or null. */
  private static int @Nullable [] number(String s, int k) {
    int n = s.length();
    if (k < n && digit(s.charAt(k))) {
      int e = k;
      while (e < n && digit(s.charAt(e)) && e - k < 3) {
        e++;
      }
      int v = Integer.parseInt(s.substring(k, e));
      return e - k <= 2 && v >= 1 && v <= 12 ? new int[] {v, e} : null;
    }
    if (k < n && NUMERALS.indexOf(s.charAt(k)) >= 0) {
      int v = NUMERALS.indexOf(s.charAt(k)) + 1;
      int e = k + 1;
      if (v == 10 && e < n && "一二".indexOf(s.charAt(e)) >= 0) {
        v += "一二".indexOf(s.charAt(e)) + 1;
        e++;
      }
      return new int[] {v, e};
    }
    return null;
  }

  /**
   * The months of the part of the year the clause of {@code q} names before it, or in brackets right after a word there
   * (冬季（1、2、12月）均值58): 截至10月底 is January to October; 0 when it names none, {@link #YEAR} when the whole year.
   */
  static int ofClause(String s, Quantity q) {
    int from = Math.max(Clauses.clauseStart(s, q.start()), q.start() - NEAR); // a period is named near its figure
    return within(s, from, q.start());
  }

  /** The farthest before a figure its period is looked for: 截至2023年10月底累计完成改造 is 16 characters. */
  private static final int NEAR = 30;

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The months of the first part of the year named between {@code from} and {@code to} of {@code s}; 0 when none is. */
  static int within(String s, int from, int to) {
    if (!namesAPeriod(s, from, to)) {
      return 0; // nearly every clause: no month, quarter or half named (全年 is the year, which 0 stands for too)
    }
    for (int i = from; i < to; i++) {
      if (s.startsWith("截至", i) || s.startsWith("截止", i)) {
        int k = i + 2;
        if (k + 5 <= to && s.charAt(k + 4) == '年' && s.substring(k, k + 4).chars().allMatch(c -> c >= '0' && c <= '9')) {
          k += 5; // 截至2023年10月底
        }
        int[] month = number(s, k);
        if (month != null && month[1] < s.length() && s.charAt(month[1]) == '月') {
          return range(1, month[0]);
        }
      }
      Span span = at(s, i);
      if (span != null && span.end() <= to + 1) {
        if (i > 0 && digit(s.charAt(i - 1))) {
          continue; // 2023年 is no month: the number runs on
        }
        return span.months();
      }
    }
    return 0;
  }

  /** Whether a character of a part of the year (月, 季, 半) stands between {@code from} and {@code to}. */
  private static boolean namesAPeriod(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '月' || c == '季' || c == '半') {
        return true;
      }
    }
    return false;
  }

  /** The months the labels name, one each, when all name some; empty when one names none. */
  static List<Integer> ofLabels(List<String> labels) {
    List<Integer> out = new ArrayList<>(labels.size());
    for (String label : labels) {
      String l = label.strip();
      Span span = at(l, 0);
      if (span == null) {
        return List.of();
      }
      out.add(span.months());
    }
    return out;
  }

  /**
   * Whether the labels' periods make the whole year, none twice, with the months of periods {@code s} says had none
   * (四季度：无, 11-12月暂停) added.
   */
  static boolean makeTheYear(List<String> labels, String s) {
    List<Integer> months = ofLabels(labels);
    if (months.isEmpty()) {
      return false;
    }
    int union = 0;
    for (int m : months) {
      if ((union & m) != 0) {
        return false;
      }
      union |= m;
    }
    return withNoneSaid(union, s) == YEAR;
  }

  /**
   * {@code months} with the months of the periods {@code s} says had none (四季度：无, 11-12月暂停, 第四季度因场地改造未开展; 7月起
   * 闭馆维修至年底: July to December).
   */
  static int withNoneSaid(int months, String s) {
    int union = months;
    for (int i = 0; i < s.length() && union != YEAR; i++) {
      Span span = at(s, i);
      if (span == null || (span.months() & union) != 0) {
        continue;
      }
      boolean onwards = s.startsWith("起", span.end()) || s.startsWith("以后", span.end());
      int from = Integer.numberOfTrailingZeros(span.months());
      int named = onwards ? YEAR & ~((1 << from) - 1) : span.months();
      if ((named & union) == 0 && saysNone(s, span.end())) {
        union |= named;
      }
    }
    return union;
  }

  /** Words right after a period that say it had none: 四季度：无, 11-12月暂停巡查, 第四季度未开展. */
  private static final List<String> NONE_SAID = List.of("无", "未开展", "暂停", "停止", "未发生", "闭馆", "停业", "停刊");

  /** Whether a word of {@link #NONE_SAID} follows the period ending at {@code at}, before its clause ends. */
  private static boolean saysNone(String s, int at) {
    int end = at;
    while (end < s.length() && end < at + 10 && ",;。".indexOf(s.charAt(end)) < 0) {
      end++; // not Clauses: 四季度：无 has its word after a colon
    }
    return Texts.containsAny(s.substring(at, end), NONE_SAID);
  }
}
