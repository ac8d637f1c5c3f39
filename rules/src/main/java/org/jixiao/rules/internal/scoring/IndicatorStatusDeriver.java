package org.jixiao.rules.internal.scoring;

import static org.jixiao.rules.internal.Decimals.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.StatusDeriver;
import org.jixiao.rules.spi.StatusVerdict;
import org.jspecify.annotations.Nullable;

/**
 * The status from the indicator results, in this order:
 *
 * <ol>
 *   <li>UNDETERMINED when nothing was scored, or the undetermined indicators carry more than
 *       the profile's undetermined share (0.5) of the indicators' weight — the same rule that
 *       withholds the score, which counts the points a form's printed 分值 show missing
 *       ({@link PrintedPoints}) as undetermined;
 *   <li>CANCELLED when more than the profile's cancelled share (0.5) of the scored indicators
 *       were read as withdrawn (已撤项);
 *   <li>COMPLETED when every scored indicator earned its full weight;
 *   <li>otherwise by the achievement, points / weight over the scored indicators:
 *       MOSTLY_COMPLETED from 0.80, PARTIALLY_COMPLETED from 0.60, NOT_COMPLETED below.
 * </ol>
 *
 * <p>Undetermined indicators left out are named in the trace: the status then speaks for the
 * scored indicators only, and the evaluation is provisional.
 */
public final class IndicatorStatusDeriver implements StatusDeriver {
  /** Each status as the English reasons name it ({@code mostly completed}). */
  private static final String[] ENGLISH = new String[Status.values().length];

  static {
    for (Status s : Status.values()) {
      ENGLISH[s.ordinal()] = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** A profile's thresholds as the reasons print them: formatted once, not for every project. */
  private record Thresholds(Profile profile, String mostly, String partly) {
    static Thresholds of(Profile profile) {
      return new Thresholds(profile, percent(profile.mostlyCompletedAt()), percent(profile.partiallyCompletedAt()));
    }
  }

  /**
   * The thresholds of the profile last seen. A plain field read and written by any thread: its
   * value is immutable (final fields), so a thread sees either a whole one or an older one, and a
   * miss only formats again.
   */
  private @Nullable Thresholds last;

  private Thresholds thresholds(Profile profile) {
    Thresholds t = last;
    if (t == null || t.profile() != profile) {
      t = Thresholds.of(profile);
      last = t;
    }
    return t;
  }

  @Override
  public String id() {
    return BuiltInIds.STATUS;
  }

  @Override
  public StatusVerdict derive(
      Project project, List<IndicatorResult> results, BigDecimal undeterminedShare, Profile profile) {
    List<IndicatorResult> scored = new ArrayList<>();
    long undetermined = 0;
    long withdrawn = 0;
    for (IndicatorResult r : results) {
      if (r.outcome() == Outcome.SCORED) {
        scored.add(r);
        if (r.trace().method().equals("withdrawal")) {
          withdrawn++;
        }
      } else if (r.outcome() == Outcome.UNDETERMINED) {
        undetermined++;
      }
    }
    Trace.Builder trace =
        Trace.builder()
            .rule(id())
            .putFigures("scored", BigDecimal.valueOf(scored.size()))
            .putFigures("undetermined", BigDecimal.valueOf(undetermined));
    if (scored.isEmpty()) {
      return verdict(Status.UNDETERMINED, trace.method("nothing-scored").reason("JX-T-0301", Reasons.ZH));
    }
    trace.putFigures("undeterminedShare", Decimals.fraction(undeterminedShare));
    if (undeterminedShare.compareTo(profile.undeterminedShare()) > 0) {
      trace
          .method("too-much-undetermined")
          .putArgs("share", undeterminedShare, Trace.Printed.PERCENT)
          .putArgs("limit", profile.undeterminedShare(), Trace.Printed.PERCENT);
      PrintedPoints printed = PrintedPoints.of(project, profile);
      if (printed.incomplete()) { // the share counts the points the printed 分值 miss: say so
        trace
            .reason("JX-T-0308", Reasons.ZH)
            .putArgs("visible", printed.visible(), Trace.Printed.PLAIN)
            .putArgs("expected", printed.expected(), Trace.Printed.PLAIN);
      } else {
        trace.reason("JX-T-0302", Reasons.ZH).putArgs("undetermined", Long.toString(undetermined));
      }
      return verdict(Status.UNDETERMINED, trace);
    }
    trace.putArgs("scored", Integer.toString(scored.size()));
    if (undetermined > 0) {
      trace.putArgs("undetermined", Long.toString(undetermined));
    }
    trace.putFigures("withdrawn", BigDecimal.valueOf(withdrawn));
    BigDecimal withdrawnShare = // 0 without a division for nearly every project (it is only compared)
        withdrawn == 0 ? BigDecimal.ZERO : Decimals.divide(BigDecimal.valueOf(withdrawn), BigDecimal.valueOf(scored.size()));
    if (withdrawnShare.compareTo(profile.cancelledShare()) > 0) {
      return verdict(
          Status.CANCELLED,
          trace
              .method("withdrawn")
              .reason("JX-T-0303", Reasons.ZH)
              .putArgs("withdrawn", Long.toString(withdrawn)));
    }
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal weight = BigDecimal.ZERO;
    BigDecimal fractions = BigDecimal.ZERO;
    boolean allFull = true;
    for (IndicatorResult r : scored) {
      points = points.add(r.points().orElse(BigDecimal.ZERO));
      weight = weight.add(r.weight());
      BigDecimal f = r.fraction().orElse(BigDecimal.ZERO);
      fractions = fractions.add(f);
      allFull &= f.compareTo(BigDecimal.ONE) == 0;
    }
    BigDecimal achievement =
        weight.signum() > 0
            ? Decimals.divide(points, weight)
            : Decimals.divide(fractions, BigDecimal.valueOf(scored.size()));
    trace.putFigures("achievement", Decimals.fraction(achievement));
    if (allFull) {
      return verdict(
          Status.COMPLETED,
          trace.method("all-met").reason(undetermined == 0 ? "JX-T-0304" : "JX-T-0305", Reasons.ZH));
    }
    Status status;
    if (achievement.compareTo(profile.mostlyCompletedAt()) >= 0) {
      status = Status.MOSTLY_COMPLETED;
    } else if (achievement.compareTo(profile.partiallyCompletedAt()) >= 0) {
      status = Status.PARTIALLY_COMPLETED;
    } else {
      status = Status.NOT_COMPLETED;
    }
    Thresholds thresholds = thresholds(profile);
    trace
        .reason(undetermined == 0 ? "JX-T-0306" : "JX-T-0307", Reasons.ZH)
        .putArgs("achievement", achievement, Trace.Printed.PERCENT)
        .putArgs("mostly", thresholds.mostly())
        .putArgs("partly", thresholds.partly())
        .putArgs("status", status.label())
        .putArgs("statusEn", ENGLISH[status.ordinal()]);
    return verdict(status, trace.method("achievement"));
  }

  private static StatusVerdict verdict(Status status, Trace.Builder trace) {
    return new StatusVerdict(status, trace.build());
  }
}
