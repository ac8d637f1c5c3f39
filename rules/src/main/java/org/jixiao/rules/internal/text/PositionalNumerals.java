package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

/**
 * Chinese digits written place by place, as formal documents write years and some counts:
 * 二〇二三年 (2023年), 二零二四年 (2024年), 一九九九年, ≥二〇〇人 (200人). Read as counts (二十三,
 * 一百零五), such a run is no number at all, or the wrong one: a deadline of 二〇二三年十二月 lost
 * its year, and a completion in 二〇二四年三月 passed as on time.
 *
 * <p>A run of the digits 〇零一二三四五六七八九 is written place by place when it holds 〇 and is
 * two digits long or more (二〇二三, 二〇年代), holds 零 and is three or more (二零二四, 一零零), or is a
 * year of the last century before 年 (一九九九年). Not a run next to 十百千万亿两 on its left or 十百千两
 * on its right, which belongs to a count (一百零五, 三千零二十); not digits without a zero, which are
 * words and lists more often than figures (七七八八, 一二三等奖, 每周一三五, 三四天, 五零后 and 零零星星
 * have two digits or none of 〇), so 一九八万元 stays unread.
 */
public final class PositionalNumerals {
  private PositionalNumerals() {}

  /** The digits, asked at every character of every cell normalised. */
  private static final CharSet DIGITS = CharSet.of(c -> digit((char) c) >= 0);

  /**
   * Rewrites in place, one ASCII digit for each Chinese one, the runs of {@code chars} written
   * place by place; whether any was. The length never changes.
   */
  public static boolean toDigits(char[] chars) {
    boolean changed = false;
    int n = chars.length;
    int i = 0;
    while (i < n) {
      if (!DIGITS.contains(chars[i])) {
        i++;
        continue;
      }
      int j = i;
      boolean circle = false;
      boolean zero = false;
      while (j < n && DIGITS.contains(chars[j])) {
        circle |= chars[j] == '〇';
        zero |= chars[j] == '零';
        j++;
      }
      int length = j - i;
      char before = i > 0 ? chars[i - 1] : ' ';
      char after = j < n ? chars[j] : ' ';
      boolean placed =
          (circle && length >= 2)
              || (zero && length >= 3)
              || (length == 4 && after == '年' && chars[i] == '一' && chars[i + 1] == '九');
      boolean ofACount = "十百千万亿两".indexOf(before) >= 0 || "十百千两".indexOf(after) >= 0 || isAsciiDigit(before) || isAsciiDigit(after);
      if (placed && !ofACount) {
        for (int k = i; k < j; k++) {
          chars[k] = (char) ('0' + digit(chars[k]));
        }
        changed = true;
      }
      i = j;
    }
    return changed;
  }


  /** The value of a digit, or -1: 两 is never written for a place. */
  private static int digit(char c) {
    return c == '两' ? -1 : ChineseNumerals.digit(c);
  }
}
