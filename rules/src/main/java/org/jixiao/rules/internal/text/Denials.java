package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether an actual that restates its target's words denies them: a negation right before them
 * (不规范 / 规范, 制度不健全 / 制度健全, 缺乏规范, 不够规范, 未能有效提升) or a word of lack right after
 * (规范性不足, 便捷程度不够, 制度健全程度不高). Such an actual holds the target's words and says the
 * opposite; reading it as a restatement made the worst answer a met target. A word of work still to
 * do after them (规范管理仍需加强) restates nothing either. Part of {@link Echo}.
 */
final class Denials {
  private Denials() {}

  /** Negations that deny the word right after them, degree words between allowed (longest first). */
  private static final List<String> BEFORE =
      List.of("没有", "尚未", "未能", "不能", "无法", "难以", "缺乏", "缺少", "欠缺", "未曾", "不", "未", "没", "欠");

  /** Degree words a negation reaches over: 不够规范, 不太完善, 没有完全落实, 未能有效提升. */
  private static final List<String> DEGREES = List.of("是很", "是太", "完全", "十分", "有效", "明显", "太", "够", "很", "甚", "大");

  /** What a word's degree may be named by before the lack after it: 规范性不足, 便捷程度不够. */
  private static final List<String> OF = List.of("程度", "水平", "性", "度");

  /** Words of lack after the target's words: 规范性不足, 制度健全程度不高. */
  private static final List<String> AFTER =
      List.of("不足", "不够", "不强", "不高", "不明显", "不到位", "不完善", "不健全", "不佳", "不理想", "不充分", "欠缺", "缺失", "较差",
          "较弱", "较低", "偏低", "偏弱");

  /** Words after the target's words that leave them to be done: 规范管理仍需加强, 健全有待时日. */
  private static final List<String> STILL_AFTER =
      List.of("有待", "仍需", "还需", "尚需", "亟待", "亟需", "仍有待", "需进一步", "需要进一步", "需加强", "需要加强");

  /**
   * Nouns of a wrong after the denied words (不规范问题, 不规范行为, 规范性不足的问题): the actual names the
   * wrong, which it may say was put right or did not happen; no denial is read.
   */
  private static final List<String> WRONGS = List.of("问题", "行为", "现象", "情况", "操作", "之处", "的问题", "的情况", "的现象", "的行为");

  /** Words that put a wrong right, after it in its clause (不规范问题已全部整改, 不健全的问题得到解决). */
  private static final List<String> REMEDIES = List.of("整改", "解决", "纠正", "改正", "完善", "规范", "处理", "消除", "销号", "健全");

  /** Whether a word of {@link #REMEDIES} follows {@code from} in its clause. */
  private static boolean remedied(String a, int from) {
    for (int k = from; k < a.length() && !Clauses.isClauseEnd(a.charAt(k)); k++) {
      if (Chars.startsWithAny(a, k, REMEDIES)) {
        return true;
      }
    }
    return false;
  }

  /** Words before a negation that deal with what it denies (无不规范, 杜绝不规范操作, 对不健全的制度进行完善). */
  private static final List<String> DEALT_WITH =
      List.of("未发现", "没有发现", "不存在", "杜绝", "避免", "防止", "纠正", "整改", "解决", "消除", "无", "对", "将", "把");

  /** What one place of the target's words in the actual says. */
  private enum Place {
    /** The words stated (规范, 已规范). */
    STATED,
    /** The words denied (不规范, 规范性不足). */
    DENIED,
    /** The words denied as the name of a wrong, or of one dealt with (不规范问题已整改, 无不规范): neither. */
    A_WRONG,
    /** The words left to be done (规范管理仍需加强). */
    TO_DO
  }

  /**
   * The kind of a restatement found by {@link Echo#restatesInWords} or its words of lasting: {@link
   * Echo.Kind#DENIED} when the places the actual states the target's words deny them ({@link
   * Echo.Kind#DENIED_IN_PART} when of a part, 个别单位…不规范), {@link Echo.Kind#NONE} when some deny and
   * some state them, or they are left to be done, else {@link Echo.Kind#ECHO} (places naming a wrong,
   * 不规范问题已整改, neither deny nor state). {@code t} and {@code a} are the cores; {@code printed} is the
   * actual normalised with its punctuation, where the target's words are looked for first, so that a
   * lack in the next clause (提升，不足部分明年解决) is not theirs.
   */
  static Echo.Kind of(String t, String a, String printed) {
    String text = printed.contains(t) || !a.contains(t) ? printed : a;
    Tally tally = new Tally();
    if (text.contains(t) && tally.count(text, t, null)) {
      return Echo.Kind.NONE;
    }
    for (String verb : Echo.CHANGES) { // 资金使用规范，但个别环节不规范: the verb denied outside the target's words
      if (t.contains(verb) && tally.count(text, verb, t)) {
        return Echo.Kind.NONE;
      }
    }
    if (tally.denied == 0) {
      return Echo.Kind.ECHO; // stated, or only named as a wrong put right (不规范问题整改后已规范)
    }
    // stated in one place and denied in another, or denied of a part: partly (个别单位…不规范)
    return tally.stated > 0 || tally.inPart ? Echo.Kind.DENIED_IN_PART : Echo.Kind.DENIED;
  }

  /** What the places of the target's words in an actual say, counted. */
  private static final class Tally {
    int denied;
    int stated;
    boolean inPart;

    /**
     * Counts the places of {@code w} in {@code text}, skipping those inside {@code target} (counted with
     * it) when given; true when one leaves the words to be done, which ends the count.
     */
    boolean count(String text, String w, @Nullable String target) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        if (target != null && insideTarget(text, target, at)) {
          continue;
        }
        Place place = place(text, at, at + w.length());
        if (place == Place.TO_DO) {
          return true;
        }
        denied += place == Place.DENIED ? 1 : 0;
        stated += place == Place.STATED ? 1 : 0;
        inPart |= place == Place.DENIED && ofAPart(text, at);
      }
      return false;
    }
  }

  /** Whether {@code at} lies inside an occurrence of the target's words {@code t} in {@code text}. */
  private static boolean insideTarget(String text, String t, int at) {
    for (int k = Math.max(0, at - t.length() + 1); k <= at; k++) {
      if (text.startsWith(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a part of what the target covers: 个别单位, 部分项目, 少数村 (as the reader's part words). */
  private static final List<String> PARTS = List.of("个别", "部分", "少数", "一些", "有的", "极少数");

  /** Whether a word of {@link #PARTS} stands before {@code at} in its clause: the denial is of that part. */
  private static boolean ofAPart(String a, int at) {
    for (int k = Clauses.clauseStart(a, at); k < at; k++) {
      if (Chars.startsWithAny(a, k, PARTS)) {
        return true;
      }
    }
    return false;
  }

  /** What the target's words at {@code [start, end)} of {@code a} say. */
  private static Place place(String a, int start, int end) {
    int negation = negationBefore(a, start);
    if (negation >= 0) {
      // 不规范问题已整改, 无不规范: a wrong put right, or dealt with, is no denial of the words (nor a statement of them);
      // named alone (不规范问题较多) it is one
      return (Chars.startsWithAny(a, end, WRONGS) && remedied(a, end)) || Chars.startOfEndingAt(a, negation, DEALT_WITH) >= 0 ? Place.A_WRONG : Place.DENIED;
    }
    if (Chars.startsWith(a, end, "率") && Absence.zeroAfter(a, a.toCharArray(), end + 1) > 0) {
      return Place.DENIED; // 合格率为零: none of it
    }
    int after = afterDegree(a, end);
    String lack = Chars.firstAt(a, after, AFTER);
    if (lack != null) {
      int lackEnd = after + lack.length();
      if (lackEnd >= a.length() || !Chars.isCjk(a.charAt(lackEnd))) {
        return Place.DENIED; // 规范性不足 ending its clause
      }
      // 规范性不足的问题已整改 names a wrong put right; 改善较差路段 a thing: neither denies
      if (Chars.startsWithAny(a, lackEnd, WRONGS)) {
        return remedied(a, lackEnd) ? Place.A_WRONG : Place.DENIED;
      }
      return Place.STATED;
    }
    return stillToDoAfter(a, end) ? Place.TO_DO : Place.STATED;
  }

  /** Whether a word of {@link #STILL_AFTER} follows {@code end} in its clause, its object between (规范管理仍需加强). */
  private static boolean stillToDoAfter(String a, int end) {
    for (int k = end; k < a.length() && k - end <= STILL_WINDOW && Chars.isCjk(a.charAt(k)); k++) {
      if (Chars.startsWithAny(a, k, STILL_AFTER)) {
        return true;
      }
    }
    return false;
  }

  /** The most characters between the target's words and a word of work still to do after them. */
  private static final int STILL_WINDOW = 6;

  /** Where a negation of {@link #BEFORE} ending at {@code at} starts, one word of {@link #DEGREES} between allowed; -1 when none. */
  private static int negationBefore(String a, int at) {
    int n = Chars.startOfEndingAt(a, at, BEFORE);
    if (n >= 0) {
      return n;
    }
    for (String d : DEGREES) {
      if (at >= d.length() && a.startsWith(d, at - d.length())) {
        n = Chars.startOfEndingAt(a, at - d.length(), BEFORE);
        if (n >= 0) {
          return n;
        }
      }
    }
    return -1;
  }

  /** Where the lack after the target's words would start: past 性, 度, 程度 or 水平 (规范性不足). */
  private static int afterDegree(String a, int end) {
    String of = Chars.firstAt(a, end, OF);
    return of == null ? end : end + of.length();
  }
}
