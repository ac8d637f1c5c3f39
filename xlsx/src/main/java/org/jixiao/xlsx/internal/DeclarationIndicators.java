package org.jixiao.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.grid.CellGrid;

/**
 * The indicator rows of a declaration, under its header (一级指标 二级指标 三级指标 目标值 指标解释,
 * or the two-level 一级指标 二级指标 绩效标准 当年预期实现值): 一级 and 二级 carried down merged cells
 * (and, in text, blank cells within the same 一级), the closing 备注 and approval rows as notes.
 */
final class DeclarationIndicators {
  private DeclarationIndicators() {}

  /** The indicators under {@code header}; what has no field is kept in {@code strays}. */
  static List<Indicator> read(
      CellGrid g, int header, boolean text, List<StrayCell> strays, List<String> notes, List<Finding> diagnostics, Locale locale) {
    int c1 = column(g, header, DeclarationLabels.LEVEL1);
    int c2 = column(g, header, DeclarationLabels.LEVEL2);
    int c3 = column(g, header, DeclarationLabels.LEVEL3);
    int ct = column(g, header, DeclarationLabels.TARGET);
    int ce = column(g, header, DeclarationLabels.EXPLANATION);
    // two levels only (一级指标 | 二级指标 | 绩效标准 | 当年预期实现值): the 一级 column holds the
    // second-level words (数量指标 …) and the 二级 column the indicators' names
    boolean twoLevels = c3 < 0;
    int c2Text = c2; // the column a row's second level is read from, and carried down in
    if (twoLevels) {
      c3 = c2;
      c2 = -1;
      c2Text = c1;
    }
    List<Integer> known = List.of(c1, c2, c3, ct, ce);
    List<Integer> unknown = new ArrayList<>(); // 分值, 度量单位, 指标性质 …: no field here, kept as stray cells
    for (int c = 0; c < g.width(header); c++) {
      if (!known.contains(c) && !g.text(header, c).isEmpty()) {
        unknown.add(c);
        diagnostics.add(DeclarationSheet.diagnostic("JX-X-0105", Severity.INFO, g.location(header, c), locale, "text", g.text(header, c)));
      }
    }
    List<Indicator> out = new ArrayList<>();
    String level1 = "";
    String level2 = "";
    for (int r = header + 1; r < g.height(); r++) {
      String first = DeclarationSheet.firstText(g, r);
      if (DeclarationLabels.isClosing(first, DeclarationSheet.rowText(g, r))) {
        notes.add(DeclarationSheet.rowText(g, r)); // 备注： | 本表金额单位以元计, 审核意见 | (盖章): the whole row, not its label alone
        continue;
      }
      for (int c : unknown) {
        if (!g.text(r, c).isEmpty()) {
          strays.add(StrayCell.of(c, Optional.of(g.text(header, c)), g.text(r, c)));
        }
      }
      String l1 = g.text(r, c1);
      String l2 = c2 < 0 ? "" : g.text(r, c2);
      Optional<Subcategory> inLevel1 = twoLevels ? Subcategory.fromLabel(l1) : Optional.empty();
      if (inLevel1.isPresent()) {
        l2 = l1; // 数量指标 in the 一级 column: its category follows from it
        l1 = inLevel1.get().category().label();
      }
      level1 = !l1.isEmpty() ? l1 : level1;
      // a blank 二级 continues the one above when the sheet says it is merged, or, in text (which
      // has no merges), when the row starts no new 一级 either
      level2 = !l2.isEmpty() ? l2 : (g.continuesMerge(r, c2Text) || (text && l1.isEmpty()) ? level2 : "");
      String name = c3 < 0 ? "" : g.text(r, c3);
      String target = ct < 0 ? "" : g.text(r, ct);
      String explanation = ce < 0 ? "" : g.text(r, ce);
      if (l1.isEmpty() && l2.isEmpty() && name.isEmpty() && target.isEmpty() && explanation.isEmpty()) {
        for (int c = DeclarationSheet.firstColumn(g, r); c >= 0; c = DeclarationSheet.firstColumn(g, r, c + 1)) {
          if (!unknown.contains(c)) { // those are kept above, under their header
            strays.add(StrayCell.of(c, Optional.empty(), g.text(r, c)));
          }
        }
        continue;
      }
      // a second-level label merged over both columns (社会公众或服务对象满意度指标) is in the 一级 cell
      boolean merged = level2.isEmpty() && Category.fromLabel(level1).isEmpty();
      Optional<Subcategory> sub = Subcategory.fromLabel(merged ? level1 : level2);
      Optional<Category> cat = Category.fromLabel(level1).or(() -> sub.map(Subcategory::category));
      if (cat.isEmpty()) {
        diagnostics.add(
            DeclarationSheet.diagnostic("JX-X-0106", Severity.WARNING, g.location(r, c1), locale,
                "level1", level1,
                "indicator", XlsxProblems.part("JX-X-0152", "level1", level1),
                "outcome", XlsxProblems.part("JX-X-0154")));
        for (String t : List.of(level1, level2, name, target, explanation)) {
          if (!t.isEmpty()) {
            strays.add(StrayCell.of(r, Optional.of("指标行"), t));
          }
        }
        continue;
      }
      if (sub.isEmpty() && !level2.isEmpty()) {
        diagnostics.add(
            DeclarationSheet.diagnostic("JX-X-0106", Severity.WARNING, g.location(r, c2Text), locale,
                "level1", level1, "level2", level2,
                "indicator", XlsxProblems.part("JX-X-0153", "level2", level2),
                "outcome", XlsxProblems.part("JX-X-0155", "level1", level1)));
        strays.add(StrayCell.of(c2Text, Optional.of("二级指标"), level2));
      }
      Indicator.Builder i = Indicator.builder().category(cat.get()).subcategory(sub);
      if (!name.isEmpty()) {
        i.name(name);
      }
      if (!target.isEmpty()) {
        i.target(target);
      }
      if (!explanation.isEmpty()) {
        i.explanation(explanation);
      }
      out.add(i.build());
    }
    return out;
  }

  private static int column(CellGrid g, int header, java.util.Set<String> labels) {
    for (int c = 0; c < g.width(header); c++) {
      if (labels.contains(DeclarationLabels.key(g.text(header, c)))) {
        return c;
      }
    }
    return -1;
  }

}
