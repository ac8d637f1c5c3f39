package org.jixiao.core.indicator;

import java.util.regex.Pattern;

/**
 * The points a form prints after an indicator category: 产出指标(50分), 产出指标 (40-50)分,
 * 成本指标(0-20)分, 效益指标（30分）. They are the category's weight, not part of its name.
 */
final class Points {
  private Points() {}

  /** A figure or a range of figures, in brackets or not, with 分 inside or after, at the end. */
  private static final Pattern SUFFIX =
      Pattern.compile("[\\s\\u3000]*[(（]?[\\s\\u3000]*\\d+(?:\\.\\d+)?(?:[\\s\\u3000]*[-—~～–][\\s\\u3000]*\\d+(?:\\.\\d+)?)?[\\s\\u3000]*分?[\\s\\u3000]*[)）]?[\\s\\u3000]*分?[\\s\\u3000]*$");

  /** The text without its points, or the text itself when it ends in none (or in nothing else). */
  static CharSequence without(CharSequence text) {
    var m = SUFFIX.matcher(text);
    if (!m.find() || m.start() == 0) {
      return text;
    }
    String points = m.group();
    // a bare number at the end is no points: 分 must be there (产出指标2 is not 产出指标 with 2 points)
    return points.indexOf('分') >= 0 ? text.subSequence(0, m.start()) : text;
  }
}
