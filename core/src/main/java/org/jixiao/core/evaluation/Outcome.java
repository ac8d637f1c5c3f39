package org.jixiao.core.evaluation;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** What became of one indicator in an evaluation. */
public enum Outcome implements Labelled {
  /** 已评分: the indicator was scored. */
  SCORED("已评分"),
  /** 不适用: blank, "/", "—", 无; dropped and its weight spread over the others. */
  NOT_APPLICABLE("不适用"),
  /** 无法判定: the text does not allow a score; excluded, and the evaluation is provisional. */
  UNDETERMINED("无法判定");

  private static final Labels<Outcome> LABELS = Labels.of(Outcome.class);

  private final Label label;

  Outcome(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses the identifier, the Chinese label or one of its variants. */
  public static Optional<Outcome> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
