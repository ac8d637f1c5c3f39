package org.jixiao.io.internal.form;

import java.util.List;

/**
 * The rows after a form's indicators: 存在问题 (or 偏差大或目标未完成原因分析) and 改进措施 read into
 * the draft, 注 / 说明 kept as the table's notes, 评价结论, 自评等级 and the signatures (项目负责人 …)
 * kept as stray cells.
 */
final class ClosingRows {
  private final FormGrid g;
  private final StrayRows strays;
  /** The table's notes, which a 注 row joins. */
  private final List<String> notes;

  ClosingRows(FormGrid g, StrayRows strays, List<String> notes) {
    this.g = g;
    this.strays = strays;
    this.notes = notes;
  }

  /**
   * The Hubei 20/80 template's row of why targets were missed, 偏差大或目标未完成原因分析 (施甸 2019,
   * 长江禁捕 2020): the project's problems as its form states them. Not a label that names the measures
   * too (偏差原因分析及改进措施, an indicator column's heading), which is neither field alone. Asked only
   * below the indicator header.
   */
  private static boolean namesShortfallCauses(String k0) {
    return k0.endsWith("原因分析") && (k0.contains("偏差") || k0.contains("未完成")) && !k0.contains("改进措施");
  }

  private static boolean namesProblems(String k0) {
    return k0.equals("存在问题") || k0.equals("存在的问题") || k0.equals("项目执行中存在的问题");
  }

  private static boolean namesMeasures(String k0) {
    return k0.equals("改进措施") || k0.equals("整改情况") || k0.equals("整改措施");
  }

  /**
   * Whether a row {@link #closing} read is the form's own text, its problems or measures, which some
   * forms print between their goal and their indicators: there it closes nothing, the indicators
   * below are the same form's. Notes and sign-offs close the form wherever they stand.
   */
  static boolean isProblemsOrMeasures(String k0) {
    return namesProblems(k0) || namesMeasures(k0);
  }

  /** The rows after the indicators: 评价结论, 存在问题, 改进措施, 自评等级, 注, 项目负责人 … */
  boolean closing(int r, int first, String k0, FormDraft draft) {
    String value = "";
    int v = g.next(r, first + 1);
    if (v >= 0) {
      value = g.text(r, v);
    }
    // the Hubei template's labels count only below the indicator header: above it (预算执行偏差原因分析 under
    // the funds) a row of causes closes nothing, and taking it so would split the form in two
    boolean below = draft.indicatorHeaderRow >= 0; // under the header, indicators read or not
    if (namesProblems(k0) || below && namesShortfallCauses(k0)) {
      if (!value.isEmpty()) {
        draft.problems = TopFields.first(draft, draft.problems, value, r, v, g.text(r, first));
      }
    } else if (namesMeasures(k0) || below && k0.startsWith("改进措施") && !k0.contains("原因")) {
      // 改进措施及结果应用方案 (the Hubei 20/80 template), 改进措施及建议: the measures, however named; not
      // 改进措施及偏差原因分析, which names the causes too
      if (!value.isEmpty()) {
        draft.rectification =
            TopFields.first(draft, draft.rectification, value, r, v, g.text(r, first));
      }
    } else if (k0.startsWith("注") || k0.startsWith("备注") || k0.startsWith("说明")) {
      notes.add(g.joined(r, first)); // 注： | 本表金额单位为万元: the whole row, not its label alone
      return true;
    } else if (k0.equals("评价结论") || k0.equals("自评等级") || k0.equals("自评结论") || k0.startsWith("项目负责人")
        || k0.startsWith("财务负责人") || k0.startsWith("单位主要负责人") || k0.startsWith("填报人")) {
      strays.keepRow(r, draft);
      return true;
    } else {
      return false;
    }
    int w = g.width(r);
    for (int c = v < 0 ? w : v + 1; c < w; c++) {
      if (!g.text(r, c).isEmpty()) {
        draft.stray(r, c, g.text(r, first), g.text(r, c));
      }
    }
    return true;
  }
}
