package org.jixiao.rules.spi;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.rules.review.ReviewAspect;

/**
 * One check of target review (绩效目标审核) over a declaration: a project with targets and no
 * actuals. Like an evaluation part it has a stable id, is a pure function (stateless,
 * thread-safe, deterministic) and plugs in by the reviewer's builder or by {@link
 * java.util.ServiceLoader} (service type {@code org.jixiao.rules.spi.ReviewCheck}).
 *
 * <p>Its findings name the check as their rule and carry the review opinion as their message:
 * the problem, quoting the offending text, and a suggestion. Severity decides the verdict: an
 * ERROR returns the declaration, a WARNING asks for changes, INFO only informs.
 */
public interface ReviewCheck {
  /** The stable id of the check, for example {@code policy-basis}. */
  String id();

  /** The aspect of review the check belongs to (完整性, 可测性 …). */
  ReviewAspect aspect();

  /** The id of a built-in check this one takes the place of, if any. */
  default Optional<String> replaces() {
    return Optional.empty();
  }

  /** The opinions on one declaration; empty when there is nothing to say. */
  List<Finding> check(Project declaration, ReviewContext context);
}
