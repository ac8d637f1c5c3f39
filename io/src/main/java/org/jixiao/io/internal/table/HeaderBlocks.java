package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.internal.table.HeaderResolver.HeaderRow;
import org.jixiao.io.internal.table.HeaderResolver.Issue;
import org.jixiao.io.internal.table.HeaderResolver.Resolved;
import org.jspecify.annotations.Nullable;

/**
 * Header blocks: telling a header row from a data row, and turning a finished block into the
 * {@link Layout} of the rows under it, with one diagnostic per thing about the block that a
 * reader of the result should know.
 */
final class HeaderBlocks {
  static final int MAX_HEADER_ROWS = 4;
  static final int MAX_LABEL_LENGTH = 40;

  private final ReadContext ctx;
  /** The unknown labels of the current header block, kept as notes unless they head cells. */
  private List<Issue> pendingLabels = List.of();

  HeaderBlocks(ReadContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Whether a row starts a header block: its first two cells are field labels (序号, 项目名称 …)
   * and it holds no figure. A header holds labels only, so a row with an amount or a rate is a
   * project row whose identity cells happen to be header words (a unit printed as 序号).
   */
  static boolean isHeaderStart(String[] cells, int count, int first) {
    int found = 0;
    for (int c = first; c < count && found < 2; c++) {
      String cell = cells[c];
      if (Cells.isBlank(cell)) {
        continue;
      }
      if (cell.length() > MAX_LABEL_LENGTH
          || !HeaderLabels.isFieldLabel(Cells.normalizeLabel(cell))) {
        return false;
      }
      found++;
    }
    return found == 2 && !holdsAFigure(cells, count);
  }

  /**
   * Whether a row continues a header block: mostly labels the reader knows, none in column 1, no
   * figure, and no field label the block already has in another column (序号 under 单位名称 is
   * a project's unit, not a second 序号 column).
   */
  static boolean isHeaderContinuation(String[] cells, int count, List<HeaderRow> block) {
    if (!Cells.isBlank(cells[0])) {
      return false;
    }
    int known = 0;
    int unknown = 0;
    for (int c = 0; c < count; c++) {
      String cell = cells[c];
      if (Cells.isBlank(cell)) {
        continue;
      }
      if (isFigure(cell)) {
        return false;
      }
      if (cell.length() <= MAX_LABEL_LENGTH
          && (HeaderLabels.classify(cell, 1, c, 0, false).kind() != HeaderLabels.Kind.UNKNOWN
              || WrappedHeadings.continuesBlock(cell, c, block))) {
        if (namedElsewhere(Cells.normalizeLabel(cell), c, block)) {
          return false;
        }
        known++;
      } else {
        unknown++;
      }
    }
    return known > 0 && known >= unknown;
  }

  /** Whether {@code label} is a field label that a row of the block has in another column. */
  private static boolean namedElsewhere(String label, int column, List<HeaderRow> block) {
    if (!HeaderLabels.isFieldLabel(label)) {
      return false;
    }
    for (HeaderRow row : block) {
      String[] cells = row.cells();
      for (int c = 0; c < cells.length; c++) {
        if (c != column && !Cells.isBlank(cells[c]) && Cells.normalizeLabel(cells[c]).equals(label)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holdsAFigure(String[] cells, int count) {
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c]) && isFigure(cells[c])) {
        return true;
      }
    }
    return false;
  }

  /** A number or a rate, not a placeholder: what data rows hold and header rows never do. */
  private static boolean isFigure(String cell) {
    BigDecimal n = NumberCells.parseDecimal(cell, true);
    return n != null && n != NumberCells.ABSENT;
  }

  /**
   * Keeps the labels of the header block that ends as notes when no cell carries them: a label
   * the reader does not know names a column whose cells are kept as stray cells with it as their
   * header, but with no cells under it (or over a column another label names) it would be lost.
   */
  void keepUnheadedLabels(@Nullable Layout l) {
    List<Msg> kept = new ArrayList<>();
    @Nullable Issue first = null;
    for (Issue label : pendingLabels) {
      int c = label.column();
      if (l != null && l.role(c) == Role.UNKNOWN && ctx.strayColumns.contains(c)) {
        continue;
      }
      ctx.notes.add(label.text());
      kept.add(label.what());
      if (first == null) {
        first = label;
      }
    }
    pendingLabels = List.of();
    if (first != null) {
      ctx.sink.report(
          ReadDiagnostics.UNKNOWN_COLUMN,
          Severity.INFO,
          Msg.of("JX-I-0104").list("labels", kept, Msg.ITEMS),
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
  }

  private List<HeaderLabels.Label> statedUnits = List.of();

  /**
   * Resolves a finished header block into its layout and reports what was odd about it.
   *
   * @param previous the layout of the block before, whose unknown labels are settled now
   */
  Layout resolve(List<HeaderRow> headerRows, @Nullable Layout previous) {
    keepUnheadedLabels(previous);
    List<WrappedHeadings.Joined> joined = new ArrayList<>();
    Resolved resolved = HeaderResolver.resolve(WrappedHeadings.join(List.copyOf(headerRows), joined));
    long from = headerRows.get(0).line();
    long to = headerRows.get(headerRows.size() - 1).line();
    Msg lines = RowCells.describeLines(from, to);
    if (!joined.isEmpty()) {
      List<Msg> parts = new ArrayList<>();
      for (WrappedHeadings.Joined j : joined) {
        parts.add(
            Msg.of("JX-I-0450")
                .arg("column", j.column() + 1)
                .arg("upper", j.upper())
                .arg("lower", j.lower())
                .arg("label", j.label()));
      }
      WrappedHeadings.Joined first = joined.get(0);
      ctx.sink.report(
          ReadDiagnostics.WRAPPED_HEADING,
          Severity.INFO,
          Msg.of("JX-I-0402").part("lines", lines).list("labels", parts, Msg.ITEMS),
          first.line(),
          first.column(),
          first.label(),
          -1);
    }
    if (!resolved.misplaced().isEmpty()) {
      reportMisplaced(resolved.misplaced(), lines);
    }
    if (!resolved.unknown().isEmpty()) {
      Issue first = resolved.unknown().get(0);
      ctx.sink.report(
          ReadDiagnostics.UNKNOWN_COLUMN,
          Severity.INFO,
          Msg.of("JX-I-0103")
              .part("lines", lines)
              .list("labels", whats(resolved.unknown()), Msg.ITEMS),
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
    if (!resolved.ignored().isEmpty()) {
      Issue first = resolved.ignored().get(0);
      ctx.sink.report(
          ReadDiagnostics.IGNORED_COLUMN,
          Severity.INFO,
          Msg.of("JX-I-0105")
              .part("lines", lines)
              .list("labels", whats(resolved.ignored()), Msg.ITEMS),
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
    pendingLabels = resolved.unknownLabels();
    statedUnits = resolved.statedUnits();
    ctx.strayColumns.clear();
    return resolved.layout();
  }

  /** The labels of the last header resolved that state their amounts' unit (预算金额（万元）). */
  List<HeaderLabels.Label> statedUnits() {
    return statedUnits;
  }

  private void reportMisplaced(List<Issue> misplaced, Msg lines) {
    List<Issue> issues = new ArrayList<>(misplaced);
    issues.sort(
        (a, b) ->
            a.line() != b.line()
                ? Long.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    List<Msg> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(3, issues.size()); i++) {
      Issue issue = issues.get(i);
      shown.add(
          Msg.of("JX-I-0193")
              .part("issue", issue.what())
              .arg("line", issue.line())
              .arg("column", issue.column() + 1L));
    }
    if (issues.size() > shown.size()) {
      shown.add(Msg.of("JX-I-0194").arg("more", (long) issues.size() - shown.size()));
    }
    boolean understood = issues.stream().allMatch(Issue::understood);
    Issue first = issues.get(0);
    ctx.sink.report(
        ReadDiagnostics.IRREGULAR_HEADER,
        understood ? Severity.INFO : Severity.WARNING,
        Msg.of(understood ? "JX-I-0101" : "JX-I-0102")
            .part("lines", lines)
            .list("issues", shown, Msg.CLAUSES),
        first.line(),
        first.column(),
        first.text(),
        -1);
  }

  private static List<Msg> whats(List<Issue> issues) {
    List<Msg> out = new ArrayList<>();
    for (Issue issue : issues) {
      out.add(issue.what());
    }
    return out;
  }
}
