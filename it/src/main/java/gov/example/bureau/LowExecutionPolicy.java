package gov.example.bureau;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;

/**
 * A local policy (本地政策): a project that spent less than 60 % of its budget earns no
 * execution points at all; from 60 % on, points are rate × weight as usual, capped at the
 * weight. It takes the place of the built-in {@code execution-rate} scorer.
 *
 * <p>Parts are pure functions: no state, safe to share between threads.
 */
public final class LowExecutionPolicy implements ExecutionScorer {
  /** This part's id; it appears in every trace it writes. */
  public static final String ID = "local-low-execution";

  /** Below this rate (in percent) the execution score is 0. */
  public static final BigDecimal THRESHOLD = new BigDecimal("60");

  private static final BigDecimal HUNDRED = new BigDecimal("100");

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
    Optional<BigDecimal> budget = project.effectiveBudget().filter(b -> b.signum() > 0);
    Optional<BigDecimal> actual = project.actual();
    if (budget.isEmpty() || actual.isEmpty()) {
      return ExecutionResult.builder()
          .weight(weight)
          .trace(Trace.of(ID, "no-rate", "没有可用的预算数或支出数，无法计算执行率"))
          .build();
    }
    // HALF_UP to two decimals, as the published tables round.
    BigDecimal rate = actual.get().multiply(HUNDRED).divide(budget.get(), 2, RoundingMode.HALF_UP);
    BigDecimal points;
    String reason;
    if (rate.compareTo(THRESHOLD) < 0) {
      points = BigDecimal.ZERO.setScale(2);
      reason = "执行率 " + rate + "% < " + THRESHOLD + "% → 0 分";
    } else {
      BigDecimal capped = rate.min(HUNDRED);
      points = capped.multiply(weight).divide(HUNDRED, 2, RoundingMode.HALF_UP);
      reason = "执行率 " + rate + "% × " + weight + " = " + points;
    }
    return ExecutionResult.builder()
        .rate(rate)
        .weight(weight)
        .points(points)
        .trace(
            Trace.builder()
                .rule(ID)
                .method("threshold-then-proportional")
                .reason(reason)
                .putFigures("budget", budget.get())
                .putFigures("actual", actual.get())
                .putFigures("rate", rate)
                .putFigures("threshold", THRESHOLD)
                .build())
        .build();
  }
}
