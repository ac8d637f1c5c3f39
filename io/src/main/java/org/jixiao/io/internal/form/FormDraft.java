package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.internal.table.DeclarationFields;
import org.jspecify.annotations.Nullable;

/** What has been read of one form so far; becomes a {@link Project} when the form ends. */
final class FormDraft {
  final int startRow;
  /** A grid row's one-based line in the source, for the stray cells' lines. */
  private final IntToLongFunction lines;
  long startLine;
  @Nullable String title;
  int year = -1;
  @Nullable String name;
  @Nullable String department;
  /** The label and column {@link #department} was read from, to keep it when a closer one replaces it. */
  private @Nullable String departmentLabel;
  private int departmentRow = -1;
  private int departmentColumn = -1;
  @Nullable String unit;
  /** Lines naming who filed the form (部门:…, 单位名称:…), settled when it ends ({@link HeadingLines}). */
  final List<HeadingLines.Line> headingLines = new ArrayList<>();
  @Nullable String code;
  @Nullable String projectType;
  @Nullable String period;
  /** What a form has no place for but the model does, on label rows the writer adds (序号 …). */
  @Nullable Integer seq;
  @Nullable Boolean governmentInvestment;
  /** A declaration's fields by their label ({@link DeclarationFields}), as read. */
  final Map<String, String> declaration = new LinkedHashMap<>();
  @Nullable String statedCompletion;
  /** The last indicator block when it prints no 分值 or 得分 column, else null. */
  PointsInValueColumns.@Nullable Block valueBlock;
  /** Whether the form labels a column of its points 自评得分 above its indicators (四川安居 2021). */
  boolean scoreColumnLabel;
  @Nullable MoneyUnit moneyUnit;
  boolean fundsTotalRead; // the funds block's total row (年度资金总额) has been read
  @Nullable BigDecimal budget;
  @Nullable BigDecimal adjustedBudget;
  @Nullable BigDecimal actual;
  @Nullable BigDecimal rate;
  @Nullable BigDecimal executionWeight;
  /** The points printed in the 一级 labels (产出指标（40分）), the first each category prints. */
  final Map<Category, BigDecimal> categoryPoints = new EnumMap<>(Category.class);
  @Nullable BigDecimal executionScore;
  @Nullable String goal;
  @Nullable String goalOutcome;
  @Nullable String problems;
  @Nullable String rectification;
  @Nullable BigDecimal statedScore;
  /** The cell of the 总分 row the stated score was read from; -1 when it was read from none. */
  int statedScoreRow = -1;
  int statedScoreColumn = -1;
  /** A block the form scores itself that the model has no category for (项目决策 / 项目管理), if any. */
  DecisionManagementBlock.@Nullable Scored unscored;
  /** The points of a level printed above 一级 (项目绩效85分), null when none is. */
  @Nullable BigDecimal levelAbovePoints;
  /** A total printed in the header (自评得分 | 100), the stated score where no 总分 row gives one. */
  StatedTotal.@Nullable Printed headerTotal;
  /** A header's total label whose figure may be in the cell under it, until that row is read. */
  StatedTotal.@Nullable Label totalLabel;
  @Nullable BigDecimal totalWeight;
  int totalWeightRow = -1;
  int totalWeightColumn = -1;
  final List<FundSource> funds = new ArrayList<>();
  final List<Indicator> indicators = new ArrayList<>();
  /** The row of the form's last indicator header, -1 without one; with whether any row of the form follows it. */
  int indicatorHeaderRow = -1;
  /** The indicator header's last row: its second line when wrapped over two ({@link WrappedHeader}). */
  int indicatorHeaderEnd = -1;
  boolean rowsBelowIndicatorHeader;
  /** Whether the copy begins at this form's indicator header, its top cut off ({@link BeginsAtIndicatorHeader}). */
  boolean headless;
  /** Whether such a copy keeps lines of its top above the header (项目名称：…), which name it. */
  boolean topLines;
  final List<StrayCell> strays = new ArrayList<>();

  FormDraft(int startRow, IntToLongFunction lines) {
    this.startRow = startRow;
    this.lines = lines;
  }

  /** Whether anything beyond a title was read: a second title starts a second form. */
  boolean hasContent() {
    return named()
        || budget != null
        || adjustedBudget != null
        || actual != null
        || !funds.isEmpty()
        || !indicators.isEmpty()
        || goal != null;
  }

  /**
   * Whether the form has a name, or a 部门 line that names it if the form turns out to evaluate a
   * department as a whole: a second such label at the form's edge starts the next form.
   */
  boolean named() {
    return name != null || headingLines.stream().anyMatch(HeadingLines.Line::mayName);
  }

  /**
   * Reads a department: the first one stays, unless a later label names a level closer to the
   * project (地方主管部门 after 中央主管部门); the one it replaces, or a later one that does not
   * replace it, is kept as a stray cell under its label.
   *
   * @return the row of the department kept as a stray cell (the one replaced, or this one), -1 when
   *     none was, so that the diagnostic points at the cell that was moved aside
   */
  int readDepartment(String value, int row, int column, String label) {
    String current = department;
    String currentLabel = departmentLabel;
    if (current == null || currentLabel == null) {
      department = value;
      departmentLabel = label;
      departmentRow = row;
      departmentColumn = column;
      return -1;
    } else if (current.equals(value)) {
      return -1;
    } else if (FormLabels.departmentLevel(FormText.key(label)) > FormLabels.departmentLevel(FormText.key(currentLabel))) {
      stray(departmentRow, departmentColumn, currentLabel, current);
      int moved = departmentRow;
      department = value;
      departmentLabel = label;
      departmentRow = row;
      departmentColumn = column;
      return moved;
    } else {
      stray(row, column, label, value);
      return row;
    }
  }

  /** A grid row's one-based line in the source. */
  long line(int row) {
    return lines.applyAsLong(row);
  }

  /** Keeps a cell of grid row {@code row} (-1 when it has none: a title repeated by a later form). */
  void stray(int row, int column, @Nullable String header, String text) {
    if (text.isBlank()) {
      return;
    }
    StrayCell.Builder cell = StrayCell.builder().column(column).text(text);
    if (header != null && !header.isBlank()) {
      cell.header(header.strip());
    }
    if (row >= 0) {
      cell.line(lines.applyAsLong(row));
    }
    strays.add(cell.build());
  }

  /**
   * Marks the indicator at {@code at} cut off by its copy ({@link Indicator#cutOff()}) when it shows
   * neither an actual nor a 得分, which a cut-off row cannot hold.
   *
   * @return whether it was marked
   */
  boolean markCutOff(int at) {
    Indicator indicator = indicators.get(at);
    if (indicator.actual().isPresent() || indicator.statedScore().isPresent()) {
      return false;
    }
    indicators.set(at, Indicator.builder().from(indicator).cutOff(true).build());
    return true;
  }

  /** The sum of the form's own 分值 (execution and indicators), null when it states none. */
  @Nullable BigDecimal weightSum() {
    BigDecimal sum = executionWeight;
    for (Indicator i : indicators) {
      if (i.weight().isPresent()) {
        sum = sum == null ? i.weight().get() : sum.add(i.weight().get());
      }
    }
    return sum;
  }

  Project build(String placeholderName, MoneyUnit unitOfForm) {
    Project.Builder b = Project.builder().name(name == null ? placeholderName : name).moneyUnit(unitOfForm);
    b.unit(Optional.ofNullable(unit));
    b.department(Optional.ofNullable(department));
    b.code(Optional.ofNullable(code));
    b.projectType(Optional.ofNullable(projectType));
    b.period(Optional.ofNullable(period));
    if (seq != null) {
      b.seq(seq);
    }
    b.governmentInvestment(Optional.ofNullable(governmentInvestment));
    declaration.forEach((label, value) -> DeclarationFields.set(b, label, value)); // checked when read
    b.statedCompletion(Optional.ofNullable(statedCompletion));
    b.budget(Optional.ofNullable(budget));
    b.adjustedBudget(Optional.ofNullable(adjustedBudget));
    b.actual(Optional.ofNullable(actual));
    b.funds(funds);
    b.statedExecutionRate(Optional.ofNullable(rate));
    b.statedExecutionWeight(Optional.ofNullable(executionWeight));
    b.statedCategoryWeights(categoryPoints);
    b.statedExecutionScore(Optional.ofNullable(executionScore));
    b.goal(Optional.ofNullable(goal));
    b.goalOutcome(Optional.ofNullable(goalOutcome));
    b.problems(Optional.ofNullable(problems));
    b.rectification(Optional.ofNullable(rectification));
    b.statedScore(Optional.ofNullable(statedScore));
    b.indicators(IndicatorSet.of(indicators));
    b.strayCells(strays);
    if (startLine > 0) {
      b.sourceLine(startLine);
    }
    return b.build();
  }
}
