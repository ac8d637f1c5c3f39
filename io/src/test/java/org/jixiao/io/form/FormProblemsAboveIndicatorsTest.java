package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A form may print its 存在问题 / 改进措施 rows between its funds or goal and its indicators. There
 * they are the form's own text, not its end: the indicators below are the same form's, and the
 * rows' text is its problems and measures. Before, the rows closed the form and its indicator
 * header started a second, headless one (JX-I-0257) that took every indicator.
 *
 * <p>No published copy among the fixtures prints them there, so the inputs are real forms with
 * real rows moved: 天长 2022 (a whole standard form, no such rows of its own) with the two rows
 * 大英图书馆 2022 printed below its indicators, and 青神 2023 with its own two rows.
 */
class FormProblemsAboveIndicatorsTest {
  private static final String PROBLEMS = "存在问题\t因每年图书馆免开资金不是在年初1月份就到位,上一年的资金按照民生工程要求已经100%落实了支付,"
      + "资金无结余,这就造成了当年年初开展工作无经费使用,单位制定资金使用绩效目标的准确性也有一定的影响。";
  private static final String MEASURES = "改进措施\t及时补充图书馆运营经费,使我县图书馆事业不断发展。";

  private static List<String> lines(String fixture) throws IOException {
    return new ArrayList<>(Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8));
  }

  private static int indexStarting(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no line starting " + prefix);
  }

  @Test
  void problemsAndMeasuresBetweenTheGoalAndTheIndicatorsKeepOneForm() throws IOException {
    List<String> rows = lines(Fixtures.TIANCHANG);
    Project whole = FormReader.builder().build().read(Fixtures.path(Fixtures.TIANCHANG)).value().projects().get(0);
    int header = indexStarting(rows, "年度绩效指标完成情况");
    rows.add(header, MEASURES);
    rows.add(header, PROBLEMS);

    ReadResult<PerformanceTable> r = read(String.join("\n", rows) + "\n");

    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("水旱灾害防御经费");
      assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo(new BigDecimal("880")));
      assertThat(p.indicators().indicators()).isEqualTo(whole.indicators().indicators());
      assertThat(p.statedScore()).isEqualTo(whole.statedScore());
      assertThat(p.problems()).hasValueSatisfying(t -> assertThat(t).startsWith("因每年图书馆免开资金").endsWith("一定的影响。"));
      assertThat(p.rectification()).contains("及时补充图书馆运营经费,使我县图书馆事业不断发展。");
    });
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0257", "JX-I-0203");
  }

  /** The Sichuan 2023 template's own rows moved above its 绩效指标(90分) header: both indicators stay the form's. */
  @Test
  void theSichuanRowsMovedAboveTheIndicatorsAreStillTheFormsText() throws IOException {
    List<String> rows = lines(Fixtures.QINGSHEN);
    String problems = rows.remove(indexStarting(rows, "存在问题"));
    String measures = rows.remove(indexStarting(rows, "改进措施"));
    int header = indexStarting(rows, "绩效指标(90分)");
    rows.add(header, measures);
    rows.add(header, problems);

    ReadResult<PerformanceTable> r = read(String.join("\n", rows) + "\n");

    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("51000021R000000019951-工资性支出");
      assertThat(p.indicators().indicators()).extracting(i -> i.name().orElse(""))
          .containsExactly("发放(缴纳)覆盖率", "足额保障率(参保率)");
      assertThat(p.problems()).contains("结合自评情况,分析存在的问题及原因。(200字以内)");
      assertThat(p.rectification()).contains("针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)");
    });
  }

  /** Below the indicators the rows still end the form: a copy cut at its header that follows is a form of its own. */
  @Test
  void belowTheIndicatorsTheRowsStillCloseTheForm() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.DAYING));
    assertThat(r.value().projects()).hasSize(2);
    assertThat(r.value().projects().get(0).problems()).contains("无");
  }

  /** A sign-off line above the indicators still closes the form: the rows below it are another copy's. */
  @Test
  void aSignOffAboveTheIndicatorsStillClosesTheForm() {
    String head = Fixtures.INDICATOR_FORM_HEAD;
    int header = head.lastIndexOf("绩效指标");
    String tsv = head.substring(0, header) + "存在问题\t无\n项目负责人:\t张三\n" + head.substring(header)
        + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t90\t90\t\n";
    ReadResult<PerformanceTable> r = read(tsv);
    assertThat(r.value().projects()).hasSize(2);
    assertThat(r.value().projects().get(0).problems()).contains("无");
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0257");
  }
}
