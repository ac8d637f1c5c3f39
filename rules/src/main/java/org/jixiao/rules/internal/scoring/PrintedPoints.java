package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;

/**
 * How many of the indicators' points a form's printed 分值 show in what was read. A form gives
 * the execution rate and each indicator a 分值, together the total (10 + 90 = 100). When the
 * indicators read print less than their part, the rest belongs to indicators that are not there:
 * a copy cut short, a page missing, rows that could not be read. Nothing is known of them, so the
 * evaluator treats their points as it treats an undetermined indicator's: the weights allocator
 * hands them to the scored indicators in proportion (as it does for undetermined and not
 * applicable ones alike), the score is provisional, and their share counts in the undetermined
 * share, above the profile's limit of which no score is given. Only the last two set them apart
 * from an indicator printed as 不适用, /, —, 无.
 *
 * <p>Only printed 分值 say so: a project whose indicators print none (disclosure tables, the 20/80
 * template without a 分值 column) is left alone, and a category that is simply absent from such a
 * project is rescaled as before. A shortfall within the profile's tolerance for printed points
 * ({@link Profile#statedScoreTolerance()}) is display rounding, not a missing indicator.
 */
public final class PrintedPoints {
  private static final PrintedPoints COMPLETE = new PrintedPoints(BigDecimal.ZERO, BigDecimal.ZERO);

  private final BigDecimal visible;
  private final BigDecimal expected;

  private PrintedPoints(BigDecimal visible, BigDecimal expected) {
    this.visible = visible;
    this.expected = expected;
  }

  /**
   * What the project's printed 分值 show: the indicators' part is the total less the form's own
   * execution 分值 (the profile's execution weight when the form prints none).
   */
  public static PrintedPoints of(Project project, Profile profile) {
    List<Indicator> indicators = project.indicators().indicators();
    BigDecimal visible = BigDecimal.ZERO;
    for (int i = 0; i < indicators.size(); i++) { // no lambda or iterator: this runs for every project
      Optional<BigDecimal> w = indicators.get(i).weight();
      if (w.isPresent()) {
        visible = visible.add(w.get());
      }
    }
    if (visible.signum() == 0) {
      return COMPLETE; // no 分值 printed (or only 0): the form says nothing of its points
    }
    Optional<BigDecimal> stated = WeightsAllocator.usableExecutionWeight(project, profile);
    BigDecimal execution = stated.isPresent() ? stated.get() : profile.executionWeight();
    BigDecimal expected = profile.total().subtract(execution);
    if (expected.subtract(visible).compareTo(profile.statedScoreTolerance()) <= 0) {
      return COMPLETE; // all there, or more (10 + 110: the form-weights check speaks of that)
    }
    return new PrintedPoints(visible, expected);
  }

  /** Whether the printed 分值 show indicators' points missing from what was read. */
  public boolean incomplete() {
    return expected.signum() > 0;
  }

  /** The share (0..1) of the indicators' points the indicators read do not print; 0 when complete. */
  public BigDecimal missingShare() {
    return incomplete() ? Decimals.divide(expected.subtract(visible), expected) : BigDecimal.ZERO;
  }

  /**
   * The share of the indicators' points whose outcome is unknown: the missing ones, and of the
   * rest the share {@code undetermined} (0..1) the undetermined indicators read would carry.
   */
  public BigDecimal withUndetermined(BigDecimal undetermined) {
    BigDecimal missing = missingShare();
    return missing.add(BigDecimal.ONE.subtract(missing).multiply(undetermined));
  }

  /** The 分值 of the indicators read, added up. */
  public BigDecimal visible() {
    return visible;
  }

  /** The points the indicators should carry: the total less the execution 分值. */
  public BigDecimal expected() {
    return expected;
  }

  /**
   * The finding that says how many of the points were visible and what became of the rest, with
   * the profile's undetermined share as the limit that withholds the score: JX-R-0111 when the
   * rest is not in what was read (a copy cut short, a page missing); JX-R-0112 when it is in rows
   * the reader kept whole because no level stood above them, and JX-R-0113 when those hold part
   * of it and the rest is not there.
   */
  public Msg message(Project project, Profile profile) {
    BigDecimal missing = expected.subtract(visible);
    KeptRows.Found kept = KeptRows.of(project);
    if (kept != null) {
      // the kept rows may hold more than is missing: a form's 分值 may add up to more than its total
      BigDecimal rest = missing.subtract(kept.points());
      boolean all = rest.compareTo(profile.statedScoreTolerance()) <= 0;
      Msg msg = Msg.of(all ? "JX-R-0112" : "JX-R-0113")
          .arg("visible", Decimals.plain(visible))
          .arg("expected", Decimals.plain(expected))
          .arg("missing", Decimals.plain(missing))
          .arg("kept", Decimals.plain(kept.points()))
          .arg("rows", kept.rows())
          .arg("first", Texts.shorten(kept.first()))
          .arg("line", kept.line())
          .arg("limit", Decimals.percent(profile.undeterminedShare()));
      return all ? msg : msg.arg("rest", Decimals.plain(rest));
    }
    return Msg.of("JX-R-0111")
        .arg("visible", Decimals.plain(visible))
        .arg("expected", Decimals.plain(expected))
        .arg("missing", Decimals.plain(missing))
        .arg("share", Decimals.percent(BigDecimal.ONE.subtract(missingShare())))
        .arg("limit", Decimals.percent(profile.undeterminedShare()));
  }
}
