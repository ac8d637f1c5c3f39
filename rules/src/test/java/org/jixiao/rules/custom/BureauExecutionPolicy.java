package org.jixiao.rules.custom;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;

/**
 * Below 60 % execution no execution points: the built-in rule wrapped, with a coded reason
 * (BUREAU-T-0001) and a finding (BUREAU-0002) worded from the bureau's catalog. It words them in
 * English, as a part written by an English-speaking team might: an evaluator given the catalog
 * words them in its own language all the same.
 */
public final class BureauExecutionPolicy implements ExecutionScorer {
  private static final BigDecimal THRESHOLD = new BigDecimal("60");
  private static final ExecutionScorer BUILT_IN =
      Evaluator.defaults().part(BuiltInIds.EXECUTION_RATE, ExecutionScorer.class).orElseThrow();
  private static final Trace.ReasonFormat ENGLISH =
      (code, args) -> BureauMessages.CATALOG.render(code, args, Locale.ENGLISH).orElseThrow();

  @Override
  public String id() {
    return "bureau-execution-policy";
  }

  @Override
  public Optional<String> replaces() {
    return Optional.of(BuiltInIds.EXECUTION_RATE);
  }

  @Override
  public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
    ExecutionResult standard = BUILT_IN.score(project, weight, profile);
    Optional<BigDecimal> low = standard.rate().filter(r -> r.compareTo(THRESHOLD) < 0);
    if (low.isEmpty() || standard.points().isEmpty()) {
      return standard;
    }
    String rate = low.get().toPlainString();
    return ExecutionResult.builder()
        .from(standard)
        .points(BigDecimal.ZERO.setScale(2))
        .trace(
            Trace.builder()
                .rule(id())
                .method("threshold")
                .reason("BUREAU-T-0001", ENGLISH)
                .putArgs("rate", rate)
                .putArgs("threshold", THRESHOLD.toPlainString())
                .build())
        .addFindings(
            Finding.builder()
                .rule(id())
                .code("BUREAU-0002")
                .severity(Severity.WARNING)
                .putArgs("rate", rate)
                .putArgs("threshold", THRESHOLD.toPlainString())
                .message(BureauMessages.CATALOG, Locale.ENGLISH)
                .build())
        .build();
  }
}
