package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The negation right before a word that {@link CompletionReader} reads: 不及时, 没完成, 不太满意, 没有完全完成. */
final class Negations {
  private Negations() {}

  private static final List<String> NEGATIONS = List.of("尚未", "没有", "无法", "难以", "未", "不", "没");

  /** The last characters of {@link #NEGATIONS}. */
  private static final String NEGATION_ENDS =
      NEGATIONS.stream().map(w -> w.substring(w.length() - 1)).distinct().collect(Collectors.joining());

  /** Words of degree a negation reaches over: 不太满意 is no 满意 (是很 before 很, the longer first). */
  private static final List<String> NEGATED_DEGREES = List.of("是很", "是太", "完全", "十分", "太", "够", "很", "甚", "大");

  /** The last characters of {@link #NEGATED_DEGREES}. */
  private static final String DEGREE_ENDS =
      NEGATED_DEGREES.stream().map(w -> w.substring(w.length() - 1)).distinct().collect(Collectors.joining());

  /**
   * 不 or 没 right before a word (不满意 aside, which is an entry of its own): 不及时, 没完成; or
   * before a word of degree that stands between them: 不太满意, 不够及时, 不是很满意, 没有完全完成.
   */
  static @Nullable String immediate(String s, char[] chars, int at) {
    String direct = negationEndingAt(s, chars, at);
    if (direct != null) {
      return direct;
    }
    if (at < 2 || DEGREE_ENDS.indexOf(chars[at - 1]) < 0) {
      return null; // no word of degree ends just before: nearly every word found
    }
    for (String degree : NEGATED_DEGREES) {
      int before = at - degree.length();
      if (before > 0 && s.startsWith(degree, before)) {
        String negation = negationEndingAt(s, chars, before);
        if (negation != null) {
          return negation + degree;
        }
      }
    }
    return null;
  }

  private static @Nullable String negationEndingAt(String s, char[] chars, int at) {
    if (at == 0 || NEGATION_ENDS.indexOf(chars[at - 1]) < 0) {
      return null; // no negation ends just before: the answer for nearly every word found
    }
    for (String negation : NEGATIONS) {
      if (at >= negation.length() && s.startsWith(negation, at - negation.length())) {
        return negation;
      }
    }
    return null;
  }
}
