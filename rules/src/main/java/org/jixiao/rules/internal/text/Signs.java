package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;
import static org.jixiao.rules.internal.text.Chars.isAsciiLetter;

import java.util.Comparator;
import java.util.List;

/**
 * Which way a figure goes: a minus sign right before it ({@code −5%}, {@code -0.5%}, {@code －5%})
 * or a word of decrease before it in its clause ({@code 下降5%}, {@code 减少5%}, {@code 降低5%},
 * {@code 负增长5%}, {@code 同比下降不少于5%}) make it a fall; a word of increase ({@code 增长5%},
 * {@code 上升5%}) a rise. The scanner reads figures without sign; this says what a sign or a word
 * before one means.
 *
 * <p>Not signs: a dash between figures ({@code 5-10个}, a range), inside a date ({@code 2023-12}),
 * in a code ({@code A-5}), a dash doubled ({@code --5}), the dashes of placeholders and ranges
 * ({@code —}, {@code –}). Not a change: a level reached ({@code 下降至5%}, {@code 降到5%}).
 * Linear: a few characters before the figure are looked at.
 */
public final class Signs {
  private Signs() {}

  /** The way a figure goes, as the text before it says. */
  public enum Direction {
    /** A rise: 增长, 增加, 上升. */
    UP,
    /** A fall: a minus sign, 下降, 减少, 降低, 负增长. */
    DOWN,
    /** Nothing says. */
    NONE
  }

  /** Words of decrease, longest first. */
  private static final List<String> DECREASE =
      byLength(List.of("负增长", "下降", "减少", "降低", "缩减", "压减", "压缩", "削减", "核减", "下调", "下浮", "缩小", "减", "降", "负"));

  /** Words of increase, longest first. */
  private static final List<String> INCREASE =
      byLength(List.of("正增长", "增长", "增加", "上升", "提高", "提升", "上涨", "增", "涨"));

  /** Words of decrease a name states its figure in (三公经费压减率, 事故减少率): 减 and 降 alone are too short to tell. */
  private static final List<String> NAME_DECREASE =
      List.of("负增长", "下降", "减少", "降低", "缩减", "压减", "削减", "降幅", "减幅");

  /**
   * What may stand between a word of direction and its figure: comparisons (下降≥5%, 下降不少于5%),
   * the rate's name (下降率5%), a copula (下降了5%, 下降幅度为5%). Not 至 or 到, which make a level
   * (下降至5%), except 达到.
   */
  private static final List<String> FILLERS =
      byLength(
          List.of("大于或等于", "小于或等于", "大于等于", "小于等于", "不少于", "不低于", "不小于", "不超过", "不高于", "不大于", "控制在", "至少",
              "达到", "超过", "大于", "高于", "小于", "低于", "幅度", "比例", "率", "了", "为", "达", "约", "近", "≥", "≤", "≧", "≦",
              ">=", "<=", ">", "<", "=", ":", " "));

  /** The most fillers skipped: 下降幅度为不低于5% has three. */
  private static final int MAX_FILLERS = 4;

  /** The lists read back from a figure, by the character a word ends with: asked of every figure compared. */
  private static final WordEnds FILLER_ENDS = WordEnds.of(FILLERS);
  private static final WordEnds DECREASE_ENDS = WordEnds.of(DECREASE);
  private static final WordEnds INCREASE_ENDS = WordEnds.of(INCREASE);

  private static List<String> byLength(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** Whether {@code c} is a minus sign: the hyphen-minus (which full-width and small forms normalise to) and U+2212. */
  public static boolean isMinus(char c) {
    return c == '-' || c == '\u2212' || c == '\uff0d' || c == '\ufe63';
  }

  /**
   * Whether a minus sign stands right before the figure at {@code start} of {@code s}, and is a
   * sign: nothing a dash joins stands before it (a digit or a point: a range or a date; a letter:
   * a code; another dash or a slash).
   */
  public static boolean minusBefore(String s, int start) {
    if (start < 1 || start > s.length() || !isMinus(s.charAt(start - 1))) {
      return false;
    }
    if (start >= 2) {
      char p = s.charAt(start - 2);
      if (isAsciiDigit(p) || isAsciiLetter(p) || isMinus(p) || p == '.' || p == '—' || p == '–' || p == '~' || p == '_'
          || p == '/' || p == '#' || p == '*') {
        return false;
      }
    }
    return true;
  }

  /**
   * The way the figure at {@code start} of {@code s} (normalised) goes: {@link Direction#DOWN} for
   * a minus sign or a word of decrease before it, {@link Direction#UP} for a word of increase,
   * else {@link Direction#NONE}.
   */
  public static Direction before(String s, int start) {
    if (minusBefore(s, start)) {
      return Direction.DOWN;
    }
    int p = Math.min(start, s.length());
    String last = null;
    for (int skipped = 0; skipped < MAX_FILLERS; skipped++) {
      String filler = FILLER_ENDS.endingAt(s, p);
      if (filler == null) {
        break;
      }
      p -= filler.length();
      last = filler;
    }
    if ("为".equals(last) && (DECREASE_ENDS.endingAt(s, p) != null || INCREASE_ENDS.endingAt(s, p) != null)) {
      return Direction.NONE; // 合格率下降为97%, 提高为95%: the level reached (下降幅度为5% is a fall)
    }
    if (DECREASE_ENDS.endingAt(s, p) != null) {
      return Direction.DOWN;
    }
    if (INCREASE_ENDS.endingAt(s, p) != null) {
      return Direction.UP;
    }
    return Direction.NONE;
  }

  /**
   * Whether an indicator's name is a rate of decrease (三公经费压减率, 事故减少率, 能耗降低率, 降幅):
   * its figure is the size of a fall. A name of decrease that is no rate (降低成本, 减少投诉) names
   * what is to fall, and its figure is a level (≤90万元), not a fall.
   */
  public static boolean nameStatesDecrease(String name) {
    boolean rate = name.contains("率") || name.contains("幅") || name.contains("比例");
    if (!rate) {
      return false;
    }
    for (String word : NAME_DECREASE) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name asks a fall of what it names, with no rate word (碳排放强度下降, 运行成本降低, 压减一般性支出): a share
   * asked of it as a floor (≥ 10 %) is then the size of the fall, which 同比下降12% meets; a word of increase beside
   * makes it no such name.
   */
  public static boolean namesAFall(String text) {
    String name = text.replace("增加值", ""); // 单位工业增加值用水量下降: a value added, no increase
    boolean fall = false;
    for (String word : NAME_DECREASE) {
      fall |= name.contains(word);
    }
    if (!fall && !name.contains("压缩")) {
      return false;
    }
    for (String word : INCREASE) {
      if (word.length() > 1 && name.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
