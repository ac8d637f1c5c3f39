package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadMessages;
import org.junit.jupiter.api.Test;

/**
 * The problems the JSON readers stop at have stable codes ({@code JX-I-03xx}), are worded in
 * Chinese by default and in English with {@link JixiaoJson.Builder#locale}, and keep their JSON
 * path and offending text in both: one invalid input per kind of problem, and one per kind of
 * object a reader expects.
 */
class JsonProblemsTest {
  private static final String TABLE = "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"YUAN\"";
  private static final String PROJECT = "{\"name\":\"甲\",\"moneyUnit\":\"YUAN\"";

  private static String table(String more) {
    return TABLE + more + "}";
  }

  private static String project(String more) {
    return table(",\"projects\":[" + PROJECT + more + "}]");
  }

  /** A /1 evaluation document of one evaluation, with {@code more} fields in the evaluation. */
  private static String evaluation1(String more) {
    return "{\"schema\":\"jixiao.evaluation/1\",\"profile\":\"p\",\"evaluations\":[{\"project\":\"甲\","
        + "\"status\":\"COMPLETED\",\"executionWeight\":10,\"executionTrace\":"
        + "{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"理由\"}" + more + "}],\"findings\":[]}";
  }

  /** A /2 evaluation document of one evaluation, with {@code more} fields in the evaluation. */
  private static String evaluation2(String more) {
    return "{\"schema\":\"jixiao.evaluation/2\",\"profile\":\"p\",\"evaluations\":[{\"project\":\"甲\","
        + "\"status\":\"COMPLETED\",\"execution\":{\"weight\":10,\"trace\":"
        + "{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"理由\"}}" + more + "}],\"findings\":[]}";
  }

  private static String indicator1(String fields) {
    return ",\"indicators\":[{\"index\":0,\"outcome\":\"NOT_APPLICABLE\",\"weight\":1,"
        + "\"rule\":\"r\",\"method\":\"m\",\"reason\":\"理由\"," + fields + "}]";
  }

  /** One invalid input: what it is, the code and path it fails with, a phrase of each language. */
  private record Case(String code, String path, String zh, String en, Consumer<Locale> read) {}

  /** The reader of a language. */
  private static JixiaoJson json(Locale locale) {
    return JixiaoJson.builder().locale(locale).build();
  }

  private static Case table(String code, String path, String zh, String en, String json) {
    return new Case(code, path, zh, en, l -> json(l).readTable(json));
  }

  private static Case evaluation(String code, String path, String zh, String en, String json) {
    return new Case(code, path, zh, en, l -> json(l).readEvaluation(json));
  }

  private static Case line(String code, String path, String zh, String en, String line) {
    return new Case(code, path, zh, en, l -> evaluationLines(json(l), line));
  }

  private static final List<Case> PROBLEMS =
      List.of(
          table("JX-I-0301", "$", "文档提前结束", "the document ends too early", ""),
          table("JX-I-0302", "$", "应为表格（对象），实际为字符串", "expected a table (an object), found a string", "\"表\""),
          table("JX-I-0303", "$.projects", "应为数组，实际为对象", "expected an array, found an object", table(",\"projects\":{}")),
          table("JX-I-0304", "$.schema", "应为字符串，实际为数字", "expected a string, found a number", "{\"schema\":1}"),
          table("JX-I-0305", "$.projects[0].budget", "应为数字，实际为字符串", "expected a number, found a string", project(",\"budget\":\"318.14\"")),
          table("JX-I-0306", "$.projects[0].budget", "数字超出范围", "the number is out of range", project(",\"budget\":1E+99999999999")),
          table("JX-I-0307", "$.projects[0].budget", "超过±1000的上限", "beyond the limit of ±1000", project(",\"budget\":1E+2000")),
          table("JX-I-0308", "$.projects[0].statedExecutionWeight", "不能为负数", "must not be negative", project(",\"statedExecutionWeight\":-1")),
          table("JX-I-0309", "$.projects[0].seq", "应为整数（32位），实际为数字", "expected a whole number (32 bits), found a number", project(",\"seq\":1.5")),
          table("JX-I-0310", "$.projects[0].sourceLine", "应为整数（64位）", "expected a whole number (64 bits)", project(",\"sourceLine\":1.5")),
          table("JX-I-0311", "$.projects[0].newProject", "应为布尔值（true或false），实际为字符串", "expected true or false, found a string", project(",\"newProject\":\"是\"")),
          table("JX-I-0312", "$.moneyUnit", "未知的MoneyUnit取值，应为以下之一：[YUAN, WAN_YUAN, YI_YUAN]", "unknown MoneyUnit value; expected one of [YUAN, WAN_YUAN, YI_YUAN]", "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"万元\"}"),
          table("JX-I-0313", "$", "不是有效的JSON：", "not valid JSON: ", "{x"),
          table("JX-I-0314", "$", "文档结束后还有内容", "content after the end of the document", table("") + " {}"),
          new Case("JX-I-0315", "$", "该行有不止一个JSON值", "more than one JSON value on the line", l -> projectLines(json(l), PROJECT + "} 1")),
          new Case("JX-I-0316", "", "一行超过16个字符的上限", "a line is longer than the limit of 16 characters", l -> projectLines(withShortLines(l), PROJECT + "}")),
          table("JX-I-0317", "$.moneyUnit", "缺少必填字段“moneyUnit”", "missing required field 'moneyUnit'", "{\"schema\":\"jixiao.table/1\"}"),
          evaluation("JX-I-0318", "$.evaluations[0]", "取值无效：a grade needs a score", "invalid value: a grade needs a score", evaluation1(",\"grade\":\"GOOD\"")),
          table("JX-I-0319", "$.projects[0].moneyUnit", "项目的金额单位为WAN_YUAN，而表格为YUAN", "the project states amounts in WAN_YUAN but the table in YUAN", table(",\"projects\":[{\"name\":\"甲\",\"moneyUnit\":\"WAN_YUAN\"}]")),
          table("JX-I-0320", "$.schema", "不支持的schema，应为jixiao.table/1", "unsupported schema; expected jixiao.table/1", "{\"schema\":\"jixiao.table/9\"}"),
          evaluation("JX-I-0321", "$.schema", "汇总文档没有过程记录，不能读回为评价结果", "a summary document has no traces", "{\"schema\":\"jixiao.evaluation-summary/2\"}"),
          evaluation("JX-I-0322", "$.evaluations[0].schema", "在jixiao.evaluation/1文档中声明了jixiao.evaluation/2", "names jixiao.evaluation/2 inside a document of jixiao.evaluation/1", evaluation1(",\"schema\":\"jixiao.evaluation/2\"")),
          line("JX-I-0323", "$.schema", "声明为jixiao.evaluation/2，但$.executionWeight是jixiao.evaluation/1的字段", "names jixiao.evaluation/2 but $.executionWeight is a field of jixiao.evaluation/1", "{\"profile\":\"p\",\"project\":\"甲\",\"status\":\"COMPLETED\",\"executionWeight\":10,\"schema\":\"jixiao.evaluation/2\"}"),
          evaluation("JX-I-0324", "$.evaluations[0].executionScore", "“executionScore”是jixiao.evaluation/1的字段，但文档为jixiao.evaluation/2", "'executionScore' is a field of jixiao.evaluation/1, but the document is jixiao.evaluation/2", evaluation2(",\"executionScore\":1")),
          line("JX-I-0325", "$.executionScore", "“executionScore”是jixiao.evaluation/1的字段，但$.execution是jixiao.evaluation/2的字段", "'executionScore' is a field of jixiao.evaluation/1, but $.execution is a field of jixiao.evaluation/2", "{\"profile\":\"p\",\"execution\":{\"weight\":1,\"trace\":{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"理由\"}},\"executionScore\":1}"),
          evaluation("JX-I-0326", "$.evaluations[0].indicators[0].category", "与level1和subcategory不一致（应为QUANTITY）", "does not agree with level1 and subcategory (expected QUANTITY)", evaluation1(indicator1("\"category\":\"QUALITY\",\"level1\":\"OUTPUT\",\"subcategory\":\"QUANTITY\""))),
          evaluation("JX-I-0327", "$.evaluations[0].indicators[0].category", "与subcategory（QUALITY）不一致", "does not agree with subcategory (QUALITY)", evaluation1(indicator1("\"category\":\"QUANTITY\",\"subcategory\":\"QUALITY\""))),
          evaluation("JX-I-0328", "$.evaluations[0].indicators[0].category", "未知的类别取值", "unknown category value", evaluation1(indicator1("\"category\":\"产出\""))),
          evaluation("JX-I-0329", "$.evaluations[0].indicators[0].category", "在jixiao.evaluation/2中为一级指标", "in jixiao.evaluation/2 the level-1 category", evaluation2(",\"indicators\":[{\"index\":0,\"outcome\":\"NOT_APPLICABLE\",\"weight\":1,\"category\":\"QUANTITY\",\"trace\":{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"理由\"}}]")),
          // a /1 summary line names no schema: it is known by having no trace where a full line has two
          line("JX-I-0321", "$", "汇总文档没有过程记录，不能读回为评价结果", "a summary document has no traces", "{\"profile\":\"p\",\"project\":\"甲\",\"executionWeight\":10,\"indicators\":[{\"index\":0,\"category\":\"QUANTITY\",\"level1\":\"OUTPUT\",\"subcategory\":\"QUANTITY\",\"outcome\":\"NOT_APPLICABLE\",\"weight\":0}],\"status\":\"UNDETERMINED\"}"),
          line("JX-I-0330", "$.executionTrace", "缺少必填字段“executionTrace”，且全无过程记录", "missing required field 'executionTrace', and no trace at all", "{\"profile\":\"p\",\"project\":\"甲\",\"executionWeight\":10,\"indicators\":[],\"status\":\"UNDETERMINED\"}"),
          new Case("JX-I-0140", "", "字节偏移", "byte offset", l -> json(l).readTable(notUtf8())));

  /** Where each kind of object is expected, a number instead: "应为{what}（对象），实际为数字". */
  private static final List<Case> EXPECTED_OBJECTS =
      List.of(
          expected("JX-I-0351", "表格", "a table", j -> j.readTable("1")),
          expected("JX-I-0352", "项目", "a project", j -> j.readProject("1")),
          expected("JX-I-0353", "评价文档", "an evaluation document", j -> j.readEvaluation("1")),
          expected("JX-I-0354", "评价结果", "an evaluation", j -> j.readEvaluation("{\"schema\":\"jixiao.evaluation/1\",\"profile\":\"p\",\"evaluations\":[1]}")),
          expected("JX-I-0355", "指标", "an indicator", j -> j.readTable(project(",\"indicators\":[1]"))),
          expected("JX-I-0356", "指标结果", "an indicator result", j -> j.readEvaluation(evaluation1(",\"indicators\":[1]"))),
          expected("JX-I-0357", "过程记录", "a trace", j -> j.readEvaluation(evaluation1(",\"statusTrace\":1"))),
          expected("JX-I-0358", "分类小计", "a subtotal", j -> j.readEvaluation(evaluation1(",\"subtotals\":[1]"))),
          expected("JX-I-0359", "资金来源", "a fund source", j -> j.readTable(project(",\"funds\":[1]"))),
          expected("JX-I-0360", "未归位单元格", "a stray cell", j -> j.readTable(project(",\"strayCells\":[1]"))),
          expected("JX-I-0361", "合计行", "a totals row", j -> j.readTable(table(",\"totals\":1"))),
          expected("JX-I-0362", "元数据", "metadata", j -> j.readTable(table(",\"metadata\":1"))),
          expected("JX-I-0363", "发现", "a finding", j -> j.readEvaluation(evaluation1(",\"findings\":[1]"))),
          expected("JX-I-0364", "位置", "a location", j -> j.readEvaluation(evaluation1(",\"findings\":[{\"rule\":\"r\",\"severity\":\"INFO\",\"message\":\"m\",\"location\":1}]"))),
          expected("JX-I-0365", "执行率结果", "an execution result", j -> j.readEvaluation(evaluation2("").replace("\"execution\":{", "\"execution\":1,\"x\":{"))),
          expected("JX-I-0366", "理由参数", "reason arguments", j -> j.readEvaluation(evaluation1(",\"statusTrace\":{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"理由\",\"reasonArgs\":1}"))),
          expected("JX-I-0367", "计算数字", "figures", j -> j.readEvaluation(evaluation1(",\"statusTrace\":{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"理由\",\"figures\":1}"))),
          expected("JX-I-0368", "发现参数", "finding arguments", j -> j.readEvaluation(evaluation1(",\"findings\":[{\"rule\":\"r\",\"severity\":\"INFO\",\"message\":\"m\",\"args\":1}]"))),
          expected("JX-I-0369", "一级指标分值", "category points", j -> j.readTable(project(",\"statedCategoryWeights\":40"))));

  private static Case expected(String what, String zh, String en, Consumer<JixiaoJson> reading) {
    Consumer<Locale> read = l -> reading.accept(json(l));
    return new Case(what, "$", "应为" + zh + "（对象），实际为数字", "expected " + en + " (an object), found a number", read);
  }

  private static JixiaoReadException thrown(Case c, Locale locale) {
    JixiaoReadException e =
        catchThrowableOfType(() -> c.read().accept(locale), JixiaoReadException.class);
    assertThat(e).as(c.code()).isNotNull();
    return e;
  }

  @Test
  void theDefaultLanguageIsChinese() {
    JixiaoReadException e =
        catchThrowableOfType(() -> JixiaoJson.defaults().readTable("[]"), JixiaoReadException.class);
    assertThat(e.code()).contains("JX-I-0302");
    assertThat(e.problem()).isEqualTo("应为表格（对象），实际为数组");
  }

  @Test
  void eachProblemHasItsCodePathAndWordsInChineseAndInEnglish() {
    for (Case c : PROBLEMS) {
      JixiaoReadException zh = thrown(c, Locale.SIMPLIFIED_CHINESE);
      JixiaoReadException en = thrown(c, Locale.ENGLISH);
      assertThat(zh.code()).as(c.code()).contains(c.code());
      assertThat(en.code()).as(c.code()).contains(c.code());
      assertThat(zh.problem()).as(c.code()).contains(c.zh());
      assertThat(en.problem()).as(c.code()).contains(c.en());
      assertThat(zh.getMessage()).as(c.code()).contains(zh.problem());
      if (!c.path().isEmpty()) {
        assertThat(zh.path()).as(c.code()).hasValue(c.path());
        assertThat(en.path()).as(c.code()).hasValue(c.path());
        assertThat(zh.getMessage()).as(c.code()).contains(c.path());
      }
      assertThat(en.text()).isEqualTo(zh.text());
    }
  }

  @Test
  void eachExpectedObjectIsNamedInTheReadersLanguage() {
    for (Case c : EXPECTED_OBJECTS) {
      JixiaoReadException zh = thrown(c, Locale.SIMPLIFIED_CHINESE);
      assertThat(zh.code()).as(c.code()).contains("JX-I-0302");
      assertThat(zh.problem()).as(c.code()).isEqualTo(c.zh());
      assertThat(thrown(c, Locale.ENGLISH).problem()).as(c.code()).isEqualTo(c.en());
    }
  }

  @Test
  void aFindingsArgumentsThatAreNoObjectAreRefusedAtTheirPath() {
    String finding = "{\"rule\":\"r\",\"severity\":\"INFO\",\"message\":\"m\",\"args\":%s,\"code\":\"C1\"}";
    String later = ",{\"rule\":\"r2\",\"severity\":\"INFO\",\"message\":\"m2\"}";
    for (String args : List.of("\"oops\"", "[\"a\",\"b\"]", "[{\"message\":\"m\"}]", "5", "true")) {
      String table = "{\"schema\":\"jixiao.evaluation/1\",\"profile\":\"p\",\"evaluations\":[],\"findings\":["
          + String.format(finding, args) + later + "],\"readDiagnostics\":[]}";
      String inEvaluation = evaluation1(",\"findings\":[" + String.format(finding, args) + later + "]");
      for (String json : List.of(table, inEvaluation)) {
        JixiaoReadException e =
            catchThrowableOfType(() -> json(Locale.ENGLISH).readEvaluation(json), JixiaoReadException.class);
        assertThat(e).as(json).isNotNull();
        assertThat(e.code()).as(json).contains("JX-I-0302");
        assertThat(e.problem()).as(json).startsWith("expected finding arguments (an object), found ");
        assertThat(e.path()).as(json).hasValueSatisfying(p -> assertThat(p).endsWith(".findings[0].args"));
      }
    }
  }

  @Test
  void anArrayWhereAnObjectIsExpectedIsNamedAtItsOwnPathNotAtAnElement() {
    JixiaoJson json = json(Locale.ENGLISH);
    assertThat(catchThrowableOfType(() -> json.readTable(table(",\"metadata\":[]")), JixiaoReadException.class).path())
        .hasValue("$.metadata");
    assertThat(catchThrowableOfType(() -> json.readTable(project(",\"funds\":[[1]]")), JixiaoReadException.class).path())
        .hasValue("$.projects[0].funds[0]");
    assertThat(catchThrowableOfType(() -> json.readEvaluation(evaluation1(",\"statusTrace\":[]")), JixiaoReadException.class).path())
        .hasValue("$.evaluations[0].statusTrace");
  }

  @Test
  void theOffendingTextAndTheLocationAreInTheMessageInBothLanguages() {
    String json = "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"万元\"}";
    JixiaoReadException zh = catchThrowableOfType(() -> JixiaoJson.defaults().readTable(json), JixiaoReadException.class);
    assertThat(zh.getMessage())
        .isEqualTo("第1行（$.moneyUnit）：未知的MoneyUnit取值，应为以下之一：[YUAN, WAN_YUAN, YI_YUAN]：“万元”");
    JixiaoReadException en =
        catchThrowableOfType(
            () -> JixiaoJson.builder().locale(Locale.US).build().readTable(json),
            JixiaoReadException.class);
    assertThat(en.getMessage())
        .isEqualTo(
            "line 1, $.moneyUnit: unknown MoneyUnit value; expected one of [YUAN, WAN_YUAN, YI_YUAN]: '万元'");
    // A JSON Lines line's number is its line in the stream.
    JixiaoReadException third =
        catchThrowableOfType(
            () -> projectLines(JixiaoJson.defaults(), PROJECT + "}\n" + PROJECT + "}\n{\"name\":1}"),
            JixiaoReadException.class);
    assertThat(third.getMessage()).startsWith("第3行（$.name）：应为字符串，实际为数字");
  }

  @Test
  void theJacksonModuleWordsItsProblemsInItsLanguage() {
    String json = "{\"rule\":\"r\",\"severity\":\"FATAL\",\"message\":\"m\"}";
    ObjectMapper zh = new ObjectMapper().registerModule(JixiaoJson.module());
    ObjectMapper en =
        new ObjectMapper().registerModule(JixiaoJson.module(EvaluationSchema.V1, Locale.ENGLISH));
    assertThat(catchThrowableOfType(() -> zh.readValue(json, Finding.class), JixiaoReadException.class).problem())
        .startsWith("未知的Severity取值");
    assertThat(catchThrowableOfType(() -> en.readValue(json, Finding.class), JixiaoReadException.class).problem())
        .startsWith("unknown Severity value");
  }

  @Test
  void aRepeatedKeyIsRefusedThroughTheModuleOnAPlainMapperAsThroughJixiaoJson() {
    // a plain ObjectMapper's factory allows repeated keys; the last value must not win unsaid
    String json = "{\"rule\":\"r\",\"severity\":\"INFO\",\"message\":\"m\",\"severity\":\"ERROR\"}";
    ObjectMapper plain = new ObjectMapper().registerModule(JixiaoJson.module());
    JixiaoReadException viaModule = catchThrowableOfType(() -> plain.readValue(json, Finding.class), JixiaoReadException.class);
    assertThat(viaModule.code()).contains("JX-I-0313");
    assertThat(viaModule.problem()).contains("Duplicate field 'severity'");
    // and the table document read by JixiaoJson's own strict factory says the same
    JixiaoReadException viaJixiao =
        catchThrowableOfType(() -> JixiaoJson.defaults().readTable(table(",\"title\":\"甲\",\"title\":\"乙\"")), JixiaoReadException.class);
    assertThat(viaJixiao.code()).contains("JX-I-0313");
    assertThat(viaJixiao.problem()).contains("Duplicate field 'title'");
  }

  @Test
  void everyCodeOfTheJsonReadersIsReachedAndHasBothLanguages() {
    Set<String> reached = new TreeSet<>();
    for (Case c : PROBLEMS) {
      reached.add(c.code());
    }
    for (Case c : EXPECTED_OBJECTS) {
      reached.add(c.code());
    }
    // the words for what was found instead, each seen in a reader's message
    reached.add(found(table(",\"projects\":{}"), "对象", "JX-I-0371"));
    reached.add(found("{\"schema\":[]}", "数组", "JX-I-0372"));
    reached.add(found("\"表\"", "字符串", "JX-I-0373"));
    reached.add(found("1", "数字", "JX-I-0374"));
    reached.add(found("true", "布尔值", "JX-I-0375"));
    reached.add(foundNull());
    Set<String> json = new TreeSet<>();
    for (String code : ReadMessages.codes()) {
      if (code.startsWith("JX-I-03")) {
        json.add(code);
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
          assertThat(ReadMessages.catalog().render(code, java.util.Map.of(), locale)).as(code).isPresent();
        }
      }
    }
    // Not reachable through JixiaoJson: a parser that has not started (0377) or stands on a
    // token that is no value (0378); they word what JsonIn found if a caller ever does that.
    json.removeAll(List.of("JX-I-0377", "JX-I-0378"));
    reached.remove("JX-I-0140");
    assertThat(reached).isEqualTo(json);
  }

  /** The code of the word for what was found, once the message of reading {@code json} has been seen to use it. */
  private static String found(String json, String word, String code) {
    JixiaoReadException e = catchThrowableOfType(() -> JixiaoJson.defaults().readTable(json), JixiaoReadException.class);
    assertThat(e.problem()).as(code).endsWith("实际为" + word);
    return code;
  }

  /** A number where an object is expected names "a number"; so null names "null" (0376). */
  private static String foundNull() {
    JixiaoReadException e =
        catchThrowableOfType(() -> JixiaoJson.defaults().readTable("null"), JixiaoReadException.class);
    assertThat(e.problem()).isEqualTo("应为表格（对象），实际为null");
    return "JX-I-0376";
  }

  // ---------------------------------------------------------------- helpers

  private static JixiaoJson withShortLines(Locale locale) {
    return JixiaoJson.builder()
        .locale(locale)
        .readConstraints(StreamReadConstraints.builder().maxDocumentLength(16).build())
        .build();
  }

  private static byte[] notUtf8() {
    byte[] head = table("").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
    bytes[head.length - 1] = (byte) 0xff;
    bytes[head.length] = '}';
    return bytes;
  }

  private static void projectLines(JixiaoJson json, String lines) {
    try (JsonLinesReader<?> reader = json.projectLines(new StringReader(lines))) {
      reader.forEachRemaining(p -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void evaluationLines(JixiaoJson json, String lines) {
    try (JsonLinesReader<?> reader = json.evaluationLines(new StringReader(lines))) {
      reader.forEachRemaining(p -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
