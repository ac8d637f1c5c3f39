package org.jixiao.core.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** Level-1 indicator category (一级指标). */
public enum Category implements Labelled {
  /** 产出指标 (outputs). */
  OUTPUT("产出指标", "产出", "产出目标", "预期产出指标", "预期产出"),
  /** 效益指标 (benefits). */
  BENEFIT("效益指标", "效益", "效益目标"),
  /** 满意度指标 (satisfaction). */
  SATISFACTION("满意度指标", "满意度", "满意度目标"),
  /** 成本指标 (costs; a level-1 category on forms from 2021 on). */
  COST("成本指标", "成本", "成本目标");

  private static final Labels<Category> LABELS = Labels.of(Category.class);

  private final Label label;

  Category(String label, String... variants) {
    this.label = Label.of(label, variants);
  }

  @Override
  public Label labels() {
    return label;
  }

  /**
   * The points a form prints after a level-1 label as its weight: 40 for 产出指标（40分） or
   * 产出指标 40分; empty when the label prints none, or a range (产出指标 (40-50)分, the template's
   * bounds rather than a weight).
   *
   * @param label the label as printed
   * @return the points, as printed
   */
  public static Optional<BigDecimal> printedPoints(CharSequence label) {
    return Optional.ofNullable(PrintedLevels.points(label));
  }

  /** Parses 产出指标, 产出, 产出目标 and the like, with or without the points a form prints after them (产出指标(50分)). */
  public static Optional<Category> fromLabel(CharSequence text) {
    Optional<Category> parsed = LABELS.parse(text);
    // 产出指标(50分), 成本指标(0-20)分: the points printed after the label are its weight; 产出值 is 产出
    return parsed.isPresent()
        ? parsed
        : LABELS.parse(PrintedLevels.withoutPoints(text))
            .or(() -> LABELS.parse(PrintedLevels.withoutValue(text)))
            .or(() -> LABELS.parse(PrintedLevels.withoutBrackets(text)));
  }
}
