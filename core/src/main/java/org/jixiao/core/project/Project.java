package org.jixiao.core.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.internal.Checks;
import org.jixiao.core.money.MoneyUnit;

/**
 * A budget project (预算项目) as published: a row of a disclosure table or the whole of a
 * single-project form.
 *
 * <p>Everything is kept as published, including numbers that disagree with each other (a stated
 * execution rate that does not match the amounts, spending above budget). Only what cannot be
 * represented is rejected: a blank name. Cells a reader could not place are kept in
 * {@link #strayCells()}.
 */
@Value.Immutable
public abstract class Project {
  Project() {}

  /** 项目编码: the project's code in the budget system (target declarations), kept as text. */
  public abstract Optional<String> code();

  /** 序号: the sequence number, when the table prints one. */
  public abstract OptionalInt seq();

  /** 单位名称 / 实施单位: the implementing unit. */
  public abstract Optional<String> unit();

  /** 主管部门 / 一级预算单位: the supervising department (single-project form, declaration). */
  public abstract Optional<String> department();

  /** 项目名称: the project's name; never blank. */
  public abstract String name();

  /** 项目类型: the project type as the declaration names it, for example {@code 15 其他经费}. */
  public abstract Optional<String> projectType();

  /** 实施期限: the implementation period as printed (a number of years, or a date range). */
  public abstract Optional<String> period();

  /** 是否新增项目: whether the project is new this year (declarations). */
  public abstract Optional<Boolean> newProject();

  /** 分配方式: how the money is allocated (declarations), for example {@code 因素法和项目法}. */
  public abstract Optional<String> allocationMethod();

  /** 是否政府投资项目: the government-investment flag, when printed. */
  public abstract Optional<Boolean> governmentInvestment();

  /** The unit in which every amount of this project is stated. */
  public abstract MoneyUnit moneyUnit();

  /** 项目总金额（中期规划）: the amount over the whole medium-term plan (declarations). */
  public abstract Optional<BigDecimal> totalAmount();

  /** 项目年度预算金额 / 年初预算数 / 本年度项目金额: the annual budget (A). */
  public abstract Optional<BigDecimal> budget();

  /** 全年预算数 / 调整后预算数: the adjusted budget, when the form gives one. */
  public abstract Optional<BigDecimal> adjustedBudget();

  /** 实际支出金额合计 / 全年执行数: actual spending in total (B). */
  public abstract Optional<BigDecimal> actual();

  /** The breakdown of the money by fund source, in published order. */
  public abstract List<FundSource> funds();

  /** 预算支出执行率 as published, in percent (99.49 means 99.49 %). */
  public abstract Optional<BigDecimal> statedExecutionRate();

  /** 分值 of the funds block (single-project form): the weight of the execution rate. */
  public abstract Optional<BigDecimal> statedExecutionWeight();

  /**
   * The points a form prints in its level-1 labels (产出指标（40分）, 效益指标(30分)), by category:
   * the weight the form gives each category when its indicators print no 分值 of their own (the
   * "20/80" template). Empty when the form prints none. Kept as printed, even when they do not add
   * up to what the execution 分值 leaves. In {@link Category} order.
   */
  public abstract Map<Category, BigDecimal> statedCategoryWeights();

  /** 得分 of the funds block (single-project form): the stated execution score. */
  public abstract Optional<BigDecimal> statedExecutionScore();

  /** 年初绩效目标 / 年度总体目标（预期目标） / 年度目标: the goal set at the start of the year. */
  public abstract Optional<String> goal();

  /** 长期目标: the goal over the whole period of a multi-year project (declarations). */
  public abstract Optional<String> longTermGoal();

  /** 政策依据: the policy, plan or decision the project rests on (declarations). */
  public abstract Optional<String> policyBasis();

  /** 测算依据: how the amount was computed (declarations). */
  public abstract Optional<String> calculationBasis();

  /** 年度总体目标（实际完成情况）: how the goal was met, in words (single-project form). */
  public abstract Optional<String> goalOutcome();

  /** 绩效目标整体完成情况: the stated overall completion, for example 完成 or 基本完成. */
  public abstract Optional<String> statedCompletion();

  /** The indicators (绩效指标). */
  @Value.Default
  public IndicatorSet indicators() {
    return IndicatorSet.empty();
  }

  /** 项目执行中存在的问题: problems met. */
  public abstract Optional<String> problems();

  /** 整改情况: rectification. */
  public abstract Optional<String> rectification();

  /** 总分: the stated total score (single-project form). */
  public abstract Optional<BigDecimal> statedScore();

  /** Cells a reader saw in this project's rows but could not place, in order. */
  public abstract List<StrayCell> strayCells();

  /**
   * The line of the source document on which this project starts, when it was read from one.
   * Not part of equality: the same project read from two files is the same project.
   */
  @Value.Auxiliary
  public abstract OptionalLong sourceLine();

  /** The budget execution is measured against: the adjusted budget when given, else the budget. */
  public Optional<BigDecimal> effectiveBudget() {
    Optional<BigDecimal> adjusted = adjustedBudget();
    return adjusted.isPresent() ? adjusted : budget();
  }

  /** This project with every amount stated in {@code target}; rates and scores are unchanged. */
  public Project convertTo(MoneyUnit target) {
    MoneyUnit from = moneyUnit();
    if (from == target) {
      return this;
    }
    Builder builder = builder().from(this).moneyUnit(target);
    builder.totalAmount(totalAmount().map(a -> from.convert(a, target)));
    builder.budget(budget().map(a -> from.convert(a, target)));
    builder.adjustedBudget(adjustedBudget().map(a -> from.convert(a, target)));
    builder.actual(actual().map(a -> from.convert(a, target)));
    builder.funds(funds().stream().map(f -> f.convert(from, target)).toList());
    return builder.build();
  }

  @Value.Check
  void check() {
    Checks.requireNonBlank(name(), "project name (项目名称)");
    Checks.requireNonNegative(statedExecutionWeight(), "execution weight (分值)");
    for (Map.Entry<Category, BigDecimal> e : statedCategoryWeights().entrySet()) {
      Checks.requireNonNegative(e.getValue(), "points of " + e.getKey().label() + " (分值)");
    }
    code().ifPresent(c -> Checks.requireNonBlank(c, "project code (项目编码)"));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Project}s; {@link #name} and {@link #moneyUnit} are required. */
  public static class Builder extends ImmutableProject.Builder {}
}
