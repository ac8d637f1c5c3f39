package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change in words, without a figure: what rises or falls (提高就业率, 就业率明显下降, 群众收入有所减少)
 * and which way. An actual that states the change of the target's subject the other way (提高就业率 /
 * 就业率明显下降) does not achieve it however strong its degree word, which alone was read (明显: 100 %).
 *
 * <p>Only verbs of amount are read (提高, 增加, 上升 …; 降低, 减少, 下降 …), not of quality (改善, 优化,
 * 恶化): whether 下降 is worse or better depends on what falls (环境质量 or 污染). The subject must be
 * the same words on both sides (就业率 and 失业率 are not): 失业率明显下降 answers 提高就业率 well, and
 * an actual that names no subject (明显下降) is not read.
 */
public final class Changes {
  private Changes() {}

  /** Verbs of a rise in amount. */
  private static final List<String> UP = List.of("提高", "提升", "增加", "增长", "上升", "增多", "扩大", "上涨");

  /** Verbs of a fall in amount. */
  private static final List<String> DOWN = List.of("降低", "下降", "减少", "减轻", "缩小", "回落", "下滑", "减小");

  /** Words between a subject and its verb that say how far or since when, not what (明显, 有所, 较上年). */
  private static final List<String> DEGREES =
      List.of("明显", "显著", "大幅", "大大", "较大", "有所", "进一步", "稳步", "逐步", "持续", "不断", "一定程度", "略有", "较上年",
          "同比", "环比", "均", "都", "有", "了");

  /** Words right before a verb that deny it (未下降, 无明显下降, 没有提高). */
  private static final String NEGATIONS = "未无没不";

  /** A change read: which way and of what. */
  private record Change(boolean up, String subject) {}

  /**
   * Whether {@code actual} states, of the subject {@code target} asks to change, a change the other
   * way (提高就业率 / 就业率明显下降; 降低发病率 / 发病率有所上升). Both texts normalised.
   */
  public static boolean opposite(String target, String actual) {
    int from = next(actual, 0); // the actual first: most state no change, and the target is then not read
    if (from < 0) {
      return false;
    }
    Change asked = first(target);
    if (asked == null) {
      return false;
    }
    for (int k = from; k >= 0; k = next(actual, k + 2)) { // any clause's: 提升了安全管理水平，安全事故有所增加
      Change done = at(actual, k);
      if (done != null && done.up() != asked.up() && !done.subject().isEmpty() && done.subject().equals(asked.subject())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which way the first change {@code target} states goes (提高补助标准: up; 降低单位能耗: down), with what it changes;
   * null when it states none, or denies it. Normalised text.
   */
  public static @Nullable Asked asked(String target) {
    Change c = first(target);
    return c == null || c.subject().isEmpty() ? null : new Asked(c.up(), c.subject());
  }

  /** A change a target asks: which way, and of what (the words after its verb, or before it). */
  public record Asked(boolean up, String subject) {}

  /** Where the next verb of change at or after {@code from} stands, or -1. */
  private static int next(String s, int from) {
    for (int k = from; k < s.length(); k++) {
      if (FIRSTS.contains(s.charAt(k)) && (Chars.startsWithAny(s, k, UP) || Chars.startsWithAny(s, k, DOWN))) {
        return k;
      }
    }
    return -1;
  }

  /** The change the verb at {@code k} states, null when it is denied (无明显下降). */
  private static @Nullable Change at(String s, int k) {
    return denied(s, k) ? null : new Change(Chars.startsWithAny(s, k, UP), subject(s, k));
  }

  /** The first characters of the verbs: a verb is looked for only where one of them stands. */
  private static final CharSet FIRSTS = CharSet.of(c -> startsAVerb((char) c));

  private static boolean startsAVerb(char c) {
    for (String w : UP) {
      if (w.charAt(0) == c) {
        return true;
      }
    }
    for (String w : DOWN) {
      if (w.charAt(0) == c) {
        return true;
      }
    }
    return false;
  }

  /** The first change {@code s} states; null when it states none or denies the first (无明显下降). */
  private static @Nullable Change first(String s) {
    int k = next(s, 0);
    return k < 0 ? null : at(s, k);
  }

  /** Whether {@code word} is a verb of a change in amount (提高, 增加, 降低, 减少 …). */
  static boolean isVerbOfAmount(String word) {
    return UP.contains(word) || DOWN.contains(word);
  }

  /** Whether a negation stands before the verb at {@code k}, degree words between (无明显下降). */
  private static boolean denied(String s, int k) {
    int start = clauseStart(s, k);
    int p = stripDegrees(s, start, k);
    return p > start && NEGATIONS.indexOf(s.charAt(p - 1)) >= 0;
  }

  /**
   * What the verb at {@code k} changes: the words after it to the clause's end (提高就业率), or,
   * when none, those before it from the clause's start, degree words left out (就业率明显下降).
   */
  private static String subject(String s, int k) {
    int verbEnd = k + 2;
    int end = verbEnd;
    while (end < s.length() && !Clauses.isClauseEnd(s.charAt(end)) && s.charAt(end) != '、') {
      end++;
    }
    String after = s.substring(verbEnd, end).strip();
    if (after.startsWith("了")) {
      after = after.substring(1); // 显著提升了安全管理水平
    }
    if (!after.isEmpty() && Chars.isCjk(after.charAt(0))) {
      return after;
    }
    int start = clauseStart(s, k);
    return s.substring(start, stripDegrees(s, start, k)).strip();
  }

  /** {@code to}, moved back over degree words that end there, not past {@code from}. */
  private static int stripDegrees(String s, int from, int to) {
    int p = to;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (String d : DEGREES) {
        if (p - d.length() >= from && s.startsWith(d, p - d.length())) {
          p -= d.length();
          moved = true;
          break;
        }
      }
    }
    return p;
  }

  private static int clauseStart(String s, int k) {
    int p = k;
    while (p > 0 && !Clauses.isClauseEnd(s.charAt(p - 1)) && s.charAt(p - 1) != '、') {
      p--;
    }
    return p;
  }
}
