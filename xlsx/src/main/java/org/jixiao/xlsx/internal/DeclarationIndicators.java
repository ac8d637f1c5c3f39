package org.jixiao.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.label.ItemNumbers;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.grid.CellGrid;

/**
 * The indicator rows of a declaration, under its header (一级指标 二级指标 三级指标 目标值 指标解释,
 * the two-level 一级指标 二级指标 绩效标准 当年预期实现值, or a target printed in parts: 指标方向 |
 * 目标值 | 计量单位): 一级 and 二级 carried down merged cells (and, in text, blank cells within the
 * same 一级), the closing 备注 and approval rows as notes. A form with a 长期绩效指标 block and a
 * 年度绩效指标 block gives the year's indicators; the long-term rows are kept as stray cells.
 */
final class DeclarationIndicators {
  private DeclarationIndicators() {}

  /** What the rows gave: the indicators, and whether a header had a column of explanations. */
  record Rows(List<Indicator> indicators, boolean explained) {}

  /** The indicators under {@code header} and any later header; what has no field is kept in {@code strays}. */
  static Rows read(
      CellGrid g, int header, boolean text, List<StrayCell> strays, List<String> notes, List<Finding> diagnostics, Locale locale) {
    List<Integer> headers = new ArrayList<>();
    for (int h = header; h >= 0; h = DeclarationSheet.headerRow(g, h + 1).orElse(-1)) {
      headers.add(h);
    }
    // 长期绩效指标 | 一级指标 … then 年度绩效指标 | 一级指标 …: the year's rows are what is declared for the year
    boolean annualBlock = headers.stream().anyMatch(h -> blockLabel(g, h).contains("年度"));
    List<Indicator> out = new ArrayList<>();
    boolean explained = false;
    java.util.Set<String> framework = new java.util.LinkedHashSet<>(); // 投入指标, 过程指标: their labels as printed
    List<org.jixiao.core.evaluation.Location> frameworkAt = new ArrayList<>();
    for (int k = 0; k < headers.size(); k++) {
      int h = headers.get(k);
      int end = k + 1 < headers.size() ? headers.get(k + 1) : g.height();
      Block block = new Block(g, h);
      explained |= block.ce >= 0;
      String label = blockLabel(g, h);
      if (annualBlock && !label.contains("年度")) {
        for (int r = h; r < end; r++) {
          for (int c = DeclarationSheet.firstColumn(g, r); c >= 0; c = DeclarationSheet.firstColumn(g, r, c + 1)) {
            strays.add(StrayCell.of(line(g, r), c, Optional.of(label.isEmpty() ? "长期绩效指标" : label), g.text(r, c)));
          }
        }
        continue;
      }
      block.read(h + 1, end, text, out, strays, notes, diagnostics, locale);
      framework.addAll(block.framework);
      frameworkAt.addAll(block.frameworkAt);
    }
    if (!framework.isEmpty()) {
      // once for the declaration: its indicators are of another framework, not unknown rows; beside
      // 产出 / 效益 / 满意度 rows (中央预算内投资计划绩效目标表: 实施效果指标, then 过程管理指标) they
      // are a block of their own, which no one is to refill as outputs
      String levels = "“" + String.join("”、“", framework) + "”";
      diagnostics.add(
          out.isEmpty()
              ? DeclarationSheet.diagnostic("JX-X-0122", Severity.WARNING, frameworkAt.get(0), locale, "levels", levels)
              : DeclarationSheet.diagnostic("JX-X-0124", Severity.INFO, frameworkAt.get(0), locale, "levels", levels));
    }
    return new Rows(out, explained);
  }

  /** The caption left of a header's 一级指标 (长期绩效指标, 年度绩效指标), or empty. */
  /** A grid row's one-based line in the sheet (or text) it was read from. */
  static long line(CellGrid g, int r) {
    return g.location(r, 0).line().orElse(r + 1L);
  }

  private static String blockLabel(CellGrid g, int header) {
    int c1 = column(g, header, DeclarationLabels.LEVEL1);
    for (int c = 0; c < c1; c++) {
      String t = g.text(header, c);
      if (!t.isEmpty()) {
        return DeclarationLabels.key(t);
      }
    }
    return "";
  }

  /** The columns of one header, and the reading of the rows under it. */
  private static final class Block {
    private final CellGrid g;
    private final int header;
    private final int c1;
    private final int c2;
    private final int c2Text; // the column a row's second level is read from, and carried down in
    private final int c3;
    private final int ct;
    private final int sub; // the row of a target column's sub-headings (2021年实际实现值 | 预期2022年实现值), or -1
    /** The columns of 区域目标值's regions (新罗区 | 永定区 …), the first the target's; else empty. */
    private final List<Integer> regions;
    private final int ce;
    private final int comparator; // ≥ | 100 | 户: a target in parts
    private final int unit;
    private final boolean unitUnnamed; // the unit's column has no heading: 指标值 printed over 120 | 公里
    private final boolean twoLevels;
    private final List<Integer> unknown = new ArrayList<>(); // 分值, 指标性质 …: kept as stray cells
    /** The 一级 labels of the 投入 / 过程 framework met, and where each was first met. */
    final java.util.Set<String> framework = new java.util.LinkedHashSet<>();
    final List<org.jixiao.core.evaluation.Location> frameworkAt = new ArrayList<>();
    /** How far the current row's cells lie left of their columns (see {@link #shiftOf}). */
    private int shift;
    /** The row of the last indicator read; a line right under it may carry on its texts. */
    private int lastRow = -2;

    Block(CellGrid g, int header) {
      this.g = g;
      this.header = header;
      int level3 = column(g, header, DeclarationLabels.LEVEL3);
      int level2 = column(g, header, DeclarationLabels.LEVEL2);
      // two levels only (一级指标 | 二级指标 | 绩效标准 | 当年预期实现值): the 一级 column holds the
      // second-level words (数量指标 …) and the 二级 column the indicators' names
      twoLevels = level3 < 0;
      c1 = column(g, header, DeclarationLabels.LEVEL1);
      c2 = twoLevels ? -1 : level2;
      c2Text = twoLevels ? c1 : level2;
      c3 = twoLevels ? level2 : level3;
      int target = column(g, header, DeclarationLabels.TARGET);
      int expected = expectedColumn(g, header, target);
      regions = expected >= 0 ? List.of() : regionColumns(g, header, target);
      sub = expected >= 0 || !regions.isEmpty() ? header + 1 : -1;
      ct = expected >= 0 ? expected : !regions.isEmpty() ? regions.get(0) : target;
      ce = column(g, header, DeclarationLabels.EXPLANATION);
      // 指标方向 | 目标值 | 计量单位; 指标性质 holds the sign only on forms without such a column (≥ | 735 | 人次)
      int sign = column(g, header, DeclarationLabels.COMPARATOR);
      comparator = ct < 0 ? -1 : sign >= 0 ? sign : column(g, header, Set.of("指标性质"));
      int named = ct < 0 ? -1 : column(g, header, DeclarationLabels.UNIT);
      // a target heading over two cells, the figure and its unit (120 | 公里): the cell after the
      // target's has no heading of its own, and a short word there is the figure's unit
      unitUnnamed = named < 0 && ct >= 0 && heading(ct + 1).isEmpty();
      unit = unitUnnamed ? ct + 1 : named;
    }

    void read(int from, int to, boolean text, List<Indicator> out, List<StrayCell> strays, List<String> notes, List<Finding> diagnostics,
        Locale locale) {
      List<Integer> known = List.of(c1, c2, c3, ct, ce, comparator, unit);
      for (int c = 0; c < Math.max(g.width(header), sub < 0 ? 0 : g.width(sub)); c++) {
        if (!known.contains(c) && !heading(c).isEmpty()) {
          unknown.add(c);
          int at = sub >= 0 && !g.text(sub, c).isEmpty() ? sub : header;
          if (!regions.contains(c)) { // the other regions' targets: said once, below
            diagnostics.add(DeclarationSheet.diagnostic("JX-X-0105", Severity.INFO, g.location(at, c), locale, "text", heading(c)));
          }
        }
      }
      if (!regions.isEmpty()) {
        List<String> names = regions.stream().map(c -> g.text(sub, c)).toList();
        diagnostics.add(DeclarationSheet.diagnostic("JX-X-0125", Severity.INFO, g.location(header, regions.get(0)), locale,
            "heading", g.text(header, regions.get(0)), "count", names.size(), "regions", String.join("、", names), "first", names.get(0)));
      }
      String level1 = "";
      String level2 = "";
      lastRow = -2;
      for (int r = sub < 0 ? from : Math.max(from, sub + 1); r < to; r++) {
        String first = DeclarationSheet.firstText(g, r);
        if (DeclarationLabels.isClosing(first, DeclarationSheet.rowText(g, r))) {
          notes.add(DeclarationSheet.rowText(g, r)); // 备注： | 本表金额单位以元计, 审核意见 | (盖章): the whole row, not its label alone
          continue;
        }
        shift = shiftOf(r, text);
        if (shift > 0) {
          diagnostics.add(
              DeclarationSheet.diagnostic("JX-X-0120", Severity.INFO, g.location(r, c1), locale,
                  "level2", g.text(r, c1), "level1", level1.isEmpty() ? "—" : level1));
        }
        for (int c : unknown) {
          if (!cell(r, c).isEmpty()) {
            strays.add(StrayCell.of(line(g, r), c, Optional.of(heading(c)), cell(r, c)));
          }
        }
        String l1 = cell(r, c1);
        String l2 = cell(r, c2);
        Optional<Subcategory> inLevel1 = twoLevels ? Subcategory.fromLabel(l1) : Optional.empty();
        if (inLevel1.isPresent()) {
          l2 = l1; // 数量指标 in the 一级 column: its category follows from it
          l1 = inLevel1.get().category().label();
        }
        level1 = !l1.isEmpty() ? l1 : level1;
        // a blank 二级 continues the one above when the sheet says it is merged, or, in text (which
        // has no merges), when the row starts no new 一级 either
        level2 = !l2.isEmpty() ? l2 : (g.continuesMerge(r, c2Text) || (text && l1.isEmpty()) ? level2 : "");
        String name = cell(r, c3);
        String target = target(r, strays);
        String explanation = cell(r, ce);
        if (text && shift == 0 && r == lastRow + 1 && l1.isEmpty() && l2.isEmpty() && target.isEmpty()
            && onlyNameAndExplanation(r) && joinsAbove(out, name, explanation)) {
          // the end of the indicator's texts, wrapped onto a line of its own by PDF extraction
          diagnostics.add(DeclarationSheet.diagnostic("JX-X-0123", Severity.INFO, g.location(r, name.isEmpty() ? ce : c3), locale,
              "text", name.isEmpty() ? explanation : name));
          lastRow = r;
          continue;
        }
        boolean filler = DeclarationLabels.isDots(l2) || DeclarationLabels.isDots(name);
        if (filler || (l1.isEmpty() && l2.isEmpty() && name.isEmpty() && target.isEmpty() && explanation.isEmpty())) {
          // nothing, or the template's continuation dots (…): no indicator, its cells kept
          for (int c = DeclarationSheet.firstColumn(g, r); c >= 0; c = DeclarationSheet.firstColumn(g, r, c + 1)) {
            if (!unknown.contains(c) && c != comparator && c != unit) { // those are kept above, under their header
              strays.add(StrayCell.of(line(g, r), c, Optional.empty(), g.text(r, c)));
            }
          }
          continue;
        }
        for (int pc = DeclarationSheet.firstColumn(g, r); pc >= 0; pc = DeclarationSheet.firstColumn(g, r, pc + 1)) {
          int c = pc + shift;
          if (!known.contains(c) && !unknown.contains(c) && heading(c).isEmpty()) {
            strays.add(StrayCell.of(line(g, r), pc, Optional.empty(), g.text(r, pc))); // a column without a heading: kept, not lost
          }
        }
        int before = out.size();
        indicator(r, level1, level2, name, target, explanation, out, strays, diagnostics, locale);
        lastRow = out.size() > before ? r : -2;
      }
      shift = 0;
    }

    /** Whether row {@code r} holds text in the 三级指标 and 指标解释 columns only. */
    private boolean onlyNameAndExplanation(int r) {
      for (int c = DeclarationSheet.firstColumn(g, r); c >= 0; c = DeclarationSheet.firstColumn(g, r, c + 1)) {
        if (c != c3 && c != ce) {
          return false;
        }
      }
      return true;
    }

    /**
     * Joins a line's 三级指标 and 指标解释 to the last indicator's, when they carry them on: each
     * lies under a text the indicator has, and the name is no new item's (指标3, （3）, ②, a name
     * opening as the one above, or under one that already ends as a measure's: …率, …数) and no
     * template's dots. Returns whether it did.
     */
    private static boolean joinsAbove(List<Indicator> out, String name, String explanation) {
      if (out.isEmpty() || (name.isEmpty() && explanation.isEmpty())) {
        return false;
      }
      Indicator last = out.get(out.size() - 1);
      if ((!name.isEmpty() && (last.name().isEmpty() || ItemNumbers.startsNewItem(last.name().orElse(""), name) || DeclarationLabels.isDots(name)))
          || (!explanation.isEmpty() && last.explanation().isEmpty())) {
        return false;
      }
      out.set(out.size() - 1, Indicator.builder().from(last)
          .name(last.name().map(n -> n + name))
          .explanation(last.explanation().map(e -> e + explanation))
          .build());
      return true;
    }

    private String cell(int r, int c) {
      return c < 0 || c - shift < 0 ? "" : g.text(r, c - shift);
    }

    /**
     * 1 when a row of text starts with a second-level label (质量指标) in the 一级 column, its 二级
     * cell holding none: a copy of a table whose merged 一级 cell spans rows (an HTML rowspan, a
     * PDF's extraction) gives that cell to its first row only, and the rows under it start a column
     * early, an indicator's name in the 二级 column. Read where it belongs, the row carries its 一级 down as a merged cell does. 0 otherwise,
     * and always for a sheet, whose merged cells are there.
     */
    private int shiftOf(int r, boolean text) {
      if (!text || twoLevels || c1 < 0 || c2 != c1 + 1 || (c1 > 0 && !g.text(r, c1 - 1).isEmpty())) {
        return 0;
      }
      String first = g.text(r, c1);
      String second = g.text(r, c2);
      boolean secondLevel = Category.fromLabel(first).isEmpty() && Subcategory.fromLabel(first).isPresent();
      // a blank 二级 cell beside it is a label merged over both level columns (服务对象满意度指标)
      return secondLevel && !second.isEmpty() && Subcategory.fromLabel(second).isEmpty() && Category.fromLabel(second).isEmpty() ? 1 : 0;
    }

    /** A column's heading: its sub-heading under a target column's span, else the header's cell. */
    private String heading(int c) {
      return sub >= 0 && !g.text(sub, c).isEmpty() ? g.text(sub, c) : g.text(header, c);
    }

    /**
     * The row's target: its cell, or its parts joined (≥ | 100 | 户 → ≥100户). A direction that is
     * no comparator (正向, 定性) and a unit a worded value does not take are kept as stray cells.
     */
    private String target(int r, List<StrayCell> strays) {
      String value = cell(r, ct);
      String sign = cell(r, comparator);
      String per = cell(r, unit);
      StringBuilder target = new StringBuilder();
      if (!sign.isEmpty() && DeclarationLabels.isComparator(sign) && !value.isEmpty()) {
        target.append(sign.strip());
      } else if (!sign.isEmpty()) {
        strays.add(StrayCell.of(line(g, r), comparator, Optional.of(g.text(header, comparator)), sign));
      }
      target.append(value);
      boolean figure = !value.isEmpty() && Character.isDigit(value.charAt(value.length() - 1));
      boolean word = per.chars().noneMatch(Character::isDigit); // a unit is a word: a number there is damage, kept aside
      boolean shortWord = !unitUnnamed || per.strip().length() <= 5; // 公里, 万元, 平方米, 元/人; not a sentence
      if (!per.isEmpty() && figure && word && shortWord) {
        target.append(per.strip());
      } else {
        keep(r, unit, per, strays);
      }
      return target.toString();
    }

    /** A cell of row {@code r} kept as a stray cell where it stands, under its column's heading; none when blank. */
    private void keepCell(int r, int c, List<StrayCell> strays) {
      keep(r, c, cell(r, c), strays);
    }

    /** Text of column {@code c} of row {@code r} kept as a stray cell where it stands, under the column's heading. */
    private void keep(int r, int c, String text, List<StrayCell> strays) {
      if (c >= 0 && !text.isEmpty()) {
        String h = heading(c);
        strays.add(StrayCell.of(line(g, r), Math.max(0, c - shift), h.isEmpty() ? Optional.empty() : Optional.of(h), text));
      }
    }

    /**
     * The filled cells of a row no indicator is read from, kept as stray cells where they stand and
     * under their headings: its own level cells (not those carried down from a merged cell above),
     * its name, its target as read (≥ | 100 | 户 joined) and its explanation.
     */
    private void keepRow(int r, String target, List<StrayCell> strays) {
      for (int c : new java.util.LinkedHashSet<>(java.util.Arrays.asList(c1, c2, c3, ct, ce))) {
        keep(r, c, c == ct ? target : cell(r, c), strays);
      }
    }

    /**
     * Whether a first-level cell is a level of an evaluation framework rather than of targets:
     * 投入指标 or 过程指标 (投入目标, 过程) of the older 投入-过程-产出-效果 framework, or 决策指标 of
     * the 2020 one (决策-过程-产出-效益, 财预〔2020〕10号).
     */
    private static boolean isInputOrProcess(String level1) {
      String k = DeclarationLabels.key(level1);
      return k.startsWith("投入") || k.startsWith("过程") || k.startsWith("决策");
    }

    /** Whether a first-level cell is the table's 总分 / 合计 / 总计 row. */
    private static boolean isTotal(String level1) {
      String k = DeclarationLabels.key(level1);
      return k.equals("总分") || k.equals("合计") || k.equals("总计");
    }

    /**
     * 效益 for a second level that names benefits in a way no label lists (社会、经济、生态效益指标
     * under the umbrella 效果指标 of 东莞's form): the last guess, after the labels of both levels.
     */
    private static Optional<Category> benefits(String level2) {
      return level2.contains("效益") ? Optional.of(Category.BENEFIT) : Optional.empty();
    }

    private void indicator(int r, String level1, String level2, String name, String target, String explanation, List<Indicator> out,
        List<StrayCell> strays, List<Finding> diagnostics, Locale locale) {
      // a second-level label merged over both columns (社会公众或服务对象满意度指标) is in the 一级 cell,
      // and a first level under an umbrella (实施效果指标 | 产出指标) is in the 二级 cell
      boolean merged = level2.isEmpty() && Category.fromLabel(level1).isEmpty();
      Optional<Subcategory> sub = Subcategory.fromLabel(merged ? level1 : level2);
      Optional<Category> umbrella = Category.fromLabel(level1).isEmpty() ? Category.fromLabel(level2) : Optional.empty();
      Optional<Category> cat = Category.fromLabel(level1).or(() -> umbrella).or(() -> sub.map(Subcategory::category))
          .or(() -> benefits(level2));
      if (cat.isEmpty()) {
        if (isTotal(level1)) {
          // 总分 | 100 closing a table of targets with 分值 (宁晋县 2019): the template's sum, no
          // indicator and no unknown level; its cells are kept as the other rows' are
          keepRow(r, target, strays);
          return;
        }
        if (isInputOrProcess(level1)) {
          // 投入指标 / 过程指标 / 决策指标 of the evaluation frameworks: no category of the model,
          // and no unknown label either; kept as printed and told once (JX-X-0122)
          if (framework.add(level1.strip())) {
            frameworkAt.add(g.location(r, c1));
          }
          keepRow(r, target, strays);
          return;
        }
        diagnostics.add(
            DeclarationSheet.diagnostic("JX-X-0106", Severity.WARNING, g.location(r, c1), locale,
                "level1", level1,
                "indicator", level1.isBlank() ? XlsxProblems.part("JX-X-0158") : XlsxProblems.part("JX-X-0152", "level1", level1),
                "outcome", XlsxProblems.part("JX-X-0154")));
        keepRow(r, target, strays);
        return;
      }
      boolean combined = false;
      if (umbrella.isPresent()) {
        if (!cell(r, c1).isEmpty()) {
          keepCell(r, c1, strays); // 实施效果指标: kept once, its level is 二级's
        }
      } else if (sub.isEmpty() && Subcategory.named(level2).size() > 1) {
        combined = true; // 社会、经济、生态效益 指标: kept with the indicator, which counts for each level it names
      } else if (sub.isEmpty() && !level2.isEmpty()) {
        diagnostics.add(
            DeclarationSheet.diagnostic("JX-X-0106", Severity.WARNING, g.location(r, c2Text), locale,
                "level1", level1, "level2", level2,
                "indicator", XlsxProblems.part("JX-X-0153", "level2", level2),
                "outcome", XlsxProblems.part("JX-X-0155", "level1", level1)));
        keepCell(r, c2Text, strays); // where it is printed; not again in the rows it is carried down to
      }
      Indicator.Builder i = Indicator.builder().category(cat.get()).subcategory(umbrella.isPresent() ? Optional.empty() : sub);
      if (combined) {
        i.printedSubcategory(level2.strip());
      }
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
  }

  /**
   * The column after the target heading's span: the heading and the empty header cells after it.
   * A heading that is the header's last cell spans to the row's end ({@link Integer#MAX_VALUE}):
   * text ends a row where its last filled cell does, so the cells it spans are not there.
   */
  private static int spanEnd(CellGrid g, int header, int target) {
    int end = target + 1;
    while (end < g.width(header) && g.text(header, end).isEmpty()) {
      end++;
    }
    return end == g.width(header) ? Integer.MAX_VALUE : end;
  }

  /**
   * The columns of a target heading that names regions (区域目标值, 分区域目标值: the 专项转移支付绩效目标表
   * a city fills for the counties it passes money to, 龙岩 2023) when the row below names one region
   * in each column of its span (新罗区 | 永定区 | …) and nothing else: the regions' columns in order;
   * else empty.
   */
  static List<Integer> regionColumns(CellGrid g, int header, int target) {
    int r = header + 1;
    if (target < 0 || r >= g.height() || !DeclarationLabels.key(g.text(header, target)).contains("区域")) {
      return List.of();
    }
    int end = spanEnd(g, header, target);
    List<Integer> regions = new ArrayList<>();
    for (int c = 0; c < g.width(r); c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      boolean name = t.length() <= 20 && t.chars().noneMatch(Character::isDigit); // 双江拉祜族佤族布朗族傣族自治县
      if (c < target || c >= end || !name) {
        return List.of(); // text outside the span, or a figure: an indicator row, not the regions
      }
      regions.add(c);
    }
    return regions.size() >= 2 ? regions : List.of();
  }

  /**
   * The column of this year's targets when the target heading spans sub-headings on the row below
   * (指标值 over 2021年实际实现值 | 预期2022年实现值, 黄石's 批复表): the sub-heading that names what
   * is expected or planned, not what was achieved; of several, the first (2023年目标值 | 2024年目标值 |
   * 2025年目标值: a rolling plan starts with its year) that is not the medium or long term's
   * (年度目标值 | 中期目标值); -1 when there are no such sub-headings. The row
   * of sub-headings holds no level or name, only headings under the target column and the empty
   * cells its span covers.
   */
  static int expectedColumn(CellGrid g, int header, int target) {
    int r = header + 1;
    if (target < 0 || r >= g.height()) {
      return -1;
    }
    int end = spanEnd(g, header, target);
    int expected = -1;
    int longer = -1; // the first planned one for the medium or long term, taken only when no other is planned
    for (int c = 0; c < g.width(r); c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      if (c < target || c >= end) {
        return -1; // text outside the span: an indicator row, not sub-headings
      }
      String k = DeclarationLabels.key(t);
      boolean heading = k.endsWith("值") || k.endsWith("目标");
      boolean planned = !k.contains("实际") && (k.contains("预期") || k.contains("目标") || k.contains("计划") || k.contains("预计"));
      if (!heading) {
        return -1;
      }
      boolean term = k.contains("中期") || k.contains("长期") || k.contains("远期") || k.contains("滚动");
      if (planned && term && longer < 0) {
        longer = c;
      } else if (planned && !term && expected < 0) {
        expected = c; // of several years' (2023年目标值 | 2024年目标值 | 2025年目标值), the first: the year's
      }
    }
    return expected >= 0 ? expected : longer;
  }

  /**
   * The column of a heading: of two (二级指标(长期) | 二级指标(年度)), the year's; a 长期 one only
   * when there is no other. Two blocks side by side with no such mark (东莞's 批复表: 二级 三级
   * 指标值 under 中期滚动目标, then 二级 三级 计划指标值 under 年度目标) put the year's second, as the
   * Ministry's template puts 年度 after 中长期: when the 二级 or 三级 heading is printed twice, the
   * last of each heading is the year's.
   */
  static int column(CellGrid g, int header, Set<String> labels) {
    int found = -1;
    boolean twice = repeats(g, header, DeclarationLabels.LEVEL2) || repeats(g, header, DeclarationLabels.LEVEL3);
    for (int c = 0; c < g.width(header); c++) {
      String t = DeclarationLabels.fold(g.text(header, c)); // 二級指標(長期)
      if (labels.contains(DeclarationLabels.headingKey(t))) {
        if (t.contains("年度")) {
          return c;
        }
        if (found < 0 || twice || (t.indexOf("长期") < 0 && DeclarationLabels.fold(g.text(header, found)).contains("长期"))) {
          found = c;
        }
      }
    }
    return found;
  }

  /** Whether a header prints a heading of the set twice, neither marked 年度 nor 长期. */
  private static boolean repeats(CellGrid g, int header, Set<String> labels) {
    int seen = 0;
    for (int c = 0; c < g.width(header); c++) {
      String t = DeclarationLabels.fold(g.text(header, c));
      if (labels.contains(DeclarationLabels.headingKey(t))) {
        if (t.contains("年度") || t.contains("长期")) {
          return false;
        }
        seen++;
      }
    }
    return seen > 1;
  }
}
