package org.jixiao.rules.review;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** The reviewer's decision on a declaration (审核结论). */
public enum ReviewVerdict implements Labelled {
  /** 通过: the targets can stand as declared. */
  PASS("通过", "审核通过"),
  /** 修改后通过: the targets pass once the opinions are dealt with. */
  PASS_AFTER_CHANGES("修改后通过", "修改完善后通过"),
  /** 退回: the declaration goes back to the unit to be redone. */
  RETURN("退回", "不通过", "退回修改");

  private static final Labels<ReviewVerdict> LABELS = Labels.of(ReviewVerdict.class);

  private final Label label;

  ReviewVerdict(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses the identifier or a Chinese label. */
  public static Optional<ReviewVerdict> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
