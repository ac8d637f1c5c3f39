package org.jixiao.core.evaluation;

import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** Completion status of a project (完成状态), derived from its indicator results. */
public enum Status implements Labelled {
  /** 完成: every target met. */
  COMPLETED("完成", "已完成", "全部完成", "超额完成"),
  /** 基本完成: nearly every target met. */
  MOSTLY_COMPLETED("基本完成"),
  /** 部分完成: some targets met. */
  PARTIALLY_COMPLETED("部分完成"),
  /** 未完成: targets not met. */
  NOT_COMPLETED("未完成"),
  /** 已撤项: the project was cancelled. */
  CANCELLED("已撤项", "撤项", "已取消", "取消"),
  /** 无法判定: the published text does not allow a verdict. */
  UNDETERMINED("无法判定", "待定");

  private static final Labels<Status> LABELS = Labels.of(Status.class);

  private final Label label;

  Status(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses the identifier, the Chinese label or one of its variants. */
  public static Optional<Status> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
