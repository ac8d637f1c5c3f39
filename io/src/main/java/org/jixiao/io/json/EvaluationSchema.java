package org.jixiao.io.json;

/**
 * The version of the evaluation document (评价结果文档) a {@link JixiaoJson} writes; readers
 * read both.
 *
 * <p>{@link #V1} ({@code jixiao.evaluation/1}) is the default, because it is the published
 * contract of the command line's {@code evaluate --format json}; it stays readable for good.
 * {@link #V2} ({@code jixiao.evaluation/2}) is recommended for new consumers: every name in it
 * means what the Java accessor of the same name means.
 *
 * <table>
 *   <caption>Names that differ</caption>
 *   <tr><th>Java</th><th>/1</th><th>/2</th></tr>
 *   <tr><td>{@code IndicatorResult.category()} (一级指标)</td><td>{@code level1}</td>
 *       <td>{@code category}</td></tr>
 *   <tr><td>{@code IndicatorResult.subcategory()} (二级指标)</td>
 *       <td>{@code subcategory}; {@code category} is the most specific of the two</td>
 *       <td>{@code subcategory}</td></tr>
 *   <tr><td>{@code IndicatorResult.trace()}</td><td>its fields flat on the indicator</td>
 *       <td>{@code trace}</td></tr>
 *   <tr><td>{@code Evaluation.execution()}</td><td>flat: {@code executionRate}, {@code
 *       executionScore} (= {@code points()}), {@code executionWeight}, {@code executionTrace},
 *       {@code executionFindings}</td>
 *       <td>{@code execution}: {@code rate}, {@code weight}, {@code points}, {@code trace},
 *       {@code findings}</td></tr>
 *   <tr><td>{@code Trace.code()}, {@code Trace.args()}</td><td>{@code reasonCode}, {@code
 *       reasonArgs}</td><td>{@code code}, {@code args}</td></tr>
 *   <tr><td>{@code PointLoss.indicatorIndex()}, {@code category()}, {@code subcategory()} (in
 *       the summary's {@code lowest[].losses[]})</td><td>{@code indicator}; {@code category}
 *       the most specific category, {@code EXECUTION} for the execution rate</td>
 *       <td>{@code indicatorIndex}, {@code category}, {@code subcategory}; all {@code null} for
 *       the execution rate</td></tr>
 * </table>
 *
 * <p>In /2 every field of an evaluation, its {@code execution}, its indicator results, their
 * traces and the summary's lowest projects is written, {@code null} when absent, and every list
 * is written, empty when empty; /1 leaves some absent fields out, as its contract always did.
 * Findings and their locations are the same in both. {@code project} is in both the project's
 * name (项目名称), as {@code Evaluation.project()} is. A JSON Lines line of /2 starts with its
 * {@code "schema"}; a line of /1 has none.
 */
public enum EvaluationSchema {
  /** {@code jixiao.evaluation/1} (summary: {@code jixiao.evaluation-summary/1}); the default. */
  V1(JixiaoJson.EVALUATION_SCHEMA, JixiaoJson.EVALUATION_SUMMARY_SCHEMA),
  /**
   * {@code jixiao.evaluation/2} (summary: {@code jixiao.evaluation-summary/2}): the names of the
   * Java model; recommended for new consumers.
   */
  V2(JixiaoJson.EVALUATION_SCHEMA_V2, JixiaoJson.EVALUATION_SUMMARY_SCHEMA_V2);

  private final String id;
  private final String summaryId;

  EvaluationSchema(String id, String summaryId) {
    this.id = id;
    this.summaryId = summaryId;
  }

  /** The schema key of a document of this version at a detail, e.g. {@code jixiao.evaluation/2}. */
  public String id(EvaluationDetail detail) {
    return detail == EvaluationDetail.SUMMARY ? summaryId : id;
  }

  /** The version number: 1 or 2. */
  public int version() {
    return ordinal() + 1;
  }
}
