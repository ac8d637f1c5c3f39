package org.jixiao.core.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.label.Labels;

/**
 * A second-level label that names several second levels at once, as some templates print one row
 * for them: 社会、经济、生态效益 指标 (东莞's 批复表), 经济效益和社会效益指标, 经济及社会效益指标. The
 * names are cut at 、 ， , / 和 及 与; a name without its ending borrows the last name's
 * (经济 → 经济效益 from 社会效益), as the printed text shares it.
 */
final class CombinedLevels {
  private CombinedLevels() {}

  /** Characters that separate the names. */
  private static final String SEPARATORS = "、，,/／和及与;；";

  /**
   * The second levels {@code text} names when every one of its names (two or more) is one, each
   * once; empty otherwise — a single label is {@link Subcategory#fromLabel}'s to read.
   */
  static Set<Subcategory> of(CharSequence text) {
    String t = compact(Labels.foldTraditional(PrintedLevels.withoutPoints(text))); // 社會、經濟效益指標 too
    if (t.endsWith("指标")) {
      t = t.substring(0, t.length() - 2);
    }
    List<String> names = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || SEPARATORS.indexOf(t.charAt(i)) >= 0) {
        if (i == start) {
          return Set.of(); // two separators in a row, or one at an end: not a list of names
        }
        names.add(t.substring(start, i));
        start = i + 1;
      }
    }
    if (names.size() < 2) {
      return Set.of();
    }
    String last = names.get(names.size() - 1);
    Set<Subcategory> named = EnumSet.noneOf(Subcategory.class);
    for (String name : names) {
      Optional<Subcategory> s = read(name, last);
      if (s.isEmpty() || !named.add(s.get())) {
        return Set.of();
      }
    }
    return Collections.unmodifiableSet(named);
  }

  /** {@code name} as a second level, or with the shortest ending of {@code last} that makes it one. */
  private static Optional<Subcategory> read(String name, String last) {
    Optional<Subcategory> s = Subcategory.fromLabel(name);
    for (int k = last.length() - 1; s.isEmpty() && k > 0; k--) {
      if (last.length() - k >= 2) {
        s = Subcategory.fromLabel(name + last.substring(k));
      }
    }
    return s;
  }

  /** The text without spaces of any width (社会、经济、生态效益 指标 prints one before 指标). */
  private static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
