package org.jixiao.rules.review;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/**
 * What a review check looks at (审核要点), as the review spreadsheets of finance bureaus group
 * their criteria; a review workbook has one column per aspect.
 */
public enum ReviewAspect implements Labelled {
  /** 完整性: the bases, the goal and the required indicators are there and filled. */
  COMPLETENESS("完整性"),
  /** 可测性: each target is a figure with a unit, or a recognised grade. */
  MEASURABILITY("可测性", "可衡量性"),
  /** 具体明确性: indicators are short names, in the right category, not repeated. */
  SPECIFICITY("具体明确性", "明确性"),
  /** 相关性与资金匹配性: the indicators fit the goal and the amount of money. */
  RELEVANCE("相关性", "资金匹配性", "相关性与资金匹配性"),
  /** 可行性: time limits within the budget year, costs within the money, attainable levels. */
  FEASIBILITY("可行性", "合理性", "时限合理性");

  private static final Labels<ReviewAspect> LABELS = Labels.of(ReviewAspect.class);

  private final Label label;

  ReviewAspect(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses the identifier or a Chinese label. */
  public static Optional<ReviewAspect> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
