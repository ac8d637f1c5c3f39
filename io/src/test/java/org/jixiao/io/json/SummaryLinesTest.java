package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines of evaluations written with {@code --detail summary} carry no traces, and /1 lines
 * name no schema: reading them back into evaluations must say that they are summaries
 * (JX-I-0321), at their line, while a full line that lost a trace is damaged (JX-I-0317, naming
 * the field).
 */
class SummaryLinesTest {
  /**
   * Reads and writes the lines the tests take apart with their decimals as written: a plain
   * mapper reads 75539488950374209945600.00 as a double and writes 7.553948895037421E+22, which
   * the reader rejects as out of range before it sees what the test removed (one run in some
   * hundreds failed so).
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();
  private static final JixiaoJson READER = JixiaoJson.builder().locale(Locale.ENGLISH).build();
  private static final JixiaoJson FULL = JixiaoJson.defaults();

  private static String lines(JixiaoJson json, List<Evaluation> evaluations) {
    return EvaluationSchemaVersionsTest.lines(json, evaluations);
  }

  /** The problem reading the line at {@code index}; the lines before it must fail too. */
  private static JixiaoReadException problemAt(String text, int index) {
    JsonLinesReader<Evaluation> reader = READER.evaluationLines(new StringReader(text));
    for (int i = 0; i < index; i++) {
      assertThat(catchThrowableOfType(JixiaoReadException.class, reader::next)).isNotNull();
    }
    JixiaoReadException problem = catchThrowableOfType(JixiaoReadException.class, reader::next);
    assertThat(problem).as("line %d of%n%s", index + 1, text).isNotNull();
    return java.util.Objects.requireNonNull(problem);
  }

  /** A taken-apart line written back as one line of text, its decimals as they were read. */
  private static String line(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode tree(String line) {
    try {
      return (ObjectNode) MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a full line of {@code e} has a trace besides its execution's. */
  private static boolean tracedBeyondExecution(Evaluation e) {
    return e.statusTrace().isPresent() || !e.indicators().isEmpty();
  }

  @Test
  void summaryLinesOfEitherVersionAreSaidToBeSummariesAtTheirLine() {
    for (EvaluationSchema version : EvaluationSchema.values()) {
      JixiaoJson summary =
          JixiaoJson.builder().evaluationSchema(version).evaluationDetail(EvaluationDetail.SUMMARY).build();
      qt().withExamples(60)
          .forAll(Gens.evaluations(), Gens.evaluations())
          .checkAssert(
              (a, b) -> {
                String text = lines(summary, List.of(a, b));
                List<Evaluation> both = List.of(a, b);
                for (int line = 0; line < 2; line++) {
                  JixiaoReadException problem = problemAt(text, line);
                  assertThat(problem.line()).hasValue(line + 1L);
                  assertThat(problem.getMessage()).contains("summary");
                  if (version == EvaluationSchema.V1 && both.get(line).indicators().isEmpty()) {
                    // no indicator: the summary lacks the execution trace only, as would a full
                    // line without a status trace that lost it; the problem says both
                    assertThat(problem.code()).as(text).contains("JX-I-0330");
                    assertThat(problem.path()).contains("$.executionTrace");
                  } else {
                    assertThat(problem.code()).as(version + " " + text).contains("JX-I-0321");
                  }
                }
              });
    }
  }

  @Test
  void aSummaryLineGivenToAJacksonMapperIsSaidToBeASummary() throws IOException {
    JixiaoJson summary = JixiaoJson.builder().evaluationDetail(EvaluationDetail.SUMMARY).build();
    String line = lines(summary, EvaluationContractTest.sample().evaluations()).lines().findFirst().orElseThrow();
    assertThat(line).contains("\"indicators\":[{");
    ObjectMapper mapper = new ObjectMapper().registerModule(JixiaoJson.module());
    JixiaoReadException problem =
        catchThrowableOfType(JixiaoReadException.class, () -> mapper.readValue(line, Evaluation.class));
    assertThat(problem).isNotNull();
    assertThat(problem.code()).contains("JX-I-0321");
  }

  @Test
  void aFullLineThatLostOneTraceIsDamagedNotASummary() {
    qt().withExamples(100)
        .forAll(Gens.evaluations())
        .checkAssert(
            e -> {
              String full = lines(FULL, List.of(e)).strip();
              ObjectNode noExecutionTrace = tree(full);
              noExecutionTrace.remove("executionTrace");
              JixiaoReadException problem = problemAt(line(noExecutionTrace), 0);
              // with no other trace the line reads as a summary would: the problem says both
              assertThat(problem.code()).contains(tracedBeyondExecution(e) ? "JX-I-0317" : "JX-I-0330");
              assertThat(problem.path()).contains("$.executionTrace");
              assertThat(problem.line()).hasValue(1);

              JsonNode indicators = tree(full).get("indicators");
              if (indicators.size() > 0) {
                // the whole flat trace of the first indicator gone, the rest of the line full
                ObjectNode noIndicatorTrace = tree(full);
                ObjectNode first = (ObjectNode) noIndicatorTrace.get("indicators").get(0);
                first.remove(List.of("rule", "method", "reason", "reasonCode", "reasonArgs", "figures"));
                problem = problemAt(line(noIndicatorTrace), 0);
                assertThat(problem.code()).contains("JX-I-0317");
                assertThat(problem.path()).contains("$.indicators[0].rule");
              }
            });
  }
}
