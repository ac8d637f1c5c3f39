package org.jixiao.spark.internal;

import static org.jixiao.spark.ProjectColumns.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jspecify.annotations.Nullable;

/**
 * Reads projects from rows of the tabular schema ({@link org.jixiao.spark.ProjectColumns}). The
 * column positions are resolved once from the Dataset's schema; {@link #check} refuses a schema
 * it cannot read before any job runs, {@link #project} a row it cannot read.
 */
public final class TableRows {
  private final Cols top;
  private final @Nullable Cols fund;
  private final @Nullable Cols indicator;
  private final @Nullable MoneyUnit defaultUnit;

  /**
   * Resolves the columns of {@code schema}.
   *
   * @param schema the Dataset's schema, already {@linkplain #check checked}
   * @param defaultUnit the money unit of rows without one
   */
  public TableRows(StructType schema, @Nullable MoneyUnit defaultUnit) {
    this.top = new Cols(schema);
    this.fund = elements(schema, FUNDS);
    this.indicator = elements(schema, INDICATORS);
    this.defaultUnit = defaultUnit;
  }

  /**
   * Checks that {@code schema} has a name column and that every known column has a type this
   * reader takes.
   *
   * @throws IllegalArgumentException naming the column, its type and what it takes
   */
  public static void check(StructType schema) {
    if (Cols.index(schema, NAME) < 0) {
      throw new IllegalArgumentException(
          "the projects have no column '" + NAME + "' (项目名称); columns: " + String.join(", ", schema.fieldNames()));
    }
    checkStruct(schema, SCHEMA, "");
  }

  private static void checkStruct(StructType actual, StructType expected, String prefix) {
    for (StructField want : expected.fields()) {
      int i = Cols.index(actual, want.name());
      if (i < 0) {
        continue;
      }
      DataType have = actual.fields()[i].dataType();
      String column = prefix + want.name();
      DataType type = want.dataType();
      if (type instanceof ArrayType) {
        DataType element = ((ArrayType) type).elementType();
        if (!(have instanceof ArrayType)
            || !(((ArrayType) have).elementType() instanceof StructType)) {
          throw refused(column, have, "an array of structs");
        }
        checkStruct(
            (StructType) ((ArrayType) have).elementType(), (StructType) element, column + ".");
      } else if (type instanceof DecimalType) {
        if (!(have instanceof DecimalType || integral(have) || have.equals(DataTypes.StringType))) {
          throw refused(column, have, "DECIMAL, an integral type or STRING (DOUBLE and FLOAT are not exact)");
        }
      } else if (type.equals(DataTypes.IntegerType)) {
        if (!(integral(have) || have.equals(DataTypes.StringType))) {
          throw refused(column, have, "an integral type or STRING");
        }
      } else if (type.equals(DataTypes.BooleanType)) {
        if (!(have.equals(DataTypes.BooleanType) || have.equals(DataTypes.StringType))) {
          throw refused(column, have, "BOOLEAN or STRING");
        }
      } else if (!have.equals(DataTypes.StringType)) {
        throw refused(column, have, "STRING");
      }
    }
  }

  private static IllegalArgumentException refused(String column, DataType have, String wanted) {
    return new IllegalArgumentException(
        "column '" + column + "' is " + have.simpleString() + "; it must be " + wanted);
  }

  private static boolean integral(DataType t) {
    return t.equals(DataTypes.IntegerType)
        || t.equals(DataTypes.LongType)
        || t.equals(DataTypes.ShortType)
        || t.equals(DataTypes.ByteType);
  }

  private static @Nullable Cols elements(StructType schema, String column) {
    int i = Cols.index(schema, column);
    return i < 0 ? null : new Cols((StructType) ((ArrayType) schema.fields()[i].dataType()).elementType());
  }

  /**
   * The project of a row.
   *
   * @throws RowProblem naming the column and its value when the row is not a project
   */
  public Project project(Row row) throws RowProblem {
    try {
      Project.Builder b = Project.builder();
      Cell c = new Cell(row, top, "");
      c.integer(SEQ).ifPresent(b::seq);
      c.text(CODE).ifPresent(b::code);
      c.text(UNIT).ifPresent(b::unit);
      c.text(DEPARTMENT).ifPresent(b::department);
      b.name(c.text(NAME).orElseThrow(() -> c.problem(NAME, null, "必填，不能为空", "is required")));
      c.flag(GOVERNMENT_INVESTMENT).ifPresent(b::governmentInvestment);
      MoneyUnit unit = c.label(MONEY_UNIT, MoneyUnit.class, MoneyUnit::fromLabel).orElse(defaultUnit);
      if (unit == null) {
        throw c.problem(MONEY_UNIT, null, "缺少金额单位，且未设置默认单位", "is missing and no default money unit is set");
      }
      b.moneyUnit(unit);
      c.decimal(BUDGET).ifPresent(b::budget);
      c.decimal(ADJUSTED_BUDGET).ifPresent(b::adjustedBudget);
      c.decimal(ACTUAL).ifPresent(b::actual);
      c.decimal(STATED_EXECUTION_RATE).ifPresent(b::statedExecutionRate);
      c.decimal(STATED_EXECUTION_WEIGHT).ifPresent(b::statedExecutionWeight);
      c.decimal(STATED_EXECUTION_SCORE).ifPresent(b::statedExecutionScore);
      c.decimal(STATED_OUTPUT_POINTS).ifPresent(v -> b.putStatedCategoryWeights(Category.OUTPUT, v));
      c.decimal(STATED_BENEFIT_POINTS).ifPresent(v -> b.putStatedCategoryWeights(Category.BENEFIT, v));
      c.decimal(STATED_SATISFACTION_POINTS).ifPresent(v -> b.putStatedCategoryWeights(Category.SATISFACTION, v));
      c.decimal(STATED_COST_POINTS).ifPresent(v -> b.putStatedCategoryWeights(Category.COST, v));
      c.text(GOAL).ifPresent(b::goal);
      c.text(GOAL_OUTCOME).ifPresent(b::goalOutcome);
      c.text(STATED_COMPLETION).ifPresent(b::statedCompletion);
      c.text(PROBLEMS).ifPresent(b::problems);
      c.text(RECTIFICATION).ifPresent(b::rectification);
      c.decimal(STATED_SCORE).ifPresent(b::statedScore);
      Cols f = fund;
      if (f != null) {
        List<Row> funds = c.rows(FUNDS);
        for (int i = 0; i < funds.size(); i++) {
          b.addFunds(fund(new Cell(c.element(funds, FUNDS, i), f, FUNDS + "[" + i + "].")));
        }
      }
      Cols ind = indicator;
      if (ind != null) {
        List<Row> rows = c.rows(INDICATORS);
        List<Indicator> list = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
          list.add(indicator(new Cell(c.element(rows, INDICATORS, i), ind, INDICATORS + "[" + i + "].")));
        }
        b.indicators(IndicatorSet.of(list));
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // the model's own checks (a negative weight, a blank name …): its message names the field
      String m = String.valueOf(e.getMessage());
      throw new RowProblem(RowProblem.BAD_TABLE_ROW, "项目表格行无效：" + m, "invalid project row: " + m);
    }
  }

  private static FundSource fund(Cell c) throws RowProblem {
    FundKind kind =
        c.label("kind", FundKind.class, FundKind::fromLabel)
            .orElseThrow(() -> c.problem("kind", null, "必填", "is required"));
    FundSource.Builder b = FundSource.builder().kind(kind);
    c.decimal("budget").ifPresent(b::budget);
    c.decimal("adjusted_budget").ifPresent(b::adjustedBudget);
    c.decimal("executed").ifPresent(b::executed);
    c.text("label").ifPresent(b::label);
    return b.build();
  }

  private static Indicator indicator(Cell c) throws RowProblem {
    Optional<Subcategory> sub = c.label("subcategory", Subcategory.class, Subcategory::fromLabel);
    Optional<Category> cat = c.label("category", Category.class, Category::fromLabel);
    Category category =
        cat.or(() -> sub.map(Subcategory::category))
            .orElseThrow(
                () -> c.problem("category", null, "必填（或由 subcategory 推出）", "is required (or implied by subcategory)"));
    Indicator.Builder b = Indicator.builder().category(category);
    sub.ifPresent(b::subcategory);
    c.text("name").ifPresent(b::name);
    c.text("target").ifPresent(b::target);
    c.text("actual").ifPresent(b::actual);
    c.label("nature", TargetNature.class, TargetNature::fromLabel).ifPresent(b::nature);
    c.text("measure_unit").ifPresent(b::measureUnit);
    c.decimal("weight").ifPresent(b::weight);
    c.decimal("stated_score").ifPresent(b::statedScore);
    c.text("deviation_reason").ifPresent(b::deviationReason);
    c.text("printed_subcategory").ifPresent(b::printedSubcategory);
    c.flag("cut_off").ifPresent(b::cutOff);
    return b.build();
  }

  /** Column positions of one struct, by lower-case name. */
  private static final class Cols {
    private final StructType schema;

    Cols(StructType schema) {
      this.schema = schema;
    }

    int index(String name) {
      return index(schema, name);
    }

    DataType type(int i) {
      return schema.fields()[i].dataType();
    }

    static int index(StructType schema, String name) {
      String[] names = schema.fieldNames();
      for (int i = 0; i < names.length; i++) {
        if (names[i].equalsIgnoreCase(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** The cells of one row (or struct) with the path used in messages. */
  private static final class Cell {
    private final Row row;
    private final Cols cols;
    private final String prefix;

    Cell(Row row, Cols cols, String prefix) {
      this.row = row;
      this.cols = cols;
      this.prefix = prefix;
    }

    private int at(String name) {
      int i = cols.index(name);
      return i < 0 || row.isNullAt(i) ? -1 : i;
    }

    /** A text cell; a blank one is absent, as a blank figure or label is (exports often hold "" for null). */
    Optional<String> text(String name) {
      int i = at(name);
      if (i < 0) {
        return Optional.empty();
      }
      String s = row.getString(i);
      return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    Optional<Integer> integer(String name) throws RowProblem {
      int i = at(name);
      if (i < 0) {
        return Optional.empty();
      }
      Object v = row.get(i);
      try {
        long n = v instanceof Number ? ((Number) v).longValue() : Long.parseLong(((String) v).strip());
        return Optional.of(Math.toIntExact(n));
      } catch (NumberFormatException | ArithmeticException e) {
        throw problem(name, v, "不是整数", "is not an integer");
      }
    }

    Optional<Boolean> flag(String name) throws RowProblem {
      int i = at(name);
      if (i < 0) {
        return Optional.empty();
      }
      Object v = row.get(i);
      if (v instanceof Boolean) {
        return Optional.of((Boolean) v);
      }
      String s = ((String) v).strip().toLowerCase(Locale.ROOT);
      switch (s) {
        case "是": case "true": case "y": case "yes":
          return Optional.of(true);
        case "否": case "false": case "n": case "no":
          return Optional.of(false);
        case "":
          return Optional.empty();
        default:
          throw problem(name, v, "不是 是/否", "is not a yes/no (是/否)");
      }
    }

    Optional<BigDecimal> decimal(String name) throws RowProblem {
      int i = at(name);
      if (i < 0) {
        return Optional.empty();
      }
      DataType t = cols.type(i);
      if (t instanceof DecimalType) {
        return Optional.of(row.getDecimal(i));
      }
      Object v = row.get(i);
      if (v instanceof Number) {
        return Optional.of(BigDecimal.valueOf(((Number) v).longValue()));
      }
      String s = ((String) v).strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        BigDecimal d = new BigDecimal(s);
        if (Math.abs((long) d.scale()) > 1000) {
          throw new NumberFormatException("scale");
        }
        return Optional.of(d);
      } catch (NumberFormatException e) {
        throw problem(name, v, "不是数字", "is not a number");
      }
    }

    <E extends Enum<E>> Optional<E> label(
        String name, Class<E> type, Function<CharSequence, Optional<E>> fromLabel)
        throws RowProblem {
      Optional<String> text = text(name).map(String::strip).filter(s -> !s.isEmpty());
      if (text.isEmpty()) {
        return Optional.empty();
      }
      String s = text.get();
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return Optional.of(e);
        }
      }
      Optional<E> parsed = fromLabel.apply(s);
      if (parsed.isEmpty()) {
        throw problem(name, s, "无法识别", "is not a known " + type.getSimpleName());
      }
      return parsed;
    }

    List<Row> rows(String name) {
      int i = at(name);
      return i < 0 ? List.of() : row.getList(i);
    }

    /** Element {@code i} of the array column {@code name}; a null one is a problem of the row, not a crash. */
    Row element(List<Row> rows, String name, int i) throws RowProblem {
      Row r = rows.get(i);
      if (r == null) {
        throw problem(name + "[" + i + "]", null, "是空元素（null），不是一个结构", "is a null element, not a struct");
      }
      return r;
    }

    RowProblem problem(String name, @Nullable Object value, String zh, String en) {
      String where = prefix + name;
      String shown = value == null ? "" : " '" + Shorten.text(String.valueOf(value)) + "'";
      return new RowProblem(
          RowProblem.BAD_TABLE_ROW,
          "项目表格行无效：列 " + where + shown + " " + zh,
          "invalid project row: column " + where + shown + " " + en);
    }
  }
}
