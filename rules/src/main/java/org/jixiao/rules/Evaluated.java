package org.jixiao.rules;

import java.util.Objects;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;

/**
 * A project with its evaluation, as {@link Evaluator#evaluateEach} streams them.
 *
 * @param project the project as read
 * @param evaluation its evaluation
 */
public record Evaluated(Project project, Evaluation evaluation) {
  /** Both are required. */
  public Evaluated {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(evaluation, "evaluation");
  }
}
