package org.jixiao.rules.internal.text;

import java.util.Optional;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A unit printed before a target's figure, as a unit cell glued to the target's prints it ({@code 米 = 3500}, {@code 户 70},
 * {@code 元/年 不低于4000}). Split from {@link TargetParser}.
 */
final class LeadingUnits {
  private LeadingUnits() {}

  /** {@code q} in the unit printed before it ({@link #leadingUnit}), per what that unit is per (元/年: 4000 元/年); null when none. */
  static @Nullable Quantity applied(String s, Quantity q) {
    String text = leadingUnit(s, q.start());
    if (text == null) {
      return null;
    }
    Optional<Unit> unit = Unit.of(text);
    if (unit.isPresent()) {
      return q.withUnit(unit.get());
    }
    int slash = text.indexOf('/');
    if (slash <= 0 || slash + 1 >= text.length() || q.per().isPresent()) {
      return null;
    }
    Optional<Unit> head = Unit.of(text.substring(0, slash));
    return head.isPresent() ? q.withUnit(head.get()).per(text.substring(slash + 1)) : null;
  }

  /** Characters of the words of comparison that may stand between a unit printed first and its figure (元/年 不低于4000). */
  private static final String COMPARISON_CHARS = "=<>≥≤≧≦不低于少高超过达到大小等至多";

  /**
   * The text of a unit printed before the comparison and the figure, a space or a colon after it ({@code 米 = 3500}, {@code
   * 株 ≥ 200}, {@code 元/年 不低于4000}, {@code 人次:500}: the unit cell of a progress table glued to the target's), or null.
   * The caller reads it as a unit, or as a unit per a period or a measure.
   */
  private static @Nullable String leadingUnit(String s, int start) {
    int space = -1;
    for (int k = 1; k < Math.min(5, s.length()); k++) { // only the first characters: linear overall
      if (s.charAt(k) == ' ' || s.charAt(k) == ':') {
        space = k;
        break;
      }
    }
    if (space <= 0 || space >= start || start - space > 6) {
      return null;
    }
    for (int k = space + 1; k < start; k++) {
      char c = s.charAt(k);
      if (c != ' ' && COMPARISON_CHARS.indexOf(c) < 0) {
        return null;
      }
    }
    return s.substring(0, space);
  }
}
