package org.jixiao.spark;

import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tabular input of {@link SparkEvaluator#evaluateTable}: one column per field of a project,
 * named in snake case after the fields of the {@code jixiao.project/1} JSON schema.
 *
 * <p>Only {@link #NAME} is required; every other column may be missing from the Dataset or null
 * in a row, and means "not published". Columns the table does not know are ignored (or carried to
 * the output, see {@link SparkEvaluator.Builder#keepColumns}). Names are matched ignoring case.
 *
 * <ul>
 *   <li>Figures (amounts, rates, weights, scores) are {@code DECIMAL}, an integral type, or
 *       {@code STRING} holding a plain decimal number ({@code 311.47}, blank = absent).
 *       {@code DOUBLE} and {@code FLOAT} are refused when the plan is built: a binary fraction is
 *       not the figure that was published (cast to {@code DECIMAL} or read the column as text).
 *   <li>Enumerations ({@link #MONEY_UNIT}, an indicator's category, subcategory and nature, a
 *       fund's kind) are {@code STRING}s holding the identifier of the JSON schema ({@code
 *       WAN_YUAN}, {@code OUTPUT}, {@code QUANTITY}, {@code AT_LEAST}) or a label as printed
 *       ({@code 万元}, {@code 产出指标}, {@code 数量指标}, {@code ≥}).
 *   <li>{@link #SEQ} is an integral type or a {@code STRING} of digits; {@link
 *       #GOVERNMENT_INVESTMENT} a {@code BOOLEAN} or a {@code STRING} ({@code 是}/{@code 否},
 *       {@code true}/{@code false}).
 * </ul>
 *
 * <p>{@link #SCHEMA} is the full schema with the natural types, for {@code
 * spark.read().schema(ProjectColumns.SCHEMA)}.
 */
public final class ProjectColumns {
  /** 序号: integer. */
  public static final String SEQ = "seq";

  /** 项目编码: string. */
  public static final String CODE = "code";

  /** 单位名称: string. */
  public static final String UNIT = "unit";

  /** 主管部门: string. */
  public static final String DEPARTMENT = "department";

  /** 项目名称: string, required, not blank. */
  public static final String NAME = "name";

  /** 是否政府投资项目: boolean. */
  public static final String GOVERNMENT_INVESTMENT = "government_investment";

  /**
   * 单位 of the amounts: {@code YUAN}/元, {@code WAN_YUAN}/万元, {@code YI_YUAN}/亿元; when the
   * column is missing or null, {@link SparkEvaluator.Builder#moneyUnit}, else the row is invalid.
   */
  public static final String MONEY_UNIT = "money_unit";

  /** 项目年度预算金额 / 年初预算数: decimal. */
  public static final String BUDGET = "budget";

  /** 全年预算数 (adjusted budget): decimal. */
  public static final String ADJUSTED_BUDGET = "adjusted_budget";

  /** 实际支出金额 合计 / 全年执行数: decimal. */
  public static final String ACTUAL = "actual";

  /** 预算支出执行率 as published, in percent: decimal. */
  public static final String STATED_EXECUTION_RATE = "stated_execution_rate";

  /** The form's 分值 of the execution rate: decimal. */
  public static final String STATED_EXECUTION_WEIGHT = "stated_execution_weight";

  /** The form's 得分 of the execution rate: decimal. */
  public static final String STATED_EXECUTION_SCORE = "stated_execution_score";

  /** The points a form prints in its 产出指标 label (产出指标（40分）): decimal. */
  public static final String STATED_OUTPUT_POINTS = "stated_output_points";

  /** The points printed in the 效益指标 label: decimal. */
  public static final String STATED_BENEFIT_POINTS = "stated_benefit_points";

  /** The points printed in the 满意度指标 label: decimal. */
  public static final String STATED_SATISFACTION_POINTS = "stated_satisfaction_points";

  /** The points printed in the 成本指标 label: decimal. */
  public static final String STATED_COST_POINTS = "stated_cost_points";

  /** 年初绩效目标: string. */
  public static final String GOAL = "goal";

  /** 年度总体目标 实际完成情况: string. */
  public static final String GOAL_OUTCOME = "goal_outcome";

  /** 绩效目标整体完成情况: string. */
  public static final String STATED_COMPLETION = "stated_completion";

  /** 项目执行中存在的问题: string. */
  public static final String PROBLEMS = "problems";

  /** 整改情况: string. */
  public static final String RECTIFICATION = "rectification";

  /** 总分 as published: decimal. */
  public static final String STATED_SCORE = "stated_score";

  /**
   * Fund sources (资金来源): array of structs with {@code kind}, {@code budget}, {@code
   * adjusted_budget}, {@code executed} and {@code label} (the label printed when it is not the
   * kind's name, such as 中央补助; a struct without the field reads as before).
   */
  public static final String FUNDS = "funds";

  /**
   * Indicators (绩效指标), in order: array of structs with {@code category} (required unless
   * {@code subcategory} implies it), {@code subcategory}, {@code name}, {@code target} (年度指标值),
   * {@code actual} (实际完成值), {@code nature}, {@code measure_unit}, {@code weight} (分值),
   * {@code stated_score} (得分), {@code deviation_reason}, {@code printed_subcategory} (the 二级指标
   * label as printed when no single subcategory reads from it: 社会、经济、生态效益 指标) and {@code
   * cut_off} (副本截断, boolean: the copy ends in the row before its actual; no actual then).
   */
  public static final String INDICATORS = "indicators";

  /** The struct of one fund source. */
  public static final StructType FUND =
      new StructType()
          .add("kind", DataTypes.StringType)
          .add("budget", money())
          .add("adjusted_budget", money())
          .add("executed", money())
          .add("label", DataTypes.StringType);

  /** The struct of one indicator. */
  public static final StructType INDICATOR =
      new StructType()
          .add("category", DataTypes.StringType)
          .add("subcategory", DataTypes.StringType)
          .add("name", DataTypes.StringType)
          .add("target", DataTypes.StringType)
          .add("actual", DataTypes.StringType)
          .add("nature", DataTypes.StringType)
          .add("measure_unit", DataTypes.StringType)
          .add("weight", money())
          .add("stated_score", money())
          .add("deviation_reason", DataTypes.StringType)
          .add("printed_subcategory", DataTypes.StringType)
          .add("cut_off", DataTypes.BooleanType);

  /** Every column with its natural type: figures {@code DECIMAL(38,18)} (20 integer digits, 18 decimals: amounts in 元 with more decimals than any table prints). */
  public static final StructType SCHEMA =
      new StructType(
          List.of(
                  field(SEQ, DataTypes.IntegerType),
                  field(CODE, DataTypes.StringType),
                  field(UNIT, DataTypes.StringType),
                  field(DEPARTMENT, DataTypes.StringType),
                  field(NAME, DataTypes.StringType),
                  field(GOVERNMENT_INVESTMENT, DataTypes.BooleanType),
                  field(MONEY_UNIT, DataTypes.StringType),
                  field(BUDGET, money()),
                  field(ADJUSTED_BUDGET, money()),
                  field(ACTUAL, money()),
                  field(STATED_EXECUTION_RATE, money()),
                  field(STATED_EXECUTION_WEIGHT, money()),
                  field(STATED_EXECUTION_SCORE, money()),
                  field(STATED_OUTPUT_POINTS, money()),
                  field(STATED_BENEFIT_POINTS, money()),
                  field(STATED_SATISFACTION_POINTS, money()),
                  field(STATED_COST_POINTS, money()),
                  field(GOAL, DataTypes.StringType),
                  field(GOAL_OUTCOME, DataTypes.StringType),
                  field(STATED_COMPLETION, DataTypes.StringType),
                  field(PROBLEMS, DataTypes.StringType),
                  field(RECTIFICATION, DataTypes.StringType),
                  field(STATED_SCORE, money()),
                  field(FUNDS, new ArrayType(FUND, true)),
                  field(INDICATORS, new ArrayType(INDICATOR, true)))
              .toArray(new StructField[0]));

  private ProjectColumns() {}

  private static DataType money() {
    return DataTypes.createDecimalType(38, 18);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
