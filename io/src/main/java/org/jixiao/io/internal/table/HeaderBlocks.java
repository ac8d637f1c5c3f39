package org.jixiao.io.internal.table;

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

  /** Whether a row starts a header block: its first two cells are field labels (序号, 项目名称 …). */
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
    return found == 2;
  }

  /** Whether a row continues a header block: mostly labels the reader knows, none in column 1. */
  static boolean isHeaderContinuation(String[] cells, int count) {
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
      if (cell.length() <= MAX_LABEL_LENGTH
          && HeaderLabels.classify(cell, 1, c, 0, false).kind() != HeaderLabels.Kind.UNKNOWN) {
        known++;
      } else {
        unknown++;
      }
    }
    return known > 0 && known >= unknown;
  }

  /**
   * Keeps the labels of the header block that ends as notes when no cell carries them: a label
   * the reader does not know names a column whose cells are kept as stray cells with it as their
   * header, but with no cells under it (or over a column another label names) it would be lost.
   */
  void keepUnheadedLabels(@Nullable Layout l) {
    List<String> kept = new ArrayList<>();
    @Nullable Issue first = null;
    for (Issue label : pendingLabels) {
      int c = label.column();
      if (l != null && l.role(c) == Role.UNKNOWN && ctx.strayColumns.contains(c)) {
        continue;
      }
      ctx.notes.add(label.text());
      kept.add(Cells.shorten(label.text().strip(), 40));
      if (first == null) {
        first = label;
      }
    }
    pendingLabels = List.of();
    if (first != null) {
      ctx.sink.report(
          ReadDiagnostics.UNKNOWN_COLUMN,
          Severity.INFO,
          "header labels the reader does not know and that head no cells ("
              + String.join(", ", kept)
              + ") are kept as notes",
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
  }

  /**
   * Resolves a finished header block into its layout and reports what was odd about it.
   *
   * @param previous the layout of the block before, whose unknown labels are settled now
   */
  Layout resolve(List<HeaderRow> headerRows, @Nullable Layout previous) {
    keepUnheadedLabels(previous);
    Resolved resolved = HeaderResolver.resolve(List.copyOf(headerRows));
    long from = headerRows.get(0).line();
    long to = headerRows.get(headerRows.size() - 1).line();
    String lines = from == to ? "line " + from : "lines " + from + "–" + to;
    if (!resolved.misplaced().isEmpty()) {
      reportMisplaced(resolved.misplaced(), lines);
    }
    if (!resolved.unknown().isEmpty()) {
      Issue first = resolved.unknown().get(0);
      ctx.sink.report(
          ReadDiagnostics.UNKNOWN_COLUMN,
          Severity.INFO,
          "the header at "
              + lines
              + " names columns the reader does not know ("
              + names(resolved.unknown())
              + "); their cells are kept as stray cells",
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
          "evaluation columns ("
              + names(resolved.ignored())
              + ") at "
              + lines
              + " are derived and are not read",
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
    pendingLabels = resolved.unknownLabels();
    ctx.strayColumns.clear();
    return resolved.layout();
  }

  private void reportMisplaced(List<Issue> misplaced, String lines) {
    List<Issue> issues = new ArrayList<>(misplaced);
    issues.sort(
        (a, b) ->
            a.line() != b.line()
                ? Long.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    StringBuilder message =
        new StringBuilder("the header block at ")
            .append(lines)
            .append(" does not line up with the columns of its rows: ");
    int shown = Math.min(3, issues.size());
    for (int i = 0; i < shown; i++) {
      Issue issue = issues.get(i);
      if (i > 0) {
        message.append("; ");
      }
      message
          .append(issue.message())
          .append(" (line ")
          .append(issue.line())
          .append(", column ")
          .append(issue.column() + 1)
          .append(')');
    }
    if (issues.size() > shown) {
      message.append("; and ").append(issues.size() - shown).append(" more");
    }
    boolean understood = issues.stream().allMatch(Issue::understood);
    message.append(
        understood
            ? ". The reader placed every label by its meaning and order; rows under it are"
                + " checked for shifted text."
            : ". Rows under it are checked for shifted text.");
    Issue first = issues.get(0);
    ctx.sink.report(
        ReadDiagnostics.IRREGULAR_HEADER,
        understood ? Severity.INFO : Severity.WARNING,
        message.toString(),
        first.line(),
        first.column(),
        first.text(),
        -1);
  }

  private static String names(List<Issue> issues) {
    StringBuilder out = new StringBuilder();
    for (Issue issue : issues) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(Cells.shorten(issue.text().strip(), 40));
    }
    return out.toString();
  }
}
