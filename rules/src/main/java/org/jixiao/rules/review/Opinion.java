package org.jixiao.rules.review;

import java.util.Objects;
import org.jixiao.core.evaluation.Finding;

/**
 * One review opinion (审核意见): a finding of a review check, under the aspect it belongs to. The
 * finding's message is the opinion as a reviewer writes it — the problem, quoting the text, and
 * a suggestion — in Chinese by default; its code and arguments are stable.
 *
 * @param aspect the aspect the check looks at
 * @param finding the finding, its rule the check's id
 */
public record Opinion(ReviewAspect aspect, Finding finding) {
  /** Both are required. */
  public Opinion {
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(finding, "finding");
  }
}
