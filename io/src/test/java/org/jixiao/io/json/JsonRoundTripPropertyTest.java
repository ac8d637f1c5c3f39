package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.io.testing.StrayLines;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

/** model → JSON → model is equal for anything the model allows. */
class JsonRoundTripPropertyTest {
  private static final JixiaoJson JSON = JixiaoJson.defaults();
  private static final JixiaoJson PRETTY_WITH_LABELS =
      JixiaoJson.builder().prettyPrint(true).writeLabels(true).build();

  @Test
  void tablesRoundTripExactly() {
    qt().withExamples(300)
        .forAll(Gens.tables(false))
        .checkAssert(
            table -> {
              PerformanceTable back = JSON.readTable(JSON.tableToJson(table));
              assertThat(back).isEqualTo(table);
              assertThat(StrayLines.of(back)).isEqualTo(StrayLines.of(table));
            });
  }

  @Test
  void tablesRoundTripWithLabelsAndIndentation() {
    qt().withExamples(100)
        .forAll(Gens.tables(false))
        .checkAssert(
            table ->
                assertThat(PRETTY_WITH_LABELS.readTable(PRETTY_WITH_LABELS.tableToJson(table)))
                    .isEqualTo(table));
  }

  @Test
  void projectDocumentsRoundTrip() {
    qt().withExamples(100)
        .forAll(Gens.tables(false))
        .checkAssert(
            table -> {
              for (Project project : table.projects()) {
                Project back = JSON.readProject(JSON.projectToJson(project));
                assertThat(back).isEqualTo(project);
                assertThat(StrayLines.of(back)).isEqualTo(StrayLines.of(project));
              }
            });
  }

  @Test
  void evaluationDocumentsRoundTrip() {
    qt().withExamples(300)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation ->
                assertThat(JSON.readEvaluation(JSON.evaluationToJson(evaluation)))
                    .isEqualTo(evaluation));
  }

  @Test
  void projectLinesRoundTrip() {
    qt().withExamples(100)
        .forAll(Gens.tables(false))
        .checkAssert(
            table -> {
              StringWriter out = new StringWriter();
              try (JsonLinesWriter<Project> writer = JSON.projectLinesWriter(out)) {
                for (Project project : table.projects()) {
                  writer.write(project);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(out.toString().lines().count()).isEqualTo(table.projects().size());
              List<Project> read = new ArrayList<>();
              try (JsonLinesReader<Project> reader =
                  JSON.projectLines(new StringReader(out.toString()))) {
                reader.forEachRemaining(read::add);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(read).isEqualTo(table.projects());
            });
  }

  @Test
  void evaluationLinesRoundTrip() {
    qt().withExamples(100)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            document -> {
              StringWriter out = new StringWriter();
              try (JsonLinesWriter<Evaluation> writer = JSON.evaluationLinesWriter(out)) {
                for (Evaluation evaluation : document.evaluations()) {
                  writer.write(evaluation);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              try (JsonLinesReader<Evaluation> reader =
                  JSON.evaluationLines(new StringReader(out.toString()))) {
                assertThat(reader.stream().toList()).isEqualTo(document.evaluations());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
