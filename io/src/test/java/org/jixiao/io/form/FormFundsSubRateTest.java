package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A 其中 row of the funds block may print its own rate. Where it is the row's own B / A as a form
 * prints it — rounded (HALF_UP) or cut off (DOWN) at the decimals it shows — it is derivable and
 * not kept; any other rate is kept as a stray cell and told (JX-I-0216).
 */
class FormFundsSubRateTest {
  /** 田家庵 2024, line 9: {@code 其中:中央财政资金 | 808.1 | 692.98 | 86%}. */
  private static final int SUB_ROW = 8;

  /** 田家庵 2024 with the 其中 row's rate printed as {@code rate}. */
  private static ReadResult<PerformanceTable> tianjiaanWithSubRate(String rate) throws IOException {
    List<String> form = new ArrayList<>(Files.readAllLines(Fixtures.path(Fixtures.TIANJIAAN), StandardCharsets.UTF_8));
    assertThat(form.get(SUB_ROW)).isEqualTo("\t其中:中央财政资金\t808.1\t692.98\t86%\t");
    form.set(SUB_ROW, "\t其中:中央财政资金\t808.1\t692.98\t" + rate + "\t");
    return read(String.join("\n", form));
  }

  private static List<String> codes(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::code).toList();
  }

  /** 692.98 / 808.1 = 85.75 %, printed 86%: it was told as "not the row's own" (JX-I-0216) and kept. */
  @Test
  void aSubRowRateRoundedForPrintIsTheRowsOwn() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.TIANJIAAN));
    Project p = r.value().projects().get(0);
    assertThat(codes(r)).doesNotContain("JX-I-0216");
    assertThat(p.statedExecutionRate()).contains(new BigDecimal("86")); // the total row's
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("86%");
    assertThat(p.funds()).singleElement().satisfies(f -> assertThat(f.executed()).contains(new BigDecimal("692.98")));
  }

  /** 85 % is 85.75 % cut off at no decimals, as a spreadsheet's INT or TRUNC prints it. */
  @Test
  void aSubRowRateCutOffAtItsDecimalsIsTheRowsOwn() throws IOException {
    ReadResult<PerformanceTable> r = tianjiaanWithSubRate("85%");
    assertThat(codes(r)).doesNotContain("JX-I-0216");
    assertThat(r.value().projects().get(0).strayCells()).extracting(StrayCell::text).doesNotContain("85%");
  }

  /** 临翔 2023: 31.69 / 32.4 = 97.8086 %, printed 97.80% (cut off) on both rows. */
  @Test
  void aSubRowRateCutOffAtTwoDecimalsIsTheRowsOwn() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t2023年马鹿坑国有林场新建野生动物收容所建设项目\n"
        + "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n"
        + "\t年度资金总额\t\t32.4\t31.69\t10\t97.80%\t9\t\n"
        + "\t其中:当年财政拨款\t\t32.4\t31.69\t10\t97.80%\t9\t\n");
    assertThat(codes(r)).doesNotContain("JX-I-0216");
  }

  @Test
  void aSubRowRateThatIsNeitherIsKeptAndTold() throws IOException {
    for (String rate : List.of("87%", "85.76%", "85.74%", "84%")) {
      ReadResult<PerformanceTable> r = tianjiaanWithSubRate(rate);
      assertThat(codes(r)).as(rate).contains("JX-I-0216");
      assertThat(r.value().projects().get(0).strayCells()).as(rate)
          .contains(StrayCell.of(4, Optional.of("预算执行率(B/A×100%)"), rate));
    }
  }
}
