package org.jixiao.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Location;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.xlsx.internal.DeclarationLabels.Field;

/**
 * A department's declarations printed as one table, one row per indicator, the project's own
 * columns first (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | … | 指标值 | 度量单位 | 权重; the
 * 部门预算项目绩效目标申报表 of 四川's budget system, 井研 2023): a project starts at the row that
 * names it, and its indicators run to the next such row. Each project is given to {@link
 * DeclarationSheet} as a declaration of its own: the lines above the table (title, unit), its
 * fields as label and value rows, then the header and its rows with the project's columns left
 * blank. Every cell keeps the location it has in the table.
 */
final class ProjectRows {
  private ProjectRows() {}

  /**
   * One grid per project when the indicator header also heads a column of project names; empty
   * when it does not (a declaration's usual layout, whose top block names the project).
   */
  static Optional<List<CellGrid>> split(CellGrid g) {
    OptionalInt found = DeclarationSheet.headerRow(g);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    int header = found.getAsInt();
    int name = column(g, header, Field.NAME);
    if (name < 0) {
      return Optional.empty();
    }
    List<Integer> own = new ArrayList<>(); // the project's columns: its name, unit, amount, goal …
    for (int c = 0; c < g.width(header); c++) {
      if (DeclarationLabels.field(g.text(header, c)).isPresent()) {
        own.add(c);
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int r = header + 1; r < g.height(); r++) {
      if (!g.text(r, name).isEmpty()) {
        starts.add(r);
      }
    }
    if (starts.isEmpty()) {
      return Optional.empty();
    }
    List<CellGrid> out = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : g.height();
      List<Row> rows = new ArrayList<>();
      for (int r = 0; r < header; r++) {
        rows.add(Row.of(g, r, List.of())); // title and unit lines: every project's
      }
      for (int c : own) {
        int at = carried(g, header, from, c);
        if (at >= 0) {
          rows.add(Row.pair(g, header, at, c)); // 项目名称 | 村组干部报酬, from the project's row
        }
      }
      if (k == 0) {
        for (int r = header + 1; r < from; r++) {
          rows.add(Row.of(g, r, List.of())); // a department's line before the first project (820-马踏镇部门 | | 8,827,620.53): kept by the first
        }
      }
      rows.add(Row.of(g, header, own));
      for (int r = from; r < to; r++) {
        rows.add(Row.of(g, r, own));
      }
      out.add(new Rows(g, rows));
    }
    return Optional.of(out);
  }

  /** The column of the header whose label names {@code field}, or -1. */
  private static int column(CellGrid g, int header, Field field) {
    for (int c = 0; c < g.width(header); c++) {
      if (DeclarationLabels.field(g.text(header, c)).filter(f -> f == field).isPresent()) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The row holding the project's value in column {@code c}: its own row, else, for a value
   * printed once for several projects (单位名称 over a unit's projects), the nearest filled row
   * above it within the table; -1 when none is filled.
   */
  private static int carried(CellGrid g, int header, int from, int c) {
    if (!g.text(from, c).isEmpty()) {
      return from;
    }
    if (DeclarationLabels.field(g.text(header, c)).filter(f -> f == Field.UNIT).isEmpty()) {
      return -1; // only the unit is printed once for several projects; an amount or a goal left blank is blank
    }
    for (int r = from - 1; r > header; r--) {
      if (!g.text(r, c).isEmpty()) {
        return r;
      }
    }
    return -1;
  }

  /** A row of a project's grid: a row of the table (some columns blank), or a label and its value. */
  private record Row(CellGrid g, int row, List<Integer> blank, int labelRow, int column) {
    static Row of(CellGrid g, int row, List<Integer> blank) {
      return new Row(g, row, blank, -1, -1);
    }

    /** The header's label of column {@code column} and the value in row {@code row}. */
    static Row pair(CellGrid g, int header, int row, int column) {
      return new Row(g, row, List.of(), header, column);
    }

    int width() {
      return labelRow >= 0 ? 2 : g.width(row);
    }

    String text(int c) {
      if (labelRow >= 0) {
        return c == 0 ? g.text(labelRow, column) : c == 1 ? g.text(row, column) : "";
      }
      return blank.contains(c) ? "" : g.text(row, c);
    }

    Location location(int c) {
      if (labelRow >= 0) {
        return c == 0 ? g.location(labelRow, column) : g.location(row, column);
      }
      return g.location(row, c);
    }

    boolean continuesMerge(int c) {
      return labelRow < 0 && !blank.contains(c) && g.continuesMerge(row, c);
    }
  }

  /** A project's grid: its rows, each cell located where it is in the table. */
  private static final class Rows implements CellGrid {
    private final CellGrid grid;
    private final List<Row> rows;

    Rows(CellGrid grid, List<Row> rows) {
      this.grid = grid;
      this.rows = List.copyOf(rows);
    }

    @Override
    public String name() {
      return grid.name();
    }

    @Override
    public int height() {
      return rows.size();
    }

    @Override
    public int width(int row) {
      return row < 0 || row >= rows.size() ? 0 : rows.get(row).width();
    }

    @Override
    public String text(int row, int column) {
      return row < 0 || row >= rows.size() ? "" : rows.get(row).text(column);
    }

    @Override
    public boolean continuesMerge(int row, int column) {
      return row >= 0 && row < rows.size() && rows.get(row).continuesMerge(column);
    }

    @Override
    public Location location(int row, int column) {
      return rows.get(row).location(column);
    }
  }
}
