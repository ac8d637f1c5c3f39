package org.jixiao.spark;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * A part found by {@code ServiceLoader} (listed in this module's test {@code META-INF/services}):
 * it counts the evaluators built with it (one instance each) and says on every project that it
 * ran, so that a test sees both that parts load and how often an evaluator is built. Spark's
 * local mode runs the executors in the test's JVM, so the counts are the job's.
 */
public final class CountingCheck implements ProjectCheck {
  static final AtomicInteger MADE = new AtomicInteger();

  /** Made by the service loader, once for every evaluator built with loaded parts. */
  public CountingCheck() {
    MADE.incrementAndGet();
  }

  @Override
  public String id() {
    return "counting-check";
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    return List.of(
        Finding.builder()
            .rule(id())
            .code("TEST-0001")
            .severity(Severity.INFO)
            .message("counted " + project.name())
            .build());
  }
}
