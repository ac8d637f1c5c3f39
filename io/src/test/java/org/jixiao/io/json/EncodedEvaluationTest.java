package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.io.json.StreamedJson.CONFIGURATIONS;
import static org.jixiao.io.json.StreamedJson.document;
import static org.jixiao.io.json.StreamedJson.lines;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

/**
 * Evaluations encoded ahead (by the threads that evaluate) and then copied by a writer give the
 * bytes that writing the evaluations gives, in every configuration and to bytes or text; an
 * encoding goes only where it was made for.
 */
class EncodedEvaluationTest {
  private static final boolean[] TARGETS = {true, false}; // to bytes, to text

  @Test
  void aDocumentOfEncodedEvaluationsIsTheDocumentOfTheEvaluations() {
    qt().withExamples(40)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation -> {
              for (JixiaoJson json : CONFIGURATIONS) {
                for (boolean bytes : TARGETS) {
                  assertThat(new String(document(json, evaluation, bytes, true), StandardCharsets.UTF_8))
                      .isEqualTo(new String(document(json, evaluation, bytes, false), StandardCharsets.UTF_8));
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
                for (boolean bytes : TARGETS) {
                  assertThat(new String(lines(json, evaluation.evaluations(), bytes, true), StandardCharsets.UTF_8))
                      .isEqualTo(new String(lines(json, evaluation.evaluations(), bytes, false), StandardCharsets.UTF_8));
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
  void encodingOnManyThreadsAtOnceGivesTheBytesOfEncodingOnOne() throws Exception {
    List<Evaluation> evaluations = new ArrayList<>();
    qt().withExamples(20).forAll(Gens.tableEvaluations()).checkAssert(t -> evaluations.addAll(t.evaluations()));
    for (JixiaoJson json : CONFIGURATIONS) {
      List<String> one = new ArrayList<>();
      for (Evaluation e : evaluations) {
        one.add(json.encodeForDocument(e).json() + json.encodeLine(e).json());
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<String>> many = new ArrayList<>();
        for (Evaluation e : evaluations) {
          many.add(pool.submit(() -> json.encodeForDocument(e).json() + json.encodeLine(e).json()));
        }
        for (int i = 0; i < evaluations.size(); i++) {
          assertThat(many.get(i).get()).isEqualTo(one.get(i));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(evaluations).isNotEmpty();
  }

  @Test
  void anEncodingKeepsItsEvaluationAndShowsItsJson() {
    qt().withExamples(20).forAll(Gens.evaluations()).checkAssert(evaluation -> {
      EncodedEvaluation line = JixiaoJson.defaults().encodeLine(evaluation);
      assertThat(line.evaluation()).isSameAs(evaluation);
      assertThat(line.json()).startsWith("{").endsWith("}").doesNotContain("\n");
    });
  }
}
