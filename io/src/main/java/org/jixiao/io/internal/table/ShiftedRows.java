package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.internal.table.RowRealigner.Placement;
import org.jixiao.io.internal.table.RowRealigner.Slot;

/**
 * Puts the text cells of a row that does not fit its header where they belong, or says that it
 * cannot. The result maps each printed column to the column whose field it fills ({@link
 * #STRAY} for a cell kept stray); one {@code read.realigned} INFO names every move and its
 * evidence, and a row that cannot be placed gets today's {@code read.irregular-row} WARNING.
 */
final class ShiftedRows {
  /** A cell kept as a stray cell. */
  static final int STRAY = -1;

  private final ReadContext ctx;

  ShiftedRows(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** Whether a column of the layout is a text slot that shifted cells can move into. */
  static boolean isSlot(Layout l, int c) {
    Role role = l.role(c);
    if (role == null) {
      return false;
    }
    switch (role) {
      case GOAL:
      case GOAL_OUTCOME:
      case COMPLETION:
      case PROBLEMS:
      case RECTIFICATION:
        return true;
      case TARGET:
      case ACHIEVED:
        return l.category(c) != null;
      default:
        return false;
    }
  }

  /** Whether a cell at column {@code c} may move: right of the numbers, in a text or no column. */
  static boolean isMovable(Layout l, int c) {
    return c > l.anchor() && (l.role(c) == null || isSlot(l, c));
  }

  /**
   * Places the movable cells of a row.
   *
   * @param to receives, for each column below {@code count}, the column whose field its cell
   *     fills, or {@link #STRAY}; unmovable columns are left as they are
   * @param reasons why the row was found not to fit (for the WARNING when it cannot be placed)
   * @return whether the row was placed (false: every movable cell is stray, WARNING reported)
   */
  boolean place(
      String[] cells, int count, long line, int seq, Layout l, int[] to, List<Msg> reasons,
      int irregularColumn) {
    List<Slot> slots = new ArrayList<>();
    for (int c = l.anchor() + 1; c < l.width(); c++) {
      Role role = l.role(c);
      if (role != null && isSlot(l, c)) {
        slots.add(new Slot(c, role, l.subcategory(c)));
      }
    }
    List<Integer> movable = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c]) && isMovable(l, c)) {
        movable.add(c);
      }
    }
    int n = movable.size();
    int[] columns = new int[n];
    int[] features = new int[n];
    boolean[] tail = new boolean[n];
    boolean inTail = true;
    for (int i = n - 1; i >= 0; i--) {
      columns[i] = movable.get(i);
      features[i] = TextEvidence.of(cells[columns[i]]);
      inTail = inTail && TextEvidence.has(features[i], TextEvidence.PLACEHOLDER);
      tail[i] = inTail;
    }
    Placement placement =
        slots.isEmpty() || n == 0 ? null : RowRealigner.align(slots, columns, features, tail);
    int placed = 0;
    int lost = 0;
    for (int i = 0; placement != null && i < n; i++) {
      int slot = placement.slotOf()[i];
      if (slot >= 0) {
        placed++;
      } else if (slot == RowRealigner.STRAY
          && !placement.ambiguous()[i]
          && !TextEvidence.has(features[i], TextEvidence.PLACEHOLDER)) {
        lost++;
      }
    }
    if (placement == null || placed == 0 || lost > placed) {
      for (int c : movable) {
        to[c] = STRAY;
      }
      ctx.sink.report(
          ReadDiagnostics.IRREGULAR_ROW,
          Severity.WARNING,
          Msg.of("JX-I-0112")
              .part("row", RowCells.describeRow(seq, line))
              .list("reasons", reasons, Msg.CLAUSES)
              .arg("from", l.anchor() + 2L),
          line,
          irregularColumn,
          irregularColumn >= 0 ? cells[irregularColumn] : null,
          seq);
      return false;
    }
    List<Msg> moves = new ArrayList<>();
    int firstMoved = -1;
    for (int i = 0; i < n; i++) {
      int c = columns[i];
      int slot = placement.slotOf()[i];
      if (slot >= 0) {
        Slot s = slots.get(slot);
        to[c] = s.column();
        if (s.column() != c) {
          moves.add(
              Msg.of("JX-I-0161")
                  .arg("column", c + 1L)
                  .arg("header", l.header(s.column()))
                  .list("evidence", evidence(features[i], tail[i], s), Msg.ITEMS));
          firstMoved = firstMoved < 0 ? c : firstMoved;
        }
        continue;
      }
      to[c] = STRAY;
      firstMoved = firstMoved < 0 ? c : firstMoved;
      if (slot == RowRealigner.CONTINUES) {
        moves.add(
            Msg.of("JX-I-0162")
                .arg("column", c + 1L)
                .arg("header", l.header(slots.get(placement.continues()[i]).column())));
      } else if (placement.ambiguous()[i]) {
        int other = placement.alternative()[i];
        Msg move =
            Msg.of(other >= 0 ? "JX-I-0163" : "JX-I-0164")
                .arg("column", c + 1L)
                .arg("first", l.header(slots.get(placement.bestSlotOf()[i]).column()));
        moves.add(other >= 0 ? move.arg("second", l.header(slots.get(other).column())) : move);
      } else {
        moves.add(Msg.of("JX-I-0165").arg("column", c + 1L));
      }
    }
    if (moves.isEmpty()) {
      return true; // the printed placement is the most plausible one: nothing moved
    }
    ctx.sink.report(
        ReadDiagnostics.REALIGNED,
        Severity.INFO,
        Msg.of("JX-I-0113")
            .part("row", RowCells.describeRow(seq, line))
            .list("reasons", reasons, Msg.CLAUSES)
            .list("moves", moves, Msg.CLAUSES),
        line,
        firstMoved,
        firstMoved >= 0 ? cells[firstMoved] : null,
        seq);
    return true;
  }

  /** Names the evidence for a move. */
  static List<Msg> evidence(int features, boolean tail, Slot slot) {
    List<Msg> found = new ArrayList<>();
    Role role = slot.role();
    if (TextEvidence.has(features, TextEvidence.PLACEHOLDER)
        && (role == Role.PROBLEMS || role == Role.RECTIFICATION)) {
      found.add(Msg.of(tail ? "JX-I-0171" : "JX-I-0172"));
    }
    if (TextEvidence.has(features, TextEvidence.COMPLETION) && role == Role.ACHIEVED) {
      found.add(Msg.of(evidenceCode(TextEvidence.COMPLETION)));
    }
    if (TextEvidence.has(features, TextEvidence.APPRAISAL) && role == Role.ACHIEVED) {
      found.add(Msg.of(evidenceCode(TextEvidence.APPRAISAL)));
    }
    if (TextEvidence.has(features, TextEvidence.TARGET) && role == Role.TARGET) {
      found.add(Msg.of(evidenceCode(TextEvidence.TARGET)));
    }
    if (role == Role.PROBLEMS && TextEvidence.has(features, TextEvidence.PROBLEM)) {
      found.add(Msg.of(evidenceCode(TextEvidence.PROBLEM)));
    }
    if (role == Role.RECTIFICATION && TextEvidence.has(features, TextEvidence.REMEDY)) {
      found.add(Msg.of(evidenceCode(TextEvidence.REMEDY)));
    }
    Subcategory sub = slot.subcategory();
    if (sub != null) {
      add(found, features, TextEvidence.SATISFACTION, sub == Subcategory.SERVED_SATISFACTION);
      add(found, features, TextEvidence.TIMELINESS, sub == Subcategory.TIMELINESS);
      add(found, features, TextEvidence.ECONOMIC, sub == Subcategory.ECONOMIC);
      add(found, features, TextEvidence.SOCIAL, sub == Subcategory.SOCIAL);
      add(found, features, TextEvidence.ECOLOGICAL, sub == Subcategory.ECOLOGICAL);
      add(found, features, TextEvidence.QUALITY, sub == Subcategory.QUALITY);
    }
    if (found.isEmpty()) {
      found.add(Msg.of("JX-I-0184"));
    }
    return found;
  }

  private static void add(List<Msg> found, int features, int feature, boolean matches) {
    if (matches && TextEvidence.has(features, feature)) {
      found.add(Msg.of(evidenceCode(feature)));
    }
  }

  /** The code of the phrase naming a {@link TextEvidence} feature. */
  static String evidenceCode(int feature) {
    switch (feature) {
      case TextEvidence.PLACEHOLDER:
        return "JX-I-0172";
      case TextEvidence.COMPLETION:
        return "JX-I-0173";
      case TextEvidence.APPRAISAL:
        return "JX-I-0174";
      case TextEvidence.TARGET:
        return "JX-I-0175";
      case TextEvidence.SATISFACTION:
        return "JX-I-0176";
      case TextEvidence.TIMELINESS:
        return "JX-I-0177";
      case TextEvidence.ECONOMIC:
        return "JX-I-0178";
      case TextEvidence.SOCIAL:
        return "JX-I-0179";
      case TextEvidence.ECOLOGICAL:
        return "JX-I-0180";
      case TextEvidence.QUALITY:
        return "JX-I-0181";
      case TextEvidence.PROBLEM:
        return "JX-I-0182";
      case TextEvidence.REMEDY:
        return "JX-I-0183";
      default:
        return "JX-I-0184";
    }
  }
}
