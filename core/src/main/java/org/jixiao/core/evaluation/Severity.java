package org.jixiao.core.evaluation;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** How serious a {@link Finding} is. */
public enum Severity implements Labelled {
  /** 提示: worth knowing. */
  INFO("提示", "信息"),
  /** 警告: probably wrong or incomplete. */
  WARNING("警告"),
  /** 错误: wrong. */
  ERROR("错误");

  private static final Labels<Severity> LABELS = Labels.of(Severity.class);

  private final Label label;

  Severity(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses the identifier, the Chinese label or one of its variants. */
  public static Optional<Severity> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
