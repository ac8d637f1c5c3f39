package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

/**
 * The writers that take an {@code OutputStream} write the same UTF-8 bytes as their {@code Writer}
 * twins through an {@code OutputStreamWriter}, in every configuration (pretty or compact, /1 or
 * /2, full or summary detail).
 */
class ByteWritersTest {
  private static final List<JixiaoJson> CONFIGURATIONS =
      List.of(
          JixiaoJson.defaults(),
          JixiaoJson.builder().prettyPrint(true).build(),
          JixiaoJson.builder().prettyPrint(true).evaluationSchema(EvaluationSchema.V2).build(),
          JixiaoJson.builder().evaluationDetail(EvaluationDetail.SUMMARY).build(),
          JixiaoJson.builder().prettyPrint(true).evaluationDetail(EvaluationDetail.SUMMARY).evaluationSchema(EvaluationSchema.V2).build());

  @Test
  void aStreamedDocumentWrittenAsBytesIsTheDocumentWrittenAsText() {
    qt().withExamples(40)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation -> {
              for (JixiaoJson json : CONFIGURATIONS) {
                assertThat(new String(document(json, evaluation, true), StandardCharsets.UTF_8))
                    .isEqualTo(new String(document(json, evaluation, false), StandardCharsets.UTF_8));
              }
            });
  }

  @Test
  void jsonLinesWrittenAsBytesAreTheLinesWrittenAsText() {
    qt().withExamples(40)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation -> {
              for (JixiaoJson json : CONFIGURATIONS) {
                assertThat(new String(lines(json, evaluation.evaluations(), true), StandardCharsets.UTF_8))
                    .isEqualTo(new String(lines(json, evaluation.evaluations(), false), StandardCharsets.UTF_8));
              }
            });
  }

  private static byte[] document(JixiaoJson json, TableEvaluation evaluation, boolean bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      EvaluationDocumentWriter writer =
          bytes ? json.evaluationDocumentWriter(evaluation.profile(), out) : json.evaluationDocumentWriter(evaluation.profile(), text);
      for (Evaluation e : evaluation.evaluations()) {
        writer.write(e);
      }
      writer.finish(evaluation.findings(), evaluation.readDiagnostics());
      text.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] lines(JixiaoJson json, List<Evaluation> evaluations, boolean bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonLinesWriter<Evaluation> writer =
          bytes ? json.evaluationLinesWriter(out) : json.evaluationLinesWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        for (Evaluation e : evaluations) {
          writer.write(e);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
