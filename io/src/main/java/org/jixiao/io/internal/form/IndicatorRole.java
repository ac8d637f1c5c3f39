package org.jixiao.io.internal.form;

/** What a column of the indicator block holds, by its heading (see {@link IndicatorBlock}). */
enum IndicatorRole {
  NONE,
  CAT1,
  CAT2,
  NAME,
  NATURE,
  TARGET,
  /** A later cell of a target printed in parts: 符号 | 数值 | 单位 under one 预期指标值. */
  TARGET_PART,
  UNIT,
  ACTUAL,
  WEIGHT,
  SCORE,
  /** The Hebei form's 单项指标得分: the indicator's score out of 100, under 自评得分. */
  SCORE_OF_100,
  /** The Hebei form's 单项指标折算得分: that score times the 权重占比, in points. */
  CONVERTED_SCORE,
  REASON,
  EXPLANATION;

  /** The role a heading's key names; {@link #NONE} for one it does not know. */
  static IndicatorRole of(String key) {
    if (key.isEmpty()) {
      return NONE;
    }
    switch (key) {
      case "一级指标":
        return CAT1;
      case "二级指标":
        return CAT2;
      case "三级指标":
      case "指标名称": // under 一级 / 二级 (湖北科技学院 2021), or alone (重庆's 部门整体 forms)
      case "三级指标名称":
        return NAME;
      case "指标性质":
        return NATURE;
      case "度量单位":
      case "计量单位":
        return UNIT;
      case "分值":
      case "权重":
        return WEIGHT;
      case "得分":
      case "自评分": // 广水 2021's local template: 自评分 | 复核分 (a reviewer's, kept as printed)
      case "指标得分": // 重庆's 部门整体 forms: 指标权重(分) | 指标得分(分)
      case "实际得分": // a score, not an actual, though it starts with 实际
        return SCORE; // not 自评得分: Hebei's form heads its three sub-scores with it (IndicatorColumns)
      case "指标解释":
        return EXPLANATION;
      default:
        break;
    }
    if (key.contains("原因") || key.contains("改进措施")) {
      return REASON; // before the others: 实际完成值偏差原因 is a reason, not an actual
    }
    if (isActual(key)) {
      return ACTUAL;
    }
    if (key.endsWith("指标值") || key.endsWith("目标值")) {
      return TARGET;
    }
    return NONE;
  }

  /**
   * Whether a column holds what was achieved. Its heading is an open class: 实际… (实际完成值, 实际值,
   * 实际完成情况), …实际值 (全年实际值), and any heading about completion, realisation, implementation or
   * execution that names a value, a count, a state or a progress — a verb of {@link #ACHIEVED} with a
   * tail of {@link #ACHIEVED_TAILS}: 完成值, 全年完成值, 实际完成指标值 (which ends like a target's 指标值
   * but says 实际), 完成数, 完成情况, 全年完成情况, 实现情况 (the NDRC template), 实施进度 (大英 2020),
   * 执行情况. Headings of the other columns name none of these: 偏差原因 and 改进措施 are read as the
   * reason before this is asked, and 评分标准, 指标解释, 绩效指标值, 三级指标测算依据, 完成时限 have no such
   * verb or tail. A plan is no achievement: 计划完成数, 预期完成值, 预计实现情况 are not actuals.
   */
  private static boolean isActual(String key) {
    if (key.startsWith("实际") || key.endsWith("实际值")) {
      return true;
    }
    if (PLANNED.stream().anyMatch(key::contains)) {
      return false;
    }
    return ACHIEVED.stream().anyMatch(key::contains) && ACHIEVED_TAILS.stream().anyMatch(key::endsWith);
  }

  /** The verbs of what was done: 完成, 实现, 实施, 执行. */
  private static final java.util.List<String> ACHIEVED = java.util.List.of("完成", "实现", "实施", "执行");

  /** What a heading of the actual column names of it: a value, a count, a state, a progress. */
  private static final java.util.List<String> ACHIEVED_TAILS = java.util.List.of("值", "数", "情况", "进度");

  /** Words that make a heading a plan, not an achievement. */
  private static final java.util.List<String> PLANNED = java.util.List.of("计划", "预期", "预计");
}
