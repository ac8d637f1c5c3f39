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
  private static final List<String> UNITS =
      List.of("万元", "千元", "万", "元", "%", "个百分点", "个月", "个", "起", "天", "小时", "分钟", "项", "件", "例", "人次", "次", "笔", "家", "户", "人");

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
      return goesOn(chars, nil) ? -1 : nil;
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

  /** What after a zero and its unit makes it the start of a range or of a longer figure. */
  private static final String GOES_ON = "-—–～~至到个月万千百";

  /**
   * Whether a range or a longer figure goes on at {@code at} (0-3天, 0个月15天, 0万3千元, 0.5): not a list's
   * next number glued on by a PDF (0元2.节约) nor a full stop (0元.节约).
   */
  private static boolean goesOn(char[] chars, int at) {
    if (at >= chars.length) {
      return false;
    }
    char c = chars[at];
    if (c == '.') {
      return at + 1 < chars.length && chars[at + 1] >= '0' && chars[at + 1] <= '9';
    }
    if (c >= '0' && c <= '9') {
      int k = at;
      while (k < chars.length && chars[k] >= '0' && chars[k] <= '9') {
        k++;
      }
      boolean listNumber = k + 1 < chars.length && (chars[k] == '.' || chars[k] == '、') && Chars.isCjk(chars[k + 1]);
      return !listNumber;
    }
    return GOES_ON.indexOf(c) >= 0 || ChineseNumerals.isStart(c);
  }

  private static int spaces(char[] chars, int from) {
    int p = from;
    while (p < chars.length && chars[p] == ' ') {
      p++;
    }
    return p;
  }

  /** Nouns of a breach that a nil may answer later in its clause (未按规定使用资金的情况为零). */
  private static final List<String> BREACHES = List.of("情况", "现象", "问题", "行为", "金额", "项目");

  /**
   * Whether a nil stands later in the clause from {@code from} (未按规定使用资金的情况为零, …0起, …情况：无): the
   * breach named before it did not happen.
   */
  public static boolean later(String s, char[] chars, int from) {
    int end = Clauses.clauseEnd(s, from);
    for (int k = from; k < chars.length && k <= end; k++) {
      boolean nil = ((Chars.startsWithAny(s, k, BREACHES) || ":为是".indexOf(chars[k]) >= 0) && after(s, chars, k) > 0)
          || (chars[k] == '0' && (k == 0 || !isDigitOrPoint(chars[k - 1])) && after(s, chars, k) > 0
              && Chars.startsWithAny(s, Absence.zeroAfter(s, chars, k), UNITS)); // 0元, 0户: a zero with its unit
      if (nil) { // 情况为零, ：无, 为0, 0起, 0户
        return !namesAnother(s, from, k);
      }
    }
    return false;
  }

  /** How many characters right before a nil name what it answers (…是否整改：否, …实施进度为0%). */
  private static final int ANSWERED = 4;

  /**
   * Words right before a nil that make it the answer to another question than the breach (是否整改：否,
   * 追回0元, 参训人数为0, 进度为0%, 已拨付0万元); the breach's own verb and object (未按规定处理：无,
   * 未按规定使用到位资金：无) may be further back.
   */
  private static final List<String> OTHER_QUESTIONS =
      List.of("是否", "整改", "追回", "收回", "挽回", "参训", "培训人数", "完成", "率", "进度", "投资", "到位", "节约", "实际", "已建", "已开", "拨付", "建成",
          "开工", "招聘", "处理", "罚款", "发放");

  /** Words of a rule after 按 (按规定, 按计划): the verb right after one is the breach's own, no other question. */
  private static final List<String> RULES = List.of("规定", "计划", "标准", "要求", "合同", "约定", "程序");

  private static boolean namesAnother(String s, int from, int to) {
    int verb = ruleEnd(s, from, to);
    for (int k = Math.max(from, to - ANSWERED); k < to; k++) { // the words right before the nil: what it answers
      if (k != verb && Chars.startsWithAny(s, k, OTHER_QUESTIONS)) {
        return true; // not 未按规定处理：无, whose 处理 is the breach's verb
      }
    }
    return false;
  }

  /** Where the verb after the rule of 按 at {@code from} starts (处理 of 未按规定处理), or -1. */
  private static int ruleEnd(String s, int from, int to) {
    for (int k = from; k < to && k - from <= 4; k++) {
      String rule = Chars.firstAt(s, k, RULES);
      if (rule != null) {
        int end = k + rule.length();
        String more = Chars.firstAt(s, end, RULES); // 按规定程序招聘: the verb after both
        return more == null ? end : end + more.length();
      }
    }
    return -1;
  }

  private static boolean isDigitOrPoint(char c) {
    return (c >= '0' && c <= '9') || c == '.';
  }
}
