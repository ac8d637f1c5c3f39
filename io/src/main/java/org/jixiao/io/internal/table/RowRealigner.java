package org.jixiao.io.internal.table;

import java.util.Arrays;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jspecify.annotations.Nullable;

/**
 * Finds the most plausible placement of the text cells of a row that does not fit its header.
 *
 * <p>The number columns pin a row, so only the text right of them can have moved; PDF extraction
 * moves it by whole cells and never reorders it. A placement is therefore an order-preserving
 * assignment of the row's text cells to the header's text slots (年初绩效目标, 整体完成情况, each
 * indicator pair's 年度指标内容 and 完成情况, 存在的问题, 整改情况), where a cell may also continue
 * the cell before it (a split cell) or stay stray. Dynamic programming finds the placement of least
 * cost. The cost adds up what a careful reader would find odd:
 *
 * <ul>
 *   <li>every point where the offset between printed column and slot changes (the damage itself:
 *       a collapsed pair, a tail shifted left or right, an extra or a missing cell);
 *   <li>text that does not suit its slot ({@link TextEvidence}: a verdict such as 已完成 as a
 *       target, 满意 outside the satisfaction pair, 无 anywhere but the tail …), and text that
 *       does earns a bonus;
 *   <li>a 完成情况 without its 年度指标内容 or the reverse, a cell left stray, a split.
 * </ul>
 *
 * <p>A cell whose best placement is not clearly better than its best other placement (by less
 * than {@link #MARGIN}) is <em>ambiguous</em>: the caller keeps it stray rather than guess.
 * Costs are whole numbers (tenths of a point), so that the result does not depend on floating
 * point.
 */
final class RowRealigner {
  private RowRealigner() {}

  /** A slot of the header: a text column and what it holds. */
  record Slot(int column, Role role, @Nullable Subcategory subcategory) {}

  /** The result: for each cell its slot index, {@link #STRAY} or {@link #CONTINUES}. */
  record Placement(
      int[] slotOf,
      int[] continues,
      boolean[] ambiguous,
      int[] alternative,
      int[] bestSlotOf,
      int cost) {}

  static final int STRAY = -1;
  static final int CONTINUES = -2;

  /** How much better than the runner-up a cell's placement must be to be trusted. */
  static final int MARGIN = 8;

  static final int COST_STRAY = 60;
  static final int COST_STRAY_PLACEHOLDER = 25;
  static final int COST_SHIFT = 15;
  static final int COST_SHIFT_PER_COLUMN = 5;
  static final int COST_LONE_ACHIEVED = 15;
  static final int COST_LONE_TARGET = 10;
  static final int COST_SPLIT = 30;
  /**
   * Two neighbouring cells left stray that read as a pair (a statement, then a verdict) cost this
   * together rather than two strays: an extra pair is one damage, not two.
   */
  static final int COST_EXTRA_PAIR = 40;
  /** Each cell that leaves its printed column: the fewest moves explain the damage best. */
  static final int COST_MOVE = 5;
  /** Leaving 年初绩效目标 or 整体完成情况 empty: every project states them. */
  static final int COST_EMPTY_HEAD = 25;

  private static final int INFINITE = Integer.MAX_VALUE / 4;
  private static final int MAX_STRAY_RUN = 6;

  /**
   * Places cells.
   *
   * @param slots the header's text slots, left to right
   * @param columns the printed column of each cell, increasing
   * @param features each cell's {@link TextEvidence} features
   * @param tail whether each cell belongs to the row's closing run of placeholders (无 / 无)
   */
  static Placement align(List<Slot> slots, int[] columns, int[] features, boolean[] tail) {
    int n = columns.length;
    int[][] place = new int[n][slots.size()];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < slots.size(); j++) {
        place[i][j] =
            evidence(features[i], tail[i], slots.get(j))
                + (columns[i] == slots.get(j).column() ? 0 : COST_MOVE);
      }
    }
    Solver solver = new Solver(slots, columns, features, place);
    Solution best = solver.solve(-1, -1);
    boolean asPrinted = true;
    for (int i = 0; i < n && asPrinted; i++) {
      asPrinted = best.slotOf[i] >= 0 && slots.get(best.slotOf[i]).column() == columns[i];
    }
    if (asPrinted) {
      // Nothing moves: the row reads as printed, and no other placement needs weighing.
      return new Placement(
          best.slotOf, best.continues, new boolean[n], best.slotOf.clone(), best.slotOf, best.cost);
    }
    boolean[] ambiguous = new boolean[n];
    int[] alternative = new int[n];
    Arrays.fill(alternative, STRAY);
    int[] slotOf = best.slotOf.clone();
    int[] continues = best.continues.clone();
    for (int i = 0; i < n; i++) {
      int j = best.slotOf[i];
      if (j < 0) {
        continue;
      }
      Solution other = solver.solve(i, j);
      if (other.cost - best.cost < MARGIN) {
        ambiguous[i] = true;
        alternative[i] = other.slotOf[i] >= 0 ? other.slotOf[i] : other.continues[i];
        slotOf[i] = STRAY;
      }
    }
    // A continuation of a cell kept stray has nothing to continue.
    for (int i = 0; i < n; i++) {
      if (slotOf[i] == CONTINUES && i > 0 && slotOf[i - 1] == STRAY) {
        slotOf[i] = STRAY;
        continues[i] = STRAY;
      }
    }
    return new Placement(slotOf, continues, ambiguous, alternative, best.slotOf, best.cost);
  }

  /** What the text says about a slot: negative when it fits, positive when it does not. */
  static int evidence(int f, boolean tail, Slot slot) {
    Role role = slot.role();
    int cost = 0;
    boolean pair = role == Role.TARGET || role == Role.ACHIEVED;
    boolean closing = role == Role.PROBLEMS || role == Role.RECTIFICATION;
    if (closing && TextEvidence.has(f, TextEvidence.SATISFACTION)) {
      cost += 10;
    }
    if (TextEvidence.has(f, TextEvidence.PROBLEM)) {
      cost += role == Role.PROBLEMS ? -15 : 0;
    }
    if (TextEvidence.has(f, TextEvidence.REMEDY)) {
      cost += role == Role.RECTIFICATION ? -15 : 0;
    }
    if (TextEvidence.has(f, TextEvidence.PLACEHOLDER)) {
      if (closing) {
        cost -= tail ? 40 : 20;
      } else if (role == Role.TARGET || role == Role.COMPLETION) {
        cost += 10;
      } else if (role == Role.GOAL) {
        cost += 20;
      }
      return cost;
    }
    if (TextEvidence.has(f, TextEvidence.COMPLETION)) {
      cost += role == Role.ACHIEVED ? -20 : role == Role.COMPLETION ? -10 : pair ? 30 : 20;
    } else if (TextEvidence.has(f, TextEvidence.APPRAISAL)) {
      cost += role == Role.ACHIEVED ? -10 : role == Role.COMPLETION ? -5 : 10;
    }
    if (TextEvidence.has(f, TextEvidence.TARGET) && role == Role.TARGET) {
      cost -= 5;
    }
    Subcategory sub = slot.subcategory();
    if (!pair || sub == null) {
      return cost;
    }
    int named = TextEvidence.has(f, TextEvidence.NAMED) ? 2 : 1;
    boolean satisfaction = sub == Subcategory.SERVED_SATISFACTION;
    if (TextEvidence.has(f, TextEvidence.SATISFACTION)) {
      cost += satisfaction ? -15 * named : 10 * named;
    } else if (satisfaction
        && (role == Role.TARGET
            || (f & (TextEvidence.COMPLETION | TextEvidence.APPRAISAL)) == 0)) {
      cost += 10; // a satisfaction target or statement that says nothing of 满意 or 投诉
    }
    boolean timeliness = sub == Subcategory.TIMELINESS;
    if (TextEvidence.has(f, TextEvidence.TIMELINESS)) {
      cost += timeliness ? -20 : 0;
    } else if (timeliness && role == Role.TARGET) {
      cost += 10; // as is a timeliness target without a time
    }
    boolean ecological = sub == Subcategory.ECOLOGICAL;
    if (TextEvidence.has(f, TextEvidence.ECOLOGICAL)) {
      cost += ecological ? -15 * named : 0;
    } else if (ecological && role == Role.TARGET) {
      cost += 10; // and an ecological target without ecology
    }
    cost += category(f, TextEvidence.ECONOMIC, sub == Subcategory.ECONOMIC, 20 * named);
    cost += category(f, TextEvidence.SOCIAL, sub == Subcategory.SOCIAL, 20 * named);
    cost += category(f, TextEvidence.QUALITY, sub == Subcategory.QUALITY, 5);
    return cost;
  }

  private static int category(int f, int feature, boolean matches, int bonus) {
    return TextEvidence.has(f, feature) && matches ? -bonus : 0;
  }

  /** One placement and its cost. */
  private static final class Solution {
    final int[] slotOf;
    final int[] continues;
    final int cost;

    Solution(int[] slotOf, int[] continues, int cost) {
      this.slotOf = slotOf;
      this.continues = continues;
      this.cost = cost;
    }
  }

  /**
   * The dynamic programme. State (i, j, k): cell i is the last cell not left stray, on slot j,
   * placed (k = 0) or continuing the cell before it (k = 1). The offset of a state is the cell's
   * printed column minus the slot's column.
   */
  private static final class Solver {
    private final List<Slot> slots;
    private final int[] columns;
    private final int[] features;
    private final int[][] place;

    /** heads[j]: how many of slots 0 … j-1 are 年初绩效目标 or 整体完成情况. */
    private final int[] heads;

    Solver(List<Slot> slots, int[] columns, int[] features, int[][] place) {
      this.heads = new int[slots.size() + 1];
      for (int j = 0; j < slots.size(); j++) {
        Role role = slots.get(j).role();
        heads[j + 1] = heads[j] + (role == Role.GOAL || role == Role.COMPLETION ? 1 : 0);
      }
      this.slots = slots;
      this.columns = columns;
      this.features = features;
      this.place = place;
    }

    private int[] strayPrefix = new int[0];
    /** pairPrefix[k]: how many of cells 0 … k-1 start a pair with the cell after them. */
    private int[] pairPrefix = new int[0];

    /** Cell i and the next read as a pair: a statement, then a verdict. */
    private boolean readsAsPair(int i) {
      int verdict = TextEvidence.COMPLETION | TextEvidence.APPRAISAL;
      return (features[i] & (verdict | TextEvidence.PLACEHOLDER)) == 0
          && (features[i + 1] & verdict) != 0
          && columns[i + 1] == columns[i] + 1;
    }

    /** The cost of leaving cells a … b-1 stray. */
    private int strays(int a, int b) {
      if (b <= a) {
        return 0;
      }
      int pairs = pairPrefix[b - 1] - pairPrefix[a];
      return strayPrefix[b] - strayPrefix[a] - pairs * (2 * COST_STRAY - COST_EXTRA_PAIR);
    }

    private int strayCost(int i) {
      return TextEvidence.has(features[i], TextEvidence.PLACEHOLDER)
          ? COST_STRAY_PLACEHOLDER
          : COST_STRAY;
    }

    /**
     * Whether cell i can be the second piece of a split cell: the piece before it does not end a
     * sentence, and it is not a verdict or a placeholder (which are cells of their own).
     */
    private boolean canContinue(int i) {
      return !TextEvidence.has(features[i - 1], TextEvidence.CLOSED)
          && (features[i] & (TextEvidence.COMPLETION | TextEvidence.APPRAISAL | TextEvidence.PLACEHOLDER))
              == 0
          && (features[i - 1] & (TextEvidence.COMPLETION | TextEvidence.APPRAISAL | TextEvidence.PLACEHOLDER))
              == 0;
    }

    private int offset(int i, int j) {
      return columns[i] - slots.get(j).column();
    }

    private static int shift(int from, int to) {
      return from == to ? 0 : COST_SHIFT + COST_SHIFT_PER_COLUMN * Math.abs(to - from);
    }

    /** The cost of leaving pair slots half filled between slot {@code from} and slot {@code to}. */
    private int pairs(int from, int to) {
      int cost = COST_EMPTY_HEAD * (heads[Math.max(to, 0)] - heads[from + 1]);
      if (from >= 0 && slots.get(from).role() == Role.TARGET && to != from + 1) {
        cost += COST_LONE_TARGET;
      }
      if (to < slots.size() && slots.get(to).role() == Role.ACHIEVED && from != to - 1) {
        cost += COST_LONE_ACHIEVED;
      }
      return cost;
    }

    /**
     * The best placement in which cell {@code forbiddenCell} is not placed on slot {@code
     * forbiddenSlot} (-1: no constraint).
     */
    Solution solve(int forbiddenCell, int forbiddenSlot) {
      int n = columns.length;
      int m = slots.size();
      // best[i][j][k]; back pointers encode (i', j', k') or the start.
      int[][][] best = new int[n][m][2];
      int[][][] back = new int[n][m][2];
      strayPrefix = new int[n + 1];
      pairPrefix = new int[n + 1];
      for (int i = 0; i < n; i++) {
        strayPrefix[i + 1] = strayPrefix[i] + strayCost(i);
        pairPrefix[i + 1] = pairPrefix[i] + (i + 1 < n && readsAsPair(i) ? 1 : 0);
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          best[i][j][0] = INFINITE;
          best[i][j][1] = INFINITE;
          back[i][j][0] = -1;
          back[i][j][1] = -1;
          if (i != forbiddenCell || j != forbiddenSlot) {
            // From the start: cells before i stray, offset 0 before the first text cell.
            int start = strays(0, i) + shift(0, offset(i, j)) + pairs(-1, j) + place[i][j];
            best[i][j][0] = start;
            // At most MAX_STRAY_RUN cells left stray between two placed ones: longer runs are
            // never cheaper than a shift, and the bound keeps a row's cost linear in its cells.
            for (int p = Math.max(0, i - 1 - MAX_STRAY_RUN); p < i; p++) {
              for (int q = 0; q < j; q++) {
                for (int k = 0; k < 2; k++) {
                  int prev = best[p][q][k];
                  if (prev >= INFINITE) {
                    continue;
                  }
                  int cost =
                      prev
                          + strays(p + 1, i)
                          + shift(offset(p, q), offset(i, j))
                          + pairs(q, j)
                          + place[i][j];
                  if (cost < best[i][j][0]) {
                    best[i][j][0] = cost;
                    back[i][j][0] = encode(p, q, k);
                  }
                }
              }
            }
          }
          // A continuation: the printed cell right after the previous one, on the same slot.
          if (i > 0 && columns[i] == columns[i - 1] + 1 && canContinue(i)) {
            for (int k = 0; k < 2; k++) {
              int prev = best[i - 1][j][k];
              if (prev < INFINITE && prev + COST_SPLIT < best[i][j][1]) {
                best[i][j][1] = prev + COST_SPLIT;
                back[i][j][1] = encode(i - 1, j, k);
              }
            }
          }
        }
      }
      int bestCost = strays(0, n) + pairs(-1, m); // every cell stray
      int end = -1;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          for (int k = 0; k < 2; k++) {
            if (best[i][j][k] >= INFINITE) {
              continue;
            }
            int cost = best[i][j][k] + strays(i + 1, n) + pairs(j, m);
            if (cost < bestCost) {
              bestCost = cost;
              end = encode(i, j, k);
            }
          }
        }
      }
      int[] slotOf = new int[n];
      int[] continues = new int[n];
      Arrays.fill(slotOf, STRAY);
      Arrays.fill(continues, STRAY);
      for (int state = end; state >= 0; ) {
        int i = state / (2 * m);
        int j = (state / 2) % m;
        int k = state % 2;
        if (k == 0) {
          slotOf[i] = j;
        } else {
          slotOf[i] = CONTINUES;
          continues[i] = j;
        }
        state = back[i][j][k];
      }
      return new Solution(slotOf, continues, bestCost);
    }

    private int encode(int i, int j, int k) {
      return (i * slots.size() + j) * 2 + k;
    }
  }
}
