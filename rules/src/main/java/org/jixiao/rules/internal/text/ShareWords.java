package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Shares written in words, as prose reports write them: 百分之九十五 (95%), 百分之百 (100%), 百分之
 * 九十五点五 (95.5%), 百分之95 (95%), 千分之三 (3‰), 十万分之八 (8/10万), 三分之二 (66.67%). Read as they stand they held
 * no figure, and 完成三分之二 read as 完成, met in full.
 *
 * <p>The share is the word 分之 with a denominator right before it (百, 千, or a Chinese or ASCII
 * whole number from 2 to 99 standing on its own: not 三百分之一 or 十分之 as "very") and a number
 * right after it (a Chinese numeral, with 点 and digits for a decimal, or ASCII digits). A share of
 * 百 is a percent and of 千 a permille as written, of 万, 十万 or 百万 a rate per that base (8/10万);
 * any other is a percent of two decimals, rounded half up.
 */
public final class ShareWords {
  private ShareWords() {}

  /** Denominators of rates per a base ({@code 万分之}, {@code 十万分之}), as the units they are written with after a figure. */
  private static final Map<String, String> PER_BASE = Map.of("万", "/万", "一万", "/万", "十万", "/10万", "百万", "/100万");

  /** {@code chars} with its shares in words written as figures; itself when it holds none. */
  public static char[] toFigures(char[] chars) {
    if (!holdsAShareWord(chars)) {
      return chars;
    }
    int n = chars.length;
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i + 2 < n; i++) {
      if (chars[i] != '分' || chars[i + 1] != '之') {
        continue;
      }
      int start = denominatorStart(chars, i, copied);
      if (start < 0) {
        continue;
      }
      int end = numberEnd(chars, i + 2);
      Optional<String> figure = figure(chars, start, i, i + 2, end);
      if (figure.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(chars, copied, start - copied);
      if (start > 0 && chars[start - 1] == '.') {
        out.append(' '); // 1.百分之九十五 is item 1, 95 %: not 1.95%
      }
      out.append(figure.get());
      copied = end;
      i = end - 1;
    }
    return Chars.rewritten(chars, out, copied);
  }

  /**
   * Where the denominator ending before {@code at} (the 分) starts, or -1 when there is none; no
   * character before {@code from} (a share already read) belongs to it.
   */
  private static int denominatorStart(char[] chars, int at, int from) {
    int k = at;
    while (k > from && at - k < 3 && (isAsciiDigit(chars[k - 1]) || ChineseNumerals.isPart(chars[k - 1]))) {
      k--;
    }
    boolean decimal = k > from && chars[k - 1] == '.' && (isAsciiDigit(chars[k]) || !Chars.isListDot(chars, k - 1));
    if (k == at || decimal || (k > from && (isAsciiDigit(chars[k - 1]) || ChineseNumerals.isPart(chars[k - 1])))) {
      return -1; // no denominator, or a longer number than a share's (三百分之一), or a decimal's (5.5分之1; not 1.百分之八十)
    }
    if (k > 0 && chars[k - 1] == '/') {
      return -1; // the 万 of a rate already read (2/万分之二, of 万分之二分之二): written once, read once
    }
    return k;
  }

  /**
   * Where the number starting at {@code from} ends: digits and 十百千 (no share holds 万 or 亿:
   * 百分之九十五万元), then 点 or . and digits; not the 百 or 千 of the next share
   * (百分之九十五百分之九十六), and no number at all when a figure's sign follows it (三分之3‰, a
   * share already read).
   */
  private static int numberEnd(char[] chars, int from) {
    int k = from;
    while (k < chars.length && (isAsciiDigit(chars[k]) || (ChineseNumerals.isPart(chars[k]) && chars[k] != '万' && chars[k] != '亿'))) {
      k++;
    }
    if (k > from && k + 1 < chars.length && (chars[k - 1] == '百' || chars[k - 1] == '千') && chars[k] == '分' && chars[k + 1] == '之') {
      k--;
    }
    if (shareSignAt(chars, k)) {
      return from; // 百分之2/万: a share already read (of 百分之万分之二)
    }
    if (k > from && k + 1 < chars.length && (chars[k] == '点' || chars[k] == '.')) {
      int d = k + 1;
      while (d < chars.length && (isAsciiDigit(chars[d]) || ChineseNumerals.isDigit(chars[d]))) {
        d++;
      }
      if (d > k + 1) {
        return shareSignAt(chars, d) ? from : d; // 百分之2.2/万 too (of 百分之万分之2.2)
      }
    }
    return k;
  }

  /** Whether a figure's sign of a share stands at {@code k}: %, ‰, or the / of a rate per a base (/万, /10万, /十万, /百万). */
  private static boolean shareSignAt(char[] chars, int k) {
    return k < chars.length && (chars[k] == '%' || chars[k] == '‰' || chars[k] == '/' && k + 1 < chars.length && "万1十百".indexOf(chars[k + 1]) >= 0);
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
    String perBase = PER_BASE.get(denominator);
    if (perBase != null) {
      return Optional.of(whole.get().toPlainString() + perBase); // 十万分之八: 8/10万, a rate of health statistics
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

  /**
   * Whether a printed cell may state a share: a percent sign, or the characters of 分之 (apart, as a
   * spread cell prints them). The tests that look at a cell before reading it ask this, so that
   * normalising cannot find a share they turned away.
   */
  public static boolean mayHoldAShare(String printed) {
    return printed.indexOf('%') >= 0 || printed.indexOf('％') >= 0 || (printed.indexOf('之') >= 0 && printed.indexOf('分') >= 0);
  }

  /** Whether {@code chars} hold 分之. */
  static boolean holdsAShareWord(char[] chars) {
    for (int i = 0; i + 1 < chars.length; i++) {
      if (chars[i] == '分' && chars[i + 1] == '之') {
        return true;
      }
    }
    return false;
  }

}
