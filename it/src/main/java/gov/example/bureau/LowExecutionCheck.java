package gov.example.bureau;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ProjectCheck;

/** The finding that goes with {@link LowExecutionPolicy}: say why the execution score is 0. */
public final class LowExecutionCheck implements ProjectCheck {
  /** This part's id; it names its findings. */
  public static final String ID = "local-low-execution-finding";

  /** Needed by ServiceLoader. */
  public LowExecutionCheck() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    return evaluation
        .execution()
        .rate()
        .filter(rate -> rate.compareTo(LowExecutionPolicy.THRESHOLD) < 0)
        .map(
            rate ->
                List.of(
                    Finding.of(
                        ID,
                        Severity.WARNING,
                        "执行率 " + rate + "% 低于 " + LowExecutionPolicy.THRESHOLD + "%：按本地政策预算执行率不得分",
                        location(project))))
        .orElse(List.of());
  }

  private static Location location(Project project) {
    Location.Builder where = Location.builder().path("actual");
    project.seq().ifPresent(where::seq);
    Optional<java.math.BigDecimal> actual = project.actual();
    actual.ifPresent(a -> where.text(a.toPlainString()));
    return where.build();
  }
}
