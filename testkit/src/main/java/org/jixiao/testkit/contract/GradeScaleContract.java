package org.jixiao.testkit.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.GradeScale;
import org.jixiao.testkit.internal.Examples;
import org.junit.jupiter.api.Test;

/**
 * The standard properties of a {@link GradeScale}: implement this interface in a test class and
 * return your scale from {@link #scale()}. Scores are drawn from 0 to the profile's total with 0
 * to 2 decimals, the band boundaries included.
 */
public interface GradeScaleContract {

  /** The scale under test. */
  GradeScale scale();

  /** The profile the scale is run with. */
  default Profile profile() {
    return Profiles.defaultProfile();
  }

  /** How many scores each property is checked on. */
  default int examples() {
    return 500;
  }

  /** The first seed. */
  default long seed() {
    return 20_191_231L;
  }

  /** Whether every score from 0 to the total gets a grade (true for band scales). */
  default boolean gradesEveryScore() {
    return true;
  }

  private List<BigDecimal> scores() {
    long cents = profile().total().movePointRight(2).longValueExact();
    List<BigDecimal> drawn = new java.util.ArrayList<>(Examples.draw(c -> BigDecimal.valueOf(c.between(0L, cents), 2), seed(), examples()));
    // The boundaries of the profile's bands, and a hundredth below each.
    for (BigDecimal bound : profile().gradeBands().values()) {
      drawn.add(bound);
      if (bound.signum() > 0) {
        drawn.add(bound.subtract(new BigDecimal("0.01")));
      }
    }
    drawn.add(BigDecimal.ZERO);
    drawn.add(profile().total());
    return drawn;
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
    if (!gradesEveryScore()) {
      return;
    }
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
