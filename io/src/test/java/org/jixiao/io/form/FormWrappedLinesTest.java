package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;
import static org.jixiao.io.testing.WrappedLines.cut;
import static org.jixiao.io.testing.WrappedLines.indexOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Real forms (天长 2022 水旱灾害防御, 廊坊 2019 暖通; files of SOURCES.md) with the end of an
 * indicator's texts on a line of its own, as a form copied out of a PDF prints a long 三级指标 or
 * 偏差原因: the end was an indicator of its own, with no target and no actual, which the rules
 * cannot judge. Joined, the form reads as printed on one line; a line that opens a new indicator
 * (指标3:…) or follows no indicator row is no such end.
 */
class FormWrappedLinesTest {
  private static List<String> lines(String fixture) throws IOException {
    return new ArrayList<>(
        Files.readString(Fixtures.path(fixture), StandardCharsets.UTF_8).lines().toList());
  }

  private static List<Indicator> indicators(ReadResult<PerformanceTable> read) {
    return read.value().projects().get(0).indicators().indicators();
  }

  private static List<Finding> wrapped(ReadResult<PerformanceTable> read) {
    return read.diagnostics().stream().filter(f -> f.code().equals("JX-I-0254")).toList();
  }

  @Test
  void indicatorNamesWrappedOntoLinesOfTheirOwnReadAsPrinted() throws IOException {
    List<String> form = lines(Fixtures.TIANCHANG);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    cut(form, indexOf(form, "指标1:完成中型灌区节水改造项目数量"), 9, 3);
    cut(form, indexOf(form, "指标1:服务对象满意度"), 6, 3);

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(indicators(read).get(0).name()).hasValue("指标1:完成中型灌区节水改造项目数量");
    assertThat(wrapped(read)).hasSize(2).first().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.WRAPPED_LINE);
      assertThat(f.message()).isEqualTo("第14行没有类别、指标值、分值和得分，是第13行指标文字的折行：其文字已接在该指标的名称（及偏差原因、指标解释）之后");
      assertThat(f.location().orElseThrow().text()).hasValue("区节水改造项目数量");
    });
  }

  @Test
  void aDeviationReasonWrappedWithItsNameReadsAsPrinted() throws IOException {
    List<String> form = lines(Fixtures.LANGFANG);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    cut(form, indexOf(form, "指标1工程资金金额"), 5, 3, 8);

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(indicators(read).get(0).deviationReason()).hasValueSatisfying(r -> assertThat(r).startsWith("已完工,剩余3%尾款"));
    assertThat(wrapped(read)).hasSize(1);
  }

  @Test
  void aLineThatOpensANewIndicatorIsAnIndicatorOfItsOwn() throws IOException {
    List<String> form = lines(Fixtures.TIANCHANG);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    int row = indexOf(form, "指标2:完成农业综合水价改革项目");
    form.add(row + 1, "\t\t\t指标3:完成小型水库除险加固\t\t\t\t\t");

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).hasSize(indicators(printed).size() + 1);
    assertThat(indicators(read).get(2).name()).hasValue("指标3:完成小型水库除险加固");
    assertThat(indicators(read).get(1)).isEqualTo(indicators(printed).get(1));
    assertThat(wrapped(read)).isEmpty();
  }

  @Test
  void aLineUnderATemplatesFillerRowIsNoIndicatorsEnd() throws IOException {
    // under 指标2: and ……, the line does not follow an indicator's row
    List<String> form = lines(Fixtures.TIANCHANG);
    int filler = indexOf(form, "\t\t\t……\t");
    form.add(filler + 1, "\t\t\t水库巡查\t\t\t\t\t");

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(wrapped(read)).isEmpty();
    assertThat(indicators(read)).extracting(i -> i.name().orElse("")).contains("水库巡查");
  }
}
