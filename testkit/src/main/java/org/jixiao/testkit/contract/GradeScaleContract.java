package org.jixiao.testkit.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.GradeScale;
import org.jixiao.testkit.internal.Examples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The standard properties of a {@link GradeScale}: implement this interface in a test class and
 * return your scale from {@link #scale()}. Every score in cents from 0 to the profile's total is
 * checked (10,001 under a total of 100: the engine grades totals in cents), and the band
 * boundaries as the profile writes them.
 */
public interface GradeScaleContract {

  /** The scale under test. */
  GradeScale scale();

  /** The profile the scale is run with. */
  default Profile profile() {
    return Profiles.defaultProfile();
  }

  /**
   * How many scores each property was once checked on. No longer used: a sample of scores missed
   * a grade that dips at one cent (差 at exactly 85.00), so every score in cents is checked; kept
   * so that a test overriding it still compiles.
   */
  default int examples() {
    return 500;
  }

  /** The seed named in a failure (every score is checked, so nothing is drawn from it). */
  default long seed() {
    return 20_191_231L;
  }

  /** Whether every score from 0 to the total gets a grade (true for band scales). */
  default boolean gradesEveryScore() {
    return true;
  }

  /** Every score in cents from 0 to the total, then the bands' boundaries and the total as the profile writes them. */
  private List<BigDecimal> scores() {
    long cents = profile().total().movePointRight(2).longValueExact();
    List<BigDecimal> all = new ArrayList<>((int) cents + 8);
    for (long c = 0; c <= cents; c++) {
      all.add(BigDecimal.valueOf(c, 2));
    }
    // the same values at the profile's own scale (90 rather than 90.00): a scale must not care
    all.addAll(profile().gradeBands().values());
    all.add(BigDecimal.ZERO);
    all.add(profile().total());
    return all;
  }

  // Every call goes through here, the eight threads' too, so a scale that throws or returns null
  // is named with its score.
  private Optional<Grade> grade(GradeScale scale, BigDecimal score) {
    Optional<Grade> g;
    try {
      g = scale.grade(score, profile());
    } catch (RuntimeException e) {
      throw ContractFailure.thrown(scale.id(), score, seed(), e);
    }
    if (g == null) {
      throw ContractFailure.of(scale.id(), "returns a grade or empty, never null", score, seed(), "null");
    }
    return g;
  }

  /** A higher score never gets a worse grade. */
  @Test
  default void aHigherScoreNeverGetsAWorseGrade() {
    GradeScale scale = scale();
    List<BigDecimal> scores = scores();
    scores.sort(null);
    Optional<Grade> previous = Optional.empty();
    BigDecimal previousScore = BigDecimal.ZERO;
    for (BigDecimal s : scores) {
      Optional<Grade> g = grade(scale, s);
      // Grade's order is best first: EXCELLENT < GOOD < FAIR < POOR.
      if (previous.isPresent() && g.isPresent() && g.get().compareTo(previous.get()) > 0) {
        throw ContractFailure.of(scale.id(), "monotone", previousScore + " → " + s, seed(), previous.get() + " then " + g.get());
      }
      if (g.isPresent()) {
        previous = g;
        previousScore = s;
      }
    }
  }

  /** Every score from 0 to the total gets a grade (when {@link #gradesEveryScore()}). */
  @Test
  default void everyScoreGetsAGrade() {
    // skipped, not passed, for a scale that opts out: a report must not count it
    Assumptions.assumeTrue(gradesEveryScore(), "the scale opts out (gradesEveryScore() is false)");
    GradeScale scale = scale();
    for (BigDecimal s : scores()) {
      if (grade(scale, s).isEmpty()) {
        throw ContractFailure.of(scale.id(), "grades every score", s, seed(), "no grade");
      }
    }
  }

  /** The same score gives the same grade, on one thread and on eight. */
  @Test
  default void isDeterministicAndThreadSafe() {
    GradeScale scale = scale();
    List<BigDecimal> scores = scores();
    List<Optional<Grade>> expected = scores.stream().map(s -> grade(scale, s)).toList();
    for (List<Optional<Grade>> actual : Examples.onThreads(scores, s -> grade(scale, s), 8)) {
      if (!actual.equals(expected)) {
        throw new AssertionError(scale.id() + " gives other grades on 8 threads, or on a second run (seed " + seed() + ")");
      }
    }
  }
}
