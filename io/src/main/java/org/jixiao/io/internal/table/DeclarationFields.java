package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jixiao.core.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a target declaration (绩效目标申报表) that a disclosure table has no column for,
 * written as {@link Markers#DECLARATION} rows under their project ({@code 【申报】 | 项目编码 |
 * 4403…}), so that a declaration read from a workbook and written as a table reads back equal.
 * Each field goes by its label on the declaration form. The form writer and reader use the same
 * list for the label rows they add under 实施单位.
 */
public final class DeclarationFields {
  private DeclarationFields() {}

  /** One field: its label, its text in a project (empty when absent), how its text is set. */
  private record Field(
      String label,
      Function<Project, Optional<String>> text,
      BiConsumer<Project.Builder, String> set,
      Kind kind) {}

  /** How a field's text is read. */
  private enum Kind {
    TEXT,
    YES_NO,
    AMOUNT
  }

  private static final List<Field> FIELDS =
      List.of(
          new Field("项目编码", Project::code, Project.Builder::code, Kind.TEXT),
          new Field("项目类型", Project::projectType, Project.Builder::projectType, Kind.TEXT),
          new Field("实施期限", Project::period, Project.Builder::period, Kind.TEXT),
          new Field(
              "是否新增项目",
              p -> p.newProject().map(b -> b ? "是" : "否"),
              (b, t) -> b.newProject(t.strip().equals("是")),
              Kind.YES_NO),
          new Field("分配方式", Project::allocationMethod, Project.Builder::allocationMethod, Kind.TEXT),
          new Field(
              "项目总金额",
              p -> p.totalAmount().map(NumberCells::format),
              (b, t) -> b.totalAmount(Objects.requireNonNull(NumberCells.parseDecimal(t, false))),
              Kind.AMOUNT),
          new Field("长期目标", Project::longTermGoal, Project.Builder::longTermGoal, Kind.TEXT),
          new Field("政策依据", Project::policyBasis, Project.Builder::policyBasis, Kind.TEXT),
          new Field("测算依据", Project::calculationBasis, Project.Builder::calculationBasis, Kind.TEXT));

  /** The label and text of every field the project has, in the order of the form. */
  public static List<String[]> of(Project project) {
    List<String[]> out = new ArrayList<>();
    for (Field f : FIELDS) {
      f.text().apply(project).ifPresent(t -> out.add(new String[] {f.label(), t}));
    }
    return out;
  }

  /** Whether the field is a text, which the writer neutralises as it does every text cell. */
  static boolean isText(String label) {
    for (Field f : FIELDS) {
      if (f.label().equals(label)) {
        return f.kind() == Kind.TEXT;
      }
    }
    return false;
  }

  /** Whether {@code label} names a field of this list. */
  public static boolean known(String label) {
    for (Field f : FIELDS) {
      if (f.label().equals(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why {@code text} cannot be the field {@code label} (a known one), or null when it can (a blank
   * text is an absent value): JX-I-0150, not 是 or 否; JX-I-0160, not a number.
   */
  public static @Nullable String problem(String label, String text) {
    if (Cells.isBlank(text)) {
      return null;
    }
    Field f = field(label);
    String t = text.strip();
    if (f.kind() == Kind.YES_NO && !t.equals("是") && !t.equals("否")) {
      return "JX-I-0150";
    }
    if (f.kind() == Kind.AMOUNT) {
      BigDecimal amount = NumberCells.parseDecimal(text, false);
      if (amount == null || amount == NumberCells.ABSENT) {
        return "JX-I-0160";
      }
    }
    return null;
  }

  /**
   * Sets the field {@code label} (a known one) of {@code project} from {@code text}; a blank text
   * leaves it absent.
   *
   * @return null when set; else the code of why not, as {@link #problem}
   */
  public static @Nullable String set(Project.Builder project, String label, String text) {
    String problem = problem(label, text);
    if (problem == null && !Cells.isBlank(text)) { // a blank value is an absent one (项目编码 may not be blank)
      field(label).set().accept(project, text);
    }
    return problem;
  }

  private static Field field(String label) {
    for (Field f : FIELDS) {
      if (f.label().equals(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no declaration field " + label);
  }
}
