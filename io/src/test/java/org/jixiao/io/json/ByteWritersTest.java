package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.json.StreamedJson.CONFIGURATIONS;
import static org.jixiao.io.json.StreamedJson.document;
import static org.jixiao.io.json.StreamedJson.lines;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

/**
 * The writers that take an {@code OutputStream} write the same UTF-8 bytes as their {@code Writer}
 * twins through an {@code OutputStreamWriter}, in every configuration (pretty or compact, /1 or
 * /2, full or summary detail), a lone surrogate included.
 */
class ByteWritersTest {
  @Test
  void aStreamedDocumentWrittenAsBytesIsTheDocumentWrittenAsText() {
    qt().withExamples(40)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation -> {
              for (JixiaoJson json : CONFIGURATIONS) {
                assertThat(new String(document(json, evaluation, true, false), StandardCharsets.UTF_8))
                    .isEqualTo(new String(document(json, evaluation, false, false), StandardCharsets.UTF_8));
              }
            });
  }

  @Test
  void aLoneSurrogateIsTheSameEscapeWrittenAsBytesOrAsText() {
    // through an OutputStreamWriter a raw lone surrogate used to become '?'
    org.jixiao.core.evaluation.Evaluation lonely = HostileJsonTest.lonelyEvaluation();
    org.jixiao.core.evaluation.TableEvaluation document =
        org.jixiao.core.evaluation.TableEvaluation.builder().profile("mof-2020").addEvaluations(lonely).build();
    for (JixiaoJson json : CONFIGURATIONS) {
      String bytes = new String(document(json, document, true, false), StandardCharsets.UTF_8);
      assertThat(bytes).contains("\\uD800");
      assertThat(new String(document(json, document, false, false), StandardCharsets.UTF_8)).isEqualTo(bytes);
      assertThat(new String(lines(json, java.util.List.of(lonely), false, false), StandardCharsets.UTF_8))
          .isEqualTo(new String(lines(json, java.util.List.of(lonely), true, false), StandardCharsets.UTF_8));
    }
  }

  @Test
  void jsonLinesWrittenAsBytesAreTheLinesWrittenAsText() {
    qt().withExamples(40)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation -> {
              for (JixiaoJson json : CONFIGURATIONS) {
                assertThat(new String(lines(json, evaluation.evaluations(), true, false), StandardCharsets.UTF_8))
                    .isEqualTo(new String(lines(json, evaluation.evaluations(), false, false), StandardCharsets.UTF_8));
              }
            });
  }
}
