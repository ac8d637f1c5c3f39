package org.jixiao.rules.internal.review;

/**
 * What a declaration template leaves in an indicator's name when it is filled in without being
 * cleaned: the template's numbering before it (指标1:, 指标一、) and its placeholder
 * for the target after it ({@code (≤**万元)}, {@code ( ≥**个 )}, {@code ≥**人}). The Ministry's
 * 绩效目标申报表 prints 指标1：, 指标2： and such placeholders in its cells (金寨 2021, 南岳 2018).
 */
final class TemplateResidue {
  private TemplateResidue() {}

  /** The name without the template's numbering and placeholders; the name itself when it has none. */
  static String without(String name) {
    String n = withoutNumbering(name.strip());
    int stars = n.indexOf("**");
    if (stars > 0) {
      int cut = placeholderStart(n, stars);
      if (cut > 0) {
        n = n.substring(0, cut).strip();
      }
    }
    return n;
  }

  /**
   * The name without the marks forms put before it (★ for a core indicator of 衔接资金 forms, *):
   * meant, not residue, but no part of the name's length.
   */
  static String withoutMarks(String name) {
    String s = name.strip();
    while (!s.isEmpty() && (s.charAt(0) == '★' || s.charAt(0) == '*' || s.charAt(0) == '☆')) {
      s = s.substring(1).strip();
    }
    return s;
  }

  /** 指标1: / 指标一、 before the name. */
  private static String withoutNumbering(String s) {
    if (s.startsWith("指标")) {
      int i = 2;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || "一二三四五六七八九十".indexOf(s.charAt(i)) >= 0)) {
        i++;
      }
      if (i > 2 && i < s.length() && ":：、.．".indexOf(s.charAt(i)) >= 0) {
        return s.substring(i + 1).strip();
      }
    }
    return s;
  }

  /**
   * Where the placeholder holding {@code **} at {@code stars} starts: its opening bracket, or the
   * comparator before the stars ({@code ≥**人}); -1 when the stars stand in neither.
   */
  private static int placeholderStart(String n, int stars) {
    for (int i = stars - 1; i >= 0; i--) {
      char c = n.charAt(i);
      if (c == '(' || c == '（') {
        return i;
      }
      if (c == ')' || c == '）') {
        return -1;
      }
    }
    int i = stars;
    while (i > 0 && (n.charAt(i - 1) == ' ' || "≥≤><=＞＜＝≧≦".indexOf(n.charAt(i - 1)) >= 0)) {
      i--;
    }
    return i < stars ? i : -1;
  }
}
