package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.ClockTimes;
import org.jspecify.annotations.Nullable;

/**
 * The moments a text states a piece of handling at, in order: times of day (9时, 10时30分, 21:00), each with the date or
 * the weekday written right before it (3月5日9时, 周五16时), and dates or weekdays alone (9月10日受理, 周一受理). What
 * {@link ClockSpans} pairs into the time a piece of handling took.
 */
final class SpanPoints {
  private SpanPoints() {}

  /** No day written at the point: the day is the words' between two points (次日) or the same. */
  static final int NO_DAY = 0;

  /** A date of the calendar (3月5日); {@link Point#day} counts days from the year's first. */
  static final int DATE = 1;

  /** A day of the month with no month (5日, 6号); {@link Point#day} is that day. */
  static final int DAY_OF_MONTH = 2;

  /** A weekday (周五, 星期一, 下周一); {@link Point#day} is 1 to 7, and 8 to 14 in the next week. */
  static final int WEEKDAY = 3;

  /**
   * A moment: where it is written, its time of day in minutes after midnight (-1 when none is written), its day and
   * what kind of day that is ({@link #NO_DAY}, {@link #DATE}, {@link #DAY_OF_MONTH}, {@link #WEEKDAY}), and where
   * its day is written ({@code dayEnd} = {@code start} when none).
   */
  record Point(int start, int end, int clock, int day, int kind, int dayEnd) {}

  /** The most moments read: more are a timetable, not a piece of handling. */
  private static final int MOST = 4;

  /** The moments of {@code s} (normalised), in order; empty when there are more than a few. */
  static List<Point> of(String s) {
    List<int[]> times = ClockTimes.marked(s);
    List<Point> out = new ArrayList<>(4);
    int month = -1;
    int from = 0;
    for (int k = 0; k <= times.size(); k++) {
      int until = k < times.size() ? times.get(k)[1] : s.length();
      for (int i = from; i < until; i++) { // the days alone before this time
        Point day = dayAt(s, i, month);
        if (day == null) {
          continue;
        }
        month = day.kind() == DATE ? monthOfDay(day.day()) : month;
        int next = skipPartOfDay(s, day.dayEnd());
        if (k < times.size() && next == until) { // 3月5日9时, 周五下午4点: the day of the time
          int[] t = times.get(k);
          out.add(new Point(day.start(), t[2], t[0], day.day(), day.kind(), day.dayEnd()));
          from = t[2];
          i = until;
          break;
        }
        out.add(day);
        i = day.dayEnd() - 1;
        from = day.dayEnd();
      }
      if (k < times.size() && (out.isEmpty() || out.get(out.size() - 1).end() != times.get(k)[2])) {
        int[] t = times.get(k);
        out.add(new Point(t[1], t[2], t[0], 0, NO_DAY, t[1]));
        from = t[2];
      }
      if (out.size() > MOST) {
        return List.of();
      }
    }
    return out;
  }

  /** Where a part of the day written at {@code at} ends (上午, 下午 …, or 的: 3月5日的9时), else {@code at}. */
  static int skipPartOfDay(String s, int at) {
    return at < s.length() && s.charAt(at) == '的' ? at + 1 : ClockTimes.afterPartOfDay(s, at);
  }

  /**
   * The day written from {@code i}: M月D日 (or 号), D日 alone (the month {@code month} before it, when one was), 周X or
   * 星期X (下周X in the next week); null when none starts there.
   */
  private static @Nullable Point dayAt(String s, int i, int month) {
    char c = s.charAt(i);
    if (c == '周' || c == '星' || c == '礼') {
      int at = c == '周' ? i + 1 : s.startsWith("星期", i) || s.startsWith("礼拜", i) ? i + 2 : -1;
      int d = at > 0 && at < s.length() ? "一二三四五六日".indexOf(s.charAt(at) == '天' ? '日' : s.charAt(at)) : -1;
      if (d < 0) {
        return null;
      }
      boolean next = i > 0 && (s.charAt(i - 1) == '下' || s.charAt(i - 1) == '次');
      return new Point(next ? i - 1 : i, at + 1, -1, d + 1 + (next ? 7 : 0), WEEKDAY, at + 1);
    }
    if (!isDigit(c) || i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) {
      return null;
    }
    int j = digitsEnd(s, i);
    if (j >= s.length() || j - i > 2) {
      return null;
    }
    int first = Integer.parseInt(s.substring(i, j));
    if (s.charAt(j) == '月') {
      int k = digitsEnd(s, j + 1);
      if (k == j + 1 || k - j - 1 > 2 || k >= s.length() || (s.charAt(k) != '日' && s.charAt(k) != '号')) {
        return null;
      }
      int day = Integer.parseInt(s.substring(j + 1, k));
      return first < 1 || first > 12 || day < 1 || day > 31 ? null : new Point(i, k + 1, -1, dayOfYear(first, day), DATE, k + 1);
    }
    if (s.charAt(j) != '日' || first < 1 || first > 31 || j + 1 < s.length() && "内以之后前起左".indexOf(s.charAt(j + 1)) >= 0) {
      return null; // 5日内, 10日前: a length or a deadline, not a moment; 3号 alone is as often a line or a building
    }
    return month > 0
        ? new Point(i, j + 1, -1, dayOfYear(month, first), DATE, j + 1)
        : new Point(i, j + 1, -1, first, DAY_OF_MONTH, j + 1);
  }

  /** The first day of each month counted from 0 in a year that is not leap: a date's year is seldom written. */
  private static final int[] MONTH_STARTS = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

  private static int dayOfYear(int month, int day) {
    return MONTH_STARTS[month - 1] + day - 1;
  }

  private static int monthOfDay(int dayOfYear) {
    int m = 0;
    while (m + 1 < MONTH_STARTS.length && MONTH_STARTS[m + 1] <= dayOfYear) {
      m++;
    }
    return m + 1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int i) {
    int j = i;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }
}
