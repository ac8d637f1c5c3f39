package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The 项目决策 / 项目管理 block (项目权重) that 广水市's local template prints between its goal and its
 * indicators: a heading row {@code 项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据}, then
 * rows {@code 项目决策 2 分 | 决策依据 | 2 | 2 | | …}, {@code 项目管理 13 分 | 财务制度 | 3 | 3 | | …} and
 * under it, its label merged down, {@code | 组织机构 | 2 | 2 | | …} (运行监管, 目标申报). The form scores
 * it: its 15 points and the 项目绩效 level's 85 make the form's 100, and its 自评总分 includes them.
 *
 * <p>The model has no indicator category for decision or management (the 2020 evaluation
 * framework's 决策 / 过程 levels; {@link Category} holds 产出 / 效益 / 满意度 / 成本), and none is made up
 * here. So, as the transfer template's 资金管理情况 block is ({@link ManagementBlock}), each row is kept
 * as stray cells — the group label under the block's heading, what the row evaluates under its
 * group, every other cell under {@code 决策依据/分值} and the like — and the block is told once when the
 * form ends ({@link #settle}, JX-I-0263 … 0265). Read before as unknown rows, and its rows below
 * the first joined to the goal above it, the goal read as 组织机构 2 2 ….
 *
 * <p>The form's stated total includes the block's own score (广水 2019: 自评总分 69 with 14 of the
 * block's 15 points), while the score the rules compute is of the execution and the indicators only:
 * the two are on different bases, and comparing them would report a difference that is no error,
 * or hide one. So the stated total is not the project's {@code statedScore} on such a form: it is
 * kept as a stray cell under its label, and the block's diagnostic says so.
 */
final class DecisionManagementBlock {
  /** The headings a score column is printed under: the form's own score, not a plain 得分. */
  private static final Set<String> SCORE_HEADINGS = Set.of("自评分", "自评得分");

  /** Words of the levels the model does score: a group naming one is no part of the block. */
  private static final List<String> SCORED_LEVELS = List.of("产出", "效益", "满意", "成本");

  /** What was read of the block, for {@link #settle}. */
  static final class Scored {
    final int row;
    final int column;
    final String text;
    BigDecimal points = BigDecimal.ZERO;
    final List<String> groups = new ArrayList<>();

    Scored(int row, int column, String text) {
      this.row = row;
      this.column = column;
      this.text = text;
    }
  }

  private final FormGrid g;
  private final FormSink sink;
  private String[] headings = new String[0];
  private int contentColumn = -1;
  private int weightColumn = -1;
  private int blockLabelColumn = -1;
  /** The group label the rows below belong to while its cell is merged down (项目管理 13 分). */
  private String group = "";

  DecisionManagementBlock(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  /**
   * Opens the block at row {@code r} when it is its heading: in the form's label column, with a
   * 评价内容, a 分值 and a score heading (自评分), and no indicator header (a 三级指标 or a target).
   */
  boolean opens(int r, int first, int labelColumn, FormDraft d) {
    if (first != labelColumn || d.unscored != null || IndicatorColumns.isHeader(g, r)) {
      return false;
    }
    int content = -1;
    int weight = -1;
    boolean score = false;
    int w = g.width(r);
    for (int c = first + 1; c < w; c++) {
      String k = g.key(r, c);
      if (k.equals("评价内容") && content < 0) {
        content = c;
      } else if (k.equals("分值") && weight < 0) {
        weight = c;
      } else {
        score |= SCORE_HEADINGS.contains(k);
      }
    }
    if (content < 0 || weight < 0 || !(score || g.key(r, first).equals("项目权重")) || !blockRowBelow(r, content, weight)) {
      return false; // 评价内容 | 分值 | 得分 of an evaluation framework, or a heading with no row of the block
    }
    headings = new String[w];
    String current = "";
    for (int c = 0; c < w; c++) {
      String t = g.text(r, c).strip();
      current = t.isEmpty() ? current : t; // a heading spans the blank cells right of it
      headings[c] = current;
    }
    contentColumn = content;
    weightColumn = weight;
    blockLabelColumn = first;
    group = "";
    d.unscored = new Scored(r, first, g.text(r, first));
    return true;
  }

  /** Whether the next row with text names what it evaluates and prints its 分值, as the block's rows do. */
  private boolean blockRowBelow(int r, int content, int weight) {
    for (int n = r + 1; n < g.height(); n++) {
      if (g.count(n) > 0) {
        return !g.text(n, content).isEmpty() && FormNumber.points(g.text(n, weight)).value() != null
            && !namesScoredLevel(g.text(n, g.first(n)));
      }
    }
    return false;
  }

  private static boolean namesScoredLevel(String label) {
    for (String level : SCORED_LEVELS) {
      if (label.contains(level)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads row {@code r} of the open block: a row that names what it evaluates and prints its 分值
   * (a group label in the label column or merged down from above). Any other row closes the block.
   */
  boolean reads(int r, FormDraft d) {
    Scored block = d.unscored;
    if (block == null || contentColumn < 0 || g.text(r, contentColumn).isEmpty() || g.first(r) < blockLabelColumn) {
      return false;
    }
    BigDecimal weight = FormNumber.points(g.text(r, weightColumn)).value();
    if (weight == null || weight.signum() < 0) {
      return false;
    }
    for (int c = blockLabelColumn + 1; c < contentColumn; c++) {
      if (!g.text(r, c).isEmpty()) {
        return false; // a cell between the group and what it evaluates: not the template's row
      }
    }
    String label = g.text(r, blockLabelColumn);
    if (namesScoredLevel(label)) {
      return false; // 产出, 效益: the levels the model scores close the block
    }
    if (!label.isEmpty()) {
      group = label;
      d.stray(r, blockLabelColumn, headings[blockLabelColumn], label);
      String name = Category.printedPoints(label).isPresent() ? FormText.categoryKey(label) : FormText.key(label);
      block.groups.add(name);
    }
    String content = g.text(r, contentColumn);
    d.stray(r, contentColumn, group.isEmpty() ? headings[contentColumn] : group, content);
    int w = g.width(r);
    for (int c = contentColumn + 1; c < w; c++) {
      String t = g.text(r, c);
      if (!t.isEmpty()) {
        String heading = c < headings.length ? headings[c] : "";
        d.stray(r, c, heading.isEmpty() ? content : FormText.key(content) + "/" + heading, t);
      }
    }
    block.points = block.points.add(weight);
    return true;
  }

  /**
   * Ends a form that has the block: says it once, and sets the form's stated total aside (kept as a
   * stray cell under its label), since it includes the block's own score. Called after {@link
   * StatedTotal#settle}, which has chosen the total from the header's and the 总分 row's.
   */
  void settle(FormDraft d) {
    Scored block = d.unscored;
    if (block == null) {
      return;
    }
    String groups = block.groups.isEmpty() ? FormText.key(block.text) : String.join("、", block.groups);
    String points = block.points.stripTrailingZeros().toPlainString();
    BigDecimal total = d.statedScore;
    Msg msg;
    if (total == null) {
      msg = Msg.of("JX-I-0265").arg("groups", groups).arg("points", points);
    } else {
      String label = setAside(d, total);
      BigDecimal above = d.levelAbovePoints;
      msg = Msg.of(above == null ? "JX-I-0264" : "JX-I-0263").arg("groups", groups).arg("points", points)
          .arg("label", label).arg("total", total.stripTrailingZeros().toPlainString());
      if (above != null) {
        msg = msg.arg("full", block.points.add(above).stripTrailingZeros().toPlainString());
      }
      d.statedScore = null;
    }
    sink.report(FormDiagnostics.UNSCORED_BLOCK, Severity.INFO, msg, block.row, block.column, block.text);
  }

  /**
   * Keeps the stated total as a stray cell where it was printed, in the header and in a 总分 row
   * when both print it; returns its label. A header total that disagrees with the row's is kept
   * already ({@link StatedTotal#settle}).
   */
  private String setAside(FormDraft d, BigDecimal total) {
    String label = "总分";
    StatedTotal.Printed h = d.headerTotal;
    if (h != null && h.value().compareTo(total) == 0) {
      d.stray(h.row(), h.column(), h.label(), h.text());
      label = FormText.key(h.label());
    }
    if (d.statedScoreRow >= 0) {
      int r = d.statedScoreRow;
      String rowLabel = g.text(r, Math.max(g.first(r), 0));
      d.stray(r, d.statedScoreColumn, rowLabel, g.text(r, d.statedScoreColumn));
      label = FormText.key(rowLabel);
    }
    return label;
  }
}
