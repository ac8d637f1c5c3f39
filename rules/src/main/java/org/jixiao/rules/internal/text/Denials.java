package org.jixiao.rules.internal.text;

import java.util.List;

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
  private static final List<String> STILL_AFTER = List.of("有待", "仍需", "还需", "尚需", "亟待", "亟需", "仍有待");

  /**
   * The kind of a restatement found by {@link Echo#restatesInWords} or its words of lasting: {@link
   * Echo.Kind#DENIED} when every place the actual states the target's words denies them, {@link
   * Echo.Kind#NONE} when some do and some do not, or the words are left to be done, else {@link
   * Echo.Kind#ECHO}. {@code t} and {@code a} are the cores.
   */
  static Echo.Kind of(String t, String a) {
    int at = a.indexOf(t);
    if (at >= 0) {
      return kind(a, at, at + t.length());
    }
    // the target's verbs of change where the actual states them (制度健全 / 制度不健全: 健全)
    int denied = 0;
    int kept = 0;
    for (String verb : Echo.CHANGES) {
      int v = t.contains(verb) ? a.indexOf(verb) : -1;
      if (v < 0) {
        continue;
      }
      Echo.Kind k = kind(a, v, v + verb.length());
      if (k == Echo.Kind.NONE) {
        return k;
      }
      if (k == Echo.Kind.DENIED) {
        denied++;
      } else {
        kept++;
      }
    }
    return denied > 0 && kept > 0 ? Echo.Kind.NONE : denied > 0 ? Echo.Kind.DENIED : Echo.Kind.ECHO;
  }

  /** The kind of the target's words at {@code [start, end)} of {@code a}. */
  private static Echo.Kind kind(String a, int start, int end) {
    if (negatedBefore(a, start) || Chars.startsWithAny(a, afterDegree(a, end), AFTER)) {
      return Echo.Kind.DENIED;
    }
    return stillToDoAfter(a, end) ? Echo.Kind.NONE : Echo.Kind.ECHO;
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

  /** Whether a negation of {@link #BEFORE} ends at {@code at}, one word of {@link #DEGREES} between allowed. */
  private static boolean negatedBefore(String a, int at) {
    if (endsWithAny(a, at, BEFORE)) {
      return true;
    }
    for (String d : DEGREES) {
      if (at >= d.length() && a.startsWith(d, at - d.length()) && endsWithAny(a, at - d.length(), BEFORE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String a, int at, List<String> words) {
    for (String w : words) {
      if (at >= w.length() && a.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Where the lack after the target's words would start: past 性, 度, 程度 or 水平 (规范性不足). */
  private static int afterDegree(String a, int end) {
    String of = Chars.firstAt(a, end, OF);
    return of == null ? end : end + of.length();
  }
}
