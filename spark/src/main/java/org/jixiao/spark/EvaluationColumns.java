package org.jixiao.spark;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output of {@link SparkEvaluator}: one row per input project, in the order of {@link
 * #SCHEMA}, followed by the kept input columns ({@link SparkEvaluator.Builder#keepColumns}).
 *
 * <p>A row is either an evaluation ({@link #ERROR_CODE} null) or, in lenient mode, an input that
 * could not be read as a project ({@link #ERROR_CODE}, {@link #ERROR} and {@link #INPUT} set, the
 * evaluation columns null, {@link #SEQ} and {@link #PROJECT} null). Rates and scores are {@code
 * DECIMAL(38,2)}, exactly as the rules computed them (HALF_UP to 2 decimals): a figure that would
 * need rounding or does not fit is an error row, never rounded here.
 */
public final class EvaluationColumns {
  /** 序号 of the project: int. */
  public static final String SEQ = "seq";

  /** 单位名称: string. */
  public static final String UNIT = "unit";

  /** 项目名称: string (null only in error rows). */
  public static final String PROJECT = "project";

  /** The profile's id, such as {@code mof-2020}: string. */
  public static final String PROFILE = "profile";

  /** The computed 预算执行率 in percent: decimal; null when there is no budget. */
  public static final String EXECUTION_RATE = "execution_rate";

  /** Points of the execution rate: decimal. */
  public static final String EXECUTION_POINTS = "execution_points";

  /** Total score (总分): decimal; null when withheld. */
  public static final String SCORE = "score";

  /** Grade identifier ({@code EXCELLENT}, {@code GOOD}, {@code FAIR}, {@code POOR}): string. */
  public static final String GRADE = "grade";

  /** Grade label (优, 良, 中, 差): string. */
  public static final String GRADE_LABEL = "grade_label";

  /** Completion status identifier ({@code COMPLETED} … {@code UNDETERMINED}): string. */
  public static final String STATUS = "status";

  /** Completion status label (已完成 …): string. */
  public static final String STATUS_LABEL = "status_label";

  /** Why no score was given ({@code NO_INDICATORS}, {@code CANCELLED} …): string. */
  public static final String WITHHELD = "withheld";

  /** Whether undetermined indicators were left out and the weights rescaled: boolean. */
  public static final String PROVISIONAL = "provisional";

  /**
   * The findings, in rule order: array of structs {@code code} (stable, {@code JX-R-…}), {@code
   * rule}, {@code severity} ({@code INFO}, {@code WARNING}, {@code ERROR}), {@code message} (in
   * the evaluator's language).
   */
  public static final String FINDINGS = "findings";

  /** Why the input is not a project, as a stable code ({@code JX-S-…}): string. */
  public static final String ERROR_CODE = "error_code";

  /** Why the input is not a project, in the evaluator's language, with the offending field: string. */
  public static final String ERROR = "error";

  /** The input of an error row as given: the JSON line, or the table row as JSON: string. */
  public static final String INPUT = "input";

  /** The struct of one finding. */
  public static final StructType FINDING =
      new StructType()
          .add("code", DataTypes.StringType, false)
          .add("rule", DataTypes.StringType, false)
          .add("severity", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, false);

  /** The evaluation columns, without kept input columns. */
  public static final StructType SCHEMA =
      new StructType(
          List.of(
                  field(SEQ, DataTypes.IntegerType),
                  field(UNIT, DataTypes.StringType),
                  field(PROJECT, DataTypes.StringType),
                  field(PROFILE, DataTypes.StringType),
                  field(EXECUTION_RATE, figure()),
                  field(EXECUTION_POINTS, figure()),
                  field(SCORE, figure()),
                  field(GRADE, DataTypes.StringType),
                  field(GRADE_LABEL, DataTypes.StringType),
                  field(STATUS, DataTypes.StringType),
                  field(STATUS_LABEL, DataTypes.StringType),
                  field(WITHHELD, DataTypes.StringType),
                  field(PROVISIONAL, DataTypes.BooleanType),
                  field(FINDINGS, new ArrayType(FINDING, false)),
                  field(ERROR_CODE, DataTypes.StringType),
                  field(ERROR, DataTypes.StringType),
                  field(INPUT, DataTypes.StringType))
              .toArray(new StructField[0]));

  private EvaluationColumns() {}

  private static DataType figure() {
    return DataTypes.createDecimalType(38, 2);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
