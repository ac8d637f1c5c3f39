package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A figure of each month said of the months named, not of all twelve (reviews 74a a008, 75b b002 and b032, 73b b040):
 * 1—10月每月巡查2次 is 20 次 in the year, 除2月外每月开展1次 11 次, 每月编印1期，7、8月暑期停刊 10 期. Read as every month's,
 * they were 24, 12 and 12, and met a target of 每月不少于2次, 全年≥12次 or 全年≥12期 that ten or eleven months do not.
 *
 * <p>The months are a range right before the 每月 (1-10月, 一至十月), months excepted before it in its clause (除2月外,
 * 除7、8月外), or, where the clause names none, the months another clause of the actual opens with and says were not done
 * (7、8月暑期停刊, 11—12月因人员调整未开展, 第四季度 is no month and is not read). Figures of each month said of ranges apart
 * add up to the year's ({@link #summed}).
 */
public final class MonthsNamed {
  private MonthsNamed() {}

  /** Words of a clause that say its months were not done. */
  private static final String NOT_DONE = "停未没无缺";

  /**
   * {@code q} of the normalised {@code actual}, when it is a figure of each month said of fewer than twelve months named,
   * restated as the year's: its value times the months, per 年; {@code q} itself otherwise, as for nearly every figure.
   */
  public static Quantity overTheYear(Quantity q, String actual) {
    int months = months(q, actual); // first: its look for 每月 turns nearly every figure away
    if (months < 0 || !perMonth(q, actual)) {
      return q;
    }
    BigDecimal n = BigDecimal.valueOf(months);
    return new Quantity(q.value().multiply(n), q.upper().map(u -> u.multiply(n)), q.unit(), q.approximate(), q.start(), q.end(), Optional.of("年"));
  }

  /**
   * {@code figures} of the normalised {@code actual} with two or more figures of each month said of months apart, each
   * range of its own, taken as one figure of the year (1-6月每月开展1次，7-12月每月开展2次: 18 次, not two figures of 6 and 12);
   * {@code figures} itself otherwise.
   */
  public static List<Quantity> summed(List<Quantity> figures, String actual) {
    if (figures.size() < 2 || actual.indexOf("每月") < 0) {
      return figures;
    }
    BitSet seen = new BitSet(13);
    BigDecimal total = BigDecimal.ZERO;
    List<Quantity> ranged = new ArrayList<>();
    for (Quantity q : figures) {
      int every = actual.lastIndexOf("每月", q.start());
      BitSet months = every < 0 ? null : rangeBefore(actual, Clauses.clauseStart(actual, q.start()), every);
      if (months == null || q.isRange() || !perMonth(q, actual)) {
        continue;
      }
      if (months.intersects(seen) || !ranged.isEmpty() && !ranged.get(0).unit().equals(q.unit())) {
        return figures; // the same months twice, or two units: not parts of one year
      }
      seen.or(months);
      ranged.add(q);
      total = total.add(q.value().multiply(BigDecimal.valueOf(months.cardinality())));
    }
    if (ranged.size() < 2) {
      return figures;
    }
    Quantity first = ranged.get(0);
    Quantity sum = new Quantity(total, Optional.empty(), first.unit(), ranged.stream().anyMatch(Quantity::approximate), first.start(),
        ranged.get(ranged.size() - 1).end(), Optional.of("年"));
    List<Quantity> out = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      if (q == first) {
        out.add(sum);
      } else if (!ranged.contains(q)) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * Whether {@code q} of the normalised {@code actual} stands after a 每月 said of months named ({@link #overTheYear} restates
   * it as the year's): the months named are no part of the year it is of.
   */
  public static boolean ofMonthsNamed(Quantity q, String actual) {
    return months(q, actual) >= 0;
  }

  /** How many months, 1 to 11, a 每月 before {@code q} in its clause is said of; -1 when none or all twelve. */
  private static int months(Quantity q, String actual) {
    int every = actual.lastIndexOf("每月", q.start());
    if (every < 0) {
      return -1; // nearly every figure: no 每月 before it
    }
    int clause = Clauses.clauseStart(actual, q.start());
    if (every < clause) {
      return -1;
    }
    int months = monthsBefore(actual, clause, every);
    if (months < 0) {
      months = 12 - monthsNotDone(actual, clause);
    }
    return months <= 0 || months >= 12 ? -1 : months;
  }

  /** Whether {@code q} of {@code actual} counts per month, as written after it or as the 每月 before it says. */
  private static boolean perMonth(Quantity q, String actual) {
    return "月".equals(q.per().orElseGet(() -> Periods.before(actual, q.start())));
  }

  /** The months of a range right before the 每月 at {@code every} in the clause from {@code clause} (1—10月每月), or null. */
  private static @Nullable BitSet rangeBefore(String s, int clause, int every) {
    BitSet range = every > clause && s.charAt(every - 1) == '月' ? monthsEndingAt(s, clause, every - 1) : null;
    return range != null && range.cardinality() >= 2 ? range : null;
  }

  /** The months a range right before {@code every} (1-10月每月) or an exception in its clause (除2月外) leaves; -1 when none. */
  private static int monthsBefore(String s, int clause, int every) {
    BitSet range = rangeBefore(s, clause, every);
    if (range != null) {
      return range.cardinality(); // 1—10月每月
    }
    int except = s.lastIndexOf('除', every);
    if (except >= clause) {
      int end = s.indexOf('外', except);
      if (end > except && end <= every && s.charAt(end - 1) == '月') {
        BitSet out = monthsEndingAt(s, except + 1, end - 1);
        return out == null ? -1 : 12 - out.cardinality(); // 除2月外每月
      }
    }
    return -1;
  }

  /** How many months clauses of {@code s} other than the one from {@code from} open with and say were not done (7、8月暑期停刊). */
  private static int monthsNotDone(String s, int from) {
    BitSet out = new BitSet(13);
    for (int start = 0; start < s.length(); ) {
      int end = Clauses.clauseEnd(s, start);
      if (start != from) {
        int month = s.indexOf('月', start);
        if (month > start && month < end && month - start <= 8 && saysNotDone(s, month, end)) {
          BitSet named = monthsEndingAt(s, start, month);
          if (named != null) {
            out.or(named);
          }
        }
      }
      start = Math.max(end, start) + 1;
    }
    return out.cardinality();
  }

  private static boolean saysNotDone(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (NOT_DONE.indexOf(s.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The months written from {@code from} up to the 月 at {@code month}, all of that text (11—12, 7、8, 十至十二, 2): one
   * or more months, or a range of them; null when it holds anything else or a month out of 1 to 12.
   */
  static @Nullable BitSet monthsEndingAt(String s, int from, int month) {
    BitSet out = new BitSet(13);
    int k = from;
    int rangeFrom = -1;
    while (k < month) {
      int end = numeralEnd(s, k, month);
      if (end == k) {
        return null;
      }
      int m = value(s.substring(k, end));
      if (m < 1 || m > 12) {
        return null;
      }
      if (rangeFrom > 0) {
        if (m <= rangeFrom) {
          return null;
        }
        out.set(rangeFrom, m + 1);
        rangeFrom = -1;
      } else {
        out.set(m);
      }
      k = end;
      if (k + 1 < month && s.charAt(k) == '月') {
        k++; // 1月、2月: each month written out
      }
      if (k < month) {
        char c = s.charAt(k);
        if (Chars.isRangeDash(c)) {
          rangeFrom = m;
        } else if (c != '、' && c != ',' && c != '和' && c != '及') {
          return null;
        }
        k++;
      }
    }
    return rangeFrom > 0 || out.isEmpty() ? null : out;
  }

  private static int numeralEnd(String s, int from, int to) {
    int k = from;
    while (k < to && (Chars.isAsciiDigit(s.charAt(k)) || ChineseNumerals.isStart(s.charAt(k)) && s.charAt(k) != '两')) {
      k++;
    }
    return k;
  }

  private static int value(String numeral) {
    if (Chars.isAsciiDigit(numeral.charAt(0))) {
      return numeral.length() <= 2 ? Integer.parseInt(numeral) : -1;
    }
    return ChineseNumerals.parse(numeral).map(BigDecimal::intValue).orElse(-1);
  }
}
