package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A funds block printed by source in columns (广水) with no 合计 figure — no such column, or a blank
 * one — under sources that are all printed: the budget is what a reader adds up, their sum, and an
 * INFO says it was summed (JX-I-0267). Before, the budget was empty and the rules said 未填写预算 of a
 * form whose sources add up to it (review 48b, D1). The inputs are 广水 2021's real form with its 合计
 * column taken out or blanked, and the reviewer's figures (中央 100, 本级 209) in its cells.
 */
class FormFundsBySourceSumTest {
  private static final String SUMMED = "JX-I-0267";

  /** 广水 2021 with each funds row changed by {@code edit} (the heading row, then the figures row). */
  private static String guangshui(java.util.function.UnaryOperator<List<String>> edit) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(Fixtures.GUANGSHUI_2021), StandardCharsets.UTF_8);
    int heading = 0;
    while (!lines.get(heading).startsWith("项目资金 来源")) {
      heading++;
    }
    for (int row = heading; row <= heading + 1; row++) {
      lines.set(row, String.join("\t", edit.apply(new java.util.ArrayList<>(List.of(lines.get(row).split("\t", -1))))));
    }
    return lines.stream().collect(Collectors.joining("\n", "", "\n"));
  }

  /** The column of the printed 合计 (万元). */
  private static int totalColumn() throws IOException {
    String heading = Files.readAllLines(Fixtures.path(Fixtures.GUANGSHUI_2021), StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("项目资金 来源")).findFirst().orElseThrow();
    return List.of(heading.split("\t", -1)).indexOf("合计 (万元)");
  }

  private static List<Finding> summed(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals(SUMMED)).toList();
  }

  @Test
  void withNoTotalColumnTheBudgetIsTheSumOfThePrintedSources() throws IOException {
    int total = totalColumn();
    String tsv = guangshui(cells -> {
      cells.remove(total);
      return cells;
    });

    ReadResult<PerformanceTable> r = read(tsv);

    Project p = r.value().projects().get(0);
    assertThat(p.budget()).contains(new BigDecimal("309"));
    assertThat(p.actual()).contains(new BigDecimal("309"));
    assertThat(p.funds()).containsExactly(
        FundSource.builder().kind(FundKind.FISCAL_APPROPRIATION).budget(new BigDecimal("309")).label("本级").build());
    assertThat(summed(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("309").contains("本级 309").contains("未印合计");
    });
  }

  @Test
  void aBlankTotalUnderSeveralSourcesIsTheirSum() throws IOException {
    int total = totalColumn();
    String tsv = guangshui(cells -> {
      if (cells.get(0).isEmpty()) { // the figures row: 中央 100, 本级 209, 合计 blank, 执行数 300, 97.1%
        cells.set(1, "100");
        cells.set(3, "209");
        cells.set(total, "");
        cells.set(total + 1, "300");
        cells.set(total + 2, "97.1%");
      }
      return cells;
    });

    ReadResult<PerformanceTable> r = read(tsv);

    Project p = r.value().projects().get(0);
    assertThat(p.budget()).contains(new BigDecimal("309"));
    assertThat(p.actual()).contains(new BigDecimal("300"));
    assertThat(p.statedExecutionRate()).contains(new BigDecimal("97.1"));
    assertThat(p.funds()).containsExactly(
        FundSource.builder().kind(FundKind.FISCAL_APPROPRIATION).budget(new BigDecimal("100")).label("中央").build(),
        FundSource.builder().kind(FundKind.FISCAL_APPROPRIATION).budget(new BigDecimal("209")).label("本级").build());
    assertThat(summed(r)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("309").contains("中央 100 + 本级 209"));
  }

  /** A printed 合计 is the budget as printed, even when the sources do not add up to it (the rules say so). */
  @Test
  void aPrintedTotalIsNeverReplacedByTheSum() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.GUANGSHUI_2021));
    assertThat(r.value().projects().get(0).budget()).contains(new BigDecimal("309"));
    assertThat(summed(r)).isEmpty();

    ReadResult<PerformanceTable> unequal = read("广水市财政预算支出项目绩效目标自评表\n项目名称\t测试项目\n"
        + "项目资金 来源\t中央 (万元)\t本级 (万元)\t合计 (万元)\t执行数 (万元)\n\t100\t209\t300\t300\n");
    assertThat(unequal.value().projects().get(0).budget()).contains(new BigDecimal("300"));
    assertThat(summed(unequal)).isEmpty();
  }

  /** No source figure, or a source cell that is no number (OCR's 2O9): no sum, the block read as before. */
  @Test
  void noSumWithoutSourceFiguresOrWithAnUnreadableOne() {
    String head = "广水市财政预算支出项目绩效目标自评表\n项目名称\t测试项目\n"
        + "项目资金 来源\t中央 (万元)\t本级 (万元)\t执行数 (万元)\t执行率\n";
    ReadResult<PerformanceTable> none = read(head + "\t\t\t300\t97.1%\n");
    assertThat(none.value().projects().get(0).budget()).isEmpty();
    assertThat(summed(none)).isEmpty();

    ReadResult<PerformanceTable> junk = read(head + "\t100\t2O9\t300\t97.1%\n");
    Project p = junk.value().projects().get(0);
    assertThat(p.budget()).isEmpty();
    assertThat(p.funds()).isEmpty();
    assertThat(summed(junk)).isEmpty();
    // kept as printed, the figure 100 as the label of the cell beside it, as the label rows keep pairs
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("100");
      assertThat(c.text()).isEqualTo("2O9");
    });
  }

  @Test
  void theInfoIsEnglishOnRequest() throws IOException {
    int total = totalColumn();
    String tsv = guangshui(cells -> {
      cells.remove(total);
      return cells;
    });
    ReadResult<PerformanceTable> r = FormReader.builder().locale(Locale.ENGLISH).build().read(tsv, "form.tsv");
    assertThat(summed(r)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("sum of the printed sources").contains("309"));
  }
}
