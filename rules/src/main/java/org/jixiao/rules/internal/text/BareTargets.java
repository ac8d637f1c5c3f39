package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A target figure printed without its unit, where the form's unit column was lost (假肢安装及基本康复服务21),
 * takes the unit of the actual's figure that its label names (…,假肢安装及基本康复服务21人。: 人). Read bare,
 * only a bare figure of the actual could answer it, and the actual's only bare figures were those of
 * “0-6”残疾儿童 (review 79b b005).
 *
 * <p>Only where it cannot be in doubt: the label before the target's figure (or else the indicator's
 * name) has {@value #FEWEST} ideographs or more, the actual names it right before a figure (a colon,
 * 为, 是, 共, 计, 有 or 了 between), every place it does so gives a figure of one unit, and the indicator
 * gives no unit of its own (度量单位, or a unit in its name).
 */
public final class BareTargets {
  private BareTargets() {}

  /** The fewest ideographs of a label: 人数 alone names what a figure counts no better than its unit. */
  static final int FEWEST = 3;

  /** What may stand between a label and its figure in the actual: 假肢安装人数为21人, 服务人次:300. */
  private static final String BETWEEN = ":为是共计有了 ";

  /**
   * {@code target} with the unit of the actual's figure its label names, or empty when its figure
   * has a unit, or none can be taken so.
   *
   * @param target the target parsed with its context
   * @param targetText the normalised target text
   * @param name the indicator's normalised name, the label when the target has none before its figure
   * @param actualText the normalised actual text
   * @param figures the actual's figures, as the scorer reads them
   * @param where the indicator's context
   */
  public static Optional<Target> withNamedUnit(
      Target target, String targetText, String name, String actualText, List<Quantity> figures, TargetContext where) {
    Optional<Quantity> q = target.quantity();
    if (q.isEmpty() || !q.get().unit().equals(Unit.NONE) || where.unit().isPresent() || figures.isEmpty()) {
      return Optional.empty();
    }
    int start = Math.min(q.get().start(), targetText.length());
    String label = targetText.substring(0, TargetParser.labelEnd(targetText, start)).strip();
    if (Chars.ideographs(label) < FEWEST) {
      label = name.strip();
    }
    if (Chars.ideographs(label) < FEWEST) {
      return Optional.empty();
    }
    @Nullable Unit unit = null;
    for (int at = actualText.indexOf(label); at >= 0; at = actualText.indexOf(label, at + 1)) {
      int p = at + label.length();
      while (p < actualText.length() && BETWEEN.indexOf(actualText.charAt(p)) >= 0) {
        p++;
      }
      Quantity named = startingAt(figures, p);
      if (named == null || named.unit().equals(Unit.NONE)) {
        return Optional.empty();
      }
      if (unit != null && !unit.equals(named.unit())) {
        return Optional.empty(); // named twice, in two units
      }
      unit = named.unit();
    }
    if (unit == null) {
      return Optional.empty();
    }
    return Optional.of(new Target(target.text(), target.comparison(), target.explicit(), Optional.of(q.get().withUnit(unit)), target::deadline));
  }

  private static @Nullable Quantity startingAt(List<Quantity> figures, int p) {
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).start() == p) {
        return figures.get(i);
      }
    }
    return null;
  }
}
