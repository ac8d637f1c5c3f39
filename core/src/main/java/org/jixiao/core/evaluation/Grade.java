package org.jixiao.core.evaluation;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** Grade of a total score (等级). The score bands belong to a profile; the defaults are 优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60. */
public enum Grade implements Labelled {
  /** 优. */
  EXCELLENT("优", "优秀"),
  /** 良. */
  GOOD("良", "良好"),
  /** 中. */
  FAIR("中", "中等", "合格", "及格"),
  /** 差. */
  POOR("差", "较差", "不合格");

  private static final Labels<Grade> LABELS = Labels.of(Grade.class);

  private final Label label;

  Grade(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses the identifier, the Chinese label or one of its variants. */
  public static Optional<Grade> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
