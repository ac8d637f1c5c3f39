package org.jixiao.rules.internal.scoring;

import java.util.List;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.DateReader;
import org.jixiao.rules.internal.text.Periods;
import org.jixiao.rules.internal.text.PersBefore;
import org.jixiao.rules.internal.text.Totals;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Deadline;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/** The end of the scorer chain: no scorer decided, and the reason says what was missing. */
public final class UndeterminedReasons {
  private UndeterminedReasons() {}

  /** The undetermined verdict for an input no scorer decided. */
  public static IndicatorVerdict verdict(IndicatorInput input) {
    return IndicatorVerdict.undetermined(reason(input).build());
  }

  static Trace.Builder reason(IndicatorInput input) {
    String actual = Texts.shorten(input.actual());
    if (IndicatorTexts.isPlaceholder(input.target())) {
      return trace("JX-T-0211").putArgs("actual", actual);
    }
    String actualText = IndicatorTexts.normalize(input.actual());
    List<Quantity> figures = PersBefore.withPersBefore(IndicatorTexts.parseActual(actualText), actualText);
    Target target = IndicatorTexts.parseTarget(input.target());
    if (target.quantity().isPresent()) {
      Quantity wanted = target.quantity().get();
      if (onlyZeros(figures) && wanted.unit().isCount() && Absence.statesNoneOrLimitKept(IndicatorTexts.normalize(input.actual()))) {
        // 无撤裁案件, 未超预算 against 结案数8305件: none of one thing, or a limit kept, is no count of another
        return trace("JX-T-0220")
            .putArgs("comparison", target.comparison().symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("actual", actual);
      }
      if (figures.isEmpty()) {
        return trace("JX-T-0212")
            .putArgs("comparison", target.comparison().symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("actual", actual);
      }
      if (onlyTotals(wanted, figures, actualText, IndicatorTexts.normalize(input.target()))) {
        // 共发放360万元 against 每人每月300元: everyone's total, not the standard each one gets
        return trace("JX-T-0272")
            .putArgs("comparison", target.comparison().symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("found", () -> firstFive(figures.stream().filter(q -> q.unit().isCompatibleWith(wanted.unit())).toList()));
      }
      String unit = wanted.unit().symbol();
      List<Quantity> alike = figures.stream().filter(q -> !unit.isEmpty() && q.unit().isCompatibleWith(wanted.unit())).toList();
      if (!alike.isEmpty()) {
        // 回收率92% against 满意度 ≥ 90 %: a figure of the unit asked, of another thing; 0213 would say none is of that unit
        return trace("JX-T-0504")
            .putArgs("comparison", target.comparison().symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("found", () -> firstFive(alike));
      }
      Trace.Builder trace =
          trace(unit.isEmpty() ? "JX-T-0214" : "JX-T-0213")
              .putArgs("comparison", target.comparison().symbol())
              .putArgs("wanted", wanted::describe)
              .putArgs("found", () -> firstFive(figures));
      return unit.isEmpty() ? trace : trace.putArgs("unit", unit);
    }
    if (target.deadline().flatMap(Deadline::by).isPresent()
        && DateReader.latestDone(IndicatorTexts.normalize(input.actual())).isEmpty()
        && !speaksOfCompletion(input.actual())) {
      // a date to finish by (2021年4月15日) against 0 or 按计划推进: what is missing is the actual's
      // date or word of completion, not a figure in the target
      return trace("JX-T-0219").putArgs("target", Texts.shorten(input.target())).putArgs("actual", actual);
    }
    if (!figures.isEmpty()) {
      return trace("JX-T-0215").putArgs("target", Texts.shorten(input.target())).putArgs("actual", actual);
    }
    return trace("JX-T-0216").putArgs("actual", actual);
  }

  /** Whether {@code figures} are none, or only the 0 of 零事故: no count of anything done. */
  private static boolean onlyZeros(List<Quantity> figures) {
    for (Quantity q : figures) {
      if (q.value().signum() != 0 || !q.unit().symbol().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static Trace.Builder trace(String code) {
    return Reasons.trace(BuiltInIds.UNDETERMINED, "no-rule-decided", code);
  }

  /**
   * Whether the target is a rate per whom (每人每月300元, 100元/亩) and every figure of the actual in
   * its unit is a total (共发放360万元, 累计补贴50万元), of which there is one at least.
   */
  private static boolean onlyTotals(Quantity wanted, List<Quantity> figures, String actual, String target) {
    if (wanted.per().isEmpty() || !Periods.namesWhom(wanted.per().get()) || Totals.before(target, wanted.start())) {
      return false;
    }
    boolean total = false;
    for (Quantity q : figures) {
      if (q.unit().isCompatibleWith(wanted.unit())) {
        if (q.per().isPresent() || !Totals.before(actual, q.start())) {
          return false;
        }
        total = true;
      }
    }
    return total;
  }

  /** The first five figures found, described: made only when the reason is read. */
  /**
   * Undetermined because the figures {@code found} in the target's unit are not of what is asked ({@code method}: another
   * year, another rate, totals where the new is asked); {@code code}'s message names the target and the figures.
   */
  static IndicatorVerdict notAsked(String scorer, String method, String code, Comparison comparison, Quantity wanted, List<Quantity> found) {
    return IndicatorVerdict.undetermined(
        Reasons.trace(scorer, method, code)
            .putArgs("comparison", comparison.symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("found", () -> firstFive(found))
            .build());
  }

  static String firstFive(List<Quantity> figures) {
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < Math.min(5, figures.size()); i++) {
      found.append(i == 0 ? "" : ", ").append(figures.get(i).describe());
    }
    return found.toString();
  }

  /** The stems of a word that says work was finished (已完工验收, 已竣工, 已交付, 已办结): not "nothing said". */
  private static final List<String> COMPLETION_STEMS = List.of("完", "竣", "验收", "交付", "办结", "结束", "投入使用");

  private static boolean speaksOfCompletion(String actual) {
    return COMPLETION_STEMS.stream().anyMatch(actual::contains);
  }
}
