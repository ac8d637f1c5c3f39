package org.jixiao.io.json;

import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.io.internal.json.RawJson;

/**
 * An evaluation already serialised, for a writer to copy: made with {@link
 * JixiaoJson#encodeForDocument} or {@link JixiaoJson#encodeLine} on any thread (the threads that
 * evaluate, say), then written in order by one thread with {@link
 * EvaluationDocumentWriter#write(EncodedEvaluation)} or {@link
 * JsonLinesWriter#writeEncoded(EncodedEvaluation)}. Serialising is a large share of the work
 * per project (a full evaluation is 8 to 12 KB of JSON); done on the one writing thread, it
 * limits how many threads can usefully evaluate. The bytes written are the same as from writing
 * the evaluation itself.
 *
 * <p>An encoded evaluation is written only by a writer of the same {@link JixiaoJson} instance,
 * and in the form it was made for (an entry of a document, or a line).
 */
public final class EncodedEvaluation {
  /** Where the bytes may go: they are laid out for one of the two. */
  enum Form {
    DOCUMENT_ENTRY,
    LINE
  }

  private final Evaluation evaluation;
  private final RawJson json;
  private final Form form;
  private final JixiaoJson owner;

  EncodedEvaluation(Evaluation evaluation, RawJson json, Form form, JixiaoJson owner) {
    this.evaluation = evaluation;
    this.json = json;
    this.form = form;
    this.owner = owner;
  }

  /** The evaluation these bytes are of (a document writer also counts it in its summary). */
  public Evaluation evaluation() {
    return evaluation;
  }

  /** The JSON, as UTF-8 bytes, laid out for where it goes: for tests and diagnostics. */
  public String json() {
    return json.getValue();
  }

  RawJson raw() {
    return json;
  }

  /** Throws unless these bytes were made for {@code form} by {@code writerOwner}. */
  void requireFor(Form wanted, JixiaoJson writerOwner) {
    if (owner != writerOwner) {
      throw new IllegalArgumentException(
          "this evaluation was encoded by another JixiaoJson than the writer's: its layout, schema or detail may differ");
    }
    if (form != wanted) {
      throw new IllegalArgumentException(
          "this evaluation was encoded as " + (form == Form.LINE ? "a JSON Lines line" : "an entry of an evaluation document")
              + ", not as " + (wanted == Form.LINE ? "a JSON Lines line" : "an entry of an evaluation document"));
    }
  }
}
