package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.examples.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines of projects ({@code jixiao.project/1}, one a line, as {@code convert --to jsonl}
 * writes them) are an input of every command: {@code evaluate} streams them one line at a time,
 * the other commands read them as one table.
 */
class CliJsonLinesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theSampleAsJsonLinesEvaluatesToTheSameEvaluationsAsTheTable(@TempDir Path dir) throws Exception {
    Path lines = dir.resolve("sample.jsonl");
    Path sample = CliTest.sample(dir);
    assertThat(run("convert", sample.toString(), "--to", "jsonl", "--output", lines.toString()).code()).isZero();
    CliTest.Run fromTable = run("evaluate", sample.toString(), "--format", "json", "--threads", "2");
    CliTest.Run fromLines = run("evaluate", lines.toString(), "--format", "json", "--threads", "2");
    assertThat(fromLines.code()).as(fromLines.err()).isZero();
    JsonNode a = MAPPER.readTree(fromTable.out()).get("evaluations");
    JsonNode b = MAPPER.readTree(fromLines.out()).get("evaluations");
    assertThat(b).hasSize(32);
    assertThat(b).isEqualTo(a);
  }

  @Test
  void jsonLinesConvertBackToTheSameTableOfProjects(@TempDir Path dir) throws Exception {
    Path lines = dir.resolve("sample.jsonl");
    Path json = dir.resolve("sample.json");
    assertThat(run("convert", CliTest.sample(dir).toString(), "--to", "jsonl", "--output", lines.toString()).code()).isZero();
    CliTest.Run r = run("convert", lines.toString(), "--to", "json", "--output", json.toString());
    assertThat(r.code()).as(r.err()).isZero();
    PerformanceTable direct;
    try (InputStream in = CliTest.class.getResourceAsStream(Inputs.SAMPLE)) {
      direct = TableReader.builder().build().read(in).value();
    }
    assertThat(JixiaoJson.defaults().readTable(json).projects()).isEqualTo(direct.projects());
  }

  @Test
  void projectsInDifferentUnitsAreEvaluatedLineByLineButMakeNoTable(@TempDir Path dir) throws Exception {
    Path lines = mixedUnits(dir);

    CliTest.Run evaluated = run("evaluate", lines.toString(), "--format", "json");
    assertThat(evaluated.code()).as(evaluated.err()).isZero();
    JsonNode doc = MAPPER.readTree(evaluated.out());
    assertThat(doc.get("evaluations")).hasSize(2);
    assertThat(doc.get("findings").findValuesAsText("code")).containsExactly("JX-C-0302");
    assertThat(doc.get("findings").get(0).get("message").asText()).contains("金额单位不同");

    CliTest.Run converted = run("convert", lines.toString(), "--to", "json");
    assertThat(converted.code()).isEqualTo(2);
    assertThat(converted.err()).contains("JX-C-0115").contains("第 2 行");
    CliTest.Run english = run("convert", lines.toString(), "--to", "json", "--lang", "en");
    assertThat(english.err()).contains("JX-C-0115").contains("line 2");
  }

  @Test
  void convertToJsonLinesStreamsEachProjectInItsOwnUnitAndStillSaysTheReaderHadRemarks(@TempDir Path dir) throws Exception {
    // a project a line as it is read: no table is made, so projects in different units convert
    CliTest.Run converted = run("convert", mixedUnits(dir).toString(), "--to", "jsonl");
    assertThat(converted.code()).as(converted.err()).isZero();
    assertThat(JixiaoJson.defaults().projectLines(new java.io.StringReader(converted.out())).stream().toList())
        .containsExactly(project(1, MoneyUnit.WAN_YUAN), project(2, MoneyUnit.YUAN));
    // the sample's reader remarks on some cells: said on stderr once the table has streamed through
    CliTest.Run sample = run("convert", CliTest.sample(dir).toString(), "--to", "jsonl");
    assertThat(sample.code()).isZero();
    assertThat(sample.out().strip().lines()).hasSize(32);
    assertThat(sample.err()).contains("JX-C-0201");
  }

  /** JSON Lines of two projects, the first in 万元 and the second in 元. */
  private static Path mixedUnits(Path dir) throws Exception {
    Path lines = dir.resolve("mixed.jsonl");
    List<String> text = new ArrayList<>();
    text.add(JixiaoJson.defaults().projectToJson(project(1, MoneyUnit.WAN_YUAN)));
    text.add(JixiaoJson.defaults().projectToJson(project(2, MoneyUnit.YUAN)));
    Files.write(lines, text, StandardCharsets.UTF_8);
    return lines;
  }

  private static Project project(int seq, MoneyUnit unit) {
    return Project.builder()
        .seq(seq)
        .name("项目" + seq)
        .moneyUnit(unit)
        .budget(BigDecimal.valueOf(100))
        .actual(BigDecimal.valueOf(90))
        .build();
  }
}
