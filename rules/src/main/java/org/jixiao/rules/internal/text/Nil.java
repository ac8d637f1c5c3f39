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
      List.of("项目数", "情况", "现象", "问题", "行为", "项目", "资金", "总额", "金额", "工期", "时间", "天数", "次数", "件数", "人数", "数量",
          "案件", "额", "率", "数");

  /** Words between the shortfall and a nil in words (超支：无, 是否超支：否, 延误为无). */
  private static final List<String> TO_WORD = List.of("为", "是", ":");

  /** Units a zero may carry (超支0.00万元, 超预算项目0个, 延误0天). */
  private static final List<String> UNITS = List.of("万元", "元", "%", "个月", "个", "起", "天", "项", "件", "例", "次", "笔", "家", "人");

  /**
   * Where a nil said right after a shortfall ending at {@code end} ends (：无, ：否, 为零, 0.00万元, 项目0个),
   * or -1.
   */
  public static int after(String s, char[] chars, int end) {
    if (end >= chars.length || STARTS.indexOf(chars[end]) < 0) {
      return -1; // nearly every word of shortfall is followed by none of these
    }
    int p = spaces(chars, end);
    p += Chars.startsWith(s, p, "的") ? 1 : 0; // 超支的金额为0
    String noun = Chars.firstAt(s, p, NOUNS);
    p = spaces(chars, p + (noun == null ? 0 : noun.length()));
    int zero = Absence.zeroAfter(s, chars, p);
    if (zero > 0) {
      String unit = Chars.firstAt(s, zero, UNITS);
      int nil = unit == null ? zero : zero + unit.length();
      // 逾期0至5天, 延期0-3天, 延期0个月15天, 超支0万3千元: a range or a figure going on is no nil
      return nil < chars.length && (GOES_ON.indexOf(chars[nil]) >= 0 || ChineseNumerals.isStart(chars[nil])) ? -1 : nil;
    }
    String to = Chars.firstAt(s, p, TO_WORD);
    if (to == null) {
      return -1;
    }
    p = spaces(chars, p + to.length());
    boolean word = p < chars.length && (chars[p] == '无' || chars[p] == '否');
    return word && (p + 1 == chars.length || !Chars.isCjk(chars[p + 1])) ? p + 1 : -1;
  }

  /** What a nil after a word can start with: a space, 的, a noun's first character, a word before it, a zero. */
  private static final String STARTS = starts();

  private static String starts() {
    StringBuilder out = new StringBuilder(" 的为是:0零均仅保"); // the last three: Absence.zeroAfter's 均为, 仅为, 保持
    for (String noun : NOUNS) {
      if (out.indexOf(noun.substring(0, 1)) < 0) {
        out.append(noun.charAt(0));
      }
    }
    return out.toString();
  }

  /** What after a zero makes it the start of a range or of a longer figure. */
  private static final String GOES_ON = "-—–～~至到0123456789.个月万千百";

  private static int spaces(char[] chars, int from) {
    int p = from;
    while (p < chars.length && chars[p] == ' ') {
      p++;
    }
    return p;
  }

  /** Nouns of a breach that a nil may answer later in its clause (未按规定使用资金的情况为零). */
  private static final List<String> BREACHES = List.of("情况", "现象", "问题", "行为", "金额", "项目");

  /** Counters of breaches a zero may carry (未按规定使用资金0起). */
  private static final List<String> BREACH_UNITS = List.of("起", "例", "笔", "宗", "次");

  /**
   * Whether a nil stands later in the clause from {@code from} (未按规定使用资金的情况为零, …0起, …情况：无): the
   * breach named before it did not happen.
   */
  public static boolean later(String s, char[] chars, int from) {
    int end = Clauses.clauseEnd(s, from);
    for (int k = from; k < chars.length && k <= end; k++) {
      if (Chars.startsWithAny(s, k, BREACHES) && after(s, chars, k) > 0) {
        return true; // 情况为零, 现象：无, 问题0个
      }
      if (chars[k] == '0' && (k == 0 || !isDigitOrPoint(chars[k - 1])) && Absence.zeroAfter(s, chars, k) > 0
          && Chars.startsWithAny(s, Absence.zeroAfter(s, chars, k), BREACH_UNITS)) {
        return true; // 0起, 0例
      }
    }
    return false;
  }

  private static boolean isDigitOrPoint(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }
}
