package org.jixiao.io.internal.table;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.label.Labels;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jspecify.annotations.Nullable;

/** Classifies header cells. Labels are compared after {@link Labels#normalize}. */
final class HeaderLabels {
  private HeaderLabels() {}

  /** What a header cell names. */
  enum Kind {
    FIELD,
    CATEGORY,
    SUBCATEGORY,
    FUND,
    ACTUAL_TOTAL,
    PAIR_TARGET,
    PAIR_ACHIEVED,
    EVALUATION,
    UNKNOWN
  }

  /** A classified header cell. */
  record Label(
      Kind kind,
      @Nullable Role role,
      @Nullable Category category,
      @Nullable Subcategory subcategory,
      @Nullable FundKind fund,
      boolean fundGroup,
      String raw,
      int row,
      int column,
      long line,
      @Nullable MoneyUnit unit) {
    /** The label as read from a heading that also stated its unit: {@code 预算金额（万元）}. */
    Label withUnit(@Nullable MoneyUnit stated) {
      return new Label(kind, role, category, subcategory, fund, fundGroup, raw, row, column, line, stated);
    }
  }

  private static final Map<String, Role> FIELDS = new HashMap<>();
  private static final Map<String, Kind> OTHERS = new HashMap<>();

  private static void field(Role role, String... labels) {
    for (String label : labels) {
      FIELDS.put(Labels.normalize(label), role);
    }
  }

  private static void other(Kind kind, String... labels) {
    for (String label : labels) {
      OTHERS.put(Labels.normalize(label), kind);
    }
  }

  static {
    field(Role.SEQ, "序号", "编号");
    field(Role.UNIT, "单位名称", "实施单位", "预算单位");
    field(Role.DEPARTMENT, "主管部门");
    field(Role.NAME, "项目名称");
    field(Role.GOVERNMENT_INVESTMENT, "是否政府投资项目", "是否政府投资项目(是/否)", "是否政府投资");
    field(Role.BUDGET, "项目年度预算金额", "年度预算金额", "年初预算数", "预算金额", "项目预算金额");
    field(Role.ADJUSTED_BUDGET, "调整后预算数", "全年预算数");
    field(Role.ACTUAL, "实际支出金额", "实际支出", "全年执行数");
    field(Role.RATE, "预算支出执行率", "执行率", "预算执行率");
    field(Role.EXECUTION_WEIGHT, "执行率分值");
    field(Role.EXECUTION_SCORE, "执行率得分");
    field(Role.OUTPUT_POINTS, "产出指标分值");
    field(Role.BENEFIT_POINTS, "效益指标分值");
    field(Role.SATISFACTION_POINTS, "满意度指标分值");
    field(Role.COST_POINTS, "成本指标分值");
    field(Role.GOAL, "年初绩效目标", "绩效目标", "年度绩效目标");
    field(Role.GOAL_OUTCOME, "总体目标实际完成情况");
    field(Role.COMPLETION, "绩效目标整体完成情况", "整体完成情况");
    field(Role.PROBLEMS, "项目执行中存在的问题", "存在的问题", "存在问题");
    field(Role.RECTIFICATION, "整改情况", "整改措施");
    field(Role.STATED_SCORE, "总分", "自评得分");
    other(Kind.EVALUATION, "得分", "等级", "状态");
    other(Kind.ACTUAL_TOTAL, "合计", "小计");
    other(Kind.PAIR_TARGET, "年度指标内容", "年度指标值", "指标内容");
    other(Kind.PAIR_ACHIEVED, "完成情况", "实际完成值", "实际完成情况");
  }

  /** Whether a normalised text is a level-1 field label (序号, 项目名称 …). */
  static boolean isFieldLabel(String normalized) {
    return FIELDS.containsKey(normalized);
  }

  /**
   * Classifies a header cell.
   *
   * @param firstRow whether the cell is in the first header row, where 满意度指标 and 成本指标
   *     name the level-1 category rather than the level-2 one
   */
  static Label classify(String raw, int row, int column, long line, boolean firstRow) {
    Label label = classifyText(Labels.normalize(raw), raw, row, column, line, firstRow);
    if (label.kind() != Kind.UNKNOWN) {
      return label;
    }
    // 项目年度预算金额（万元）, 实际支出（元）, 预算支出执行率（%）: the heading with its unit, as
    // statistical tables print it; the unit is kept with the label for the table to read amounts in
    String text = Labels.normalize(raw);
    int open = text.lastIndexOf('(');
    if (open > 0 && text.endsWith(")")) {
      String unit = text.substring(open + 1, text.length() - 1);
      unit = unit.startsWith("单位:") ? unit.substring(3) : unit;
      Optional<MoneyUnit> money = MoneyUnit.fromLabel(unit);
      if (money.isPresent() || unit.equals("%")) {
        Label bare = classifyText(text.substring(0, open), raw, row, column, line, firstRow);
        if (bare.kind() != Kind.UNKNOWN) {
          return bare.withUnit(money.orElse(null));
        }
      }
    }
    return label;
  }

  private static Label classifyText(String text, String raw, int row, int column, long line, boolean firstRow) {
    Role role = FIELDS.get(text);
    if (role != null) {
      return new Label(Kind.FIELD, role, null, null, null, false, raw, row, column, line, null);
    }
    Kind other = OTHERS.get(text);
    if (other != null) {
      return new Label(other, null, null, null, null, false, raw, row, column, line, null);
    }
    Optional<Category> category = Category.fromLabel(text);
    Optional<Subcategory> subcategory = Subcategory.fromLabel(text);
    if (category.isPresent() && (firstRow || subcategory.isEmpty())) {
      return new Label(
          Kind.CATEGORY, null, category.get(), null, null, false, raw, row, column, line, null);
    }
    if (subcategory.isPresent()) {
      return new Label(
          Kind.SUBCATEGORY, null, null, subcategory.get(), null, false, raw, row, column, line, null);
    }
    boolean group = text.startsWith("其中:");
    String fundText = group ? text.substring(3) : text;
    Optional<FundKind> fund = FundKind.fromLabel(fundText);
    if (fund.isPresent()) {
      return new Label(Kind.FUND, null, null, null, fund.get(), group, raw, row, column, line, null);
    }
    return new Label(Kind.UNKNOWN, null, null, null, null, false, raw, row, column, line, null);
  }
}
