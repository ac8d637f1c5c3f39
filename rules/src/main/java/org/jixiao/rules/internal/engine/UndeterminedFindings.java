package org.jixiao.rules.internal.engine;

import java.util.Optional;
import java.util.StringJoiner;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.scoring.Texts;
import org.jixiao.rules.spi.IndicatorVerdict;

/**
 * The warning an {@link Engine} gives for an indicator it could not score, wholly (JX-R-0103) or
 * in some of its parts (JX-R-0104): the rule to blame, where the indicator is, and why, in the
 * engine's language.
 */
final class UndeterminedFindings {
  private UndeterminedFindings() {}

  /** The warning for {@code verdict}, an indicator's with something undetermined; {@code engine} words its reasons. */
  static Finding of(Engine engine, Project project, Indicator indicator, int index, IndicatorVerdict verdict) {
    String rule = verdict.trace().rule();
    if (!whole(verdict)) {
      for (IndicatorVerdict part : verdict.parts()) {
        if (part.hasUndetermined()) {
          rule = part.trace().rule(); // the last undetermined part's
        }
      }
    }
    String what = indicator.subcategory().map(s -> s.label()).orElse(indicator.category().label());
    Msg message =
        Msg.of(verdict.outcome() == Outcome.UNDETERMINED ? "JX-R-0103" : "JX-R-0104")
            .arg("indicator", what)
            .arg("n", index + 1)
            .arg("reasons", () -> reasons(engine, verdict)); // quoting the traces formats them: only when read
    Location.Builder location = Location.builder().seq(project.seq()).path("indicators[" + index + "]");
    Optional<String> actual = indicator.actual(); // no lambda: one that captures is an object per call before C2
    if (actual.isPresent() && !actual.get().isBlank()) {
      location.text(Texts.cut(actual.get(), 200));
    }
    return message.finding(rule, Severity.WARNING, location.build());
  }

  /** Whether the verdict's own trace says why it is undetermined, rather than its parts'. */
  private static boolean whole(IndicatorVerdict verdict) {
    return verdict.outcome() == Outcome.UNDETERMINED && verdict.parts().isEmpty();
  }

  /** Why an indicator, or each undetermined part of it, could not be scored: {@code (2) reason；(3) reason}. */
  private static String reasons(Engine engine, IndicatorVerdict verdict) {
    if (whole(verdict)) {
      return engine.reason(verdict.trace());
    }
    StringJoiner reasons = new StringJoiner("；");
    for (IndicatorVerdict part : verdict.parts()) {
      if (part.hasUndetermined()) {
        reasons.add("(" + part.item().orElse(0) + ") " + engine.reason(part.trace()));
      }
    }
    return reasons.toString();
  }
}
