package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * Acceptance, or an appraisal passed ({@link #PASSED}), stated with words between 通过 and 验收: {@code 通过省级验收}, {@code 通过了验收},
 * {@code 一致通过该项目的竣工验收}, {@code 局党组通过该项目验收}. The vocabulary reads the
 * contiguous forms (通过验收, 通过竣工验收); real forms name the level or the object in between as
 * often. Not read: an intention (将通过…验收, 争取通过…验收), a rate (通过…验收率), a gap that
 * crosses a clause or holds a figure or a negation.
 */
public final class Acceptance {
  private Acceptance() {}

  /**
   * What may be passed: an acceptance, and the appraisals a body grants (通过省级评定, 通过审核, 通过认定,
   * 通过专家评审). Not 考核, 评估 or 审查, after which 通过 is as often "by means of" (通过开展考核).
   */
  private static final List<String> PASSED = List.of("验收", "评定", "认定", "审核", "评审");

  /** Verbs in the gap that make 通过 "by means of" (通过开展星级评定, 通过组织专家评审). */
  private static final List<String> MEANS = List.of("开展", "组织", "进行", "实施", "加强", "建立", "完善", "对");

  /** Words anywhere in the cell that leave an appraisal (not an acceptance) not passed: a further step pending, problems found. */
  private static final List<String> PENDING = List.of("待", "尚", "已报", "报送", "上报", "发现", "查出", "未获", "未通过", "但");

  /** Words right after the appraisal that make 通过 "via": 通过网上审核平台. */
  private static final List<String> VIA = List.of("平台", "系统", "方式", "程序", "机制");

  /** The most characters between 通过 and 验收. */
  private static final int MAX_GAP = 12;

  /** Words before 通过 that make it an intention or a question, not a fact. */
  private static final List<String> NOT_YET =
      List.of("将", "拟", "待", "需", "须", "应", "能否", "是否", "争取", "力争", "确保", "计划", "预计", "准备", "申请");

  /**
   * The length of a {@code 通过…验收} statement starting at {@code at} (at 通过) with at least one
   * character between the two words, or 0.
   */
  public static int passedAt(String s, char[] chars, int at) {
    if (chars[at] != '通' || !s.startsWith("通过", at)) {
      return 0;
    }
    for (String w : NOT_YET) {
      if (at >= w.length() && s.startsWith(w, at - w.length())) {
        return 0;
      }
    }
    int from = at + 2;
    int end = Math.min(chars.length - 1, from + MAX_GAP + 1);
    for (int k = from; k < end; k++) {
      char c = chars[k];
      if (Clauses.isClauseEnd(c) || (c >= '0' && c <= '9') || Clauses.isNegationStart(c) && Clauses.negationAt(s, chars, k) > 0) {
        return 0;
      }
      String passed = Chars.firstAt(s, k, PASSED);
      if (passed != null) {
        if ((k == from && passed.equals("验收")) || (k + 2 < chars.length && chars[k + 2] == '率')) {
          return 0; // 通过验收 is the vocabulary's; 验收率 is a rate's name
        }
        if (!passed.equals("验收") && (Chars.firstIn(s, PENDING) != null || Chars.firstAt(s, k + 2, VIA) != null)) {
          return 0; // 已通过县级审核，尚待省级评定; 通过第三方评审，发现问题5项; 通过网上审核平台: no pass, or "via"
        }
        return Chars.withoutWords(s.substring(from, k), MEANS).length() < k - from ? 0 : k + 2 - at;
      }
    }
    return 0;
  }
}
