package org.jixiao.rules.spi;

import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;

/**
 * A rule that only adds findings about one project: it may compare what was published with
 * what was derived, but never changes a score.
 */
public interface ProjectCheck extends Part {
  /**
   * The findings about a project.
   *
   * @param evaluation the evaluation so far, without the findings of checks
   */
  List<Finding> check(Project project, Evaluation evaluation, Profile profile);
}
