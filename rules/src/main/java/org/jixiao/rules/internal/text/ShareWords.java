package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Shares written in words, as prose reports write them: 百分之九十五 (95%), 百分之百 (100%), 百分之
 * 九十五点五 (95.5%), 百分之95 (95%), 千分之三 (3‰), 三分之二 (66.67%). Read as they stand they held
 * no figure, and 完成三分之二 read as 完成, met in full.
 *
 * <p>The share is the word 分之 with a denominator right before it (百, 千, or a Chinese or ASCII
 * whole number from 2 to 99 standing on its own: not 三百分之一 or 十分之 as "very") and a number
 * right after it (a Chinese numeral, with 点 and digits for a decimal, or ASCII digits). A share of
 * 百 is a percent and of 千 a permille as written; any other is a percent of two decimals, rounded
 * half up.
 */
public final class ShareWords {
  private ShareWords() {}

  /** {@code chars} with its shares in words written as figures; itself when it holds none. */
  public static char[] toFigures(char[] chars) {
    int n = chars.length;
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i + 2 < n; i++) {
      if (chars[i] != '分' || chars[i + 1] != '之') {
        continue;
      }
      int start = denominatorStart(chars, i);
      if (start < copied) {
        continue; // none, or the number of the share before it (百分之百分之二)
      }
      int end = numberEnd(chars, i + 2);
      Optional<String> figure = figure(chars, start, i, i + 2, end);
      if (figure.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(chars, copied, start - copied).append(figure.get());
      copied = end;
      i = end - 1;
    }
    if (out == null) {
      return chars;
    }
    out.append(chars, copied, n - copied);
    char[] result = new char[out.length()];
    out.getChars(0, out.length(), result, 0);
    return result;
  }

  /** Where the denominator ending before {@code at} (the 分) starts, or -1 when there is none. */
  private static int denominatorStart(char[] chars, int at) {
    int k = at;
    while (k > 0 && at - k < 3 && (isAsciiDigit(chars[k - 1]) || ChineseNumerals.isPart(chars[k - 1]))) {
      k--;
    }
    if (k == at || (k > 0 && (isAsciiDigit(chars[k - 1]) || ChineseNumerals.isPart(chars[k - 1])))) {
      return -1; // no denominator, or a longer number than a share's (三百分之一)
    }
    return k;
  }

  /** Where the number starting at {@code from} ends: numeral characters, then 点 or . and digits. */
  private static int numberEnd(char[] chars, int from) {
    int k = from;
    while (k < chars.length && (isAsciiDigit(chars[k]) || ChineseNumerals.isPart(chars[k]))) {
      k++;
    }
    if (k > from && k + 1 < chars.length && (chars[k] == '点' || chars[k] == '.')) {
      int d = k + 1;
      while (d < chars.length && (isAsciiDigit(chars[d]) || ChineseNumerals.isDigit(chars[d]))) {
        d++;
      }
      if (d > k + 1) {
        return d;
      }
    }
    return k;
  }

  private static Optional<String> figure(char[] chars, int start, int at, int from, int end) {
    String denominator = new String(chars, start, at - start);
    Optional<BigDecimal> whole = number(chars, from, end);
    if (whole.isEmpty()) {
      return Optional.empty();
    }
    if (denominator.equals("百")) {
      return Optional.of(whole.get().toPlainString() + "%");
    }
    if (denominator.equals("千")) {
      return Optional.of(whole.get().toPlainString() + "‰");
    }
    Optional<BigDecimal> parts = integer(denominator);
    if (parts.isEmpty() || parts.get().compareTo(BigDecimal.valueOf(2)) < 0 || parts.get().compareTo(BigDecimal.valueOf(99)) > 0) {
      return Optional.empty();
    }
    BigDecimal percent = whole.get().multiply(BigDecimal.valueOf(100)).divide(parts.get(), 2, RoundingMode.HALF_UP);
    return Optional.of(percent.stripTrailingZeros().toPlainString() + "%");
  }

  /** The number of {@code chars[from, end)}: a whole number, or one with 点 or . and digits. */
  private static Optional<BigDecimal> number(char[] chars, int from, int end) {
    if (from == end) {
      return Optional.empty();
    }
    int point = from;
    while (point < end && chars[point] != '点' && chars[point] != '.') {
      point++;
    }
    Optional<BigDecimal> whole = integer(new String(chars, from, point - from));
    if (whole.isEmpty() || point == end) {
      return whole;
    }
    StringBuilder decimals = new StringBuilder();
    for (int k = point + 1; k < end; k++) {
      char c = chars[k];
      decimals.append(isAsciiDigit(c) ? c : (char) ('0' + ChineseNumerals.parse(String.valueOf(c)).orElse(BigDecimal.ZERO).intValue()));
    }
    return Optional.of(new BigDecimal(whole.get().toPlainString() + "." + decimals));
  }

  /** A whole number in ASCII digits or a Chinese numeral (百 alone is a hundred: 百分之百). */
  private static Optional<BigDecimal> integer(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    boolean ascii = true;
    for (int k = 0; k < text.length(); k++) {
      ascii &= isAsciiDigit(text.charAt(k));
    }
    if (ascii) {
      return text.length() <= 9 ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }
    return text.equals("百") ? Optional.of(BigDecimal.valueOf(100)) : ChineseNumerals.parse(text);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
