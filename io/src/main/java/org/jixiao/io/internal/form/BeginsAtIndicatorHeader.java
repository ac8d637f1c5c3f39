package org.jixiao.io.internal.form;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A copy that begins at the indicator block's header, its title, 项目名称 and funds block cut off
 * above (大英县图书馆 2022: a stored web page of stacked forms whose copy starts at {@code 绩效指标(90分) |
 * 一级指标 | …}). Without a 项目名称 no form started, and every indicator row was lost as a note, or the
 * file was refused as a table with no header. Such a header opens a form of its own, read as usual;
 * the project is unnamed and has no budget, which a WARNING says (JX-I-0257) in place of the bare
 * JX-I-0206, so that neither is taken for the project's fault. Lines of its top left above the header
 * (项目名称：…, {@link #topLines}) are the same form's: it is named by them (JX-I-0266).
 *
 * <p>Only a header the form reader already reads ({@link IndicatorColumns#isHeader}, with its upper
 * row or wrapped line), of a self-evaluation (a column of actuals or of scores: a declaration has
 * neither), with an indicator row in the first two rows under it (two of the block's columns filled,
 * not one text repeated): a header alone is no form, nor one over the next form's title or 项目名称,
 * nor one with a column of 项目名称 or 序号, or any cell left of 一级指标 that is not the block's
 * label (项目, 单位名称: a summary of several projects).
 */
public final class BeginsAtIndicatorHeader {
  /** The most cells of a row looked at by {@link #startsGrid}, as {@code DocumentLayout} looks. */
  private static final int WIDTH = 200;

  /** How far {@link #startsGrid} looks for the first row with text. */
  private static final int ROWS = 1_000;

  /** How many lines of one text each {@link #startsGrid} passes above the header. */
  private static final int LINES_ABOVE = 3;

  private BeginsAtIndicatorHeader() {}

  /**
   * Whether a grid begins at such a header, with an indicator row under it, after at most {@value
   * #LINES_ABOVE} lines of one text each (a caption or a heading of the page): the layout of a copy
   * cut above its indicator block, for {@code DocumentLayout#detect}, whose header words alone may
   * be too few (权重 and 完成值 score no form).
   *
   * @param grid the cells
   * @return whether the grid begins at an indicator header with rows under it
   */
  public static boolean startsGrid(CellGrid grid) {
    FormGrid g = new FormGrid(grid, Integer.MAX_VALUE, WIDTH);
    int h = Math.min(g.height(), ROWS);
    int lines = 0;
    for (int r = 0; r < h; r++) {
      if (g.first(r) < 0) {
        continue;
      }
      if (opens(g, r)) {
        return true;
      }
      // a line of text above the header (三、绩效指标完成情况, 附表2, a page's caption) is no part
      // of the copy, and a label with its value (项目名称：…) is what is left of the form's top
      // (topLines); a row of several texts is part of something else and ends the search
      if (!oneText(g, r) || ++lines > LINES_ABOVE) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether row {@code r} starts the lines left of a form's top over a copy cut at its indicator
   * header: one field with its value in one cell a line (项目名称：大英县图书馆免费开放, 主管部门：…), at
   * most {@value #LINES_ABOVE} of them, the last right above a header that {@link #opens} a form.
   * Their form is the header's, its fields read from them; the funds block is not in the copy.
   */
  static boolean topLines(FormGrid g, int r) {
    return topLines(g, r, false);
  }

  /**
   * Whether row {@code r} starts such lines under another form, one of them naming a project
   * (项目名称：…, 专项名称：…): a new project begins there, which a careful reader sees, and the copy
   * under them is not more rows of the form above. Lines that name no project (实施单位：… alone,
   * 部门名称：…, a page's caption naming who published it) are no such evidence.
   */
  static boolean topLinesNamingAProject(FormGrid g, int r) {
    return topLines(g, r, true);
  }

  /**
   * Whether row {@code r}, under a form past its top ({@code above}), starts such lines naming a
   * project ({@link #topLinesNamingAProject}). A form prints its own 项目名称 at its top, not between
   * its funds or goal and its indicators; one with no name yet (a department-wide form, named by its
   * unit at its end) is no exception. Only the name of the form above, still in its indicators, is
   * not a new project: the same form carried over a page, its name repeated over its repeated header
   * as a page heading, goes on (a second copy of one project would follow its 总分).
   */
  static boolean topLinesUnder(FormGrid g, int r, FormDraft above, boolean inIndicators) {
    if (!topLinesNamingAProject(g, r)) {
      return false;
    }
    String name = projectName(g, r);
    return !(inIndicators && name != null && name.equals(above.name));
  }

  private static boolean topLines(FormGrid g, int r, boolean namingAProject) {
    int lines = 0;
    boolean named = false;
    for (int row = r; row < g.height(); row++) {
      if (g.first(row) < 0) {
        continue;
      }
      if (lines > 0 && opens(g, row)) {
        return named || !namingAProject;
      }
      String text = g.text(row, g.first(row));
      if (!oneText(g, row) || !labelled(text) || ++lines > LINES_ABOVE) {
        return false;
      }
      named |= namesAProject(text);
    }
    return false;
  }

  /**
   * The project's name on the first line naming one among the top lines starting at {@code r}
   * (项目名称：大英县图书馆免费开放 gives 大英县图书馆免费开放), or null.
   */
  static @Nullable String projectName(FormGrid g, int r) {
    int row = namingRow(g, r, true);
    if (row < 0) {
      return null;
    }
    // the name's field only, when its cell holds the next field too (项目名称：… 实施单位：…)
    String text = FormLabels.fieldsIn(g.text(row, g.first(row)).strip()).get(0);
    return text.substring(FormLabels.colonLabel(text) + 1).strip();
  }

  /** Whether a top line is the project's name with its value (项目名称：…), not a department's (部门名称：…). */
  private static boolean namesAProject(String text) {
    String t = text.strip();
    int colon = FormLabels.colonLabel(t);
    return "name".equals(FormLabels.colonField(t)) && !HeadingLines.mayName(FormText.key(t.substring(0, colon)));
  }

  /**
   * The row the project's name was read from among the top lines starting at {@code r} (项目名称：… under
   * 实施单位：…), or {@code r} when none names it.
   */
  static int nameLine(FormGrid g, int r) {
    int row = namingRow(g, r, false);
    return row < 0 ? r : row;
  }

  /**
   * The first of the top lines starting at {@code r} that names the form (any name field, or only a
   * project's when {@code projectOnly}), or -1.
   */
  private static int namingRow(FormGrid g, int r, boolean projectOnly) {
    int lines = 0;
    for (int row = r; row < g.height() && lines < LINES_ABOVE; row++) {
      if (g.first(row) < 0) {
        continue;
      }
      String text = g.text(row, g.first(row));
      if (!oneText(g, row) || !labelled(text)) {
        break;
      }
      lines++;
      if (projectOnly ? namesAProject(text) : "name".equals(FormLabels.colonField(text.strip()))) {
        return row;
      }
    }
    return -1;
  }
  /**
   * Whether row {@code r}, read while no form has started, opens a form cut above its indicator
   * block: it is such a header (or the upper row of a two-row one) with an indicator row under it.
   */
  static boolean opens(FormGrid g, int r) {
    int row = r;
    int upper = -1;
    if (!IndicatorColumns.isHeader(g, r)) {
      if (!(IndicatorColumns.isUpperHeader(g, r) && r + 1 < g.height() && IndicatorColumns.isHeader(g, r + 1))) {
        return false;
      }
      row = r + 1;
      upper = r;
    }
    int lower = WrappedHeader.lower(g, row);
    IndicatorColumns columns = new IndicatorColumns(g, row, upper, lower);
    if (namesProjects(g, row) || (upper >= 0 && namesProjects(g, upper)) || !onlyBlockLabelLeftOfLevels(g, row, columns)) {
      return false; // 项目名称 | 一级指标, 单位名称 | 一级指标 …: several projects' indicators, a summary, not one form's
    }
    if (!columns.has(IndicatorRole.ACTUAL) && !columns.has(IndicatorRole.SCORE)) {
      return false;
    }
    // the first rows under the header, not any later one: a header alone over the next form's
    // title is no form of its own (the second row passes a parts row, 符号 | 数值 | 单位)
    int seen = 0;
    for (int below = Math.max(row, lower) + 1; below < g.height() && seen < 2; below++) {
      if (g.first(below) < 0) {
        continue;
      }
      seen++;
      String text = g.text(below, g.first(below));
      String folded = FormText.folded(text);
      if (FormLabels.isNameLabel(FormText.key(text))
          || oneText(g, below) && (folded.contains("自评表") || FormText.namesEvaluationForm(folded))) {
        return false; // the next form's top: its 项目名称, or its title, in one cell or repeated over merged ones
      }
      // an indicator row fills two of the block's columns or more (a name and its values); a
      // title or a year under the header fills one, wherever it stands
      int filled = 0;
      int w = g.width(below);
      for (int c = 0; c < w; c++) {
        IndicatorRole role = columns.roleAt(c);
        if (role != IndicatorRole.NONE && role != IndicatorRole.CAT1 && role != IndicatorRole.CAT2
            && !g.text(below, c).isEmpty()) {
          filled++;
        }
      }
      if (filled >= 2 && !oneText(g, below)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line is a field of the form's top with its value after a colon (项目名称：大英县图书馆免费开放,
   * 单位名称：…; {@link FormLabels#colonField}): the copy then keeps its top and does not begin at its
   * header. A caption with a colon (金额单位：万元, 附表2：绩效指标完成情况, 附件2:) is none.
   */
  private static boolean labelled(String text) {
    String field = FormLabels.colonField(text.strip());
    return field != null && !field.equals("moneyUnit");
  }

  /** Whether every cell of a row that holds text holds the same text (one cell, or a title merged over several). */
  private static boolean oneText(FormGrid g, int row) {
    String first = g.text(row, g.first(row));
    int w = g.width(row);
    for (int c = 0; c < w; c++) {
      String t = g.text(row, c);
      if (!t.isEmpty() && !t.equals(first)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every cell of the header left of its 一级指标 is the block's label (绩效指标(90分),
   * 年度绩效指标完成情况), as a form prints it: a column of projects or units there (项目, 单位名称,
   * 项目名称及编码) makes the rows several projects', a summary.
   */
  private static boolean onlyBlockLabelLeftOfLevels(FormGrid g, int row, IndicatorColumns columns) {
    int end = columns.cat1Column >= 0 ? columns.cat1Column : g.width(row); // no 一级指标: every cell
    for (int c = 0; c < end; c++) {
      String key = g.key(row, c);
      if (!key.isEmpty() && !key.contains("指标") && !key.contains("目标")) {
        return false;
      }
    }
    return true;
  }

  private static boolean namesProjects(FormGrid g, int row) {
    return g.anyKey(row, k -> FormLabels.isNameLabel(k) || k.equals("序号"));
  }

  /**
   * Says that the copy begins at the lines of its top ({@link #topLines}) over its indicator header:
   * the project is named by them, its funds block is not in the copy.
   */
  static void sayTopLines(FormGrid g, FormDraft d, FormSink sink) {
    int first = Math.max(g.first(d.startRow), 0);
    String line = g.text(d.startRow, first);
    // the name may come from a later line (实施单位：… above 项目名称：…): that line is quoted for it
    int named = nameLine(g, d.startRow);
    String nameLine = g.text(named, Math.max(g.first(named), 0));
    sink.report(FormDiagnostics.BEGINS_AT_TOP_LINES, Severity.WARNING,
        Msg.of("JX-I-0266").arg("line", line).arg("nameLine", nameLine).arg("name", d.name == null ? "" : d.name),
        d.startRow, first, line);
  }

  /** Says that the form begins at its indicator header, and the name it is given for now. */
  static void say(FormGrid g, FormDraft d, FormSink sink, String placeholder) {
    int first = Math.max(g.first(d.startRow), 0);
    sink.report(FormDiagnostics.BEGINS_AT_INDICATOR_HEADER, Severity.WARNING,
        Msg.of("JX-I-0257").arg("placeholder", placeholder), d.startRow, first, g.text(d.startRow, first));
  }
}
