package org.jixiao.io.internal.form;

/** What a column of the funds block holds, as its heading names it ({@link FundsLabels#role}). */
enum FundsRole {
  NONE,
  BUDGET,
  ADJUSTED,
  ACTUAL,
  WEIGHT,
  RATE,
  SCORE,
  REASON,
  /** A figure the model has no field for (到位资金 (D), 预算到位 (D/C), 统筹整合资金数 (B)): kept, said. */
  KEPT,
  /** The template's row numbers (行次): between the row's label and its figures. */
  NUMBERING;

  /** Whether the column's figure is one of the funds' fields (not a reason, kept, numbering or nothing). */
  boolean field() {
    return this != NONE && this != REASON && this != KEPT && this != NUMBERING;
  }
}
