package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.examples.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.io.json.JixiaoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --schema 2} writes {@code jixiao.evaluation/2}, whose names are the Java
 * model's, with the same values as /1; and {@code --lang} reaches every reader the commands use
 * (JSON, workbooks), so that their errors are worded in the command's language with one code.
 */
class CliSchemaAndLanguageTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void schemaTwoNamesWhatTheJavaModelNamesAndReadsBackToTheSameValues() throws Exception {
    CliTest.Run one = run("evaluate", "--format", "json");
    CliTest.Run two = run("evaluate", "--format", "json", "--schema", "2");
    assertThat(two.code()).as(two.err()).isZero();
    JsonNode doc = MAPPER.readTree(two.out());
    assertThat(doc.get("schema").asText()).isEqualTo("jixiao.evaluation/2");
    JsonNode row10 = doc.get("evaluations").get(9);
    assertThat(row10.get("seq").asInt()).isEqualTo(10);
    // ExecutionResult.points() is execution.points, not executionScore.
    assertThat(row10.has("executionScore")).isFalse();
    assertThat(row10.get("execution").get("points").decimalValue()).isEqualByComparingTo("5.84");
    // IndicatorResult.category() is level 1; subcategory() level 2.
    JsonNode first = row10.get("indicators").get(0);
    assertThat(first.get("category").asText()).isIn("OUTPUT", "BENEFIT", "SATISFACTION", "COST");
    assertThat(first.get("subcategory").asText()).isNotEqualTo(first.get("category").asText());
    assertThat(JixiaoJson.defaults().readEvaluation(two.out())).isEqualTo(JixiaoJson.defaults().readEvaluation(one.out()));

    CliTest.Run lines = run("evaluate", "--format", "jsonl", "--schema", "2", "--detail", "summary");
    assertThat(lines.code()).as(lines.err()).isZero();
    assertThat(lines.out().lines().findFirst().orElseThrow()).startsWith("{\"schema\":\"jixiao.evaluation-summary/2\"");
  }

  @Test
  void anUnknownSchemaIsAnInputErrorInBothLanguages() {
    CliTest.Run zh = run("evaluate", "--format", "json", "--schema", "3");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(zh.err()).contains("JX-C-0116").contains("未知的 --schema");
    CliTest.Run en = run("evaluate", "--format", "json", "--schema", "3", "--lang", "en");
    assertThat(en.err()).contains("JX-C-0116").contains("unknown --schema");
  }

  @Test
  void aBrokenJsonTableIsReportedInTheCommandsLanguageWithOneCode(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("table.json");
    Files.writeString(file, "{\"schema\": \"jixiao.table/1\", \"moneyUnit\": \"WAN_YUAN\", \"projects\": [{\"name\": 5}]}");
    CliTest.Run zh = run("convert", file.toString(), "--to", "tsv");
    CliTest.Run en = run("convert", file.toString(), "--to", "tsv", "--lang", "en");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(en.code()).isEqualTo(2);
    assertThat(code(zh.err())).startsWith("JX-I-03").isEqualTo(code(en.err()));
    assertThat(zh.err()).containsPattern("\\p{IsHan}{4}").contains("projects[0].name");
    assertThat(en.err()).doesNotContainPattern("[期望应为是一个]").contains("projects[0].name");
  }

  @Test
  void aFileThatIsNoWorkbookIsReportedInTheCommandsLanguage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("table.xlsx");
    Files.writeString(file, "x");
    CliTest.Run zh = run("evaluate", file.toString());
    CliTest.Run en = run("evaluate", file.toString(), "--lang", "en");
    assertThat(zh.code()).isEqualTo(2);
    assertThat(en.code()).isEqualTo(2);
    assertThat(code(zh.err())).startsWith("JX-X-").isEqualTo(code(en.err()));
    assertThat(zh.err()).isNotEqualTo(en.err());
    assertThat(en.err()).doesNotContainPattern("\\p{IsHan}{3}");
  }

  private static String code(String err) {
    Matcher m = Pattern.compile("JX-[A-Z]-\\d{4}").matcher(err);
    assertThat(m.find()).as("a code in: " + err).isTrue();
    return m.group();
  }
}
