package org.jixiao.xlsx.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.project.Project;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.grid.CellGrid;

/**
 * Several sheets read one after another as one grid, the way the pages of a published table follow
 * each other (each may repeat the header). The grid's lines are numbered through all the sheets, so
 * that a diagnostic's line says which sheet and row it came from; {@link #locate(Location)} turns
 * such a line back into {@code 'Sheet2'!B6}.
 */
public final class SheetSequence implements CellGrid {
  private final List<CellGrid> sheets;
  private final int[] starts;
  private final int height;

  /** The sheets, in reading order. */
  public SheetSequence(List<CellGrid> sheets) {
    this.sheets = List.copyOf(sheets);
    this.starts = new int[this.sheets.size()];
    int h = 0;
    for (int i = 0; i < this.sheets.size(); i++) {
      starts[i] = h;
      h += this.sheets.get(i).height();
    }
    this.height = h;
  }

  private int sheetOf(int row) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Override
  public String name() {
    return sheets.size() == 1 ? sheets.get(0).name() : "";
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public int width(int row) {
    if (row < 0 || row >= height) {
      return 0;
    }
    int s = sheetOf(row);
    return sheets.get(s).width(row - starts[s]);
  }

  @Override
  public String text(int row, int column) {
    if (row < 0 || row >= height) {
      return "";
    }
    int s = sheetOf(row);
    return sheets.get(s).text(row - starts[s], column);
  }

  @Override
  public boolean continuesMerge(int row, int column) {
    if (row < 0 || row >= height) {
      return false;
    }
    int s = sheetOf(row);
    return sheets.get(s).continuesMerge(row - starts[s], column);
  }

  /** The location with the line numbered through all sheets (one-based). */
  @Override
  public Location location(int row, int column) {
    Location.Builder b = Location.builder().line(row + 1L);
    if (column >= 0) {
      b.column(column + 1);
    }
    String t = text(row, column);
    if (!t.isEmpty()) {
      b.text(t);
    }
    return b.build();
  }

  /** The sheet's own location of a one-based line of this grid and a one-based column. */
  private Location sheetLocation(long line, OptionalInt column) {
    int row = (int) Math.min(Math.max(line - 1, 0), Math.max(height - 1, 0));
    if (height == 0) {
      return Location.builder().build();
    }
    int s = sheetOf(row);
    return sheets.get(s).location(row - starts[s], column.isPresent() ? column.getAsInt() - 1 : 0);
  }

  /**
   * A location the table reader gave (a line of this grid) as the sheet's: {@code 'Sheet2'!B6},
   * the sheet's line, the same column, 序号 and text.
   */
  public Location locate(Location at) {
    if (at.line().isEmpty()) {
      return at;
    }
    Location sheet = sheetLocation(at.line().getAsLong(), at.column());
    Location.Builder b = Location.builder().from(at);
    sheet.path().ifPresent(b::path);
    sheet.line().ifPresent(b::line);
    if (at.column().isEmpty()) {
      sheet.column().ifPresent(b::column);
    }
    return b.build();
  }

  /** A diagnostic located in its sheet. */
  public Finding locate(Finding f) {
    return f.location().isEmpty() ? f : Finding.builder().from(f).location(locate(f.location().get())).build();
  }

  /** A project whose source line is its row in its sheet. */
  public Project locate(Project p) {
    if (p.sourceLine().isEmpty()) {
      return p;
    }
    Location sheet = sheetLocation(p.sourceLine().getAsLong(), OptionalInt.empty());
    return sheet.line().isPresent() ? Project.builder().from(p).sourceLine(sheet.line().getAsLong()).build() : p;
  }

  /**
   * An exception of the table reader located in its sheet, with its code and problem as they are
   * and its location worded in {@code locale}, the language the reader worded the problem in.
   */
  public JixiaoReadException locate(JixiaoReadException e, Locale locale) {
    if (e.line().isEmpty()) {
      return e;
    }
    Location sheet = sheetLocation(e.line().getAsLong(), e.column());
    if (e.code().isPresent()) {
      return JixiaoReadException.at(
          e.code().get(),
          e.problem(),
          sheet.line().orElse(0),
          sheet.column().orElse(0),
          sheet.path().orElse(null),
          e.text().orElse(null),
          e,
          locale);
    }
    return JixiaoReadException.atLineAndPath(
        e.problem(), sheet.line().orElse(0), sheet.path().orElse(""), e.text().orElse(null), e);
  }
}
