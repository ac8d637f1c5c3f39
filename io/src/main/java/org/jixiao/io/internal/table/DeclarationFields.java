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
 * Each field goes by its label on the declaration form.
 */
final class DeclarationFields {
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
              (b, t) -> b.newProject(t.equals("是")),
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
  static List<String[]> of(Project project) {
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
  static boolean known(String label) {
    for (Field f : FIELDS) {
      if (f.label().equals(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sets the field {@code label} (a known one) of {@code project} from {@code text}; a blank text
   * leaves it absent.
   *
   * @return null when set; else the code of why not: JX-I-0150, not 是 or 否; JX-I-0160, not a number
   */
  static @Nullable String set(Project.Builder project, String label, String text) {
    if (Cells.isBlank(text)) {
      return null; // a blank value is an absent one, as a blank cell is (项目编码 may not be blank)
    }
    for (Field f : FIELDS) {
      if (!f.label().equals(label)) {
        continue;
      }
      if (f.kind() == Kind.YES_NO && !text.equals("是") && !text.equals("否")) {
        return "JX-I-0150";
      }
      if (f.kind() == Kind.AMOUNT) {
        BigDecimal amount = NumberCells.parseDecimal(text, false);
        if (amount == null || amount == NumberCells.ABSENT) {
          return "JX-I-0160";
        }
      }
      f.set().accept(project, text);
      return null;
    }
    throw new IllegalArgumentException("no declaration field " + label);
  }
}
