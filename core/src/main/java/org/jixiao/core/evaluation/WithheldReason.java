package org.jixiao.core.evaluation;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/**
 * Why an evaluation gives no total score (未评分原因). A dashboard counts these apart: a project
 * whose indicators could not be read is a reader problem, one whose indicators were read but
 * could not be judged is a data problem, a cancelled project is neither.
 */
public enum WithheldReason implements Labelled {
  /** 未读到指标: the project carries no indicator at all (nothing was read). */
  NO_INDICATORS("未读到指标"),
  /** 指标均无法评分: indicators were read, but none could be scored. */
  NONE_SCORED("指标均无法评分"),
  /**
   * 无法判定比例过高: the undetermined indicators carry more of the weight than the profile
   * allows, so a score would be mostly rescaling.
   */
  UNDETERMINED_SHARE("无法判定比例过高"),
  /** 已撤项: the project was cancelled, and the profile gives cancelled projects no grade. */
  CANCELLED("已撤项"),
  /** 其他原因: a custom part withheld the score; its findings say why. */
  OTHER("其他原因");

  private static final Labels<WithheldReason> LABELS = Labels.of(WithheldReason.class);

  private final Label label;

  WithheldReason(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses the identifier or the Chinese label. */
  public static Optional<WithheldReason> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
