package org.jixiao.rules.spi;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.rules.Profile;

/** Grades a total score; the built-in part reads the profile's bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60). */
public interface GradeScale extends Part {
  /** The grade of {@code score}, or empty when no band covers it. */
  Optional<Grade> grade(BigDecimal score, Profile profile);
}
