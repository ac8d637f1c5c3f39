package gov.example.bureau;

import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ProjectCheck;

/** A bureau's check: a project that spent nothing of a budget it has is a WARNING. */
public final class LowExecutionCheck implements ProjectCheck {
  /** This part's id: it names its findings. */
  public static final String ID = "bureau-nothing-spent";

  /** Needed by ServiceLoader. */
  public LowExecutionCheck() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    boolean nothingSpent =
        evaluation.budget().filter(b -> b.signum() > 0).isPresent()
            && evaluation.actual().filter(a -> a.signum() == 0).isPresent();
    if (!nothingSpent) {
      return List.of();
    }
    Location.Builder where = Location.builder().path("actual");
    project.seq().ifPresent(where::seq);
    return List.of(
        Finding.builder()
            .rule(ID)
            .code("BUREAU-0002")
            .severity(Severity.WARNING)
            .message("有预算但全年未支出，请说明原因")
            .location(where.build())
            .build());
  }
}
