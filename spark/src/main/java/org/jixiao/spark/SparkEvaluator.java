package org.jixiao.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.rules.Profiles;
import org.jixiao.spark.internal.JsonLinesPartition;
import org.jixiao.spark.internal.Recipe;
import org.jixiao.spark.internal.TablePartition;
import org.jixiao.spark.internal.TableRows;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates Spark Datasets of projects: one evaluation row ({@link EvaluationColumns}) per input
 * project, from JSON Lines ({@link #evaluateJsonLines}) or from a table with one column per field
 * ({@link #evaluateTable}, {@link ProjectColumns}).
 *
 * <pre>{@code
 * SparkEvaluator evaluator = SparkEvaluator.builder().profile("mof-2020").build();
 * Dataset<Row> evaluations = evaluator.evaluateJsonLines(spark.read().textFile("projects.jsonl"));
 * evaluations.write().parquet("evaluations.parquet");
 * }</pre>
 *
 * <p>Each partition builds one {@code org.jixiao.rules.Evaluator} from this object's recipe
 * (profile id, locale, whether to load parts by {@code ServiceLoader}) on the executor, and
 * evaluates its projects one at a time as Spark pulls them: the evaluator itself is never
 * serialized, and a partition of any size needs the memory of one project. The results are those
 * of the plain {@code Evaluator} with the same recipe.
 *
 * <p><b>Invalid input.</b> By default (lenient) an input that is not a project — a line that is not
 * a {@code jixiao.project/1} object, a row whose cell is not a number, an unknown enum label, a
 * blank name — becomes an error row with {@link EvaluationColumns#ERROR_CODE}, {@link
 * EvaluationColumns#ERROR} and the whole input in {@link EvaluationColumns#INPUT}, and the job
 * goes on. With {@link Builder#strict} the first such input fails the job with an {@link
 * InvalidProjectException}. A failure of the rules themselves ({@code PartFailureException} of a
 * custom part) is not bad input: it always fails the job. A table whose schema cannot be read
 * (no name column, a {@code DOUBLE} amount) is refused by {@link #evaluateTable} before any job
 * runs.
 *
 * <p>Instances are immutable; the methods only build plans (Spark evaluates them lazily).
 */
public final class SparkEvaluator {
  private final Recipe recipe;

  private SparkEvaluator(Recipe recipe) {
    this.recipe = recipe;
  }

  /** The default profile ({@code mof-2020}), Chinese messages, lenient. */
  public static SparkEvaluator defaults() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates JSON Lines: each line one project object of the {@code jixiao.project/1} schema
   * (without the {@code "schema"} field, as {@code JixiaoJson.projectLinesWriter} writes them);
   * blank lines, and null elements of the dataset, are skipped. Typically {@code
   * spark.read().textFile(path)}.
   *
   * @param lines the lines
   * @return one row of {@link EvaluationColumns#SCHEMA} per non-blank line
   */
  public Dataset<Row> evaluateJsonLines(Dataset<String> lines) {
    return lines.mapPartitions(
        new JsonLinesPartition(recipe), Encoders.row(EvaluationColumns.SCHEMA));
  }

  /**
   * Evaluates a table of projects with one column per field ({@link ProjectColumns}), matched
   * ignoring case; a blank text cell is an empty one. The columns named by {@link
   * Builder#keepColumns} (ignoring case, as Spark resolves names) follow the evaluation columns,
   * unchanged.
   *
   * @param projects the rows
   * @return one row of {@link EvaluationColumns#SCHEMA} and the kept columns per input row
   * @throws IllegalArgumentException when the schema has no name column, a known column has a
   *     type this reader does not take, or a kept column is missing or clashes with an
   *     evaluation column
   */
  public Dataset<Row> evaluateTable(Dataset<Row> projects) {
    StructType schema = projects.schema();
    TableRows.check(schema);
    List<Integer> kept = new ArrayList<>();
    StructType out = EvaluationColumns.SCHEMA;
    List<String> names = Arrays.asList(schema.fieldNames());
    for (String column : recipe.keep()) {
      // names compared as Spark resolves them by default (spark.sql.caseSensitive=false)
      int i = indexIgnoringCase(names, column);
      if (i < 0) {
        throw new IllegalArgumentException(
            "cannot keep column '" + column + "': the projects have " + String.join(", ", names));
      }
      if (indexIgnoringCase(Arrays.asList(out.fieldNames()), column) >= 0) {
        throw new IllegalArgumentException(
            "cannot keep column '" + column + "': the output has an evaluation column of that name");
      }
      kept.add(i);
      StructField f = schema.fields()[i];
      out = out.add(f.name(), f.dataType(), true);
    }
    return projects.mapPartitions(new TablePartition(recipe, schema, kept), Encoders.row(out));
  }

  /** Where {@code name} is in {@code names}: the same spelling first, else the same letters in any case. */
  private static int indexIgnoringCase(List<String> names, String name) {
    int exact = names.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Builds {@link SparkEvaluator}s. */
  public static final class Builder {
    private String profile = Profiles.MOF_2020;
    private Locale locale = Locale.CHINESE;
    private boolean loadParts;
    private boolean strict;
    private @Nullable MoneyUnit moneyUnit;
    private final List<String> keep = new ArrayList<>();

    private Builder() {}

    /**
     * The bundled profile to evaluate under (default {@code mof-2020}).
     *
     * @param id a profile id of {@code Profiles.ids()}
     * @return this builder
     */
    public Builder profile(String id) {
      this.profile = id;
      return this;
    }

    /**
     * The language of findings and error messages: English for an English locale, else Chinese
     * (the default).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Whether each executor's evaluator also loads the parts listed by {@code ServiceLoader}
     * ({@code Evaluator.Builder.loadParts}) from the job's class path (default false).
     *
     * @param load whether to load them
     * @return this builder
     */
    public Builder loadParts(boolean load) {
      this.loadParts = load;
      return this;
    }

    /**
     * Whether the first invalid input fails the job (default false: it becomes an error row).
     *
     * @param strict whether to fail
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The money unit of table rows whose {@link ProjectColumns#MONEY_UNIT} is missing or null
     * (default none: such a row is invalid). JSON Lines always name theirs.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder moneyUnit(MoneyUnit unit) {
      this.moneyUnit = unit;
      return this;
    }

    /**
     * Input columns of a table copied unchanged after the evaluation columns, such as a province
     * or year column to group the results by (default none).
     *
     * @param columns the column names, exactly as in the input
     * @return this builder
     */
    public Builder keepColumns(String... columns) {
      keep.addAll(Arrays.asList(columns));
      return this;
    }

    /**
     * The evaluator; its recipe is checked here by building one rules evaluator on the driver.
     *
     * @return the evaluator
     * @throws IllegalArgumentException when the profile is unknown
     * @throws IllegalStateException when the loaded parts conflict
     */
    public SparkEvaluator build() {
      Recipe recipe = new Recipe(profile, locale, loadParts, strict, moneyUnit, keep);
      recipe.evaluator();
      return new SparkEvaluator(recipe);
    }
  }
}
