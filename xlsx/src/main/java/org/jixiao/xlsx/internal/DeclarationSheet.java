package org.jixiao.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.project.Project;
import org.jixiao.io.grid.CellGrid;

/**
 * Reads one sheet of a target declaration workbook (绩效目标申报表, layout C): the top block of
 * label/value pairs ({@link DeclarationTop}), the header row (一级指标 二级指标 三级指标 目标值 指标解释), the indicator rows
 * with 一级 and 二级 carried down merged cells, and the closing 备注.
 *
 * <p>Labels are found by their text wherever they stand, never by a fixed cell, and compared
 * without white space, the closing colon and a parenthesised part ({@code 项目总金额（中期规划，万元）：}
 * is {@code 项目总金额}, in 万元 by its parenthesis). A label jixiao does not know is kept as a
 * stray cell of the project with an INFO diagnostic: nothing in the sheet is dropped.
 */
public final class DeclarationSheet {
  /**
   * What the parser made of a sheet or a printed declaration: the project (nothing when it holds
   * no declaration), its title, its notes, the year a line under the title states, and the fields
   * its form has a row for (by their names in the model).
   */
  public record Result(Optional<Project> project, Optional<String> title, List<String> notes, OptionalInt year, Set<String> formFields) {}

  private DeclarationSheet() {}

  /** Whether the grid has the indicator header of a declaration. */
  public static OptionalInt headerRow(CellGrid g) {
    return headerRow(g, 0);
  }

  /**
   * The first row from {@code from} on that holds the indicator header of a declaration: 一级指标,
   * a target column (目标值, 指标值, 当年预期实现值 …) and a column of names (三级指标, 指标内容, or
   * 二级指标 on the two-level forms whose 一级 column holds 数量指标, 质量指标 …).
   */
  static OptionalInt headerRow(CellGrid g, int from) {
    for (int r = from; r < g.height(); r++) {
      boolean level1 = false;
      boolean names = false;
      boolean target = false;
      for (int c = 0; c < g.width(r); c++) {
        String t = DeclarationLabels.headingKey(g.text(r, c));
        level1 |= DeclarationLabels.LEVEL1.contains(t);
        names |= DeclarationLabels.LEVEL3.contains(t) || DeclarationLabels.LEVEL2.contains(t);
        target |= DeclarationLabels.TARGET.contains(t);
      }
      if (level1 && names && target) {
        return OptionalInt.of(r);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Reads a worksheet; {@code index} is its zero-based position, used as 序号 when the name has
   * none. The diagnostics are worded in the language of {@code locale}.
   */
  public static Result read(CellGrid g, int index, List<Finding> diagnostics, Locale locale) {
    return read(g, index, true, diagnostics, locale);
  }

  /**
   * Reads one declaration printed as text (a slice of a TSV or CSV, see {@link DeclarationText}):
   * {@code index} is its zero-based position in the file, its 序号. Text has no merged cells, so
   * a blank 二级指标 under a filled one, in the same 一级指标, is the merged label carried down.
   */
  public static Result readText(CellGrid g, int index, List<Finding> diagnostics, Locale locale) {
    return read(g, index, false, diagnostics, locale);
  }

  private static Result read(CellGrid g, int index, boolean sheet, List<Finding> diagnostics, Locale locale) {
    OptionalInt header = headerRow(g);
    if (header.isEmpty() && sheet) {
      diagnostics.add(diagnostic("JX-X-0101", Severity.INFO, g.location(0, 0), locale, "sheet", g.name()));
      return new Result(Optional.empty(), Optional.empty(), List.of(), OptionalInt.empty(), Set.of());
    }
    // a declaration printed without its indicator table (DeclarationText gives one only when the
    // text is no other layout) is its top block: the review says what is missing
    Project.Builder p = Project.builder().seq(sheet ? seq(g.name(), index) : index + 1);
    DeclarationTop top = new DeclarationTop(g, header.orElse(g.height()), p, diagnostics, locale);
    top.read();
    top.settle(index, sheet);
    DeclarationIndicators.Rows rows =
        header.isPresent()
            ? DeclarationIndicators.read(g, header.getAsInt(), !sheet, top.strays, top.notes, diagnostics, locale)
            : new DeclarationIndicators.Rows(List.of(), false);
    p.indicators(IndicatorSet.of(rows.indicators()));
    p.strayCells(top.strays);
    Set<String> formFields = new TreeSet<>();
    top.printed.forEach(f -> formFields.add(f.property()));
    if (rows.explained()) {
      formFields.add("explanation"); // an indicator's 指标解释, which some templates have no column for
    }
    return new Result(Optional.of(p.build()), top.title(), top.notes, top.budgetYear(), formFields);
  }

  /** The first column of row {@code r} from {@code from} on with text, or -1. */
  static int firstColumn(CellGrid g, int r, int from) {
    for (int c = from; c < g.width(r); c++) {
      if (!g.text(r, c).isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  static int firstColumn(CellGrid g, int r) {
    return firstColumn(g, r, 0);
  }

  /** The cells of row {@code r} from its first with text, tab-separated, without trailing empty ones. */
  static String rowText(CellGrid g, int r) {
    int from = firstColumn(g, r);
    StringBuilder line = new StringBuilder();
    int last = from;
    for (int c = from; c >= 0; c = firstColumn(g, r, c + 1)) {
      line.append("\t".repeat(c - last)).append(g.text(r, c));
      last = c;
    }
    return line.toString();
  }

  static String firstText(CellGrid g, int r) {
    int c = firstColumn(g, r);
    return c < 0 ? "" : g.text(r, c);
  }

  /** The columns of row {@code r} that hold a label of the top block, alone or with its value. */
  static List<Integer> labels(CellGrid g, int r) {
    List<Integer> labels = new ArrayList<>();
    for (int c = 0; c < g.width(r); c++) {
      String t = g.text(r, c);
      if (DeclarationLabels.field(t).isPresent() || DeclarationLabels.inline(t).isPresent()) {
        labels.add(c);
      }
    }
    return labels;
  }

  /** 序号 from a sheet name such as {@code 6.政府购买服务…}, else the sheet's position. */
  private static int seq(String sheet, int index) {
    int end = 0;
    while (end < sheet.length() && end < 6 && Character.isDigit(sheet.charAt(end))) {
      end++;
    }
    return end > 0 ? Integer.parseInt(sheet.substring(0, end)) : index + 1;
  }

  /** A diagnostic of reading a declaration (rule {@code read.declaration}) in the reader's language. */
  static Finding diagnostic(String code, Severity severity, Location location, Locale locale, Object... args) {
    return XlsxProblems.diagnostic("read.declaration", code, severity, location, locale, args);
  }
}
