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
      String[] cells, int count, long line, int seq, Layout l, int[] to, List<String> reasons,
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
          RowCells.describeRow(seq, line)
              + " does not fit its header: "
              + String.join("; ", reasons)
              + ". No placement of its text is plausible enough; its identity and amounts are"
              + " read and its cells from column "
              + (l.anchor() + 2)
              + " on are kept as stray cells",
          line,
          irregularColumn,
          irregularColumn >= 0 ? cells[irregularColumn] : null,
          seq);
      return false;
    }
    List<String> moves = new ArrayList<>();
    int firstMoved = -1;
    for (int i = 0; i < n; i++) {
      int c = columns[i];
      int slot = placement.slotOf()[i];
      if (slot >= 0) {
        Slot s = slots.get(slot);
        to[c] = s.column();
        if (s.column() != c) {
          moves.add(
              "column " + (c + 1) + " → " + l.header(s.column()) + " ("
                  + evidence(features[i], tail[i], s) + ")");
          firstMoved = firstMoved < 0 ? c : firstMoved;
        }
        continue;
      }
      to[c] = STRAY;
      firstMoved = firstMoved < 0 ? c : firstMoved;
      if (slot == RowRealigner.CONTINUES) {
        moves.add(
            "column " + (c + 1) + " continues the cell before it ("
                + l.header(slots.get(placement.continues()[i]).column())
                + ") and is kept beside it as a stray cell");
      } else if (placement.ambiguous()[i]) {
        int other = placement.alternative()[i];
        moves.add(
            "column "
                + (c + 1)
                + " kept as a stray cell: it fits "
                + l.header(slots.get(placement.bestSlotOf()[i]).column())
                + (other >= 0 ? " and " + l.header(slots.get(other).column()) : " and no slot")
                + " about equally well");
      } else {
        moves.add("column " + (c + 1) + " kept as a stray cell: no slot is left for it in order");
      }
    }
    if (moves.isEmpty()) {
      return true; // the printed placement is the most plausible one: nothing moved
    }
    ctx.sink.report(
        ReadDiagnostics.REALIGNED,
        Severity.INFO,
        RowCells.describeRow(seq, line)
            + " did not fit its header ("
            + String.join("; ", reasons)
            + ") and was realigned by the evidence in its text: "
            + String.join("; ", moves),
        line,
        firstMoved,
        firstMoved >= 0 ? cells[firstMoved] : null,
        seq);
    return true;
  }

  /** Names the evidence for a move. */
  static String evidence(int features, boolean tail, Slot slot) {
    List<String> found = new ArrayList<>();
    Role role = slot.role();
    if (TextEvidence.has(features, TextEvidence.PLACEHOLDER)
        && (role == Role.PROBLEMS || role == Role.RECTIFICATION)) {
      found.add(tail ? "a placeholder closing the row" : "a placeholder");
    }
    if (TextEvidence.has(features, TextEvidence.COMPLETION) && role == Role.ACHIEVED) {
      found.add("a completion word");
    }
    if (TextEvidence.has(features, TextEvidence.APPRAISAL) && role == Role.ACHIEVED) {
      found.add("an appraisal word");
    }
    if (TextEvidence.has(features, TextEvidence.TARGET) && role == Role.TARGET) {
      found.add("a target's comparator");
    }
    if (role == Role.PROBLEMS && TextEvidence.has(features, TextEvidence.PROBLEM)) {
      found.add(TextEvidence.describe(TextEvidence.PROBLEM));
    }
    if (role == Role.RECTIFICATION && TextEvidence.has(features, TextEvidence.REMEDY)) {
      found.add(TextEvidence.describe(TextEvidence.REMEDY));
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
      found.add("order and the shift of its neighbours");
    }
    return String.join(", ", found);
  }

  private static void add(List<String> found, int features, int feature, boolean matches) {
    if (matches && TextEvidence.has(features, feature)) {
      found.add(TextEvidence.describe(feature));
    }
  }
}
