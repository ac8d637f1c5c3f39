/**
 * Evaluation of Spark {@code Dataset}s of projects (预算项目) at national scale.
 *
 * <p>{@link org.jixiao.spark.SparkEvaluator} evaluates a {@code Dataset<String>} of JSON Lines
 * (one {@code jixiao.project/1} object per line) or a {@code Dataset<Row>} with one column per
 * field ({@link org.jixiao.spark.ProjectColumns}), with one {@code Evaluator} per partition, and
 * returns a {@code Dataset<Row>} of evaluation rows ({@link org.jixiao.spark.EvaluationColumns})
 * ready to be written to Parquet. Spark itself is the cluster's: this module compiles against it
 * and never packages it.
 */
@NullMarked
package org.jixiao.spark;

import org.jspecify.annotations.NullMarked;
