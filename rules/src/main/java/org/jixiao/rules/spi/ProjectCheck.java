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
   * @param project the project as evaluated: as read, with its figures out of range left out (each
   *     said by a finding), and, on a form that prints a 得分 and no 分值 for its indicators, with
   *     the 分值 those 得分 imply as its indicators' {@code weight()} when the evaluation was weighed
   *     by them (an INFO finding {@code JX-R-0114} or {@code JX-R-0115} of the evaluation says so;
   *     docs/scoring.md, "分值 implied by the 得分")
   * @param evaluation the evaluation so far, without the findings of checks
   */
  List<Finding> check(Project project, Evaluation evaluation, Profile profile);
}
