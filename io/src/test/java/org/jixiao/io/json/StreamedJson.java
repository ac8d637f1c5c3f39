package org.jixiao.io.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;

/**
 * Evaluation documents and JSON Lines written through the streaming writers, in each way a caller
 * can write them (to bytes or to text; each evaluation as it is or encoded ahead), for the tests
 * that compare the ways.
 */
final class StreamedJson {
  private StreamedJson() {}

  /** Every layout, schema and detail that changes the bytes. */
  static final List<JixiaoJson> CONFIGURATIONS =
      List.of(
          JixiaoJson.defaults(),
          JixiaoJson.builder().prettyPrint(true).build(),
          JixiaoJson.builder().prettyPrint(true).evaluationSchema(EvaluationSchema.V2).build(),
          JixiaoJson.builder().evaluationDetail(EvaluationDetail.SUMMARY).build(),
          JixiaoJson.builder().prettyPrint(true).evaluationDetail(EvaluationDetail.SUMMARY).evaluationSchema(EvaluationSchema.V2).build());

  /**
   * The document of {@code evaluation} as UTF-8 bytes.
   *
   * @param bytes written to an {@code OutputStream} (else to a {@code Writer} over one)
   * @param encoded each evaluation encoded ahead with {@link JixiaoJson#encodeForDocument}
   */
  static byte[] document(JixiaoJson json, TableEvaluation evaluation, boolean bytes, boolean encoded) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      EvaluationDocumentWriter writer =
          bytes ? json.evaluationDocumentWriter(evaluation.profile(), out) : json.evaluationDocumentWriter(evaluation.profile(), text);
      for (Evaluation e : evaluation.evaluations()) {
        if (encoded) {
          writer.write(json.encodeForDocument(e));
        } else {
          writer.write(e);
        }
      }
      writer.finish(evaluation.findings(), evaluation.readDiagnostics());
      text.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Lines of {@code evaluations} as UTF-8 bytes.
   *
   * @param bytes written to an {@code OutputStream} (else to a {@code Writer} over one)
   * @param encoded each evaluation encoded ahead with {@link JixiaoJson#encodeLine}
   */
  static byte[] lines(JixiaoJson json, List<Evaluation> evaluations, boolean bytes, boolean encoded) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonLinesWriter<Evaluation> writer =
          bytes ? json.evaluationLinesWriter(out) : json.evaluationLinesWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        for (Evaluation e : evaluations) {
          if (encoded) {
            writer.writeEncoded(json.encodeLine(e));
          } else {
            writer.write(e);
          }
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
