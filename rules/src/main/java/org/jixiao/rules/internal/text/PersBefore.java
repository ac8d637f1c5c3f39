package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * What a 每 before a figure in its clause makes it per (每月2次, 每亩300元, 每人每月300元, 每个社区2名), as a target's figure
 * is read and an actual's may be. Split from {@link TargetParser}.
 */
public final class PersBefore {
  private PersBefore() {}

  /**
   * {@code q} with what a 每 before it in its clause makes it per (每月2次, 每亩300元, 每人每月300元,
   * 每月300元/人 as 元/人*月), as a target's figure is read and an actual's may be; {@code q} itself
   * when there is none.
   */
  public static Quantity withPerBefore(String s, Quantity q) {
    String per = perBefore(s, q.start());
    if (per == null) {
      return q;
    }
    boolean events = Periods.countsEvents(q);
    if (events) {
      per = Periods.periodOf(per); // 每人每月1次: a frequency, whom it is per set aside (as 1次/3个月/人)
    }
    // 每月300元/人, 每人300元/月: whom before and the period after, or the other way, one rate
    String rate = q.per().isPresent() && !events ? Periods.whomAndPeriod(per, q.per().get()) : null;
    if (rate != null) {
      return q.per(rate);
    }
    if (q.per().isEmpty() || (events && Periods.span(per) != null && Periods.span(q.per().get()) == null)) {
      return q.per(per); // 每月2次, 每亩300; 每季度1次/人: whom it is per set aside, as after a span
    }
    return q;
  }

  /**
   * An actual's figures, each {@linkplain #withPerBefore with what a 每 before it makes it per}, as a
   * target's figure is read: else 每人每月300元 was a bare 300 元, compared with 每人每年不低于3600元
   * as if it were the year's.
   */
  public static List<Quantity> withPersBefore(List<Quantity> figures, String actual) {
    if (actual.indexOf('每') < 0 && !actual.contains("月均")) {
      return figures; // nearly every actual: nothing to look for
    }
    List<Quantity> out = figures;
    for (int k = 0; k < figures.size(); k++) {
      Quantity q = figures.get(k);
      Quantity per = withPerBefore(actual, q);
      if (per != q) {
        if (out == figures) {
          out = new ArrayList<>(figures);
        }
        out.set(k, per);
      }
    }
    return out;
  }

  /** {@code 每月}, {@code 每季度}, {@code 每人}, {@code 月均} before a figure, in its clause: what it is per. */
  private static @Nullable String perBefore(String s, int start) {
    int from = Math.max(0, start - 10);
    for (int k = start - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (",;。:".indexOf(c) >= 0 || Chars.isAsciiDigit(c)) {
        return null;
      }
      if (c == '均' && k > from && s.charAt(k - 1) == '月') {
        return "月"; // 全年月均服务1,050人次: a month's, restated over the target's period as 每月 is
      }
      if (c == '每' && k + 1 < start) {
        Periods.Named period = Periods.periodAt(s, k + 1);
        if (period != null) {
          String who = eachWhoEndingAt(s, k);
          return who != null ? who + "*" + period.name() : period.name(); // 每季度, 每个月, 每星期; 每人每月
        }
        if (Periods.namesNoPeriod(s, k + 1) || Periods.namesNoPeriod(s, k + 2)) {
          return null; // 每周期, 每个周期: per cycle, no period
        }
        String who = eachWhoAt(s, k, start);
        if (who == null) {
          return null;
        }
        for (int m = k - 2; m >= Math.max(0, k - 4); m--) {
          if (s.charAt(m) == '每') {
            Periods.Named before = Periods.periodAt(s, m + 1);
            return before != null && before.end() == k ? who + "*" + before.name() : who; // 每月每人, 每季度每户
          }
        }
        return who; // 每亩, 每人, 每户
      }
    }
    return null;
  }

  /** The unit named after 每 at {@code k} (每亩, 每人, 每户), before {@code start}; null when none. */
  private static @Nullable String eachWhoAt(String s, int k, int start) {
    if (k + 2 < start && s.charAt(k + 1) == '个') {
      String noun = unitAt(s, k + 2, start);
      if (noun != null) {
        return noun; // 每个村, 每个农户: whom is the noun after the measure word (每名 is per person, as 名 is 人)
      }
    }
    return unitAt(s, k + 1, start); // 每个社区: 个, as before
  }

  /** The longest unit (up to three characters) at {@code from}, before {@code start}; null when none. */
  private static @Nullable String unitAt(String s, int from, int start) {
    for (int len = Math.min(3, start - from); len >= 1; len--) {
      String word = s.substring(from, from + len);
      if (Unit.of(word).isPresent()) {
        return word;
      }
    }
    return null;
  }

  /** The unit of a 每X that ends right at {@code end} (每人 of 每人每月), not a period; null when none. */
  private static @Nullable String eachWhoEndingAt(String s, int end) {
    for (int len = 1; len <= 2 && end - len - 1 >= 0; len++) {
      if (s.charAt(end - len - 1) == '每') {
        String word = s.substring(end - len, end);
        return Unit.of(word).isPresent() && Periods.periodAt(s, end - len) == null ? word : null;
      }
    }
    return null;
  }
}
