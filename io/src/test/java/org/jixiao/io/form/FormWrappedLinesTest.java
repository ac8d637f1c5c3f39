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
 * Real forms (天长 2022 水旱灾害防御, 廊坊 2019 暖通, 棠溪 2022 村级组织运转, 长宁 2022 生猪, 河西
 * 2023; files of SOURCES.md) with the end of an indicator's texts on a line of its own, as a form
 * copied out of a PDF prints a long 三级指标, 年度指标值, 实际完成值 or 偏差原因: the end was an
 * indicator of its own, which the rules cannot judge, and the text above was cut. Joined, the form
 * reads as printed on one line; a line that opens a new indicator (指标3:…), follows no indicator
 * row, or prints a value of its own (a row under a merged 分值, a 其中 row) is no such end.
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
      assertThat(f.message()).isEqualTo("第14行没有类别、分值和得分，只有文字，是第13行指标文字的折行：每段文字已接在该指标同一列的文字（名称、指标值、实际完成值、偏差原因或指标解释）之后");
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

  @Test
  void aTextTargetWrappedOntoALineOfItsOwnReadsAsPrinted() throws IOException {
    List<String> form = lines(Fixtures.TANGXI_CUNJI);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    cut(form, indexOf(form, "严格执行相关制度规定"), 6, 4);

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(indicators(read)).extracting(i -> i.target().orElse("")).contains("严格执行相关制度规定");
    assertThat(wrapped(read)).singleElement().satisfies(f -> assertThat(f.location().orElseThrow().text()).hasValue("制度规定"));
  }

  @Test
  void aNameAndActualSplitByAPageBreakReadAsPrinted() throws IOException {
    // Word lets a row break across pages: the row's ends go on under the header it repeats
    List<String> form = lines(Fixtures.TANGXI_CUNJI);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    String header = form.get(indexOf(form, "\t三级指标\t"));
    int row = indexOf(form, "对保障村(社区)两委机构正常运行的影响程度");
    cut(form, row, 4, 3, 5);
    form.add(row + 1, header);

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(wrapped(read)).singleElement().satisfies(f -> assertThat(f.location().orElseThrow().text())
        .hasValue("(社区)两委机构正常运行的影响程度\t指标"));
  }

  @Test
  void aUnitWrappedUnderItsFigureReadsAsPrinted() throws IOException {
    List<String> form = lines(Fixtures.TIANCHANG);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    cut(form, indexOf(form, "指标1:服务对象满意度"), 3, 5);

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(indicators(read)).extracting(i -> i.actual().orElse("")).contains("100%");
    assertThat(wrapped(read)).hasSize(1);
  }

  @Test
  void aLineThatPrintsAValueOfItsOwnIsNoWrappedEnd() throws IOException {
    // 长宁: 种母猪(≥头) | 20 | 20 under 种公猪's merged 分值; 河西: 其中桃树种植面积 | 1.5亩 | 1.5亩
    ReadResult<PerformanceTable> changning = read(String.join("\n", lines(Fixtures.CHANGNING)));
    ReadResult<PerformanceTable> hexi = read(String.join("\n", lines(Fixtures.HEXI)));

    assertThat(indicators(changning)).extracting(i -> i.name().orElse("") + "|" + i.target().orElse(""))
        .contains("种公猪(≥头)|2", "种母猪(≥头)|20");
    assertThat(indicators(hexi)).extracting(i -> i.target().orElse("")).contains("29.5亩", "3亩")
        .noneMatch(t -> t.contains("亩1.5亩"));
    assertThat(wrapped(changning)).isEmpty();
    assertThat(wrapped(hexi)).isEmpty();
  }

  @Test
  void aTargetWrappedUnderAnIndicatorThatPrintsNoFiguresIsNoWrappedEnd() throws IOException {
    // with neither 分值 nor 得分 on the row above, a line of a target alone may be its second target
    List<String> form = lines(Fixtures.TANGXI_CUNJI);
    int row = indexOf(form, "严格执行相关制度规定");
    form.set(row, "\t\t\t经费审批流程规范性\t严格执行相关制度规定\t达成预期指标\t\t\t");
    ReadResult<PerformanceTable> whole = read(String.join("\n", form));
    cut(form, row, 6, 4);

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).hasSize(indicators(whole).size() + 1);
    assertThat(indicators(read)).extracting(i -> i.target().orElse("")).contains("严格执行相关", "制度规定");
    assertThat(wrapped(read)).isEmpty();
  }

  @Test
  void aDateCutBetweenItsYearAndItsMonthReadsAsPrinted() throws IOException {
    List<String> form = lines(Fixtures.TANGXI_CUNJI);
    int row = indexOf(form, "补助经费到位及时性");
    form.set(row, form.get(row).replace("\t及时\t", "\t2022年12月底前\t"));
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    cut(form, row, 5, 4);

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(indicators(read)).extracting(i -> i.target().orElse("")).contains("2022年12月底前");
  }

  @Test
  void aTargetsFirstLinePrintedAboveItsOwnRowIsPutBeforeItsRest() throws IOException {
    // a tall row whose cells are centred prints the target's first line above the row's name: the
    // row above ends in a finished cell (合规), so the line is not its end but the next row's start
    List<String> form = lines(Fixtures.TANGXI_CUNJI);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    int row = indexOf(form, "严格执行相关制度规定");
    form.set(row, form.get(row).replace("严格执行相关制度规定", "相关制度规定"));
    form.add(row, "\t\t\t\t严格执行\t\t\t\t");

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(printed).get(2).target()).hasValue("合规");
    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(wrapped(read)).isEmpty();
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0275")).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(FormDiagnostics.CENTRED_FIRST_LINE));
  }

  @Test
  void aLineUnderAnUnfinishedCellIsNotPutBeforeTheRowBelow() throws IOException {
    // under 达成预期指标 (no figure, no short word) the line may be that cell's end: it is not the
    // next row's first line, whose actual stays as printed
    List<String> form = lines(Fixtures.TANGXI_CUNJI);
    int row = indexOf(form, "严格执行相关制度规定");
    form.add(row, "\t\t\t\t\t按规定\t\t\t");
    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(read.diagnostics()).noneMatch(f -> f.code().equals("JX-I-0275"));
    assertThat(indicators(read)).filteredOn(i -> i.name().orElse("").equals("经费审批流程规范性")).singleElement()
        .satisfies(i -> assertThat(i.actual()).hasValue("达成预期指标"));
  }

  @Test
  void aSubRowOrAFillerLineUnderAFinishedCellIsNoWrappedEnd() throws IOException {
    // 资金拨付 | 及时 | 及时 under a merged 分值, and a template's / | / line, under a figure's row
    for (String line : List.of("\t\t\t资金拨付\t及时\t及时\t\t\t", "\t\t\t\t/\t/\t\t\t", "\t\t\t\t无\t无\t\t\t")) {
      List<String> form = lines(Fixtures.TANGXI_CUNJI);
      ReadResult<PerformanceTable> printed = read(String.join("\n", form));
      form.add(indexOf(form, "保障村干部人数") + 1, line);

      ReadResult<PerformanceTable> read = read(String.join("\n", form));

      assertThat(indicators(read)).as(line).contains(indicators(printed).get(1));
      assertThat(wrapped(read)).as(line).isEmpty();
    }
  }

  @Test
  void aSubRowNamedBesideANameNarrowerThanItsColumnIsARowOfItsOwn() throws IOException {
    // 银川六中 2021 (review 66a): 公用经费标准 is a third narrower than the column's widest name, so it
    // did not wrap, and 资金拨付 | 及时 | 及时 under it is a sub-row under its merged 分值
    List<String> form = lines(Fixtures.YINCHUAN);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));
    form.add(indexOf(form, "公用经费标准") + 1, "\t\t资金拨付\t\t及时\t及时\t\t");

    ReadResult<PerformanceTable> read = read(String.join("\n", form));

    assertThat(indicators(read)).contains(indicators(printed).get(1));
    assertThat(indicators(read)).extracting(i -> i.name().orElse("") + "|" + i.target().orElse(""))
        .contains("资金拨付|及时");
    assertThat(wrapped(read)).isEmpty();
  }

  @Test
  void aNameThatFillsItsColumnOrIsCutInABracketGoesOnWithItsTexts() throws IOException {
    // the column's widest name is 使学生和老师行个更好的学习和工作环境,做到: a first line as wide goes
    // on, one two characters narrower would have held the next word, and a bracket left open goes on
    assertThat(indicators(read(String.join("\n", wrappedUnder("公用经费标准严格按照自治区有关文件规定执行", "情况")))).get(1))
        .satisfies(i -> assertThat(i.name()).hasValue("公用经费标准严格按照自治区有关文件规定执行情况"))
        .satisfies(i -> assertThat(i.target()).hasValue("符合相关文件要求"));
    assertThat(indicators(read(String.join("\n", wrappedUnder("公用经费标准按照自治区有关文件规定执行", "情况")))))
        .extracting(i -> i.name().orElse(""))
        .contains("公用经费标准按照自治区有关文件规定执行", "情况");
    assertThat(indicators(read(String.join("\n", wrappedUnder("公用经费标准(含", "取暖费)")))).get(1))
        .satisfies(i -> assertThat(i.name()).hasValue("公用经费标准(含取暖费)"))
        .satisfies(i -> assertThat(i.actual()).hasValue("符合相关文件要求"));
  }

  @Test
  void aLineThatEndedShortForAMarkThatMayNotOpenOrEndALineGoesOn() throws IOException {
    // review 67w: a first line a character short of the column's widest (使学生和老师…,做到) goes on when
    // 好、 went down together (、 may not open a line) or （含 did (（ may not end one)
    assertThat(indicators(read(String.join("\n", wrappedUnder("公用经费标准按照自治区有关文件规定执行", "好、按时")))).get(1).name())
        .hasValue("公用经费标准按照自治区有关文件规定执行好、按时");
    assertThat(indicators(read(String.join("\n", wrappedUnder("公用经费标准按照自治区有关文件规定执行", "（含取暖费）")))).get(1).name())
        .hasValue("公用经费标准按照自治区有关文件规定执行（含取暖费）");
  }

  /** 银川六中 2021 with 公用经费标准's row printed as {@code first}, its texts going on under it as {@code next}. */
  private static List<String> wrappedUnder(String first, String next) throws IOException {
    List<String> form = lines(Fixtures.YINCHUAN);
    int row = indexOf(form, "公用经费标准");
    form.set(row, form.get(row).replace("公用经费标准", first).replace("符合相关文件要求", "符合相关"));
    form.add(row + 1, "\t\t" + next + "\t\t文件要求\t文件要求\t\t");
    return form;
  }
}
