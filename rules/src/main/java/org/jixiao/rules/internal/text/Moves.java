package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A move from one figure to another, whose end is the level reached: 由85%提高到95%, 从上年的85%升至92%,
 * 由120人增加至150人, 在上年85%的基础上提高到93%. Read as two figures, the indicator was undetermined.
 * Not a source and a destination (由县财政局拨付85万元至各乡镇), nor a spread (从2000元到5000元不等).
 */
public final class Moves {
  private Moves() {}

  /**
   * Whether the figure {@code q} of {@code actual} is where a change started, with the level reached
   * after it: 由85%提高到95%, 从上年的85%升至92%, 由120人增加至150人, 由85%到95%. 由 or 从 stands before it
   * with nothing between but words of a former time (上年的, 原来的, 2022年末的; not 由于, 从事, nor a
   * source: 由县财政局拨付85万元至各乡镇, 从200户中选出60户), and after it a verb of change with 到, 至, 为 or
   * 达, or 到 or 至 alone, then a figure in the same clause, not a spread (从2000元到5000元不等).
   */
  public static boolean startsAMove(String actual, Quantity q) {
    int from = q.start();
    while (from > 0 && from > q.start() - MOVE_REACH) {
      String former = Differences.endingAt(actual, from, FORMER_WORDS);
      if (former != null) {
        from -= former.length();
      } else if (Chars.isAsciiDigit(actual.charAt(from - 1))) {
        from--; // the digits of a year: 由2022年末的85%
      } else {
        break;
      }
    }
    if (from == 0 || MOVE_STARTS.indexOf(actual.charAt(from - 1)) < 0) {
      return false;
    }
    char start = actual.charAt(from - 1);
    if ((start == '较' || start == '比' || start == '在') && from == q.start()) {
      return false; // 较, 比 and 在 start a move only before words of a former time: 较上年的85%提高到93%
    }
    int e = q.end();
    e += Chars.startsWith(actual, e, "的基础上") ? 4 : Chars.startsWith(actual, e, "基础上") ? 3 : 0; // 在上年85%的基础上提高到93%
    if (e < actual.length() && (actual.charAt(e) == ',' || actual.charAt(e) == '，') && startingWith(actual, e + 1, MOVES) != null) {
      e++; // 由85%，提高到95%
    }
    if (startingWith(actual, e, MOVES) == null) { // 由1个村扩大到3个村: what the figure counts, then the verb
      for (int noun = 1; noun <= 2 && e + noun < actual.length() && Chars.isCjk(actual.charAt(e + noun - 1)); noun++) {
        if (startingWith(actual, e + noun, MOVES) != null) {
          e += noun;
          break;
        }
      }
    }
    String verb = startingWith(actual, e, MOVES);
    if (verb != null) {
      e += verb.length();
      if (e < actual.length() && actual.charAt(e) == '了') {
        e++;
      }
    }
    boolean to = e < actual.length() && (actual.charAt(e) == '到' || actual.charAt(e) == '至' || (verb != null && "为达".indexOf(actual.charAt(e)) >= 0));
    if (!to) {
      return false;
    }
    int end = Clauses.clauseEnd(actual, e);
    boolean figure = false;
    for (int k = e + 1; k < Math.min(end, e + MOVE_REACH); k++) {
      if (Chars.isAsciiDigit(actual.charAt(k)) || ChineseNumerals.isStart(actual.charAt(k))) {
        figure = true;
        break;
      }
    }
    String rest = actual.substring(e, end);
    return figure && !rest.contains("不等") && !rest.contains("之间") && !rest.contains("档");
  }

  /** Whether {@code actual} holds a character a move starts with ({@link #startsAMove} is asked of its figures only then). */
  public static boolean mayStart(String actual) {
    for (int k = 0; k < actual.length(); k++) {
      if (MOVE_STARTS.indexOf(actual.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Characters a move starts with: 由, 从, 自 before its figure; 较, 比, 在 before words of a former time. */
  private static final String MOVE_STARTS = "由从自较比在";

  /** The most characters of former-time words between 由 or 从 and the figure (由2022年末的, 从上年度的). */
  private static final int MOVE_REACH = 10;

  /** Words of a former time that may stand between 由 or 从 and the figure a change starts from. */
  private static final List<String> FORMER_WORDS =
      List.of("的", "原来", "原", "上年度", "上一年度", "上一年", "上年末", "上年底", "上年", "去年", "年初", "年末", "年底", "基期", "同期", "实施前",
          "项目实施前", "年", "末", "底", "初");

  /** Verbs of change between a figure it started from and the level reached (提高到, 降至). */
  private static final List<String> MOVES =
      List.of("提高", "提升", "增加", "增长", "上升", "上涨", "扩大", "下降", "降低", "减少", "缩短", "缩小", "压缩", "压减", "调整", "调增", "调减", "上调",
          "下调", "延长", "跃升", "攀升", "升", "降", "增", "减", "提", "缩");

  /** The verb of change that starts at {@code at} of {@code s} (提高 of 提高到, 降 of 降至), or null. */
  public static @Nullable String verbAt(String s, int at) {
    return startingWith(s, at, MOVES);
  }

  private static @Nullable String startingWith(String s, int at, List<String> words) {
    for (String word : words) {
      if (Chars.startsWith(s, at, word)) {
        return word;
      }
    }
    return null;
  }
}
