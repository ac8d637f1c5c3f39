package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * A shortfall named and then said to be nil: 超支情况：无, 是否超支：否, 超支0.00万元, 超预算项目0个,
 * 延误工期为零, 未按规定使用资金的情况为零. Forms ask such questions and answer them after the word, so
 * a reader that stops at the word reads the shortfall the answer denies.
 */
public final class Nil {
  private Nil() {}

  /** What may name the shortfall's count between it and its nil (超支情况：无, 超预算项目数为0, 超预算率为零). */
  private static final List<String> NOUNS =
      List.of("项目数", "情况", "现象", "问题", "项目", "金额", "工期", "时间", "天数", "次数", "件数", "率", "数");

  /** Words between the shortfall and a nil in words (超支：无, 是否超支：否, 延误为无). */
  private static final List<String> TO_WORD = List.of("为", "是", ":");

  /** Units a zero may carry (超支0.00万元, 超预算项目0个, 延误0天). */
  private static final List<String> UNITS = List.of("万元", "元", "%", "个", "起", "天", "项", "件", "例", "次", "笔", "家", "人");

  /**
   * Where a nil said right after a shortfall ending at {@code end} ends (：无, ：否, 为零, 0.00万元, 项目0个),
   * or -1.
   */
  public static int after(String s, char[] chars, int end) {
    int p = end;
    String noun = Chars.firstAt(s, p, NOUNS);
    p += noun == null ? 0 : noun.length();
    int zero = Absence.zeroAfter(s, chars, p);
    if (zero > 0) {
      String unit = Chars.firstAt(s, zero, UNITS);
      return unit == null ? zero : zero + unit.length();
    }
    String to = Chars.firstAt(s, p, TO_WORD);
    if (to == null) {
      return -1;
    }
    p += to.length();
    while (p < chars.length && chars[p] == ' ') {
      p++;
    }
    boolean word = p < chars.length && (chars[p] == '无' || chars[p] == '否');
    return word && (p + 1 == chars.length || !Chars.isCjk(chars[p + 1])) ? p + 1 : -1;
  }

  /**
   * Whether a nil stands later in the clause from {@code from} (未按规定使用资金的情况为零, …0起, …情况：无): the
   * breach named before it did not happen.
   */
  public static boolean later(String s, char[] chars, int from) {
    int end = Clauses.clauseEnd(s, from);
    for (int k = from; k < chars.length && k <= end; k++) {
      char c = chars[k];
      if ((c == '为' || c == '是' || c == ':') && after(s, chars, k) > 0) {
        return true; // 为零, 为0, ：无
      }
      if (c == '0' && (k == 0 || !isDigitOrPoint(chars[k - 1])) && Absence.zeroAfter(s, chars, k) > 0
          && Chars.startsWithAny(s, Absence.zeroAfter(s, chars, k), UNITS)) {
        return true; // 0起, 0个
      }
    }
    return false;
  }

  private static boolean isDigitOrPoint(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }
}
