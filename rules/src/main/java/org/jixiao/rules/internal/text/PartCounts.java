package org.jixiao.rules.internal.text;

import java.util.Optional;
import org.jixiao.rules.text.Unit;

/** Counts of part of a target in a text (3、4期, 1-2期, 两期), which {@link CompletionReader} reads as a shortfall of that part only. */
final class PartCounts {
  private PartCounts() {}

  /**
   * Where a count of part of the target ends ({@code 3、4期}, {@code 1-2期}, {@code 两期}), or
   * {@code at} when none starts there; a year or date ({@code 2023年}) is no part.
   */
  static int end(char[] chars, int at) {
    char c = chars[at];
    boolean digit = c >= '0' && c <= '9';
    if (!digit && !(ChineseNumerals.isStart(c) && c != '十' && c != '零' && c != '〇')) {
      return at;
    }
    if (at > 0 && ((chars[at - 1] >= '0' && chars[at - 1] <= '9') || ChineseNumerals.isPart(chars[at - 1]))) {
      return at;
    }
    int k = at;
    while (k < chars.length && k - at < 12) {
      char d = chars[k];
      if ((d >= '0' && d <= '9') || ChineseNumerals.isPart(d) || d == '、' || d == '-' || d == '—' || d == '~' || d == '至') {
        k++;
      } else {
        break;
      }
    }
    if (k < chars.length) {
      Optional<Unit> unit = Unit.of(String.valueOf(chars[k]));
      if (unit.isPresent() && unit.get().isCount()) {
        return k + 1;
      }
    }
    return at;
  }

  /**
   * Whether a count of part of the target in {@code [from, to)} shares its unit with a count in {@code
   * [0, before)} (开展培训10期，未按计划在2个乡镇开展1期: 期).
   */
  static boolean sharesAUnit(char[] chars, int from, int to, int before) {
    for (int k = Math.max(0, from); k < Math.min(to, chars.length); k++) {
      int end = end(chars, k);
      if (end > k && anyIn(chars, 0, before, chars[end - 1])) {
        return true;
      }
    }
    return false;
  }


  /** Whether a count of part of the target in {@code unit} starts anywhere in {@code [from, to)}. */
  static boolean anyIn(char[] chars, int from, int to, char unit) {
    for (int k = Math.max(0, from); k < Math.min(to, chars.length); k++) {
      int end = end(chars, k);
      if (end > k && chars[end - 1] == unit) {
        return true;
      }
    }
    return false;
  }
}
