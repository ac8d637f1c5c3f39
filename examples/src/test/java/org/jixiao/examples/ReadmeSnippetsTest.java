package org.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.json.EncodedEvaluation;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesReader;
import org.jixiao.io.json.JsonLinesWriter;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of the root README's "Reading, evaluating and writing" section, run as written. */
class ReadmeSnippetsTest {

  @Test
  void theReadmeSnippetsWorkAsWritten(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("longgang-hr-2019.tsv");
    try (var in = getClass().getResourceAsStream(Sample.RESOURCE)) {
      Files.copy(in, file);
    }

    ReadResult<PerformanceTable> read = TableReader.builder().build().read(file);
    PerformanceTable table = read.value();
    assertThat(table.projects()).hasSize(32);
    assertThat(table.totals()).isPresent();
    assertThat(read.diagnostics()).isNotEmpty();

    Evaluator evaluator = Evaluator.of(Profiles.get("mof-2020"));
    TableEvaluation result = evaluator.evaluate(table);
    Evaluation e = result.evaluations().get(9);
    assertThat(e.project()).isEqualTo("调解业务工作");
    assertThat(e.execution().rate()).contains(new BigDecimal("58.38"));
    assertThat(e.execution().points()).contains(new BigDecimal("5.84"));
    assertThat(e.execution().trace().reason()).isNotBlank();

    JixiaoJson json = JixiaoJson.builder().prettyPrint(true).build();
    String text = json.tableToJson(table);
    assertThat(text).contains("jixiao.table/1");
    assertThat(json.readTable(text)).isEqualTo(table);
    assertThat(json.evaluationToJson(result)).contains("jixiao.evaluation/1");

    StringWriter projectLines = new StringWriter();
    try (JsonLinesWriter<Project> w = json.projectLinesWriter(projectLines)) {
      for (Project p : table.projects()) {
        w.write(p);
      }
    }
    StringWriter writer = new StringWriter();
    try (JsonLinesReader<Project> in = json.projectLines(new StringReader(projectLines.toString()));
        JsonLinesWriter<Evaluation> out = json.evaluationLinesWriter(writer)) {
      while (in.hasNext()) {
        out.write(evaluator.evaluate(in.next()));
      }
    }
    assertThat(writer.toString().lines()).hasSize(32);

    StringWriter encodedWriter = new StringWriter();
    try (JsonLinesReader<Project> in = json.projectLines(new StringReader(projectLines.toString()));
        JsonLinesWriter<Evaluation> out = json.evaluationLinesWriter(encodedWriter);
        Stream<EncodedEvaluation> lines = evaluator.evaluateEach(in.stream(), 8, ev -> json.encodeLine(ev.evaluation()))) {
      for (Iterator<EncodedEvaluation> it = lines.iterator(); it.hasNext(); ) {
        out.writeEncoded(it.next());
      }
    }
    assertThat(encodedWriter.toString()).isEqualTo(writer.toString());
    try (JsonLinesReader<Evaluation> back = json.evaluationLines(new StringReader(writer.toString()))) {
      assertThat(back.stream().toList()).isEqualTo(result.evaluations());
    }
  }
}
