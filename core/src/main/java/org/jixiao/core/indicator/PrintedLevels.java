package org.jixiao.core.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How forms print an indicator level's label besides its own words: with the points it is given
 * after it (产出指标(50分), 产出指标 (40-50)分, 成本指标(0-20)分 — the category's weight, not part of
 * its name), with 值 for 指标 (产出值, 数量值, 经济效益值: one province's declaration template), or
 * with a gloss in brackets (数量指标(或建筑规模指标), 时效指标（工期指标）, 预算(或投资规模)控制指标).
 */
final class PrintedLevels {
  private PrintedLevels() {}

  /**
   * The text without its points: a figure or a range of figures (40-50, 12.5), in brackets or not,
   * with 分 inside or after them, at the end; the text itself when it ends in none, when nothing
   * is left before them, or when 分 is not there (产出指标2 is no label with 2 points). Read by hand,
   * not by a regular expression: the libraries use none on what a user supplied.
   */
  static CharSequence withoutPoints(CharSequence text) {
    String t = text.toString();
    int end = t.length();
    boolean fen = false;
    end = skipSpaces(t, end);
    if (end > 0 && t.charAt(end - 1) == '分') {
      fen = true;
      end = skipSpaces(t, end - 1);
    }
    boolean bracket = end > 0 && (t.charAt(end - 1) == ')' || t.charAt(end - 1) == '）');
    if (bracket) {
      end = skipSpaces(t, end - 1);
      if (end > 0 && t.charAt(end - 1) == '分') {
        fen = true;
        end = skipSpaces(t, end - 1);
      }
    }
    int figures = end;
    while (end > 0 && (Character.isDigit(t.charAt(end - 1)) || ".-—~～– \u3000".indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    boolean digits = false;
    for (int i = end; i < figures; i++) {
      digits |= Character.isDigit(t.charAt(i));
    }
    if (bracket) {
      end = skipSpaces(t, end);
      if (end == 0 || (t.charAt(end - 1) != '(' && t.charAt(end - 1) != '（')) {
        return text; // a closing bracket without its opening one: no points of ours
      }
      end--;
    }
    end = skipSpaces(t, end);
    return fen && digits && end > 0 ? t.substring(0, end) : text;
  }

  /**
   * The points printed after a label as one figure (产出指标（40分） → 40, 效益指标 30分 → 30), or
   * null: none printed, or a range (40-50) that the template gives as a bound, not a weight.
   */
  static @Nullable BigDecimal points(CharSequence text) {
    CharSequence bare = withoutPoints(text);
    if (bare == text) {
      return null;
    }
    String tail = text.toString().substring(bare.length());
    StringBuilder figure = new StringBuilder(tail.length());
    for (int i = 0; i < tail.length(); i++) {
      char c = tail.charAt(i);
      if (Character.isDigit(c) || c == '.') {
        figure.append(c == '.' ? '.' : (char) ('0' + Character.digit(c, 10))); // full-width ４０ too
      } else if ("-—~～–".indexOf(c) >= 0) {
        return null; // 40-50: a range
      }
    }
    try {
      return new BigDecimal(figure.toString());
    } catch (NumberFormatException e) {
      return null; // 4.0.5: no figure
    }
  }

  private static int skipSpaces(String t, int end) {
    while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\u3000' || Character.isWhitespace(t.charAt(end - 1)))) {
      end--;
    }
    return end;
  }

  /** The text without a final 值 (数量值 → 数量), or the text itself. */
  static CharSequence withoutValue(CharSequence text) {
    String t = text.toString().strip();
    return t.length() > 1 && t.endsWith("值") ? t.substring(0, t.length() - 1) : text;
  }

  /** The text without its bracketed parts (数量指标(或建筑规模指标) → 数量指标), or the text itself. */
  static CharSequence withoutBrackets(CharSequence text) {
    String t = text.toString();
    StringBuilder out = new StringBuilder(t.length());
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.length() == t.length() || out.length() == 0 ? text : out.toString();
  }
}
