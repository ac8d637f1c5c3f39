package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static Evaluation.Builder base() {
    return Evaluation.builder()
        .profile("mof-2020")
        .seq(10)
        .project("调解业务工作")
        .execution(
            ExecutionResult.builder()
                .rate(new BigDecimal("58.38"))
                .weight(BigDecimal.TEN)
                .points(new BigDecimal("5.84"))
                .trace(Trace.of("execution", "rate-times-weight", "181.85 / 311.47 = 58.38 %"))
                .build())
        .status(Status.MOSTLY_COMPLETED);
  }

  @Test
  void aGradeWithoutAScoreIsRejected() {
    assertThatThrownBy(() -> base().grade(Grade.GOOD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grade");
  }

  @Test
  void worstSeverityIsTheMostSeriousFinding() {
    Evaluation e =
        base()
            .score(new BigDecimal("85.84"))
            .grade(Grade.GOOD)
            .addFindings(Finding.of("a", Severity.INFO, "i"))
            .addFindings(Finding.of("b", Severity.ERROR, "e"))
            .addFindings(Finding.of("c", Severity.WARNING, "w"))
            .build();
    assertThat(e.worstSeverity()).contains(Severity.ERROR);
    assertThat(base().build().worstSeverity()).isEmpty();
    assertThat(base().build().provisional()).isFalse();
  }

  @Test
  void locationDescribesWhatItKnows() {
    Location l = Location.builder().seq(17).line(34).column(8).text("38.76").build();
    assertThat(l.describe()).isEqualTo("序号 17, line 34, column 8, '38.76'");
    assertThat(Location.builder().build().describe()).isEmpty();
  }

  @Test
  void aFindingNeedsARuleIdAndAMessage() {
    assertThatThrownBy(() -> Finding.of(" ", Severity.INFO, "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.of("r", Severity.INFO, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
