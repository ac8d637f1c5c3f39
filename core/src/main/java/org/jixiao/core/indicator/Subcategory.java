package org.jixiao.core.indicator;

import java.util.Optional;
import java.util.Set;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** Level-2 indicator category (二级指标), each under its usual {@link Category}. */
public enum Subcategory implements Labelled {
  /** 数量指标. */
  QUANTITY(Category.OUTPUT, "数量指标", "数量"),
  /** 质量指标. */
  QUALITY(Category.OUTPUT, "质量指标", "质量"),
  /**
   * 时效指标; some Hubei forms print it as 进度指标 (黄冈 2020). Not 进度 alone, which evaluation
   * frameworks print under 项目管理 / 过程.
   */
  TIMELINESS(Category.OUTPUT, "时效指标", "时效", "进度指标"),
  /** 成本指标 as a level-2 output indicator (forms before 2021). */
  COST(Category.OUTPUT, "成本指标", "成本", "预算控制指标", "投资规模控制指标"),
  /** 经济效益指标. */
  ECONOMIC(Category.BENEFIT, "经济效益指标", "经济效益"),
  /** 社会效益指标. */
  SOCIAL(Category.BENEFIT, "社会效益指标", "社会效益"),
  /** 生态效益指标. */
  ECOLOGICAL(Category.BENEFIT, "生态效益指标", "生态效益", "环境效益指标", "环境效益"),
  /**
   * 可持续影响指标; forms also print it as 可持续性 (襄阳 2021, a Hubei 市直 form) or 可持续发展, with or
   * without 指标: each names the one 效益 level of lasting effects.
   */
  SUSTAINABILITY(
      Category.BENEFIT, "可持续影响指标", "可持续影响", "可持续发展指标", "可持续发展", "可持续性指标", "可持续性"),
  /** 服务对象满意度指标. */
  SERVED_SATISFACTION(
      Category.SATISFACTION,
      "服务对象满意度指标",
      "服务对象满意度",
      "满意度指标",
      "群众满意度指标",
      "社会公众或服务对象满意度指标", // the Ministry's 2015 templates
      "社会公众或服务对象满意度",
      "社会公众满意度指标"),
  /** 其他满意度指标 (target declarations list it beside 服务对象满意度). */
  OTHER_SATISFACTION(Category.SATISFACTION, "其他满意度指标", "其他满意度"),
  /** 经济成本指标 (level 1 COST, forms from 2021 on). */
  ECONOMIC_COST(Category.COST, "经济成本指标", "经济成本"),
  /** 社会成本指标. */
  SOCIAL_COST(Category.COST, "社会成本指标", "社会成本"),
  /** 生态环境成本指标. */
  ECOLOGICAL_COST(Category.COST, "生态环境成本指标", "生态环境成本", "环境成本");

  private static final Labels<Subcategory> LABELS = Labels.of(Subcategory.class);

  private final Category category;
  private final Label label;

  Subcategory(Category category, String label, String... variants) {
    this.category = category;
    this.label = Label.of(label, variants);
  }

  /** The level-1 category this level-2 category usually sits under. */
  public Category category() {
    return category;
  }

  @Override
  public Label labels() {
    return label;
  }

  /** Parses 数量指标, 数量, 经济效益 and the like, with or without the points a form prints after them (数量指标(20分)). */
  public static Optional<Subcategory> fromLabel(CharSequence text) {
    Optional<Subcategory> parsed = LABELS.parse(text);
    // 产出指标(50分), 成本指标(0-20)分: the points printed after the label are its weight; 产出值 is 产出
    return parsed.isPresent()
        ? parsed
        : LABELS.parse(PrintedLevels.withoutPoints(text))
            .or(() -> LABELS.parse(PrintedLevels.withoutValue(text)))
            .or(() -> LABELS.parse(PrintedLevels.withoutBrackets(text)))
            .or(() -> afterItsCategory(text))
            .or(() -> namedAsATarget(text));
  }

  /**
   * A second level named with 目标 where the template says 指标 (数量目标, 质量目标: 龙岩 2025's
   * 专项转移支付绩效目标表), as {@link Category} reads 产出目标 for 产出指标.
   */
  private static Optional<Subcategory> namedAsATarget(CharSequence text) {
    String t = Labels.foldTraditional(text).strip();
    if (t.length() <= 2 || !t.endsWith("目标")) {
      return Optional.empty();
    }
    String name = t.substring(0, t.length() - 2);
    // 满意度目标, 成本目标: first levels' names (Category reads them), not second levels'
    return Category.fromLabel(name).isPresent() ? Optional.empty() : LABELS.parse(name + "指标");
  }

  /**
   * A second level printed after its first level's name in one cell (产出数量指标, 效益社会效益指标:
   * 宁晋县's 绩效评价指标表 2019), read when what follows the name is a level of that category.
   */
  private static Optional<Subcategory> afterItsCategory(CharSequence text) {
    String t = Labels.foldTraditional(text).strip(); // 產出數量指標 too
    for (Category c : Category.values()) {
      for (String name : c.labels().variants()) { // 产出, 效益 …: the label itself (产出指标) never prefixes one
        if (t.length() > name.length() && t.startsWith(name)) {
          Optional<Subcategory> rest = LABELS.parse(t.substring(name.length()));
          if (rest.isPresent() && rest.get().category() == c) {
            return rest;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The second levels a label names: the one {@link #fromLabel} reads, or the several a combined
   * label names when each of its names is one (社会、经济、生态效益 指标 → ECONOMIC, SOCIAL,
   * ECOLOGICAL; 经济效益和社会效益指标 → ECONOMIC, SOCIAL); empty when it names none or a name is
   * none. An unmodifiable set in declaration order.
   */
  public static Set<Subcategory> named(CharSequence text) {
    Optional<Subcategory> one = fromLabel(text);
    return one.isPresent() ? Set.of(one.get()) : CombinedLevels.of(text);
  }
}
