package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadMessages;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * The form reader's diagnostics have stable codes ({@code JX-I-02xx}), Chinese messages by
 * default and English ones on request, keep their rule id, location and offending text, and
 * strict mode throws them in the reader's language: every code is reached, in both languages, by
 * the published forms and by small forms made to raise one diagnostic each.
 */
class FormMessagesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

  private static final String HEADER =
      "项目支出绩效自评表\n(2021年度)\n项目名称\t测试项目\n主管部门\t某局\t\t\t实施单位\t某中心\n";
  private static final String FUNDS_HEAD =
      "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n";
  private static final String INDICATOR_HEAD =
      "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t年度指标值\t实际完成值\t分值\t得分\n";

  /** 广水's local template down to its funds: sources as columns, their figures on the row below. */
  private static final String GUANGSHUI_HEAD = "广水市财政预算支出项目绩效目标自评表\n项目名称\t测试项目\n"
      + "项目资金 来源\t中央 (万元)\t省、地 (万元)\t本级 (万元)\t其他 (万元)\t合计 (万元)\t执行数 (万元)\t执行率\n"
      + "\t\t\t10\t\t10\t9\t90%\n";
  /** Its 项目决策 / 项目管理 block, which the form scores itself. */
  private static final String GUANGSHUI_DECISION = "项目权重\t评价内容\t分值\t自评分\t复核分\t评价标准及依据\n"
      + "项目决策 2 分\t决策依据\t2\t2\t\t有文件计2分\n";
  /** Its indicator block: a level above 一级 with its points, in a column the header leaves blank. */
  private static final String GUANGSHUI_INDICATORS =
      "\t一级 指标\t二级 指标\t指标名称 (三级指标)\t年初指标值\t年终完成值\t自评分\t复核分\t评价标准\n"
          + "项目 绩效 98 分\t产出 指标 40 分\t数量指标 15 分\t采购设备\t10 台套\t10 台套\t15\t\t\n";

  /** Small forms, each made to raise one kind of diagnostic (or a few), by code. */
  static final Map<String, String> FORMS = forms();

  private static Map<String, String> forms() {
    Map<String, String> forms = new TreeMap<>();
    forms.put("JX-I-0201", "附件1\t说明\n" + HEADER);
    forms.put("JX-I-0202", "项目支出绩效自评表\n(2021年度)\n项目名称\t测试项目\t项目负责人\t张三\n");
    forms.put("JX-I-0203", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t10\t10\n乱七八糟\t随便\t写写\n");
    forms.put("JX-I-0204", "");
    forms.put("JX-I-0205", HEADER);
    forms.put("JX-I-0206", "项目支出绩效自评表\n(2022年度)\n");
    forms.put("JX-I-0250", "就业补助资金绩效自评表\n(2022年度)\n");
    forms.put(
        "JX-I-0207",
        "项目支出绩效自评表\n项目名称\t甲\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\n"
            + "\t年度资金总额\t1\t1\t1\n"
            + "项目支出绩效自评表\n项目名称\t乙\n项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\n"
            + "\t年度资金总额\t1\t1\t1\n");
    forms.put("JX-I-0208", HEADER + INDICATOR_HEAD
        + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t50\t50\n总分\t\t\t\t\t\t\t90\t50\n");
    forms.put("JX-I-0209", HEADER + INDICATOR_HEAD
        + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t\t\n总分\t\t\t\t\t\t\t90\t50\n");
    forms.put("JX-I-0211", HEADER + FUNDS_HEAD
        + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n\t其中：当年财政拨款\t100\t100\t90\t10\t\t9\n");
    forms.put("JX-I-0212", HEADER + FUNDS_HEAD + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\t另注\n");
    forms.put("JX-I-0217", HEADER + FUNDS_HEAD + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n\t总额\t200\t\t180\n");
    forms.put("JX-I-0213", HEADER + FUNDS_HEAD + "\t年度资金总额\t100\t1000000元\t90\t10\t90%\t9\n");
    forms.put("JX-I-0215", HEADER + FUNDS_HEAD + "\t年度资金总额\t100\t100\t90\t10\t0.9\t9\n");
    forms.put("JX-I-0216", HEADER + FUNDS_HEAD
        + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n\t其中：当年财政拨款\t100\t100\t90\t\t50%\t\n");
    forms.put("JX-I-0218", HEADER + "项目资金（万元）\t\t年初预匏数\t全年执行数\t执行率\n\t年度资金总额\t100\t90\t90%\n");
    forms.put("JX-I-0219", HEADER + FUNDS_HEAD
        + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n\t其中：当年财政拨款\t100\t100\t基本支出：\t60\t\t\n");
    forms.put("JX-I-0221", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t10\t十分\n");
    forms.put("JX-I-0222", HEADER + FUNDS_HEAD + "\t年度资金总额\t一百\t100\t90\t10\t90%\t9\n");
    forms.put("JX-I-0223", HEADER + FUNDS_HEAD + "\t年度资金总额\t100\t100\t90\t10\t九成\t9\n");
    forms.put("JX-I-0224", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t-5\t0\n");
    forms.put("JX-I-0231", HEADER + INDICATOR_HEAD + "\t满意\t\t\t\t\t\t\t\n");
    forms.put("JX-I-0232", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t指标2:\t\t\t\t\t\n");
    forms.put("JX-I-0233", HEADER + INDICATOR_HEAD
        + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t10\t10\n\t\t\t其中男性\t\t5\t5\t\t\n");
    forms.put("JX-I-0234", HEADER + INDICATOR_HEAD + "\t不知道\t不清楚\t人数\t≥\t10\t10\t10\t10\n");
    forms.put("JX-I-0235", HEADER + INDICATOR_HEAD + "\t\t\t人数\t≥\t10\t10\t10\t10\n");
    forms.put("JX-I-0236", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t大约\t10\t10\t10\t10\n");
    forms.put("JX-I-0237", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t10\t10\t多余\n");
    String pointsHead = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t50\n\t产出指标\t数量指标\t人数\t10\t10\t5\n";
    forms.put("JX-I-0238", "项目支出绩效自评表\n项目名称\t测试项目\t自评得分\n\t\t100\n" + pointsHead);
    forms.put("JX-I-0239", HEADER + pointsHead);
    forms.put("JX-I-0242", HEADER + "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\n"
        + "\t产出指标\t数量指标\t公里数\t50\t50\n\t\t质量指标\t验收合格\t30\t30\n\t效益指标\t社会效益指标\t通行\t20\t20\n");
    String subScores = "四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t\t\t单项指标实际完成值\t自评得分\t\t\n"
        + "\t\t\t\t符号\t\t单位(文字描述)\t\t单项指标得分\t权重占比(%)\t单项指标折算得分\n";
    forms.put("JX-I-0240", HEADER + subScores + "\t产出指标\t质量指标\t覆盖率\t>=\t98\t%\t100%\t100\t25\t25\n");
    forms.put("JX-I-0241", HEADER + subScores + "\t产出指标\t质量指标\t覆盖率\t>=\t98\t%\t100%\t100\t25\t20\n");
    forms.put("JX-I-0243", "项目支出绩效自评表\n项目名称\t测试项目\t自评得分\t95\n" + INDICATOR_HEAD
        + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t90\t90\n总分\t\t\t\t\t\t\t90\t90\n");
    forms.put("JX-I-0244", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t90\t90\n\t预算执行率\t预算执行率\n");
    forms.put("JX-I-0246", "项目支出绩效自评表\n部门:某学校\n" + HEADER.substring(HEADER.indexOf("项目名称")));
    forms.put("JX-I-0261", GUANGSHUI_HEAD + GUANGSHUI_INDICATORS);
    forms.put("JX-I-0262", GUANGSHUI_HEAD + GUANGSHUI_INDICATORS);
    String total = GUANGSHUI_HEAD.replace("\n项目名称", "\n填报日期:\t\t自评总分: 90\n项目名称");
    forms.put("JX-I-0263", total + GUANGSHUI_DECISION + GUANGSHUI_INDICATORS);
    forms.put("JX-I-0264", total + GUANGSHUI_DECISION);
    forms.put("JX-I-0265", GUANGSHUI_HEAD + GUANGSHUI_DECISION + GUANGSHUI_INDICATORS);
    forms.put("JX-I-0245", HEADER + "资金管理情况\t\t情况说明\t\t\t存在问题和改进措施\n\t分配科学性\t合理分配,优先保障工资社保。\n");
    forms.put("JX-I-0247", HEADER + INDICATOR_HEAD);
    forms.put("JX-I-0257", INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t90\t90\n");
    forms.put("JX-I-0267", "项目名称\t测试项目\n项目资金 来源\t中央 (万元)\t本级 (万元)\t执行数 (万元)\t执行率\n\t4\t6\t9\t90%\n");
    forms.put("JX-I-0266", "项目名称：测试项目\n" + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t90\t90\n");
    forms.put("JX-I-0268", "项目支出绩效自评表\n项目名称：测试项目  实施单位：某局\n" + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t90\t90\n");
    forms.put("JX-I-0269", "项目支出绩效自评表\n项目名称\t测试项目办公楼\n\t维修改造经费\n" + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t90\t90\n");
    String row = "\t产出指标\t数量指标\t人数\t≥\t10\t10\t45\t45\n";
    forms.put("JX-I-0270", HEADER + INDICATOR_HEAD + row + INDICATOR_HEAD + row.replace("\t产出指标\t数量指标", "\t\t"));
    forms.put("JX-I-0271", HEADER + INDICATOR_HEAD + INDICATOR_HEAD + row);
    forms.put("JX-I-0272", "项目名称\t测试项目\n项目资金 (万元)\t\t年初\t全年\t全年\t执行率(\n\t\t预算数\t预算数\t执行数\tB/A)\n"
        + "\t年度资金总额\t10\t10\t9\t90%\n");
    forms.put("JX-I-0274", HEADER + INDICATOR_HEAD + "\t产出指标\t\t人数\t≥\t10\t10\t45\t45\n\t\t数量指标\t场次\t≥\t5\t5\t45\t45\n");
    forms.put("JX-I-0275", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t45\t45\n"
        + "\t\t\t\t\t严格执行相关\t\t\t\n\t\t质量指标\t制度执行\t\t制度规定\t已执行\t45\t45\n");
    forms.put("JX-I-0276", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t≥100人次\t120人次\t45\t45\n"
        + "\t\t质量指标\t达标率\t≥\t≥9\t96%\t45\t45\n\t\t\t\t\t5%\t\t\t\n");
    forms.put("JX-I-0273", "项目名称\t测试项目\n\t\t预算数\t执行数\t执行率\n\t年度资金总额\t10\t9\t90%\n项目资金 (万元)\t其中:财政拨款\t10\t9\t90%\n");
    forms.put("JX-I-0251", HEADER + INDICATOR_HEAD.replace("实际完成值", "评分标准") + "\t产出指标\t数量指标\t人数\t≥\t10\t达到得满分\t10\t10\n");
    forms.put("JX-I-0253", HEADER + INDICATOR_HEAD.replace("年度指标值\t实际完成值", "年度\t实际")
        + "\t\t\t\t\t指标值\t完成值\n\t产出指标\t数量指标\t人数\t≥\t10\t10\t10\t10\n");
    forms.put("JX-I-0254", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t培训\t≥\t10\t10\t10\t10\n\t\t\t人数\n");
    forms.put("JX-I-0255", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t60\t60\n\t\t社会效益指标\t就业\t≥\t5\t5\t30\t30\n");
    forms.put("JX-I-0256", HEADER + INDICATOR_HEAD + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t60\t60\n\t\t社会效益\t就业\t≥\t5\t5\t30\t30\n\t\t指标\n");
    forms.put("JX-I-0252", HEADER + INDICATOR_HEAD.replace("实际完成值", "") + "\t产出指标\t数量指标\t人数\t≥\t10\t10\t10\t10\n");
    // another layout read as forms: a disclosure table, a target declaration
    forms.put(
        "JX-I-0248",
        "序号\t项目名称\t项目年度预算金额\t实际支出金额\t预算支出执行率\n1\t甲\t10\t9\t90%\n");
    forms.put(
        "JX-I-0249",
        "项目支出绩效目标申报表\n项目名称\t档案数字化\t项目编码\t44030001\n政策依据\t档案法\t测算依据\t按卷计价\n"
            + "一级指标\t二级指标\t三级指标\t指标值\t指标解释\n产出指标\t数量指标\t档案数\t≥100卷\t按年计\n");
    return forms;
  }

  private static FormReader reader(Locale locale) {
    return FormReader.builder().locale(locale).build();
  }

  private static ReadResult<PerformanceTable> read(String tsv, Locale locale) {
    return reader(locale).read(tsv, "form.tsv");
  }

  /** Every lenient diagnostic of the small forms and the published ones, in order. */
  private static List<Finding> corpus(Locale locale) {
    List<Finding> out = new ArrayList<>();
    for (String form : FORMS.values()) {
      out.addAll(read(form, locale).diagnostics());
    }
    for (String fixture : Fixtures.ALL) {
      try {
        out.addAll(reader(locale).read(Fixtures.path(fixture)).diagnostics());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static Set<String> formCodes() {
    Set<String> codes = new TreeSet<>();
    for (String code : ReadMessages.codes()) {
      if (code.startsWith("JX-I-02")) {
        codes.add(code);
      }
    }
    return codes;
  }

  @Test
  void eachSmallFormRaisesTheDiagnosticItIsMadeFor() {
    for (Map.Entry<String, String> form : FORMS.entrySet()) {
      assertThat(read(form.getValue(), Locale.CHINESE).diagnostics())
          .as(form.getKey())
          .extracting(Finding::code)
          .contains(form.getKey());
    }
  }

  @Test
  void everyCodeIsReachedAndFilledByItsArgumentsInBothLanguages() {
    Set<String> reached = new TreeSet<>();
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (Finding f : corpus(locale)) {
        assertThat(ReadMessages.codes()).as("code of %s", f).contains(f.code());
        assertThat(f.message()).as("%s", f).doesNotContain("{").doesNotContain("}");
        for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
          String template =
              ReadMessages.catalog().render(f.code(), Map.of(), language).orElseThrow();
          Matcher m = PLACEHOLDER.matcher(template);
          while (m.find()) {
            assertThat(f.args()).as("the arguments of %s", f).containsKey(m.group(1));
          }
        }
        if (f.code().startsWith("JX-I-02")) {
          reached.add(f.code());
        }
      }
    }
    assertThat(reached).isEqualTo(formCodes());
  }

  @Test
  void chineseByDefaultEnglishOnRequestAndEachLocalisesToTheOther() {
    List<Finding> byDefault = new ArrayList<>();
    for (String form : FORMS.values()) {
      byDefault.addAll(FormReader.builder().build().read(form, "form.tsv").diagnostics());
    }
    List<Finding> zh = corpus(Locale.SIMPLIFIED_CHINESE);
    List<Finding> en = corpus(Locale.ENGLISH);
    assertThat(zh.subList(0, byDefault.size())).isEqualTo(byDefault);
    assertThat(en).hasSameSizeAs(zh);
    for (int i = 0; i < zh.size(); i++) {
      Finding z = zh.get(i);
      Finding e = en.get(i);
      assertThat(e.code()).isEqualTo(z.code());
      assertThat(e.rule()).isEqualTo(z.rule()).isNotEqualTo(z.code());
      assertThat(e.location()).isEqualTo(z.location());
      assertThat(e.message()).isNotEqualTo(z.message());
      assertThat(ReadMessages.localise(z, Locale.ENGLISH)).isEqualTo(e);
      assertThat(ReadMessages.localise(e, Locale.CHINESE)).isEqualTo(z);
      // Chinese messages quote the form's own words only; English ones are English.
      assertThat(LATIN.matcher(z.message()).find()).as(z.message()).isFalse();
      assertThat(LATIN.matcher(e.message()).find()).as(e.message()).isTrue();
    }
  }

  @Test
  void aNumberThatIsNotOneKeepsItsRuleLocationAndTextInBothLanguages() {
    String form = form("JX-I-0221");
    Finding zh = only(read(form, Locale.CHINESE).diagnostics(), "JX-I-0221");
    Finding en = only(read(form, Locale.ENGLISH).diagnostics(), "JX-I-0221");
    assertThat(zh.rule()).isEqualTo(ReadDiagnostics.NOT_A_NUMBER);
    assertThat(zh.message()).isEqualTo("得分不是数字，该单元格作为未归位单元格保留");
    assertThat(en.message()).isEqualTo("得分 is not a number; the cell is kept as a stray cell");
    assertThat(zh.args()).containsEntry("header", "得分");
    Location at = zh.location().orElseThrow();
    assertThat(at.line()).hasValue(6L);
    assertThat(at.column()).hasValue(9);
    assertThat(at.text()).contains("十分");
    assertThat(at.path()).contains("form.tsv");
  }

  @Test
  void theMessagesSayWhatWasFoundInTheReadersLanguage() {
    assertThat(message("JX-I-0205", Locale.CHINESE)).isEqualTo("自评表未注明金额单位，按万元理解");
    assertThat(message("JX-I-0205", Locale.ENGLISH)).isEqualTo("the form names no money unit; 万元 is assumed");
    assertThat(message("JX-I-0206", Locale.CHINESE)).isEqualTo("自评表没有项目名称，暂以未命名项目1命名");
    assertThat(message("JX-I-0207", Locale.CHINESE))
        .isEqualTo("该表的金额单位为元，第一张表为万元；其金额已精确换算为万元");
    assertThat(message("JX-I-0208", Locale.ENGLISH))
        .isEqualTo("the 总分 row's 分值 90 is not the sum of the form's 分值 (50); kept as a stray cell");
    assertThat(message("JX-I-0213", Locale.CHINESE)).isEqualTo("以元填写的金额已精确换算为本表的万元");
    assertThat(message("JX-I-0215", Locale.CHINESE)).isEqualTo("执行率以小数填写，按90%读取");
    assertThat(message("JX-I-0215", Locale.ENGLISH))
        .isEqualTo("the execution rate is printed as a fraction; read as 90 %");
    assertThat(message("JX-I-0211", Locale.CHINESE))
        .isEqualTo("资金表中“其中”行填写了自己的分值；执行率只按总额行计一次分，该单元格作为未归位单元格保留");
    assertThat(message("JX-I-0236", Locale.ENGLISH))
        .isEqualTo("a 指标性质 that is none of ≥ ＞ ＝ ＜ ≤ 定性; kept as a stray cell");
    assertThat(message("JX-I-0245", Locale.CHINESE))
        .isEqualTo("转移支付自评表的资金管理情况一栏（分配科学性、下达及时性等）在模型中没有对应字段；"
            + "各行填写的内容以该行的标签为表头，作为未归位单元格保留");
    assertThat(message("JX-I-0245", Locale.ENGLISH))
        .isEqualTo("the transfer-payment form's 资金管理情况 block (分配科学性, 下达及时性 …) has no field in the model; "
            + "what each row states is kept as a stray cell headed by the row's label");
  }

  @Test
  void strictModeThrowsTheFirstProblemWithItsCodeInTheReadersLanguage() {
    String form = form("JX-I-0221");
    JixiaoReadException zh =
        catchThrowableOfType(
            () -> FormReader.builder().strict(true).build().read(form, "form.tsv"),
            JixiaoReadException.class);
    assertThat(zh.code()).contains("JX-I-0221");
    assertThat(zh.line()).hasValue(6L);
    assertThat(zh.column()).hasValue(9);
    assertThat(zh.text()).contains("十分");
    assertThat(zh.getMessage())
        .isEqualTo("第6行第9列（form.tsv）：得分不是数字，该单元格作为未归位单元格保留：“十分”");
    JixiaoReadException en =
        catchThrowableOfType(
            () ->
                FormReader.builder()
                    .strict(true)
                    .locale(Locale.ENGLISH)
                    .build()
                    .read(form, "form.tsv"),
            JixiaoReadException.class);
    assertThat(en.code()).contains("JX-I-0221");
    assertThat(en.getMessage())
        .isEqualTo(
            "line 6, column 9, form.tsv: 得分 is not a number; the cell is kept as a stray cell: '十分'");
    for (String code : List.of("JX-I-0201", "JX-I-0203", "JX-I-0204", "JX-I-0206", "JX-I-0236")) {
      JixiaoReadException e =
          catchThrowableOfType(
              () -> FormReader.builder().strict(true).build().read(form(code), "form.tsv"),
              JixiaoReadException.class);
      assertThat(e).as(code).isNotNull();
      assertThat(e.code()).as(code).contains(code);
      assertThat(e.problem()).isEqualTo(message(code, Locale.CHINESE));
    }
  }

  @Test
  void limitsStopAReadInTheReadersLanguageWithTheTableReadersCodes() throws IOException {
    String sixRows = "a\nb\nc\nd\ne\nf\n";
    String fiveCells = "项目名称\tb\tc\td\te\n";
    // The same limits whether the text is split by the form reader or the grid is given to it.
    CellGrid sixRowGrid = TableReader.builder().build().readGrid(new StringReader(sixRows), "x.tsv");
    CellGrid fiveCellGrid =
        TableReader.builder().build().readGrid(new StringReader(fiveCells), "x.tsv");
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      FormReader small =
          FormReader.builder().locale(locale).maxRows(5).maxColumns(4).maxCellLength(20).build();
      boolean english = locale.equals(Locale.ENGLISH);
      for (JixiaoReadException rows :
          List.of(
              thrown(() -> small.read(sixRows, "x.tsv")), thrown(() -> small.read(sixRowGrid)))) {
        assertThat(rows.code()).contains("JX-I-0144");
        assertThat(rows.getMessage())
            .contains(english ? "more rows than the limit of 5" : "行数超过上限（5行）");
      }
      // Text is split by the table reader, which stops at the fifth cell (JX-I-0147); a grid
      // already split is refused whole (JX-I-0145).
      JixiaoReadException split = thrown(() -> small.read(fiveCells, "x.tsv"));
      assertThat(split.code()).contains("JX-I-0147");
      assertThat(split.getMessage()).contains(english ? "the limit of columns" : "（列数上限）");
      JixiaoReadException columns = thrown(() -> small.read(fiveCellGrid));
      assertThat(columns.code()).contains("JX-I-0145");
      assertThat(columns.line()).hasValue(1L);
      assertThat(columns.getMessage())
          .contains(english ? "more cells in a row than the limit of 4" : "一行的单元格数超过上限（4个）");
      JixiaoReadException cell = thrown(() -> small.read("项目名称\t" + "长".repeat(21) + "\n", "x.tsv"));
      assertThat(cell.code()).contains("JX-I-0148");
      assertThat(cell.getMessage())
          .contains(english ? "longer than 20 characters, the limit of a cell" : "超过20个字符（单元格长度上限）");
    }
  }

  private static JixiaoReadException thrown(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    JixiaoReadException e = catchThrowableOfType(read, JixiaoReadException.class);
    assertThat(e).isNotNull();
    return e;
  }

  private static String form(String code) {
    return java.util.Objects.requireNonNull(FORMS.get(code), code);
  }

  private static String message(String code, Locale locale) {
    return only(read(form(code), locale).diagnostics(), code).message();
  }

  private static Finding only(List<Finding> findings, String code) {
    return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }
}
