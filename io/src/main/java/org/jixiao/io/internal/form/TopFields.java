package org.jixiao.io.internal.form;

import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.DeclarationFields;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The form's label / value pairs: the top block (项目名称, 主管部门, 实施单位, 单位：元 …) and any
 * row of such labels below it, each value set on its field of the draft. What no field takes is
 * kept as a stray cell under its label.
 */
final class TopFields {
  private final FormGrid g;
  private final FormSink sink;
  private final StatedTotal totals;

  TopFields(FormGrid g, FormSink sink, StatedTotal totals) {
    this.g = g;
    this.sink = sink;
    this.totals = totals;
  }

  // the row, draft and columns of the last 项目名称 / 实施单位 values set, whose text may wrap onto the next row
  private int valueRow = -1;
  private @Nullable FormDraft valueDraft;
  private final int[] valueColumns = new int[2];
  private final String[] valueFields = new String[2];
  private int values;

  /** Whether the row's first cell is a top-block label (项目名称, 主管部门, 项目负责人:…). */
  boolean isLabelValueRow(int r, int first) {
    String k = FormText.key(g.text(r, first));
    return FormLabels.topField(k) != null || FormLabels.colonLabel(g.text(r, first)) >= 0;
  }

  /**
   * A row of label / value pairs: each label takes the next cell with text. {@code top}: whether
   * the form is still in its top block, where a header's total is read and an unknown label keeps
   * the value beside it.
   */
  void labelRow(int r, FormDraft draft, boolean top) {
    if (top && wrappedValues(r, draft)) {
      return;
    }
    int w = g.width(r);
    int c = g.next(r, 0);
    while (c >= 0 && c < w) {
      String t = g.text(r, c);
      String k = FormText.key(t);
      draft.scoreColumnLabel |= k.equals("自评得分"); // the points column's own label (安居 2021)
      int after = top ? totals.header(r, c, draft) : -1;
      if (after >= 0) {
        c = g.next(r, after);
        continue;
      }
      String field = field(k, draft, top);
      int colon = FormLabels.colonLabel(t);
      if (field == null && colon >= 0) {
        List<String> pieces = FormLabels.fieldsIn(t);
        if (pieces.size() > 1) {
          fieldsInOneCell(r, c, t);
        }
        for (String piece : pieces) {
          colonField(r, c, piece, draft, top);
        }
        c = g.next(r, c + 1);
        continue;
      }
      int v = g.next(r, c + 1);
      String value = v >= 0 ? g.text(r, v) : "";
      if (field != null) {
        if (v < 0 || FormLabels.printedBlank(g, r, c, v)) {
          c = v; // a label printed blank (主管部门 with nothing after it)
          continue;
        }
        // 项目名称 | XX项目    实施单位：YY局: the value's cell holds the next field too
        List<String> pieces = FormLabels.fieldsIn(value);
        if (pieces.size() > 1) {
          fieldsInOneCell(r, v, value);
        }
        set(draft, field, pieces.size() > 1 ? pieces.get(0).strip() : value, r, v, t);
        for (String piece : pieces.subList(1, pieces.size())) {
          colonField(r, v, piece, draft, top);
        }
        c = g.next(r, v + 1);
      } else if (v >= 0 && FormLabels.topField(FormText.key(value)) == null && top) {
        draft.stray(r, v, t, value);
        keptInfo(r, v, value);
        c = g.next(r, v + 1);
      } else {
        draft.stray(r, c, null, t);
        keptInfo(r, c, t);
        c = v;
      }
    }
  }

  /**
   * One field with its value in one cell (项目名称：…): set on its field, else kept as a stray cell
   * under its label; a label left blank after another field in its cell (实施单位：) is a label printed
   * blank, which states nothing.
   */
  private void colonField(int r, int c, String t, FormDraft draft, boolean top) {
    int colon = FormLabels.colonLabel(t);
    if (colon < 0) {
      String stripped = t.strip();
      String label = stripped.endsWith(":") || stripped.endsWith("：") ? stripped.substring(0, stripped.length() - 1) : stripped;
      if (FormLabels.topField(FormText.key(label)) == null) {
        draft.stray(r, c, null, t.strip()); // no field's label: its text is kept whole
        keptInfo(r, c, t);
      }
      return;
    }
    String label = t.substring(0, colon).strip();
    String value = t.substring(colon + 1).strip();
    String f = field(FormText.key(label), draft, top);
    if (f != null && !value.isEmpty()) {
      set(draft, f, value, r, c, label);
    } else {
      draft.stray(r, c, label, value.isEmpty() ? t : value);
      keptInfo(r, c, t);
    }
  }

  /** Says that a cell held several fields, read apart ({@link FormLabels#fieldsIn}). */
  private void fieldsInOneCell(int r, int c, String t) {
    sink.report(FormDiagnostics.FIELDS_IN_ONE_CELL, Severity.INFO,
        Msg.of("JX-I-0268").arg("fields", String.join(" | ", FormLabels.fieldsIn(t).stream().map(String::strip).toList())),
        r, c, t);
  }

  private void keptInfo(int r, int c, String t) {
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0202"), r, c, t);
  }

  /**
   * The field's value once a second label gives it again (主管部门 then 主管单位): the first stays,
   * and a different second one is kept as a stray cell under its label rather than written over it.
   */
  static String first(FormDraft draft, @Nullable String current, String value, int row, int column, String label) {
    if (current == null || current.equals(value)) {
      return value;
    }
    draft.stray(row, column, label, value);
    return current;
  }

  /**
   * The field a label names on this row: a label of who filed the form (部门, 单位名称, 填报单位,
   * 主管部门 …) printed above its 项目名称 is a {@link HeadingLines heading line}, else the label's
   * own field ({@link FormLabels#topField}), or null.
   */
  private static @Nullable String field(String k, FormDraft draft, boolean top) {
    String field = FormLabels.topField(k);
    if (top && draft.name == null && HeadingLines.above(k) != null
        && (field == null || field.equals("department"))) {
      return HEADING; // 填报单位 / 主管部门 above the form: its own 主管部门 row, if any, is read below it
    }
    return field;
  }

  private static final String HEADING = "heading";

  /**
   * Sets a field, and tells when the value is kept aside instead (a second, different 项目名称 or
   * code, a value that is no value of its field): a value moved aside without a word is lost to
   * whoever reads the diagnostics.
   */
  /**
   * Whether every cell of row {@code r} stands under a 项目名称 or 实施单位 value set on the row above and
   * is no label: the value's text wrapped onto a line of its own, as PDF text gives a long name in its
   * cell (办公宿舍楼、食堂及餐 / 厅暖通改造经费; review 62c: 14 of 14 forms cut the name so, the rest a
   * stray cell). Each is joined to its value, with an INFO (JX-I-0269) quoting the joined text.
   */
  private boolean wrappedValues(int r, FormDraft draft) {
    if (values == 0 || r != valueRow + 1 || draft != valueDraft) {
      return false;
    }
    int w = g.width(r);
    int found = 0;
    for (int c = 0; c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      int k = valueIndex(c);
      if (k < 0 || FormLabels.topField(FormText.key(t)) != null || FormLabels.colonLabel(t) >= 0) {
        return false;
      }
      found++;
    }
    if (found == 0) {
      return false;
    }
    for (int c = 0; c < w; c++) {
      String t = g.text(r, c).strip();
      if (t.isEmpty()) {
        continue;
      }
      String joined;
      String field = valueFields[valueIndex(c)];
      if (field.equals("name") && draft.name != null) {
        joined = draft.name + t;
        draft.name = joined;
      } else if (field.equals("unit") && draft.unit != null) {
        joined = draft.unit + t;
        draft.unit = joined;
      } else {
        continue;
      }
      sink.report(FormDiagnostics.WRAPPED_VALUE, Severity.INFO, Msg.of("JX-I-0269").arg("value", joined), r, c, t);
    }
    valueRow = r; // a third line goes on the same way
    return true;
  }

  private int valueIndex(int column) {
    for (int k = 0; k < values; k++) {
      if (valueColumns[k] == column) {
        return k;
      }
    }
    return -1;
  }

  /** Notes a 项目名称 or 实施单位 value set from its cell, which the next row may continue. */
  private void noteValue(FormDraft draft, String field, String value, int row, int column) {
    boolean taken = field.equals("name") ? value.equals(draft.name) : field.equals("unit") && value.equals(draft.unit);
    if (!taken || values == valueColumns.length) {
      return;
    }
    if (valueRow != row || valueDraft != draft) {
      values = 0;
    }
    valueRow = row;
    valueDraft = draft;
    valueColumns[values] = column;
    valueFields[values++] = field;
  }

  private void set(FormDraft draft, String field, String value, int row, int column, String label) {
    int before = draft.strays.size();
    if (field.equals("department")) {
      int moved = draft.readDepartment(value, row, column, label); // the replaced one may stand above
      if (moved >= 0) {
        StrayCell kept = draft.strays.get(draft.strays.size() - 1);
        keptInfo(moved, kept.column(), kept.text());
      }
      return;
    }
    setField(draft, field, value, row, column, label);
    if (draft.strays.size() > before) {
      keptInfo(row, column, value);
    } else {
      noteValue(draft, field, value, row, column);
    }
  }

  private static void setField(FormDraft draft, String field, String value, int row, int column, String label) {
    String key = FormText.key(label);
    switch (field) {
      case "name":
        if (HeadingLines.mayName(key)) {
          // 部门 names the project only on a department-wide form with no 项目名称: known at its end
          draft.headingLines.add(new HeadingLines.Line(HeadingLines.Names.DEPARTMENT, label, value, row, column, true));
        } else if (draft.name == null) {
          draft.name = value;
        } else {
          draft.stray(row, column, label, value);
        }
        break;
      case HEADING:
        HeadingLines.Names names = HeadingLines.above(key);
        if (names != null) {
          draft.headingLines.add(new HeadingLines.Line(names, label, value, row, column, false));
        }
        break;
      case "unit":
        draft.unit = first(draft, draft.unit, value, row, column, label);
        break;
      case "filingUnit":
        if (key.equals("单位") && MoneyUnit.fromLabel(value.strip()).isPresent()) {
          moneyUnit(draft, value, row, column, label); // 单位：元 under the title: the amounts' unit, not a name
        } else {
          // who filed the form: its unit when it prints no 实施单位, else kept beside it
          draft.headingLines.add(new HeadingLines.Line(HeadingLines.Names.UNIT, label, value, row, column, false));
        }
        break;
      case "moneyUnit":
        if (MoneyUnit.fromLabel(value.strip()).isPresent()) {
          moneyUnit(draft, value, row, column, label);
        } else {
          draft.stray(row, column, label, value);
        }
        break;
      case "code":
        draft.code = first(draft, draft.code, value, row, column, label);
        break;
      case "projectType":
        draft.projectType = first(draft, draft.projectType, value, row, column, label);
        break;
      case "period":
        draft.period = first(draft, draft.period, value, row, column, label);
        break;
      case "declaration":
        String name = FormLabels.declarationLabel(key);
        String earlier = draft.declaration.get(name);
        if (DeclarationFields.problem(name, value) != null || (earlier != null && !earlier.equals(value))) {
          draft.stray(row, column, label, value); // not its kind of value, or a second one: kept beside it
        } else {
          draft.declaration.put(name, value);
        }
        break;
      case "statedCompletion":
        draft.statedCompletion = first(draft, draft.statedCompletion, value, row, column, label);
        break;
      case "seq":
        Integer seq = FormNumber.wholeNumber(value);
        if (seq != null && draft.seq == null) {
          draft.seq = seq;
        } else if (seq == null || !seq.equals(draft.seq)) {
          draft.stray(row, column, label, value);
        }
        break;
      case "governmentInvestment":
        Boolean yes = value.strip().equals("是") ? Boolean.TRUE : value.strip().equals("否") ? Boolean.FALSE : null;
        if (yes == null || (draft.governmentInvestment != null && !draft.governmentInvestment.equals(yes))) {
          draft.stray(row, column, label, value);
        } else {
          draft.governmentInvestment = yes;
        }
        break;
      default:
        draft.stray(row, column, label, value);
    }
  }

  /** The unit a 单位/金额单位 line states; a second, different one stays a stray cell. */
  private static void moneyUnit(FormDraft draft, String value, int row, int column, String label) {
    MoneyUnit u = MoneyUnit.fromLabel(value.strip()).orElseThrow();
    if (draft.moneyUnit == null) {
      draft.moneyUnit = u;
    } else if (draft.moneyUnit != u) {
      draft.stray(row, column, label, value);
    }
  }
}
