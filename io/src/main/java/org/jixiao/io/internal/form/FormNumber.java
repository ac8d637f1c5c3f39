package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.io.internal.table.NumberCells;
import org.jspecify.annotations.Nullable;

/**
 * A number cell of a form as printed: {@code 215,457.6}, {@code 4753.66万元} (a money unit
 * attached), {@code 86.19%}, {@code 0.958}, full-width digits; {@code —}, {@code /}, {@code -}
 * and blank are absent.
 *
 * @param value the number; null when absent or not a number
 * @param unit the money unit printed after it, if any
 * @param percent whether it was printed with %
 * @param absent whether the cell was blank or a placeholder
 */
public record FormNumber(
    @Nullable BigDecimal value, @Nullable MoneyUnit unit, boolean percent, boolean absent) {

  private static final String[] MONEY_SUFFIXES = {"亿元", "億元", "万元", "萬元", "元", "亿", "億", "万", "萬"};

  private static final FormNumber ABSENT = new FormNumber(null, null, false, true);
  private static final FormNumber INVALID = new FormNumber(null, null, false, false);

  /** Whether the cell held text that is not a number. */
  public boolean invalid() {
    return value == null && !absent;
  }

  /** A whole number of up to nine digits (a 序号), or null. */
  static @Nullable Integer wholeNumber(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 9) {
      return null;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(t);
  }

  /**
   * Parses a cell of points (分值, 权重, 得分, 总分, 自评得分, an execution 分值 or 得分): a figure as
   * {@link #parse} reads it without a money unit (full-width digits, a sign), followed or not by
   * the unit 分, with or without space ({@code 5分}, {@code 99.3 分}, {@code ３０分}). Points are
   * printed with their unit on forms typed by hand and in older PDFs (江西省政协 2017: 分值 {@code 5分},
   * 总分 {@code 99.3分}). Only 分 is taken: a lone 分 (a total printed blank) and any other word after
   * the figure ({@code 5分钟}, {@code 5个}) are not a number.
   */
  public static FormNumber points(String cell) {
    String s = cell.strip();
    if (s.length() > 1 && s.endsWith("分")) {
      FormNumber n = parse(s.substring(0, s.length() - 1), false);
      return n.absent() ? INVALID : n; // —分: a placeholder is no figure of points
    }
    return parse(s, false);
  }

  /**
   * Parses a cell; {@code moneyAllowed} accepts a trailing 元 / 万元 / 亿元, in simplified or
   * traditional characters, and 万 or 亿 alone for 万元 or 亿元 (10万, 年度財政資金總額 10萬).
   */
  public static FormNumber parse(String cell, boolean moneyAllowed) {
    String s = cell.strip();
    if (FormText.isNothing(s)) {
      return ABSENT;
    }
    MoneyUnit unit = null;
    if (moneyAllowed) {
      // the longer first: 10萬元 once ended in 元 and read as 10萬 (no number) in 元
      for (String suffix : MONEY_SUFFIXES) {
        if (s.endsWith(suffix) && s.length() > suffix.length()) {
          char first = suffix.charAt(0);
          unit = first == '元' ? MoneyUnit.YUAN : first == '亿' || first == '億' ? MoneyUnit.YI_YUAN : MoneyUnit.WAN_YUAN;
          s = s.substring(0, s.length() - suffix.length()).strip();
          break;
        }
      }
    }
    boolean percent = s.endsWith("%") || s.endsWith("％");
    BigDecimal v = NumberCells.parseDecimal(s, true);
    if (v == null || v == NumberCells.ABSENT) {
      return INVALID;
    }
    return new FormNumber(v, unit, percent, false);
  }
}
