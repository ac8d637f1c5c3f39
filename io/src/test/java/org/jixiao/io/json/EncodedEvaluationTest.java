package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.project.Project;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

/**
 * Evaluations encoded ahead (by the threads that evaluate) and then copied by a writer give the
 * bytes that writing the evaluations gives, in every configuration and to bytes or text; an
 * encoding goes only where it was made for.
 */
class EncodedEvaluationTest {
  private static final List<JixiaoJson> CONFIGURATIONS =
      List.of(
          JixiaoJson.defaults(),
          JixiaoJson.builder().prettyPrint(true).build(),
          JixiaoJson.builder().prettyPrint(true).evaluationSchema(EvaluationSchema.V2).build(),
          JixiaoJson.builder().evaluationDetail(EvaluationDetail.SUMMARY).build(),
          JixiaoJson.builder().prettyPrint(true).evaluationDetail(EvaluationDetail.SUMMARY).evaluationSchema(EvaluationSchema.V2).build());

  @Test
  void aDocumentOfEncodedEvaluationsIsTheDocumentOfTheEvaluations() {
    qt().withExamples(40)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation -> {
              for (JixiaoJson json : CONFIGURATIONS) {
                for (boolean bytes : new boolean[] {true, false}) {
                  String encoded = document(json, evaluation, bytes, true);
                  assertThat(encoded).isEqualTo(document(json, evaluation, bytes, false));
                }
              }
            });
  }

  @Test
  void linesOfEncodedEvaluationsAreTheLinesOfTheEvaluations() {
    qt().withExamples(40)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation -> {
              for (JixiaoJson json : CONFIGURATIONS) {
                for (boolean bytes : new boolean[] {true, false}) {
                  assertThat(lines(json, evaluation.evaluations(), bytes, true))
                      .isEqualTo(lines(json, evaluation.evaluations(), bytes, false));
                }
              }
            });
  }

  @Test
  void anEncodingIsWrittenOnlyByTheSameJixiaoJsonInTheFormItWasMadeFor() {
    qt().withExamples(5).forAll(Gens.evaluations()).checkAssert(evaluation -> {
      try {
        refusedElsewhere(evaluation);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static void refusedElsewhere(Evaluation evaluation) throws IOException {
    JixiaoJson json = JixiaoJson.builder().prettyPrint(true).build();
    JixiaoJson same = JixiaoJson.builder().prettyPrint(true).build();
    EvaluationDocumentWriter document = json.evaluationDocumentWriter("mof-2020", new ByteArrayOutputStream());
    assertThatThrownBy(() -> document.write(same.encodeForDocument(evaluation)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another JixiaoJson");
    assertThatThrownBy(() -> document.write(json.encodeLine(evaluation)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a JSON Lines line");
    try (JsonLinesWriter<Evaluation> lines = json.evaluationLinesWriter(new ByteArrayOutputStream());
        JsonLinesWriter<Project> projects = json.projectLinesWriter(new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_8))) {
      assertThatThrownBy(() -> lines.writeEncoded(json.encodeForDocument(evaluation)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("an entry of an evaluation document");
      assertThatThrownBy(() -> projects.writeEncoded(json.encodeLine(evaluation)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("projects");
    }
    document.finish(List.of());
    assertThatThrownBy(() -> document.write(json.encodeForDocument(evaluation))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEncodingKeepsItsEvaluationAndShowsItsJson() {
    qt().withExamples(20).forAll(Gens.evaluations()).checkAssert(evaluation -> {
      JixiaoJson json = JixiaoJson.defaults();
      EncodedEvaluation line = json.encodeLine(evaluation);
      assertThat(line.evaluation()).isSameAs(evaluation);
      assertThat(line.json()).startsWith("{").endsWith("}").doesNotContain("\n");
    });
  }

  private static String document(JixiaoJson json, TableEvaluation evaluation, boolean bytes, boolean encoded) {
    return write(bytes, true, out -> {
      try {
        EvaluationDocumentWriter writer =
            out instanceof ByteArrayOutputStream b ? json.evaluationDocumentWriter(evaluation.profile(), b) : json.evaluationDocumentWriter(evaluation.profile(), (Writer) out);
        for (Evaluation e : evaluation.evaluations()) {
          if (encoded) {
            writer.write(json.encodeForDocument(e));
          } else {
            writer.write(e);
          }
        }
        writer.finish(evaluation.findings(), evaluation.readDiagnostics());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    });
  }

  private static String lines(JixiaoJson json, List<Evaluation> evaluations, boolean bytes, boolean encoded) {
    return write(bytes, false, out -> {
      try (JsonLinesWriter<Evaluation> writer =
          out instanceof ByteArrayOutputStream b ? json.evaluationLinesWriter(b) : json.evaluationLinesWriter((Writer) out)) {
        for (Evaluation e : evaluations) {
          if (encoded) {
            writer.writeEncoded(json.encodeLine(e));
          } else {
            writer.write(e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    });
  }

  /**
   * Runs {@code write} on a byte stream, or on a writer over one, and gives what was written
   * ({@code flush}: the writer must be flushed after; a lines writer closes it instead).
   */
  private static String write(boolean bytes, boolean flush, Function<Object, Void> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write.apply(bytes ? out : text);
    if (flush) {
      try {
        text.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
