package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Deadline;

/** Finds the deadline phrase of a target: 年度内, 12月前, 2019年底前, 按时, 计划时间内 … */
final class Deadlines {
  private Deadlines() {}

  /** Deadline words, longest first where one contains another. */
  private static final List<String> WORDS =
      List.of(
          "计划时间内", "规定时间内", "规定时限内", "规定时限", "年度内", "年底前", "月底前", "月份之前", "月份前",
          "月之前", "日之前", "时限内", "年底", "年末", "年内", "月底", "月前", "日前", "之前", "按时", "按期",
          "如期", "及时", "当月", "当年", "上半年", "下半年");

  static Optional<Deadline> find(String s, List<Found> found) {
    for (Found f : found) {
      String text = s.substring(f.quantity().start(), f.quantity().end());
      if (f.date() && text.indexOf('.') >= 0) {
        return Optional.of(new Deadline(text)); // 2021.1.1-12.31
      }
    }
    int bestAt = -1;
    String best = "";
    for (String word : WORDS) {
      int at = s.indexOf(word);
      while (at >= 0 && !isDeadline(s, at, word)) {
        at = s.indexOf(word, at + 1);
      }
      if (at >= 0 && (bestAt < 0 || at < bestAt || (at == bestAt && word.length() > best.length()))) {
        bestAt = at;
        best = word;
      }
    }
    if (bestAt < 0) {
      return Optional.empty();
    }
    int from = bestAt;
    while (from > 0 && isDatePart(s.charAt(from - 1))) {
      from--;
    }
    return Optional.of(new Deadline(s.substring(from, bestAt + best.length())));
  }

  /** 及时率 names a rate; 1年内 is a window of one year, not a deadline (2019年内 is one). */
  private static boolean isDeadline(String s, int at, String word) {
    if (word.equals("及时")) {
      return !Chars.startsWith(s, at + 2, "率");
    }
    if (word.equals("年内")) {
      int digits = 0;
      while (at - digits > 0 && isNumeralChar(s.charAt(at - digits - 1))) {
        digits++;
      }
      return digits == 0 || digits == 4;
    }
    return true;
  }

  private static boolean isNumeralChar(char c) {
    return Chars.isAsciiDigit(c) || ChineseNumerals.isPart(c);
  }

  private static boolean isDatePart(char c) {
    return Chars.isAsciiDigit(c)
        || "年月日号份度.-".indexOf(c) >= 0
        || (ChineseNumerals.isPart(c) && c != '万' && c != '亿');
  }
}
