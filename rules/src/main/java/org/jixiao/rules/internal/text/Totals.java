package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * Words that make the figure after them a total over everyone and the whole report (共发放360万元,
 * 累计巡查20次), not a rate per person or a count per period.
 */
public final class Totals {
  private Totals() {}

  /** Words of a total besides 共 alone: 累计, 合计, 总计, 总额, 总共 (共计 starts with 共). */
  private static final List<String> WORDS = List.of("累计", "合计", "总计", "总额", "总共");

  /** Characters after 共 that make it no total: 共建, 共同, 共青团, 共享, 共有, 共用, 共识, 共产党, 共管, 共治, 共商, 共担, 共赢, 共性. */
  private static final String NOT_AFTER_GONG = "建同青享有用识产管治商担赢性";

  /** Words before a word of a total that make what follows a rate still: 户均累计增收, 人均累计培训. */
  private static final List<String> AVERAGES = List.of("人均", "户均", "亩均", "平均");

  /** Whether a word of a total starts at {@code k} of {@code s}. */
  static boolean startsAt(String s, int k) {
    char c = s.charAt(k);
    if (c == '共') {
      return !(k + 1 < s.length() && NOT_AFTER_GONG.indexOf(s.charAt(k + 1)) >= 0) && !(k > 0 && (s.charAt(k - 1) == '公' || s.charAt(k - 1) == '中')); // not 公共, 中共
    }
    for (String word : WORDS) {
      if (s.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether 其中 stands before {@code start} in its clause: a count that is part of a total before it. */
  public static boolean partOfTotal(String s, int start) {
    for (int k = start - 2; k >= 0 && !Clauses.isClauseEnd(s.charAt(k + 1)); k--) {
      if (s.startsWith("其中", k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause before {@code start} names a span of time of its own (下半年共开展6次, 7-12月,
   * 第四季度, 自7月启动以来): a total over that span, not over the report's year.
   */
  public static boolean spanBefore(String s, int start) {
    for (int k = start - 1; k >= 0 && !Clauses.isClauseEnd(s.charAt(k)); k--) {
      char c = s.charAt(k);
      if (c == '月' || c == '季' || c == '半' || c == '旬' || c == '周' || s.startsWith("以来", k) || s.startsWith("期间", k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of a total stands before {@code start} in its clause, within eight characters,
   * and no average right before it (户均累计增收2500元 is a rate per household still).
   */
  public static boolean before(String s, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 8); k--) {
      if (Clauses.isClauseEnd(s.charAt(k))) {
        return false;
      }
      if (startsAt(s, k)) {
        for (String average : AVERAGES) {
          if (k >= 2 && s.startsWith(average, k - 2)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
