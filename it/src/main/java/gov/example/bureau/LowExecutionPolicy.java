package gov.example.bureau;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;

/**
 * A bureau's policy (本地政策): below 60 % execution a project earns no execution points, and a
 * finding says why; from 60 % on, the built-in rule applies unchanged (adjusted budgets, the
 * overrun cap and every guard included), because this part wraps it.
 */
public final class LowExecutionPolicy implements ExecutionScorer {
  /** This part's id: it names its traces and findings. */
  public static final String ID = "bureau-low-execution";

  /** Below this rate, in percent, the execution score is 0. */
  public static final BigDecimal THRESHOLD = new BigDecimal("60");

  private static final ExecutionScorer BUILT_IN =
      Evaluator.defaults().part(BuiltInIds.EXECUTION_RATE, ExecutionScorer.class).orElseThrow();

  /** Needed by ServiceLoader. */
  public LowExecutionPolicy() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Optional<String> replaces() {
    return Optional.of(BuiltInIds.EXECUTION_RATE);
  }

  @Override
  public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
    ExecutionResult standard = BUILT_IN.score(project, weight, profile);
    Optional<BigDecimal> rate = standard.rate().filter(r -> r.compareTo(THRESHOLD) < 0);
    if (rate.isEmpty() || standard.points().isEmpty()) {
      return standard;
    }
    String reason = "执行率 " + rate.get() + "% 低于 " + THRESHOLD + "%，按本地政策预算执行率不得分";
    Location.Builder where = Location.builder().path("execution");
    project.seq().ifPresent(where::seq);
    return ExecutionResult.builder()
        .from(standard)
        .points(BigDecimal.ZERO.setScale(2))
        .trace(Trace.builder().from(standard.trace()).rule(ID).method("threshold-then-built-in").reason(reason).build())
        .addFindings(
            Finding.builder()
                .rule(ID)
                .code("BUREAU-0001")
                .severity(Severity.WARNING)
                .message(reason)
                .putArgs("rate", rate.get().toPlainString())
                .putArgs("threshold", THRESHOLD.toPlainString())
                .location(where.build())
                .build())
        .build();
  }
}
