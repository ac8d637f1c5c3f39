package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lone surrogate (half a pair, as damaged or cut-off input leaves in a Java string) must reach
 * text as an escape UTF-8 can carry, also when the JSON is written by a user's own mapper: the
 * module registered on it, or the mapper given to {@link JixiaoJson.Builder#objectMapper}.
 */
class UsersMapperSurrogatesTest {
  private static final String LONE = "孤\uD800独\uDFFF尾😀\uDBFF";
  private static final String ESCAPED = "孤\\uD800独\\uDFFF尾😀\\uDBFF";

  private static final PerformanceTable TABLE =
      PerformanceTable.builder()
          .moneyUnit(MoneyUnit.YUAN)
          .addProjects(Project.builder().name("项目" + LONE).moneyUnit(MoneyUnit.YUAN).goal(LONE).build())
          .putMetadata(LONE, LONE)
          .build();
  private static final Evaluation EVALUATION = HostileJsonTest.lonelyEvaluation();
  private static final TableEvaluation DOCUMENT =
      TableEvaluation.builder().profile("mof-2020").addEvaluations(EVALUATION).build();

  /**
   * Mappers as users make them: plain, ours, one escaping all non-ASCII, one indenting and
   * writing /2, one escaping the characters HTML gives meaning to.
   */
  private static List<ObjectMapper> mappers() {
    return List.of(
        new ObjectMapper().registerModule(JixiaoJson.module()),
        JixiaoJson.newObjectMapper(),
        JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).addModule(JixiaoJson.module()).build(),
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(JixiaoJson.module(EvaluationSchema.V2, Locale.ENGLISH)).build(),
        htmlSafe());
  }

  /** Escapes {@code < > & '} as a mapper whose JSON is put into a web page does. */
  private static ObjectMapper htmlSafe() {
    ObjectMapper mapper = new ObjectMapper().registerModule(JixiaoJson.module());
    mapper.getFactory().setCharacterEscapes(
        new CharacterEscapes() {
          private static final long serialVersionUID = 1L;

          @Override
          public int[] getEscapeCodesForAscii() {
            int[] codes = standardAsciiEscapesForJSON();
            for (char c : "<>&'".toCharArray()) {
              codes[c] = ESCAPE_STANDARD;
            }
            return codes;
          }

          @Override
          public @Nullable SerializableString getEscapeSequence(int ch) {
            return null; // no custom sequences: the codes above use the standard escape
          }
        });
    return mapper;
  }

  /** What a writer wrote: UTF-8 can carry it, and each lone surrogate is an escape. */
  private static String carried(String what, String text) {
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(text)).as(what).isTrue();
    assertThat(text).as(what).doesNotContain("?");
    String plain = text.replace("\\u5B64", "孤").replace("\\u72EC", "独").replace("\\u5C3E", "尾")
        .replace("\\uD83D\\uDE00", "😀");
    assertThat(plain).as(what).contains(ESCAPED);
    return text;
  }

  @Test
  void theModuleOnAUsersMapperWritesLoneSurrogatesAsEscapesToTextAndFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.json");
    for (ObjectMapper mapper : mappers()) {
      String table = carried("writeValueAsString(table)", mapper.writeValueAsString(TABLE));
      assertThat(mapper.readValue(table, PerformanceTable.class)).isEqualTo(TABLE);
      String document = carried("writeValueAsString(document)", mapper.writeValueAsString(DOCUMENT));
      assertThat(mapper.readValue(document, TableEvaluation.class)).isEqualTo(DOCUMENT);
      String evaluation = carried("writeValueAsString(evaluation)", mapper.writeValueAsString(EVALUATION));
      assertThat(mapper.readValue(evaluation, Evaluation.class)).isEqualTo(EVALUATION);
      // Files.newBufferedWriter's encoder throws on a raw lone surrogate
      try (Writer out = Files.newBufferedWriter(file)) {
        mapper.writeValue(out, DOCUMENT);
      }
      assertThat(mapper.readValue(carried("writeValue(Writer)", Files.readString(file)), TableEvaluation.class))
          .isEqualTo(DOCUMENT);
      String bytes = new String(mapper.writeValueAsBytes(DOCUMENT), StandardCharsets.UTF_8);
      assertThat(mapper.readValue(carried("writeValueAsBytes", bytes), TableEvaluation.class)).isEqualTo(DOCUMENT);
      String parts = carried("a list of findings", mapper.writeValueAsString(EVALUATION.findings()));
      assertThat(parts).contains("\\uD800");
    }
  }

  @Test
  void aStringWithALoneSurrogateIsEscapedAsTheUsersMapperEscapesTheRest() throws IOException {
    Project project = Project.builder().name("<b>&'" + LONE).moneyUnit(MoneyUnit.YUAN).build();
    String html = carried("html-safe", htmlSafe().writeValueAsString(project));
    assertThat(html).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("'")
        .contains("\\u003Cb\\u003E\\u0026\\u0027");
    assertThat(htmlSafe().readValue(html, Project.class)).isEqualTo(project);
    ObjectMapper ascii =
        JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).addModule(JixiaoJson.module()).build();
    String escaped = ascii.writeValueAsString(project);
    assertThat(escaped.chars().allMatch(c -> c < 128)).as(escaped).isTrue();
    assertThat(ascii.readValue(escaped, Project.class)).isEqualTo(project);
  }

  @Test
  void jixiaoJsonOnAUsersMapperWritesLoneSurrogatesAsEscapesEveryWay() throws IOException {
    for (ObjectMapper mapper : mappers()) {
      JixiaoJson json = JixiaoJson.builder().objectMapper(mapper).build();
      assertThat(json.readTable(carried("tableToJson", json.tableToJson(TABLE)))).isEqualTo(TABLE);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      json.writeEvaluation(DOCUMENT, bytes);
      assertThat(json.readEvaluation(carried("writeEvaluation(OutputStream)", bytes.toString(StandardCharsets.UTF_8))))
          .isEqualTo(DOCUMENT);
      StringWriter lines = new StringWriter();
      try (JsonLinesWriter<Evaluation> writer = json.evaluationLinesWriter(lines)) {
        writer.write(EVALUATION);
      }
      carried("evaluationLinesWriter(Writer)", lines.toString());
      ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
      try (JsonLinesWriter<Evaluation> writer = json.evaluationLinesWriter(lineBytes)) {
        writer.write(EVALUATION);
      }
      carried("evaluationLinesWriter(OutputStream)", lineBytes.toString(StandardCharsets.UTF_8));
    }
  }
}
