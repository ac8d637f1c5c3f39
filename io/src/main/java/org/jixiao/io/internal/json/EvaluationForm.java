package org.jixiao.io.internal.json;

import org.jixiao.io.internal.table.Msg;

/**
 * Which version of the evaluation document — {@code jixiao.evaluation/1} or {@code /2} — a
 * document or a JSON Lines line is in: declared by its {@code schema} key, or shown by the first
 * field only one version has ({@code executionScore} and {@code level1} are /1's, {@code
 * execution} and an indicator's {@code trace} are /2's). A field of the other version than the
 * one declared or already shown is an error, so that a document never mixes the two readings of
 * a name; {@code category}, which both have, is read as the known version says (see {@link
 * EvaluationReader}).
 */
final class EvaluationForm {
  private int declared;
  private int shown;
  private String shownBy = "";

  /** A form not yet known: a JSON Lines line, or a document read without its schema key. */
  EvaluationForm() {}

  /** The version known so far: 1, 2, or 0 when nothing has told yet. */
  int version() {
    return declared != 0 ? declared : shown;
  }

  /** Whether a {@code schema} key declared the version (of a full evaluation: summaries are refused). */
  boolean declared() {
    return declared != 0;
  }

  /** The version a {@code schema} key names; it must agree with what was declared or shown. */
  void declare(JsonIn in, String path, int version, String schema) {
    if (declared != 0 && declared != version) {
      throw in.error(
          path,
          Msg.of("JX-I-0322")
              .arg("schema", schema)
              .arg("declared", EvaluationReader.schemaOf(declared)),
          schema,
          null);
    }
    if (shown != 0 && shown != version) {
      throw in.error(
          path,
          Msg.of("JX-I-0323")
              .arg("schema", schema)
              .arg("field", shownBy)
              .arg("shown", EvaluationReader.schemaOf(shown)),
          schema,
          null);
    }
    declared = version;
  }

  /** A field only {@code version} has, at the parser's current path, was read. */
  void shows(JsonIn in, int version, String field) {
    int known = version();
    if (known != 0 && known != version) {
      Msg problem =
          declared != 0
              ? Msg.of("JX-I-0324")
                  .arg("field", field)
                  .arg("version", EvaluationReader.schemaOf(version))
                  .arg("declared", EvaluationReader.schemaOf(declared))
              : Msg.of("JX-I-0325")
                  .arg("field", field)
                  .arg("version", EvaluationReader.schemaOf(version))
                  .arg("other", shownBy)
                  .arg("shown", EvaluationReader.schemaOf(shown));
      throw in.error(problem, null);
    }
    if (shown == 0) {
      shown = version;
      shownBy = in.path();
    }
  }
}
