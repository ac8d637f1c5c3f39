package org.jixiao.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Location;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentLayout;

/**
 * Target declarations printed as text: a TSV or CSV made from a PDF, a Word file or a web page,
 * where one declaration follows another (a department publishes the 项目支出绩效目标表 of all its
 * projects in one file). Each declaration is a slice of the rows, from its title or top block to
 * the row before the next one's, read by {@link DeclarationSheet#readText}.
 */
public final class DeclarationText {
  private DeclarationText() {}

  /**
   * A department's table of declarations, one row per indicator (四川's 部门预算项目绩效目标申报表):
   * one grid per project, every cell where it is in the table; empty when the grid is no such table.
   * A workbook sheet may hold one as text does.
   */
  public static Optional<List<CellGrid>> departmentTable(CellGrid g) {
    return ProjectRows.split(g);
  }

  /**
   * The declarations of a grid, in order: one slice per indicator header (一级指标 三级指标 目标值),
   * each starting after the rows of the one before. The next declaration starts at the first row
   * after a header that holds a field label of the top block (项目名称, 项目编码 …) or a title
   * alone on its row (…目标表, …申报表), so that its title and top block are its own; a header with
   * neither before it (长期绩效指标, then 年度绩效指标) is another block of the same declaration.
   * Without any indicator header, the whole grid when its words are a declaration's (its top block
   * alone), else nothing. A header that also heads a column of project names is a department's
   * table of declarations, one row per indicator: one grid per project ({@link ProjectRows}).
   */
  public static List<CellGrid> split(CellGrid g) {
    Optional<List<CellGrid>> projects = departmentTable(g);
    if (projects.isPresent()) {
      return projects.get();
    }
    List<Integer> headers = new ArrayList<>();
    for (OptionalInt h = DeclarationSheet.headerRow(g, 0); h.isPresent(); h = DeclarationSheet.headerRow(g, h.getAsInt() + 1)) {
      headers.add(h.getAsInt());
    }
    List<CellGrid> out = new ArrayList<>();
    if (headers.isEmpty()) {
      // a declaration printed without its indicator table (cut, or filed without it): its top block
      // alone, when the text is no other layout and names its project
      DocumentLayout layout = DocumentLayout.detect(g);
      if ((layout == DocumentLayout.TARGET_DECLARATION || layout == DocumentLayout.UNKNOWN) && names(g)) {
        out.add(g);
      }
      return out;
    }
    int from = 0;
    for (int k = 0; k < headers.size(); k++) {
      int to = g.height();
      if (k + 1 < headers.size()) {
        to = -1;
        for (int r = headers.get(k) + 1; r < headers.get(k + 1); r++) {
          if (startsDeclaration(g, r)) {
            to = r;
            break;
          }
        }
        if (to < 0) {
          continue; // no title or field before the next header: a second block of the same declaration (年度绩效指标)
        }
      }
      out.add(new Slice(g, from, to));
      from = to;
    }
    return out;
  }

  /** Whether a row of the grid labels the project's name (项目名称, 专项名称). */
  private static boolean names(CellGrid g) {
    for (int r = 0; r < g.height(); r++) {
      for (int c = 0; c < g.width(r); c++) {
        if (DeclarationLabels.field(g.text(r, c)).filter(f -> f == DeclarationLabels.Field.NAME).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a row begins a declaration's top block: a field label, or a title alone on its row. */
  private static boolean startsDeclaration(CellGrid g, int r) {
    if (!DeclarationSheet.labels(g, r).isEmpty()) {
      return true;
    }
    int c = DeclarationSheet.firstColumn(g, r);
    return c >= 0 && DeclarationSheet.firstColumn(g, r, c + 1) < 0 && DeclarationLabels.isTitle(g.text(r, c));
  }


  /** Rows {@code from} to {@code to} (exclusive) of a grid; locations are the grid's own. */
  private static final class Slice implements CellGrid {
    private final CellGrid grid;
    private final int from;
    private final int to;

    Slice(CellGrid grid, int from, int to) {
      this.grid = grid;
      this.from = from;
      this.to = to;
    }

    @Override
    public String name() {
      return grid.name();
    }

    @Override
    public int height() {
      return to - from;
    }

    @Override
    public int width(int row) {
      return row < 0 || row >= height() ? 0 : grid.width(from + row);
    }

    @Override
    public String text(int row, int column) {
      return row < 0 || row >= height() ? "" : grid.text(from + row, column);
    }

    @Override
    public boolean continuesMerge(int row, int column) {
      return row >= 0 && row < height() && grid.continuesMerge(from + row, column);
    }

    @Override
    public Location location(int row, int column) {
      return grid.location(from + row, column);
    }
  }
}
