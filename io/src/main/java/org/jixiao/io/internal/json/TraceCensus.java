package org.jixiao.io.internal.json;

import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Tells a summary evaluation from a damaged full one, for an evaluation that names no full schema
 * (a /1 JSON Lines line names none, summary or not). A full evaluation always carries several
 * traces (its execution's, its status's, every indicator's, with {@code parts}); a summary
 * ({@code --detail summary}) carries none. So a missing trace is damage when the evaluation has
 * any other trace, and the mark of a summary, which cannot be read back, when it has none and
 * lacks two or more. With none and only one lacking (a summary of a project without indicators,
 * or a full line of one without a status trace that lost its execution trace: the same text),
 * the problem says both. The first missing trace is held until the whole evaluation has been
 * read, because fields may come in any order.
 */
final class TraceCensus {
  private final EvaluationForm form;
  private boolean seen;
  private @Nullable JixiaoReadException firstMissing;
  private String firstPath = "";
  private String firstField = "";
  private int missing;

  TraceCensus(EvaluationForm form) {
    this.form = form;
  }

  /** A trace, or a field only full evaluations have ({@code parts}), was read. */
  void saw() {
    seen = true;
  }

  /**
   * A trace the evaluation needs is not at {@code objectPath}. Under a declared full schema that is
   * damage at once; else it is held for {@link #check}.
   */
  void missing(JsonIn in, String objectPath, String field) {
    JixiaoReadException problem = in.missing(objectPath, field);
    if (form.declared()) {
      throw problem;
    }
    if (firstMissing == null) {
      firstMissing = problem;
      firstPath = objectPath + "." + field;
      firstField = field;
    }
    missing++;
  }

  /** Once the evaluation at {@code path} is read: throws when a trace was missing. */
  void check(JsonIn in, String path, String expected) {
    JixiaoReadException problem = firstMissing;
    if (problem == null) {
      return;
    }
    if (seen) {
      throw problem; // damaged: it has traces, only not this one
    }
    if (missing > 1) {
      throw in.error(path, Msg.of("JX-I-0321").arg("expected", expected), null, null);
    }
    throw in.error(firstPath, Msg.of("JX-I-0330").arg("field", firstField), null, null);
  }
}
