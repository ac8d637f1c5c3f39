package org.jixiao.core.indicator;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/**
 * 指标性质: how an actual value is compared with its target, as newer forms (2021+) state it
 * in a column of its own. Older tables leave it to the target text ("不少于", "≤" …), which the
 * rules parse.
 */
public enum TargetNature implements Labelled {
  /** ≥: at least the target (正向). */
  AT_LEAST("≥", ">=", "不少于", "不低于", "正向指标"),
  /** ＞: more than the target. */
  MORE_THAN("＞", ">", "大于", "高于"),
  /** ＝: equal to the target. */
  EQUAL("＝", "=", "等于"),
  /** ＜: less than the target. */
  LESS_THAN("＜", "<", "小于", "低于"),
  /** ≤: at most the target (反向). */
  AT_MOST("≤", "<=", "不超过", "不高于", "反向指标"),
  /** 定性: judged in words, not by a number. */
  QUALITATIVE("定性", "定性指标");

  private static final Labels<TargetNature> LABELS = Labels.of(TargetNature.class);

  private final Label label;

  TargetNature(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Whether a larger actual is better (≥, ＞, ＝ are scored as positive). */
  public boolean isPositive() {
    return this == AT_LEAST || this == MORE_THAN || this == EQUAL;
  }

  /** Whether a smaller actual is better (≤, ＜). */
  public boolean isReverse() {
    return this == AT_MOST || this == LESS_THAN;
  }

  /** Parses ≥ ＞ ＝ ＜ ≤ 定性, their ASCII forms and the words for them. */
  public static Optional<TargetNature> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
