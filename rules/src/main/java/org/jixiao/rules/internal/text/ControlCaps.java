package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * A level said to stay below a cap of whatever is counted (低于控制指标, 低于省下达的控制数): a cap kept. Split from {@link
 * Absence}, whose limits are of money.
 */
final class ControlCaps {
  private ControlCaps() {}

  /**
   * Limits set as caps of whatever is counted, not of money alone (森林火灾3起，低于市财政批复下达的控制指标; 受害面积低于控制指标):
   * below one is a limit kept, whatever is below it.
   */
  private static final List<String> CONTROL_LIMITS = List.of("控制指标", "控制数", "控制目标", "控制线");

  /** Farthest a cap may stand after the word below it: 低于市财政批复下达的控制指标 holds eight ideographs between. */
  private static final int CONTROL_GAP = 12;

  /**
   * The length of a statement that a level stayed below a cap at {@code i} (低于控制指标, 低于省下达的控制数, review 78b h064,
   * h066, h067), 0 when none: a word of below (低于, 少于, 不高于 …), up to {@link #CONTROL_GAP} ideographs, one of {@link
   * #CONTROL_LIMITS}. Not above one: a reserve above its 控制指标 may be the aim.
   */
  static int belowAt(String s, char[] chars, int i) {
    String word = Absence.belowWordAt(s, chars[i], i);
    if (word == null) {
      return 0;
    }
    int from = i + word.length();
    for (int k = from; k < chars.length && k - from <= CONTROL_GAP && Chars.isCjk(chars[k]); k++) {
      if (chars[k] == '控') {
        String limit = Chars.firstAt(s, k, CONTROL_LIMITS);
        if (limit != null) {
          return k + limit.length() - i;
        }
      }
    }
    return 0;
  }
}
