package org.jixiao.rules.text;

import java.time.YearMonth;
import java.util.OptionalInt;

/**
 * The end of a date or period as indicator text states it, comparable with another: {@code 9月底前}
 * is month 9, {@code 2023年11月} is 2023-11, {@code 2023-10-15} is 2023-10-15, {@code 年底前} is
 * month 12, {@code 2021.1.1-12.31} is 12-31 of 2021 (a range ends at its end). A period stands
 * for its last day: 2023年9月 ends on 30 September 2023.
 *
 * <p>About a quarter of real deadlines leave out the year. Two periods of which one has no year
 * are compared as if in the same year; this is how a reviewer reads "实际 8月 / 目标 9月底前".
 *
 * @param year the year, when stated
 * @param month the month, 1 to 12
 * @param day the day it ends on, when stated: a day, or the last of a part of the month (上旬 10, 中旬 20, 月初
 *     10); otherwise the period is the whole month (下旬 ends with it)
 */
public record DatePeriod(OptionalInt year, int month, OptionalInt day) {

  /** Checks the month and day. */
  public DatePeriod {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not 1..12");
    }
    if (day.isPresent() && (day.getAsInt() < 1 || day.getAsInt() > 31)) {
      throw new IllegalArgumentException("day " + day.getAsInt() + " is not 1..31");
    }
  }

  /** A month without a year. */
  public static DatePeriod month(int month) {
    return new DatePeriod(OptionalInt.empty(), month, OptionalInt.empty());
  }

  /**
   * Compares the ends of two periods: negative when this one ends first, 0 when they end on
   * the same day, positive when this one ends later. The years count only when both are stated.
   */
  public int compareEnd(DatePeriod other) {
    if (year.isPresent() && other.year.isPresent() && year.getAsInt() != other.year.getAsInt()) {
      return Integer.compare(year.getAsInt(), other.year.getAsInt());
    }
    if (month != other.month) {
      return Integer.compare(month, other.month);
    }
    return Integer.compare(lastDay(), other.lastDay());
  }

  /** Whether this period ends no later than {@code deadline} ends: the deadline is met. */
  public boolean endsBy(DatePeriod deadline) {
    return compareEnd(deadline) <= 0;
  }

  private int lastDay() {
    if (day.isPresent()) {
      return day.getAsInt();
    }
    return YearMonth.of(year.orElse(2001), month).lengthOfMonth();
  }

  /** {@code 2023-10-15}, {@code 2023-12}, {@code 11}, {@code 12-31}: what the text stated. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    year.ifPresent(y -> out.append(y).append('-'));
    out.append(month < 10 ? "0" : "").append(month);
    day.ifPresent(d -> out.append('-').append(d < 10 ? "0" : "").append(d));
    return out.toString();
  }
}
