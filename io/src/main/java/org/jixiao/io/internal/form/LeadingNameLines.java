package org.jixiao.io.internal.form;

import org.jixiao.core.label.ItemNumbers;

/**
 * The start of an indicator's name printed on a line of its own above the indicator's row: text
 * copied out of a PDF places each line of a tall cell at its own height, and a name of two or three
 * lines beside one-line figures has its first line above them (完成农村公路 / 建设里程 | ≥10公里 |
 * 12公里 | 40 | 40). Read as a row, the first line became an indicator with nothing but a name, and
 * the indicator below lost the start of its name.
 *
 * <p>A line is such a start only when it holds a name and nothing else but its levels (no value, no
 * weight or score: a template's blank indicator prints its 分值), the name is no template filler,
 * and the line directly below is an indicator's row with figures and a name that is empty or
 * carries this one on ({@link ItemNumbers#startsNewItem} says no); levels may stand on one of the
 * two lines, not on both (then the line above is an indicator of its own, its values left blank).
 */
final class LeadingNameLines {
  private final FormGrid g;
  private final IndicatorRole[] roles;
  private String held = "";
  private int heldRow = -1;

  /** @param roles the block's column roles (shared, not copied) */
  LeadingNameLines(FormGrid g, IndicatorRole[] roles) {
    this.g = g;
    this.roles = roles;
  }

  /**
   * Holds a name-only line's name for the row below when the line is the start of that row's name;
   * returns whether it did.
   */
  boolean hold(int row, String name) {
    if (name.isEmpty() || FormText.isPlaceholderName(name) || !onlyName(row) || row + 1 >= g.height()) {
      return false;
    }
    int next = row + 1;
    String below = "";
    boolean figures = false;
    for (int c = g.first(next); c >= 0; c = g.next(next, c + 1)) {
      IndicatorRole role = roleOf(c);
      switch (role) {
        case CAT1, CAT2 -> {
          if (levels(row)) {
            return false; // both print levels: the line above is an indicator of its own
          }
        }
        case NAME -> below = g.text(next, c);
        case TARGET, TARGET_PART, ACTUAL, WEIGHT, SCORE -> figures = true;
        default -> { }
      }
    }
    if (!figures || (!below.isEmpty() && (FormText.isPlaceholderName(below) || ItemNumbers.startsNewItem(name, below)))) {
      return false;
    }
    held = name;
    heldRow = row;
    return true;
  }

  /** The name of the indicator at {@code row}: the held start before its own, if held for it. */
  String name(int row, String own) {
    if (heldRow < 0 || heldRow != row - 1) {
      return own;
    }
    return held + own;
  }

  /** The name held last. */
  String held() {
    return held;
  }

  /** The row whose line was held for {@code row}, or -1. */
  int heldFor(int row) {
    return heldRow >= 0 && heldRow == row - 1 ? heldRow : -1;
  }

  /** Whether a line holds nothing but a name, and the levels it may stand beside. */
  private boolean onlyName(int row) {
    for (int c = g.first(row); c >= 0; c = g.next(row, c + 1)) {
      IndicatorRole role = roleOf(c);
      if (role != IndicatorRole.NAME && role != IndicatorRole.CAT1 && role != IndicatorRole.CAT2) {
        return false;
      }
    }
    return true;
  }

  private boolean levels(int row) {
    for (int c = g.first(row); c >= 0; c = g.next(row, c + 1)) {
      if (roleOf(c) == IndicatorRole.CAT1 || roleOf(c) == IndicatorRole.CAT2) {
        return true;
      }
    }
    return false;
  }

  private IndicatorRole roleOf(int c) {
    return c < roles.length ? roles[c] : IndicatorRole.NONE;
  }
}
