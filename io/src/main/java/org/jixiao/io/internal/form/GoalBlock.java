package org.jixiao.io.internal.form;

import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The 年度总体目标 block: the goal set at the start of the year and what was achieved. The
 * template heads its two columns 预期目标 (年初设定目标 …) and 实际完成情况, with the texts on the
 * row below or beside the headings. Some forms print no such headings: the texts stand on the
 * label's own row (年度总体目标 | goal | … | outcome, 北京海淀 2016), or the block's columns are
 * named 总体目标 and 全年实际完成情况 (四川阆中 2021), the first of them in the label column itself
 * (休宁 2023). The Hebei form heads them 年度预期目标 and
 * 具体完成情况, beside a third column 总体完成率(%) (河北成安 2020); the goals may run over several
 * rows, one goal a row (目标1 …, 目标2 …), which are read as one text, a line each.
 */
final class GoalBlock {
  private static final Set<String> GOAL_KEYS = Set.of("预期目标", "年初设定目标", "项目年度目标", "年初目标", "年度预期目标");

  /** The block's own label, in the form's label column. */
  private static final Set<String> LABELS =
      Set.of("年度总体目标", "总体目标", "年度目标", "年度总体目标完成情况", "总体目标完成情况", "年度目标完成情况");

  /** A heading of the goal's column where the template's 预期目标 is not printed. */
  private static final Set<String> GOAL_HEADINGS = Set.of("总体目标", "年度目标", "年度总体目标");

  private final FormGrid g;
  private final FormSink sink;
  private int goalColumn = -1;
  private int outcomeColumn = -1;
  /** A column right of the outcome's that holds a figure (总体完成率(%)), or -1. */
  private int figureColumn = -1;
  private String figureHeading = "";
  /** The block's label left of its headings (三、目标完成情况), the header of what it keeps. */
  private @Nullable String headingLabel;
  private boolean read;
  /** The block's label when it has no headings (the texts are read by their order), else null. */
  private @Nullable String label;

  private GoalBlock(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  /** Whether row {@code r} opens the block: a heading 预期目标 …, or the block's label at the form's edge. */
  static boolean opens(FormGrid g, int r, int first, int labelColumn) {
    return g.anyKey(r, GOAL_KEYS::contains) || (first == labelColumn && LABELS.contains(g.key(r, first)));
  }

  /** Opens the block at row {@code r} and reads what that row holds. */
  static GoalBlock open(FormGrid g, FormSink sink, int r, FormDraft draft) {
    GoalBlock b = new GoalBlock(g, sink);
    if (g.anyKey(r, GOAL_KEYS::contains)) {
      b.headings(r, GOAL_KEYS);
    } else if (b.headingAfterLabel(r)) {
      b.headings(r, GOAL_HEADINGS); // 总体目标完成情况 | 总体目标 | | 全年实际完成情况
    } else {
      String label = g.text(r, g.first(r));
      b.label = label;
      b.read = b.texts(r, g.first(r) + 1, label, draft);
      return b;
    }
    b.valuesOnHeadingRow(r, draft);
    return b;
  }

  private boolean headingAfterLabel(int r) {
    int w = g.width(r);
    for (int c = g.first(r) + 1; c < w; c++) {
      String k = g.key(r, c);
      if (GOAL_HEADINGS.contains(k) || isOutcomeHeading(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutcomeHeading(String k) {
    return k.length() <= 12 && (k.endsWith("完成情况") || k.endsWith("完成情况综述"));
  }

  /** The goal's column (the first of {@code goalKeys} after the label) and the outcome's after it. */
  private void headings(int r, Set<String> goalKeys) {
    int w = g.width(r);
    int from = goalKeys == GOAL_KEYS ? 0 : g.first(r) + 1;
    if (goalKeys == GOAL_HEADINGS && !anyKeyFrom(r, from, GOAL_HEADINGS) && GOAL_HEADINGS.contains(g.key(r, g.first(r)))) {
      // 总体目标 | … | 全年实际完成情况: the label is the goal column's own heading, the texts
      // below it under both (休宁 2023's transfer form)
      from = g.first(r);
    }
    for (int c = from; c < w; c++) {
      String k = g.key(r, c);
      if (goalColumn < 0 && goalKeys.contains(k)) {
        goalColumn = c;
      } else if (goalColumn >= 0 && outcomeColumn < 0 && (k.endsWith("完成情况") || k.endsWith("完成情况综述"))) {
        outcomeColumn = c;
      } else if (goalColumn >= 0 && figureColumn < 0 && isFigureHeading(k)) {
        figureColumn = c;
        figureHeading = g.text(r, c);
      }
    }
    int first = g.first(r);
    if (first >= 0 && first < goalColumn) {
      headingLabel = g.text(r, first);
    }
  }

  private boolean anyKeyFrom(int r, int from, Set<String> keys) {
    for (int c = from; c < g.width(r); c++) {
      if (keys.contains(g.key(r, c))) {
        return true;
      }
    }
    return false;
  }

  /** A heading over figures, not texts: 总体完成率(%), 得分, 分值. */
  private static boolean isFigureHeading(String k) {
    return k.endsWith("完成率") || k.endsWith("得分") || k.endsWith("分值");
  }

  /** Whether a cell is a bare figure ({@code 20}, {@code 20分}): on a heading row, the block's points. */
  private static boolean isFigure(String text) {
    return FormText.isBarePoints(text);
  }

  /**
   * 预期目标 | 完成道路修缮10公里 | 实际完成情况 | 已完成: values on the heading row itself are
   * read, not dropped (the row below fills only what is still empty).
   */
  private void valuesOnHeadingRow(int r, FormDraft draft) {
    int w = g.width(r);
    for (int c = goalColumn + 1; goalColumn >= 0 && c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty() || c == outcomeColumn || c == figureColumn || isFigureHeading(FormText.key(t))) {
        continue;
      }
      if (isFigure(t)) {
        // 年度目标完成情况 | 预期目标 | | 目标实际完成情况 | | 20: the block's points (四川安居 2021),
        // no outcome; kept under the block's label
        draft.stray(r, c, headingLabel, t);
        kept(r, c, t);
      } else if ((outcomeColumn < 0 || c < outcomeColumn) && draft.goal == null) {
        draft.goal = t;
      } else if (outcomeColumn >= 0 && c > outcomeColumn && draft.goalOutcome == null) {
        draft.goalOutcome = t;
      } else {
        draft.stray(r, c, g.text(r, c < outcomeColumn || outcomeColumn < 0 ? goalColumn : outcomeColumn), t);
        kept(r, c, t);
      }
    }
  }

  /**
   * No headings: the texts from column {@code from} are the goal and, when a second one follows,
   * the outcome (the template's left and right halves). A lone text under a label that names only
   * the completion (总体目标完成情况) may be either, and is kept beside the label.
   *
   * @return whether the row held any text (else the texts are on the row below)
   */
  private boolean texts(int r, int from, String label, FormDraft draft) {
    int w = g.width(r);
    int last = -1;
    int count = 0;
    for (int c = from; c < w; c++) {
      if (!g.text(r, c).isEmpty()) {
        last = c;
        count++;
      }
    }
    boolean onlyCompletion = FormText.key(label).endsWith("完成情况");
    int n = 0;
    for (int c = from; c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      n++;
      if (n == 1 && draft.goal == null && (count > 1 || !onlyCompletion)) {
        draft.goal = t;
      } else if (c == last && count > 1 && draft.goalOutcome == null) {
        draft.goalOutcome = t;
      } else {
        draft.stray(r, c, label, t);
        kept(r, c, t);
      }
    }
    return count > 0;
  }

  /** Whether the block waits for the row under its headings. */
  boolean wantsContent() {
    return !read;
  }

  /** Reads the row under the headings. */
  void content(int r, FormDraft draft) {
    read = true;
    String l = label;
    if (l != null) {
      texts(r, 0, l, draft); // the label alone on its row, the texts below it
      return;
    }
    underHeadings(r, draft, false);
  }

  /**
   * Whether a row whose first text is in column {@code first} goes on with the texts
   * under the headings: a later goal and its outcome (目标2 … | 目标2 …), printed right of the
   * form's labels and not left of the goal's column.
   */
  boolean continues(int first, int labelColumn) {
    return read && label == null && goalColumn >= 0 && first > labelColumn && first >= goalColumn;
  }

  /** Reads a row that {@link #continues}: its texts are added to the goal and the outcome, a line each. */
  void more(int r, FormDraft draft) {
    underHeadings(r, draft, true);
  }

  private void underHeadings(int r, FormDraft draft, boolean adding) {
    int w = g.width(r);
    int end = outcomeColumn >= 0 ? outcomeColumn : figureColumn >= 0 ? figureColumn : w;
    for (int c = 0; c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      String goalText = draft.goal;
      String outcomeText = draft.goalOutcome;
      if (figureColumn >= 0 && c >= figureColumn) {
        draft.stray(r, c, figureHeading, t); // 总体完成率(%) | 100.00: kept under its heading
        kept(r, c, t);
      } else if (c >= goalColumn && c < end && (goalText == null || adding)) {
        draft.goal = goalText == null ? t : goalText + "\n" + t;
      } else if (outcomeColumn >= 0 && c >= outcomeColumn && (outcomeText == null || adding)) {
        draft.goalOutcome = outcomeText == null ? t : outcomeText + "\n" + t;
      } else {
        draft.stray(r, c, null, t);
        kept(r, c, t);
      }
    }
  }

  private void kept(int r, int c, String t) {
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0202"), r, c, t);
  }
}
