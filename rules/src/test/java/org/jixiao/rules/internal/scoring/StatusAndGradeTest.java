package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusAndGradeTest {
  private static final Profile MOF = Profiles.get("mof-2020");
  private static final Project PROJECT = Project.builder().name("p").moneyUnit(MoneyUnit.YUAN).build();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR", "60, FAIR", "59.99, POOR", "0, POOR"})
  void gradeBandsHaveInclusiveLowerBounds(String score, Grade grade) {
    assertThat(new BandGradeScale().grade(new BigDecimal(score), MOF)).contains(grade);
  }

  /**
   * Each result is written as fraction@weight (SCORED), W (withdrawn, 0 of 10 points), U
   * (undetermined) or N (not applicable). Achievement = points / weight: 1@10 0.6@20 0.6@30 gives
   * (10 + 12 + 18) / 60 = 66.7 %; two withdrawn of four is not more than half, so not CANCELLED,
   * and (0 + 0 + 10 + 10) / 40 = 50 % is NOT_COMPLETED.
   */
  @ParameterizedTest(name = "{0} (undetermined share {1}) → {2}")
  @CsvSource({
    "'1@10 1@20 1@30',        0,    COMPLETED",
    "'1@10 1@20 0.7@30',      0,    MOSTLY_COMPLETED",
    "'1@10 0.6@20 0.6@30',    0,    PARTIALLY_COMPLETED",
    "'0.5@10 0.5@20 0.5@30',  0,    NOT_COMPLETED",
    "'W W W 1@10',            0,    CANCELLED",
    "'W W 1@10 1@10',         0,    NOT_COMPLETED",
    "'1@10 U U',              0.6,  UNDETERMINED",
    "'1@10 U',                0.5,  COMPLETED",
    "'N N',                   0,    UNDETERMINED",
  })
  void theStatusFollowsTheDocumentedThresholds(String results, String undeterminedShare, Status expected) {
    assertThat(new IndicatorStatusDeriver().derive(PROJECT, results(results), new BigDecimal(undeterminedShare), MOF).status())
        .isEqualTo(expected);
  }

  @Test
  void oneDeriverUnderTwoProfilesStatesEachProfilesThresholds() {
    // the deriver keeps the last profile's thresholds as text: a switch of profile must not reuse them
    Profile strict = MOF.toBuilder().mostlyCompletedAt(new BigDecimal("0.85")).partiallyCompletedAt(new BigDecimal("0.65")).build();
    IndicatorStatusDeriver deriver = new IndicatorStatusDeriver();
    List<IndicatorResult> results = results("1@10 1@20 0.7@30");
    for (Profile profile : List.of(MOF, strict, MOF, strict)) {
      Trace trace = deriver.derive(PROJECT, results, BigDecimal.ZERO, profile).trace();
      boolean isStrict = profile == strict;
      assertThat(trace.args()).containsEntry("mostly", isStrict ? "85%" : "80%").containsEntry("partly", isStrict ? "65%" : "60%");
      assertThat(trace.args()).containsEntry("status", Status.MOSTLY_COMPLETED.label()).containsEntry("statusEn", "mostly completed");
    }
  }

  private static List<IndicatorResult> results(String spec) {
    List<IndicatorResult> out = new ArrayList<>();
    int index = 0;
    for (String r : List.of(spec.trim().split(" +", -1))) {
      IndicatorResult.Builder b = IndicatorResult.builder().index(index++).category(Category.OUTPUT);
      if (r.equals("U") || r.equals("N")) {
        out.add(b.outcome(r.equals("U") ? Outcome.UNDETERMINED : Outcome.NOT_APPLICABLE).weight(BigDecimal.ZERO).trace(Trace.of("t", "m", "r")).build());
      } else if (r.equals("W")) {
        out.add(b.outcome(Outcome.SCORED).weight(BigDecimal.TEN).fraction(BigDecimal.ZERO).points(BigDecimal.ZERO).trace(Trace.of("qualitative", "withdrawal", "已撤项")).build());
      } else {
        BigDecimal f = new BigDecimal(r.substring(0, r.indexOf('@')));
        BigDecimal w = new BigDecimal(r.substring(r.indexOf('@') + 1));
        out.add(b.outcome(Outcome.SCORED).weight(w).fraction(f).points(f.multiply(w)).trace(Trace.of("t", "m", "r")).build());
      }
    }
    return out;
  }
}
