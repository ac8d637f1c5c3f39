package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * Shortfalls said not to have happened, for {@link CompletionReader}: a negation or a word of
 * prevention before a word of shortfall (没有延期, 未出现超期, 不存在滞后, 避免超支, 零延误), a failure word
 * after a word of none (无不合格项), a rule's breach that did not happen or was dealt with
 * (未发现未按规定使用资金情况), and a shortfall forbidden, which restates a rule (严禁超预算). Not a negation
 * of another verb or word (资金未拨付导致项目延期, 因无资金导致项目逾期, 不得不延期) nor a prevention
 * denied (无法避免的延期).
 */
final class ShortfallDenials {
  private ShortfallDenials() {}

  /** What may stand between a negation and the shortfall it denies: 未出现延期, 没有发生任何逾期, 不存在滞后, 不会超出预算. */
  private static final List<String> TO_FACT =
      List.of("出现", "发生", "存在", "造成", "产生", "任何", "明显", "因此", "有", "的", "而", "会");

  /** Words that deny a shortfall after them besides the negations: 无延误, 避免超支, 杜绝超预算. */
  private static final List<String> FACT_DENIERS =
      List.of("尚未", "没有", "未曾", "避免", "防止", "杜绝", "严防", "严控", "无一", "未", "不", "没", "无", "零");

  /** Words that forbid a shortfall: an actual saying so restates a rule, not what happened (严禁超预算). */
  private static final List<String> PROHIBITIONS = List.of("严禁", "禁止", "不得", "不准");

  /** Whether a word of {@link #PROHIBITIONS} ends right before {@code at}. */
  static boolean prohibited(String s, int at) {
    return Chars.startOfEndingAt(s, at, PROHIBITIONS) >= 0;
  }

  /** Ends of a cause between a negation and the shortfall it denies (未因天气原因推迟, 没有因资金问题而延期). */
  private static final List<String> CAUSES = List.of("原因", "影响", "问题");

  /**
   * Where the negation that denies the negative fact at {@code at} starts: right before it (没有延期,
   * 不推迟), or with only words of {@link #TO_FACT} or a cause (因…原因) between (没有出现逾期, 不存在滞后,
   * 未因天气原因推迟); -1 when none does. A negation of another verb does not (资金未拨付导致项目延期:
   * the delay happened).
   */
  static int denier(String s, char[] chars, int at, int end) {
    int p = at;
    boolean moved = true;
    while (moved) {
      moved = false;
      int back = Chars.backOver(s, p, 0, TO_FACT);
      if (back < p) {
        p = back;
        moved = true;
      }
      for (String w : CAUSES) {
        int cause = s.lastIndexOf('因', p - w.length() - 1);
        if (p >= w.length() && s.startsWith(w, p - w.length()) && cause >= 0 && p - cause <= 10 && !clauseEndBetween(chars, cause, p)) {
          p = cause;
          moved = true;
        }
      }
    }
    for (String w : FACT_DENIERS) {
      int from = p - w.length();
      if (from >= 0 && s.startsWith(w, from)) {
        if ((w.equals("零") || w.equals("无一")) && (p != at || zeroOfAFigure(s, from, end) || aimDenied(s, from))) {
          // 零延误, 做到零超预算; not 资金为零造成延期, 到位为零延期开工 (a figure's zero) nor 未做到零延误
          return -1;
        }
        // 不得不取消, 不能不推迟: a 不 of another word; 无法避免的延期: a prevention denied, so the shortfall stands
        boolean tail = w.length() == 1 && from >= 1 && "得能有".indexOf(s.charAt(from - 1)) >= 0;
        return tail || (PREVENTIONS.contains(w) && preventionDenied(s, from)) ? -1 : from;
      }
    }
    return -1;
  }

  /** Verbs of reaching an aim before 零 (做到零延误, 实现零超支): a negation before them denies the aim. */
  private static final List<String> AIMS = List.of("做到", "达到", "实现", "确保", "保持", "力争");

  /** Negations of an aim: 未做到零延误, 难以实现零超支. */
  private static final List<String> AIM_DENIALS = List.of("没能", "未能", "难以", "无法", "不能", "没有", "未", "没");

  /** Words between an aim and its 零 (实现全年零事故, 做到全面零投诉). */
  private static final List<String> AIM_SPANS = List.of("全年", "全部", "全面", "彻底", "真正", "根本");

  /** Whether the 零 at {@code at} follows a verb of an aim that a negation denies (未做到零延误). */
  static boolean aimDenied(String s, int at) {
    // 没有真正实现零事故, 未能如期实现全年零事故: words of degree or time may stand on either side of the aim
    int aim = Chars.startOfEndingAt(s, Chars.backOver(s, at, 0, AIM_SPANS), AIMS);
    return aim >= 0 && Chars.startOfEndingAt(s, Chars.backOver(s, aim, 0, Absence.TOWARD_INSIDE), AIM_DENIALS) >= 0;
  }

  /** What before 为零 or 是零 names a span or the whole, whose zero is a claim (全年为零延误, 各项目均为零超预算). */
  private static final List<String> CLAIMED =
      List.of("全年", "年度", "年内", "本年", "当年", "全部", "整体", "各项目均", "各项目都", "各项工程均", "全年均", "全年都", "结果");

  /** Words after a word of shortfall that still leave a zero's claim whole (全年为零延误发生, 为零延误目标). */
  private static final List<String> CLAIM_ENDS = List.of("目标", "要求", "发生", "情况", "现象", "事件", "问题", "的");

  /** The aims a claim's end may name before it (为零延误情况目标). */
  private static final List<String> AIM_NOUNS = List.of("目标", "要求");

  /**
   * Whether the 零 at {@code at} ends a figure of something (资金到位为零延期开工, 库存清零延误供应, 资金为零延期
   * 情况严重): after 为, 是, 清 or 归, when no span or whole is its subject (全年, 各项目均, 项目 alone) and more is
   * said after the word of shortfall (from {@code wordEnd}) than a claim's end (发生, 情况 … ending the clause,
   * or 目标); then it denies nothing after it.
   */
  static boolean zeroOfAFigure(String s, int at, int wordEnd) {
    if (at == 0 || "为是清归".indexOf(s.charAt(at - 1)) < 0) {
      return false;
    }
    int verb = at - 1;
    String subject = s.substring(Clauses.clauseStart(s, verb), verb);
    if (subject.isEmpty() || subject.equals("项目") || Chars.startOfEndingAt(s, verb, CLAIMED) >= 0) {
      return false;
    }
    return !claimEndsAt(s, wordEnd);
  }

  /** Whether the clause ends at {@code at}, or after one word of {@link #CLAIM_ENDS}, or 目标/要求 follow. */
  private static boolean claimEndsAt(String s, int at) {
    if (at >= s.length() || !Chars.isCjk(s.charAt(at))) {
      return true;
    }
    String end = Chars.firstAt(s, at, CLAIM_ENDS);
    if (end == null) {
      return false;
    }
    int after = at + end.length();
    return AIM_NOUNS.contains(end) || after >= s.length() || !Chars.isCjk(s.charAt(after)) || Chars.startsWithAny(s, after, AIM_NOUNS);
  }

  /** Whether only words of {@link #TO_FACT} stand between {@code from} and {@code to} (未发生任何逾期). */
  static boolean bridged(String s, int from, int to) {
    return Chars.backOver(s, to, from, TO_FACT) == from;
  }

  /** Words that, before a word of failure holding its own negation (不合格, 未达标), say there was none. */
  private static final List<String> NONE_OF_A_NEGATED =
      List.of("未发现", "没有发现", "不存在", "未出现", "没有出现", "杜绝", "没有", "无");

  /** The words of {@link #FACT_DENIERS} that prevent rather than negate: a negation before them undoes them. */
  private static final List<String> PREVENTIONS = List.of("避免", "防止", "杜绝", "严防", "严控");

  /** Negations of a word of prevention: 无法避免, 不可避免, 难以避免, 未能杜绝. */
  private static final List<String> NOT_PREVENTED = List.of("无法", "不可", "难以", "未能", "没能", "不能", "没有", "未");

  /**
   * Whether a word of {@link #NOT_PREVENTED} ends before {@code at}, right before it or with words of degree or aim
   * between (未杜绝, 无法避免, 没有完全杜绝, 未能彻底杜绝, 没有实现杜绝): the prevention failed.
   */
  static boolean preventionDenied(String s, int at) {
    return Chars.startOfEndingAt(s, Chars.backOver(s, at, 0, Absence.TOWARD_INSIDE), NOT_PREVENTED) >= 0;
  }

  private static boolean clauseEndBetween(char[] chars, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Clauses.isClauseEnd(chars[k])) {
        return true;
      }
    }
    return false;
  }

  /** Words before a negated rule that say the breach did not happen or was dealt with (未发现未按规定使用资金情况). */
  private static final List<String> BREACH_DEALT_WITH =
      List.of("未发现", "没有发现", "未出现", "没有出现", "不存在", "未发生", "杜绝", "避免", "防止", "没有", "无", "对");

  /** Where a word of {@link #BREACH_DEALT_WITH} ending right before the negation starting at {@code at} starts, or -1. */
  static int breachDealtWith(String s, int at) {
    return Chars.startOfEndingAt(s, at, BREACH_DEALT_WITH);
  }

  /** Where a word of {@link #NONE_OF_A_NEGATED} ending at {@code at} starts (无不合格项, 未发现不达标情况), or -1. */
  static int noneOfANegated(String s, int at) {
    return Chars.startOfEndingAt(s, at, NONE_OF_A_NEGATED);
  }
}
