package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Measures named after the work done (完成值, 完成数, 完成量, 完成数量, 完成度, 完成额; 实际完成值为0): nouns
 * that a figure follows, not a claim that the work was done. Read as 完成, 实际完成值为0 said the
 * target was met in full. A name is one only when its value follows it, after 为, 是, 达, 仅, 只, a
 * colon or nothing, or when its clause ends there (实际完成值。): 完成量化考核, 完成数据采集 and
 * 完成度假村建设 are work done. The vocabulary's decoys name the other measures (完成率, 完成进度,
 * 完成情况, 完成时间).
 */
public final class CompletionNouns {
  private CompletionNouns() {}

  /** What a measure's name adds to 完成, longest first. */
  private static final List<String> MEASURES = List.of("数量", "值", "数", "量", "度", "额");

  /** The measures a share of nothing done may be stated by: {@link #MEASURES} and the vocabulary's. */
  private static final List<String> STATED_BY = List.of("数量", "进度", "值", "数", "量", "度", "额", "率");

  /** Words between a measure's name and its value (完成值为0, 完成数量仅为0). */
  private static final List<String> COPULAS = List.of("仅为", "只有", "仅有", "为", "是", "达", "仅", "只", ":");

  /**
   * The end of the measure's name that the completion word ending at {@code at} heads (实际完成值为0:
   * after 值), or -1 when the word heads none.
   */
  public static int nameEnd(String s, int at) {
    for (String measure : MEASURES) {
      if (s.startsWith(measure, at)) {
        int end = at + measure.length();
        return valueFollows(s, end) ? end : -1;
      }
    }
    return -1;
  }

  /** Whether a measure's value, a copula or the clause's end follows its name ending at {@code end}. */
  private static boolean valueFollows(String s, int end) {
    if (end >= s.length()) {
      return true;
    }
    char c = s.charAt(end);
    return Clauses.isClauseEnd(c) || isAsciiDigit(c) || ChineseNumerals.isStart(c) || c == ' ' || Chars.startsWithAny(s, end, COPULAS);
  }

  /**
   * The words that state nothing was done (完成值为0, 完成数量为零, 完成进度为0, 完成率为0), or null when
   * {@code s} (normalised) states none: 完成 and a measure's name, a copula, then a zero that no digit
   * or decimal continues. 完成率为0.5% and 完成值为05 are no zero, nor 未完成数量为0 (nothing left undone).
   */
  public static @Nullable String nothingDone(String s) {
    for (int at = s.indexOf("完成"); at >= 0; at = s.indexOf("完成", at + 2)) {
      if (at > 0 && "未没不".indexOf(s.charAt(at - 1)) >= 0) {
        continue; // 未完成数量为0: nothing left undone
      }
      int end = at + 2;
      String measure = null;
      for (String m : STATED_BY) {
        if (s.startsWith(m, end)) {
          measure = m;
          break;
        }
      }
      if (measure == null) {
        continue;
      }
      int k = end + measure.length();
      for (String copula : COPULAS) {
        if (s.startsWith(copula, k)) {
          k += copula.length();
          break;
        }
      }
      int zero = zeroEnd(s, k);
      if (zero > 0) {
        return s.substring(at, zero);
      }
    }
    return null;
  }

  /** The end of a zero at {@code k} (0, 0%, 零, 0.0) that no other digit continues, else -1. */
  private static int zeroEnd(String s, int k) {
    if (k >= s.length()) {
      return -1;
    }
    if (s.charAt(k) == '零') {
      return k + 1 < s.length() && (ChineseNumerals.isStart(s.charAt(k + 1)) || s.charAt(k + 1) == '点') ? -1 : k + 1; // 零点五 is no zero
    }
    if (s.charAt(k) != '0') {
      return -1;
    }
    int e = k + 1;
    if (e + 1 < s.length() && s.charAt(e) == '.' && isAsciiDigit(s.charAt(e + 1))) {
      e++;
      while (e < s.length() && s.charAt(e) == '0') {
        e++;
      }
      if (e < s.length() && isAsciiDigit(s.charAt(e))) {
        return -1; // 0.5
      }
    } else if (e < s.length() && isAsciiDigit(s.charAt(e))) {
      return -1; // 05
    }
    return e < s.length() && s.charAt(e) == '%' ? e + 1 : e;
  }
}
