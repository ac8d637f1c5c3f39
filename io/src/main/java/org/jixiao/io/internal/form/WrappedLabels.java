package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A level label wrapped over two lines of its column: a form copied out of a PDF prints a merged
 * 一级 or 二级 cell's words on the lines the text extractor found them on (鄂州 2019: 社会效益 on the
 * indicator's row and 指标 alone on the next; 满意度 / 指标; 天长 2022's page: 可持续影 / 响指标,
 * 服务对象 / 满意度指标, the second line beside the template's 指标2: row). Read line by line, the
 * fragment was an unknown category and its line an unplaced row, both WARNINGs, and a label known
 * only when joined was lost.
 *
 * <p>A line may hold such a fragment only when it holds no indicator: its texts stand in the level
 * columns, besides a template's placeholder name (指标2:, ……) and the bare points of an unnamed
 * 一级 ((10分)). A fragment is a level text that names no level on its own but does joined to the
 * text of the line above (after it) or below (before it) in its column.
 */
final class WrappedLabels {
  private final FormGrid g;
  private final FormSink sink;
  private final IndicatorRole[] roles;

  /** A label read over two lines: the joined label, the column and the line it was joined to. */
  record Joined(String label, int column, int other) {}

  /** @param roles the block's column roles (shared, not copied) */
  WrappedLabels(FormGrid g, FormSink sink, IndicatorRole[] roles) {
    this.g = g;
    this.sink = sink;
    this.roles = roles;
  }

  /**
   * A level cell's label: its text, or its text joined to a fragment on the line above or below,
   * said when that line will not say it (its text names a level alone).
   */
  String levelLabel(int row, int c) {
    Joined j = label(row, c);
    if (j == null) {
      return g.text(row, c);
    }
    if (names(roleOf(c), g.text(j.other(), c))) {
      say(row, j); // 服务对象 | … above 满意度指标: the line below reads as its own label
    }
    return j.label();
  }

  /** Says that the cell {@code j} names, on {@code row}, was read joined to another line's. */
  void say(int row, Joined j) {
    say(sink, g, row, j.column(), j.label(), j.other());
  }

  /**
   * Says that the cell at {@code line}, {@code c} is part of {@code label}, read joined to line
   * {@code other} (0-based): the one wording of every wrapped label (level, funds caption, fund
   * row, the block's own label).
   */
  static void say(FormSink sink, FormGrid g, int line, int c, String label, int other) {
    sink.report(FormDiagnostics.WRAPPED_LABEL, Severity.INFO,
        Msg.of("JX-I-0256").arg("label", label).arg("other", other + 1L), line, c, g.text(line, c));
  }

  /**
   * The level cell at {@code row}, {@code c} read with the fragment on the line above or below it
   * when only the joined text names a level; null when its own text does, or no join does.
   */
  @Nullable Joined label(int row, int c) {
    return joined(row, c, true);
  }

  /**
   * The fragments of a line that holds no indicator, each with the label it completes; empty when
   * the line holds none, or holds a level text that names no level even when joined (then it is
   * read as before: an unknown category).
   */
  List<Joined> fragments(int row) {
    if (!isLabelLine(row)) {
      return List.of();
    }
    List<Joined> out = new ArrayList<>(2);
    for (int c = g.first(row); c >= 0; c = g.next(row, c + 1)) {
      IndicatorRole role = roleOf(c);
      String t = g.text(row, c);
      if (!isLevel(role) || names(role, t) || isBarePoints(role, t)) {
        continue;
      }
      Joined j = joined(row, c, false);
      if (j == null) {
        return List.of();
      }
      out.add(j);
    }
    return out;
  }

  /**
   * The cell joined to the line above or below: to a line that holds no indicator when the cell is
   * on an indicator's line ({@code fromIndicator}), to any line when the cell is the fragment.
   */
  private @Nullable Joined joined(int row, int c, boolean fromIndicator) {
    IndicatorRole role = roleOf(c);
    String t = g.text(row, c);
    if (!isLevel(role) || t.isEmpty() || names(role, t) || FormText.isPlaceholderMark(t)) {
      return null;
    }
    if (row > 0 && (!fromIndicator || isLabelLine(row - 1))) {
      String above = g.text(row - 1, c);
      if (!above.isEmpty() && names(role, above + t)) {
        return new Joined(above + t, c, row - 1);
      }
    }
    if (row + 1 < g.height() && (!fromIndicator || isLabelLine(row + 1))) {
      String below = g.text(row + 1, c);
      if (!below.isEmpty() && names(role, t + below)) {
        return new Joined(t + below, c, row + 1);
      }
    }
    return null;
  }

  /**
   * Whether a line holds no indicator, only level texts (at least one), placeholder names and an
   * unnamed 一级's bare points.
   */
  private boolean isLabelLine(int row) {
    boolean level = false;
    for (int c = g.first(row); c >= 0; c = g.next(row, c + 1)) {
      IndicatorRole role = roleOf(c);
      String t = g.text(row, c);
      if (isLevel(role) && !FormText.isPlaceholderMark(t)) {
        level |= !isBarePoints(role, t);
      } else if (!(role == IndicatorRole.NAME && FormText.isPlaceholderName(t))
          && !(isLevel(role) && FormText.isPlaceholderMark(t))) {
        return false;
      }
    }
    return level;
  }

  private IndicatorRole roleOf(int c) {
    return c < roles.length ? roles[c] : IndicatorRole.NONE;
  }

  private static boolean isLevel(IndicatorRole role) {
    return role == IndicatorRole.CAT1 || role == IndicatorRole.CAT2;
  }

  /** (10分) in the 一级 column: an unnamed 一级's points, no words of a label. */
  static boolean isBarePoints(IndicatorRole role, String text) {
    return role == IndicatorRole.CAT1 && FormText.key(text).isEmpty() && FormText.bracketPoints(text) != null;
  }

  /** Whether a text names a level of the column's kind: a 一级 (or 效果指标), or a 二级. */
  static boolean names(IndicatorRole role, String text) {
    String k = FormText.categoryKey(text);
    if (k.isEmpty()) {
      return false;
    }
    if (role == IndicatorRole.CAT1) {
      return Category.fromLabel(k).isPresent() || k.equals("效果指标");
    }
    return Subcategory.fromLabel(k).isPresent();
  }
}
