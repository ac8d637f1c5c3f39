package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The lines that name who filed a form rather than what it evaluates: {@code 部门:临沧市永德县明朗中学}
 * above the Yunnan 公开14表 (2022), {@code 单位名称:区商务局} under a title, {@code 填报单位:…},
 * {@code 主管部门:…} printed above the form's own 项目名称. Such a line was read as a field of the
 * form: 部门 as the project's name, which then pushed the printed 项目名称 and 实施单位 aside
 * without a word. They are held until the form ends, because only then is it known what the form
 * states itself: a line fills the department (部门, 主管部门) or unit (单位, 填报单位) the form
 * leaves empty, and is otherwise kept as a stray cell under its label (JX-I-0246). It never names
 * the project, except on a department-wide form (部门整体支出绩效自评表, or a form that starts at its
 * 部门 with no title), where the department is what is evaluated and no 项目名称 is printed.
 */
final class HeadingLines {
  private HeadingLines() {}

  /** What a line names: the form's department or its unit. */
  enum Names {
    DEPARTMENT("主管部门"),
    UNIT("实施单位");

    final String field;

    Names(String field) {
      this.field = field;
    }
  }

  /**
   * One line as read. {@code mayName}: its label is 部门 or 部门名称, the label a department-wide
   * form gives its subject.
   */
  record Line(Names names, String label, String value, int row, int column, boolean mayName) {}

  /**
   * What a label above a form (before its 项目名称) names, or null for a label of the form's own
   * fields: 部门, 部门名称, 填报部门 and 主管部门 the department; 单位, 单位名称 and 填报单位 the unit.
   */
  static @Nullable Names above(String key) {
    switch (FormLabels.withoutLevel(key)) {
      case "部门":
      case "部门名称":
      case "填报部门":
      case "主管部门":
        return Names.DEPARTMENT;
      case "单位":
      case "单位名称":
      case "填报单位":
        return Names.UNIT;
      default:
        return null;
    }
  }

  /** Whether a label is one a department-wide form names its subject by (部门, 部门名称). */
  static boolean mayName(String key) {
    String k = FormLabels.withoutLevel(key);
    return k.equals("部门") || k.equals("部门名称");
  }

  /**
   * Settles a form's lines once it has been read: each fills its field when the form left it
   * empty, names a department-wide form that prints no 项目名称, repeats what the form states (and
   * is then not kept twice), or is kept as a stray cell ahead of the others and told.
   */
  static void settle(FormDraft d, FormSink sink) {
    List<StrayCell> kept = new ArrayList<>();
    for (Line line : d.headingLines) {
      String value = line.value();
      if (line.mayName() && d.name == null && departmentWide(d.title)) {
        d.name = value;
        if (d.unit == null) {
          d.unit = value; // the department evaluated is the unit that spends the money
        }
        continue;
      }
      String current = line.names() == Names.DEPARTMENT ? d.department : d.unit;
      if (current == null) {
        if (line.names() == Names.DEPARTMENT) {
          d.readDepartment(value, line.row(), line.column(), line.label());
        } else {
          d.unit = value;
        }
        continue;
      }
      if (current.equals(value)) {
        continue; // the same name the form gives its field: nothing is lost by not keeping it twice
      }
      kept.add(StrayCell.of(d.line(line.row()), line.column(), java.util.Optional.of(line.label()), value));
      sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO,
          Msg.of("JX-I-0246").arg("label", line.label()).arg("field", line.names().field),
          line.row(), line.column(), value);
    }
    // the lines stand at the top of the form: their cells come before those kept below them
    d.strays.addAll(0, kept);
    if (d.name == null && d.title != null && departmentWide(d.title) && d.unit != null) {
      // 区级预算单位名称 | 永州市零陵区疾病预防控制中心 (湖南零陵 2021): the unit whose spending a
      // department-wide form evaluates is the only name it has
      d.name = d.unit;
    }
  }

  /**
   * Whether a form evaluates a department as a whole: its title says so (部门整体支出, 单位整体支出),
   * or it has none and started at its 部门 label.
   */
  private static boolean departmentWide(@Nullable String title) {
    return title == null || FormText.folded(title).contains("整体");
  }
}
