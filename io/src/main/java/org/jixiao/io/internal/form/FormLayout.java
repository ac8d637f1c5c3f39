package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.grid.GridLayout;
import org.jixiao.io.internal.table.DeclarationFields;
import org.jixiao.io.internal.table.NumberCells;
import org.jspecify.annotations.Nullable;

/**
 * Lays a project out as the Ministry of Finance's 项目支出绩效自评表: title, 项目名称, 主管部门 /
 * 实施单位, the funds block, 年度总体目标, the indicator block (with 指标性质 and 度量单位 columns
 * when an indicator states them, 指标解释 when one has it), 总分, then 存在问题 / 改进措施 and the
 * stray cells, each on a marker row the reader restores.
 *
 * <p>分值 is always what the project states (blank where it states none), so that it reads back
 * unchanged. An evaluation may have scored against other weights (a profile rescaling the form's
 * 分值 to its total, or weighting by category): then a 折算分值 column beside 分值, in the funds
 * block and the indicator block, gives the weight each 得分 was computed against, and its 总分
 * cell their sum, so that every printed 得分 fits the weight printed next to it.
 */
public final class FormLayout {
  /** The default title. */
  public static final String TITLE = "项目支出绩效自评表";

  /** The heading of the weights an evaluation scored against, where they are not the 分值. */
  static final String SCALED = "折算分值";

  private final List<List<String>> rows = new ArrayList<>();
  private final List<GridLayout.Region> merges = new ArrayList<>();
  private final int width;
  private final int cat1 = 1;
  private final int cat2 = 2;
  private final int name = 3;
  private final int nature;
  private final int target;
  private final int unit;
  private final int actual;
  private final int weight;
  private final int scaled;
  private final int score;
  private final int reason;
  private final int explanation;

  private FormLayout(Project p, @Nullable Evaluation e) {
    boolean hasNature = false;
    boolean hasUnit = false;
    boolean hasExplanation = false;
    for (Indicator i : p.indicators()) {
      hasNature |= i.nature().isPresent();
      hasUnit |= i.measureUnit().isPresent();
      hasExplanation |= i.explanation().isPresent();
    }
    int c = 4;
    nature = hasNature ? c++ : -1;
    target = c++;
    unit = hasUnit ? c++ : -1;
    actual = c++;
    weight = c++;
    scaled = e != null && weightsDiffer(p, e) ? c++ : -1;
    score = c++;
    reason = c++;
    explanation = hasExplanation ? c++ : -1;
    width = c;
  }

  /** Whether the evaluation scored anything against a weight other than the stated 分值 (or none). */
  private static boolean weightsDiffer(Project p, Evaluation e) {
    if (!sameWeight(p.statedExecutionWeight(), e.execution().weight())) {
      return true;
    }
    List<Indicator> all = p.indicators().indicators();
    for (IndicatorResult r : e.indicators()) {
      if (r.index() < all.size() && !sameWeight(all.get(r.index()).weight(), r.weight())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameWeight(Optional<BigDecimal> stated, BigDecimal used) {
    return stated.isPresent() && stated.get().compareTo(used) == 0;
  }

  /**
   * The layout of one project's form.
   *
   * @param title the title line
   * @param year the form's year, or -1
   * @param evaluation the evaluation whose 得分 and 总分 to print, or null for the stated ones
   */
  public static GridLayout layout(Project p, String title, int year, @Nullable Evaluation evaluation) {
    FormLayout l = new FormLayout(p, evaluation);
    l.write(p, title, year, evaluation);
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < l.width; c++) {
      widths.add(c == 0 ? 10 : c == l.name || c == l.reason || c == l.explanation ? 26 : c == l.target || c == l.actual ? 16 : 12);
    }
    return GridLayout.of(l.rows, l.merges, widths);
  }

  private List<String> newRow() {
    List<String> row = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      row.add("");
    }
    rows.add(row);
    return row;
  }

  private void merge(int row, int column, int nRows, int nColumns) {
    if (nRows * nColumns > 1) {
      merges.add(new GridLayout.Region(row, column, nRows, nColumns));
    }
  }

  private static String num(Optional<BigDecimal> v) {
    return v.map(NumberCells::format).orElse("");
  }

  private void write(Project p, String title, int year, @Nullable Evaluation e) {
    int r = rows.size();
    newRow().set(0, title);
    merge(r, 0, 1, width);
    if (year > 0) {
      r = rows.size();
      newRow().set(0, "(" + year + "年度)");
      merge(r, 0, 1, width);
    }
    labelRow("项目名称", p.name());
    r = rows.size();
    List<String> row = newRow();
    row.set(0, "主管部门");
    row.set(1, p.department().orElse(""));
    merge(r, 1, 1, 3);
    row.set(4, "实施单位");
    row.set(5, p.unit().orElse(""));
    merge(r, 5, 1, width - 5);
    // what the form has no place for but the project holds, on rows of their own (the reader
    // reads them back): a declaration's fields (项目编码 …, as a table's 【申报】 rows carry them),
    // a table's 序号, the stated overall completion
    for (String[] field : DeclarationFields.of(p)) {
      labelRow(field[0], field[1]);
    }
    if (p.seq().isPresent()) {
      labelRow("序号", Integer.toString(p.seq().getAsInt()));
    }
    p.governmentInvestment().ifPresent(v -> labelRow("是否政府投资项目", v ? "是" : "否"));
    p.statedCompletion().ifPresent(v -> labelRow("绩效目标整体完成情况", v));
    funds(p, e);
    goal(p);
    indicators(p, e);
    p.problems().ifPresent(v -> labelRow("存在问题", v));
    p.rectification().ifPresent(v -> labelRow("改进措施", v));
    List<Indicator> all = p.indicators().indicators();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).cutOff()) { // the written form goes on below the row: the mark needs a row to read back
        List<String> cr = newRow();
        cr.set(0, FormParser.CUT_OFF_MARKER);
        cr.set(1, Integer.toString(i + 1));
      }
    }
    for (StrayCell s : p.strayCells()) {
      List<String> sr = newRow();
      sr.set(0, FormParser.STRAY_MARKER);
      sr.set(1, Integer.toString(s.column()));
      sr.set(2, s.header().orElse(""));
      sr.set(3, s.text());
      if (s.line().isPresent()) {
        sr.set(4, Long.toString(s.line().getAsLong())); // the line it was printed on, beside its text
      } else {
        merge(rows.size() - 1, 3, 1, width - 3);
      }
    }
  }

  private void labelRow(String label, String value) {
    int r = rows.size();
    List<String> row = newRow();
    row.set(0, label);
    row.set(1, value);
    merge(r, 1, 1, width - 1);
  }

  private void funds(Project p, @Nullable Evaluation e) {
    int top = rows.size();
    List<String> h = newRow();
    h.set(0, "项目资金(" + p.moneyUnit().label() + ")");
    String[] heads =
        scaled >= 0
            ? new String[] {"年初预算数", "全年预算数", "全年执行数", "分值", SCALED, "执行率", "得分"}
            : new String[] {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int i = 0; i < heads.length; i++) {
      h.set(2 + i, heads[i]);
    }
    List<String> t = newRow();
    t.set(1, "年度资金总额");
    t.set(2, num(p.budget()));
    t.set(3, num(p.adjustedBudget()));
    t.set(4, num(p.actual()));
    Optional<BigDecimal> rate = p.statedExecutionRate();
    Optional<BigDecimal> points = p.statedExecutionScore();
    if (e != null) {
      rate = e.execution().rate();
      points = e.execution().points();
    }
    int c = 5;
    t.set(c++, num(p.statedExecutionWeight()));
    if (scaled >= 0 && e != null) {
      t.set(c++, NumberCells.format(e.execution().weight()));
    }
    t.set(c++, rate.map(v -> NumberCells.format(v) + "%").orElse(""));
    t.set(c, num(points));
    List<FundSource> funds = p.funds();
    if (funds.isEmpty()) {
      fundRow("其中:" + FundKind.FISCAL_APPROPRIATION.label(), null);
      fundRow(FundKind.CARRIED_OVER.label(), null);
      fundRow("其他资金", null);
    } else {
      boolean first = true;
      for (FundSource f : funds) {
        fundRow((first ? "其中:" : "") + f.kind().label(), f);
        first = false;
      }
    }
    merge(top, 0, rows.size() - top, 1);
  }

  private void fundRow(String label, @Nullable FundSource f) {
    List<String> row = newRow();
    row.set(1, label);
    if (f != null) {
      row.set(2, num(f.budget()));
      row.set(3, num(f.adjustedBudget()));
      row.set(4, num(f.executed()));
    }
  }

  private void goal(Project p) {
    int top = rows.size();
    List<String> h = newRow();
    h.set(0, "年度总体目标");
    h.set(1, "预期目标");
    merge(top, 1, 1, 4);
    h.set(5, "实际完成情况");
    merge(top, 5, 1, width - 5);
    List<String> v = newRow();
    v.set(1, p.goal().orElse(""));
    merge(top + 1, 1, 1, 4);
    v.set(5, p.goalOutcome().orElse(""));
    merge(top + 1, 5, 1, width - 5);
    merge(top, 0, 2, 1);
  }

  private void indicators(Project p, @Nullable Evaluation e) {
    int top = rows.size();
    List<String> h = newRow();
    h.set(0, "绩效指标");
    h.set(cat1, "一级指标");
    h.set(cat2, "二级指标");
    h.set(name, "三级指标");
    if (nature >= 0) {
      h.set(nature, "指标性质");
    }
    h.set(target, "年度指标值");
    if (unit >= 0) {
      h.set(unit, "度量单位");
    }
    h.set(actual, "实际完成值");
    h.set(weight, "分值");
    if (scaled >= 0) {
      h.set(scaled, SCALED);
    }
    h.set(score, "得分");
    h.set(reason, "偏差原因分析及改进措施");
    if (explanation >= 0) {
      h.set(explanation, "指标解释");
    }
    Map<Integer, IndicatorResult> results = new HashMap<>();
    if (e != null) {
      for (IndicatorResult r : e.indicators()) {
        results.put(r.index(), r);
      }
    }
    BigDecimal weightSum = p.statedExecutionWeight().orElse(null);
    BigDecimal usedSum = e != null ? e.execution().weight() : BigDecimal.ZERO;
    List<Indicator> all = p.indicators().indicators();
    int runCat = -1;
    int runSub = -1;
    for (int i = 0; i < all.size(); i++) {
      Indicator ind = all.get(i);
      int r = rows.size();
      List<String> row = newRow();
      boolean newCat = i == 0 || all.get(i - 1).category() != ind.category();
      IndicatorResult scored = results.get(i);
      boolean valueless = ind.weight().isEmpty() && ind.nature().isEmpty() && ind.measureUnit().isEmpty()
          && (e != null ? scored == null || scored.points().isEmpty() : ind.statedScore().isEmpty());
      // a row with nothing but texts (a target, an actual among them) under the row above is read
      // as that row's wrapped end (JX-I-0254): an indicator with no weight, score, nature or unit
      // prints its 二级 cell, and so is one of its own
      boolean newSub = newCat || valueless || !all.get(i - 1).subcategory().equals(ind.subcategory());
      if (newSub && !newCat && ind.subcategory().isPresent()
          && IndicatorBlock.belongsElsewhere(ind.category(), ind.subcategory().get())) {
        // a 二级 under a carried 一级 that cannot hold it is read as naming its own level
        // (JX-I-0255): such an indicator prints its 一级, and keeps it
        newCat = true;
      }
      if (newCat) {
        if (runCat >= 0) {
          merge(runCat, cat1, r - runCat, 1);
        }
        runCat = r;
        BigDecimal points = p.statedCategoryWeights().get(ind.category());
        // the points the form printed in the label go back into it, as the 20/80 template prints them
        row.set(cat1, points == null ? ind.category().label() : ind.category().label() + "（" + points.toPlainString() + "分）");
      }
      if (newSub) {
        if (runSub >= 0) {
          merge(runSub, cat2, r - runSub, 1);
        }
        runSub = r;
        row.set(cat2, ind.subcategory().map(s -> s.label()).orElse("/"));
      }
      row.set(name, ind.name().orElse(""));
      if (nature >= 0) {
        row.set(nature, ind.nature().map(n -> n.label()).orElse(""));
      }
      row.set(target, ind.target().orElse(""));
      if (unit >= 0) {
        row.set(unit, ind.measureUnit().orElse(""));
      }
      row.set(actual, ind.actual().orElse(""));
      Optional<BigDecimal> w = ind.weight();
      Optional<BigDecimal> s = ind.statedScore();
      if (e != null) {
        s = scored == null ? Optional.empty() : scored.points();
      }
      row.set(weight, num(w));
      if (scaled >= 0 && scored != null) {
        row.set(scaled, NumberCells.format(scored.weight()));
        usedSum = usedSum.add(scored.weight());
      }
      row.set(score, num(s));
      if (w.isPresent()) {
        weightSum = weightSum == null ? w.get() : weightSum.add(w.get());
      }
      row.set(reason, ind.deviationReason().orElse(""));
      if (explanation >= 0) {
        row.set(explanation, ind.explanation().orElse(""));
      }
    }
    int end = rows.size();
    if (runCat >= 0) {
      merge(runCat, cat1, end - runCat, 1);
    }
    if (runSub >= 0) {
      merge(runSub, cat2, end - runSub, 1);
    }
    merge(top, 0, end - top, 1);
    int tr = rows.size();
    List<String> total = newRow();
    total.set(0, "总分");
    merge(tr, 0, 1, weight);
    total.set(weight, weightSum == null ? "" : NumberCells.format(weightSum));
    if (scaled >= 0) {
      total.set(scaled, NumberCells.format(usedSum));
    }
    total.set(score, num(e != null ? e.score() : p.statedScore()));
    if (e != null && e.grade().isPresent()) {
      int gr = rows.size();
      List<String> grade = newRow();
      grade.set(0, "自评等级");
      grade.set(1, e.grade().get().label());
      merge(gr, 1, 1, width - 1);
    }
  }
}
