package org.jixiao.io.json;

/**
 * How much of each evaluation a document or a JSON Lines stream carries.
 *
 * <p>{@link #FULL} (the default) is the {@code jixiao.evaluation/1} contract: every number with the
 * trace that explains it — the rule, the method, the reason an auditor reads and the figures —
 * for the execution rate, every indicator and its parts, and the status; it reads back into an
 * equal model. {@link #SUMMARY} is {@code jixiao.evaluation-summary/1}, for dashboards and bulk
 * exports: the same project identity and amounts, execution rate, points and weight, each
 * indicator's category, outcome, weight, fraction and points, subtotals, score, grade, status,
 * withheld reason and every finding with its code — without traces and sub-target parts, which
 * are most of a full evaluation's size. A summary cannot be read back into the model (it lacks the traces the model
 * requires); readers refuse it by its schema key. With {@link EvaluationSchema#V2} the keys are
 * {@code jixiao.evaluation/2} and {@code jixiao.evaluation-summary/2}.
 */
public enum EvaluationDetail {
  /** Everything, with traces: {@code jixiao.evaluation/1}. */
  FULL,
  /** Figures and findings without traces: {@code jixiao.evaluation-summary/1}. */
  SUMMARY
}
