package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.GradeScale;

/** The grade of the highest band whose lower bound (inclusive) the score reaches. */
public final class BandGradeScale implements GradeScale {
  @Override
  public String id() {
    return BuiltInIds.GRADE;
  }

  @Override
  public Optional<Grade> grade(BigDecimal score, Profile profile) {
    List<Map.Entry<Grade, BigDecimal>> bands = new ArrayList<>(profile.gradeBands().entrySet());
    bands.sort((a, b) -> b.getValue().compareTo(a.getValue()));
    for (Map.Entry<Grade, BigDecimal> band : bands) {
      if (score.compareTo(band.getValue()) >= 0) {
        return Optional.of(band.getKey());
      }
    }
    return Optional.empty();
  }
}
