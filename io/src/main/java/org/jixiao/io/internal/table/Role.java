package org.jixiao.io.internal.table;

import org.jixiao.core.indicator.Category;
import org.jspecify.annotations.Nullable;

/** What a column of a disclosure table holds. */
public enum Role {
  /** 序号. */
  SEQ("序号", true),
  /** 单位名称. */
  UNIT("单位名称", false),
  /** 主管部门. */
  DEPARTMENT("主管部门", false),
  /** 项目名称. */
  NAME("项目名称", false),
  /** 是否政府投资项目. */
  GOVERNMENT_INVESTMENT("是否政府投资项目(是/否)", true),
  /** 项目年度预算金额. */
  BUDGET("项目年度预算金额", true),
  /** 调整后预算数. */
  ADJUSTED_BUDGET("调整后预算数", true),
  /** 实际支出金额 合计. */
  ACTUAL("实际支出金额", true),
  /** One fund kind of the actual spending. */
  FUND("", true),
  /** 预算支出执行率. */
  RATE("预算支出执行率", true),
  /** 执行率分值. */
  EXECUTION_WEIGHT("执行率分值", true),
  /** 执行率得分. */
  EXECUTION_SCORE("执行率得分", true),
  /** 产出指标分值: the points a form printed for the category (产出指标（40分）). */
  OUTPUT_POINTS("产出指标分值", true, Category.OUTPUT),
  /** 效益指标分值. */
  BENEFIT_POINTS("效益指标分值", true, Category.BENEFIT),
  /** 满意度指标分值. */
  SATISFACTION_POINTS("满意度指标分值", true, Category.SATISFACTION),
  /** 成本指标分值. */
  COST_POINTS("成本指标分值", true, Category.COST),
  /** 年初绩效目标. */
  GOAL("年初绩效目标", false),
  /** 总体目标实际完成情况. */
  GOAL_OUTCOME("总体目标实际完成情况", false),
  /** 绩效目标整体完成情况. */
  COMPLETION("绩效目标整体完成情况", false),
  /** 年度指标内容 of an indicator pair. */
  TARGET("年度指标内容", false),
  /** 完成情况 of an indicator pair. */
  ACHIEVED("完成情况", false),
  /** 项目执行中存在的问题. */
  PROBLEMS("项目执行中存在的问题", false),
  /** 整改情况. */
  RECTIFICATION("整改情况", false),
  /** 总分: a stated total score. */
  STATED_SCORE("总分", true),
  /** 得分 / 等级 / 状态 appended by a writer: derived, skipped on read. */
  EVALUATION("", false),
  /** A column the header names but the reader does not know. */
  UNKNOWN("", false);

  private final String label;
  private final boolean anchor;
  private final @Nullable Category points;

  Role(String label, boolean anchor) {
    this(label, anchor, null);
  }

  Role(String label, boolean anchor, @Nullable Category points) {
    this.label = label;
    this.anchor = anchor;
    this.points = points;
  }

  /** The category whose printed points the column holds, or null for every other column. */
  @Nullable Category pointsOf() {
    return points;
  }

  /** The column of a category's printed points. */
  static Role points(Category category) {
    for (Role r : values()) {
      if (r.points == category) {
        return r;
      }
    }
    throw new AssertionError(category);
  }

  /** The canonical header label (empty for roles whose label depends on the column). */
  public String label() {
    return label;
  }

  /**
   * Whether the column holds a number or flag that pins the row's cells in place: text left of
   * the last such column cannot have shifted without the numbers failing to parse.
   */
  boolean isAnchor() {
    return anchor && this != STATED_SCORE;
  }
}
