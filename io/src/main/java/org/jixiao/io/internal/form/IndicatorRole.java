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
        return SCORE;
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
   * Whether a column holds what was achieved: 实际完成值, 实际完成指标值 (which ends like a target's
   * 指标值 but says 实际), 实际指标值, 实际完成数, 全年完成值, 完成情况.
   */
  private static boolean isActual(String key) {
    return key.startsWith("实际")
        || key.endsWith("实际值")
        || key.endsWith("完成值")
        || key.endsWith("完成指标值")
        || key.endsWith("完成数")
        || key.equals("完成情况");
  }
}
