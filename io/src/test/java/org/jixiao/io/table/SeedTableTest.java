package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.jixiao.io.testing.Seed.RawRow;
import org.junit.jupiter.api.Test;

class SeedTableTest {
  private static final ReadResult<PerformanceTable> RESULT =
      TableReader.builder().locale(Locale.ENGLISH).build().read(Seed.bytes());
  private static final PerformanceTable TABLE = RESULT.value();

  /** The rows the lenient reader realigns (they do not fit their header), by 序号. */
  private static final List<Integer> IRREGULAR =
      List.of(3, 4, 6, 7, 8, 9, 10, 18, 19, 20, 21, 22, 23, 24, 25, 29, 33, 37);

  @Test
  void readsTheTitleLines() {
    assertThat(TABLE.title()).contains("2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表");
    assertThat(TABLE.department()).contains("深圳市龙岗区人力资源局");
    assertThat(TABLE.fiscalYear()).hasValue(2019);
    assertThat(TABLE.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(TABLE.metadata()).containsEntry("附表", "附表：").hasSize(1);
    assertThat(TABLE.notes()).isEmpty();
  }

  @Test
  void readsAll32ProjectsWithTheirSequenceNumbers() {
    List<Integer> expected = new ArrayList<>();
    IntStream.rangeClosed(1, 10).forEach(expected::add);
    IntStream.rangeClosed(15, 26).forEach(expected::add);
    IntStream.rangeClosed(29, 38).forEach(expected::add);
    assertThat(TABLE.projects()).extracting(p -> p.seq().getAsInt()).isEqualTo(expected);
  }

  @Test
  void readsEveryNumericColumnAsTheFileStatesIt() {
    List<RawRow> raw = Seed.projectRows();
    assertThat(raw).hasSize(TABLE.projects().size());
    for (int i = 0; i < raw.size(); i++) {
      RawRow row = raw.get(i);
      Project project = TABLE.projects().get(i);
      assertThat(project.sourceLine()).hasValue(row.line());
      assertThat(project.unit()).contains(row.cell(1));
      assertThat(project.name()).isEqualTo(row.cell(2));
      assertThat(project.governmentInvestment()).contains(row.cell(3).equals("是"));
      assertThat(project.budget()).contains(new BigDecimal(row.cell(4)));
      assertThat(project.actual()).contains(new BigDecimal(row.cell(5)));
      assertThat(project.statedExecutionRate()).contains(new BigDecimal(row.cell(8)));
      List<FundSource> funds = new ArrayList<>();
      funds.add(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal(row.cell(6))));
      if (!row.cell(7).isEmpty()) {
        funds.add(
            FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, new BigDecimal(row.cell(7))));
      }
      assertThat(project.funds()).as("funds of 序号 %s", row.cell(0)).isEqualTo(funds);
      assertThat(project.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    }
  }

  @Test
  void statedRatesAgreeWithTheAmountsInEveryRow() {
    for (Project project : TABLE.projects()) {
      BigDecimal computed =
          project
              .actual()
              .orElseThrow()
              .multiply(BigDecimal.valueOf(100))
              .divide(project.budget().orElseThrow(), 2, RoundingMode.HALF_UP);
      assertThat(project.statedExecutionRate()).contains(computed);
    }
  }

  @Test
  void keepsRow17sFundAsPrintedAndTheTotalsNonFiscalFund() {
    Project row17 = project(17);
    assertThat(row17.funds())
        .containsExactly(
            FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("800.00")),
            FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, new BigDecimal("38.76")));
    TotalsRow totals = TABLE.totals().orElseThrow();
    RawRow raw = Seed.totalsRow();
    assertThat(totals.budget()).contains(new BigDecimal(raw.cell(4)));
    assertThat(totals.actual()).contains(new BigDecimal(raw.cell(5)));
    assertThat(totals.funds())
        .containsExactly(
            FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal(raw.cell(6))),
            FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, new BigDecimal(raw.cell(7))),
            FundSource.executed(FundKind.NON_FISCAL, new BigDecimal(raw.cell(8))));
    assertThat(totals.statedExecutionRate()).isEmpty();
    assertThat(totals.strayCells()).isEmpty();
  }

  @Test
  void theTotalsIncludeRowsTheDocumentLeftOut() {
    BigDecimal sum =
        TABLE.projects().stream()
            .map(p -> p.budget().orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo("43710.73");
    assertThat(TABLE.totals().orElseThrow().budget()).contains(new BigDecimal("44489.72"));
  }

  @Test
  void regularRowsHaveTheirTextInTheirFields() {
    for (RawRow row : Seed.projectRows()) {
      int seq = Integer.parseInt(row.cell(0));
      if (IRREGULAR.contains(seq)) {
        continue;
      }
      Project project = project(seq);
      assertThat(project.strayCells()).as("序号 %s", seq).isEmpty();
      assertThat(project.goal()).contains(row.cell(9));
      assertThat(project.statedCompletion()).contains(row.cell(10));
      assertThat(project.problems()).contains(row.cell(25));
      assertThat(project.rectification()).contains(row.cell(26));
      List<Subcategory> order =
          List.of(
              Subcategory.QUANTITY,
              Subcategory.QUALITY,
              Subcategory.TIMELINESS,
              Subcategory.ECONOMIC,
              Subcategory.SOCIAL,
              Subcategory.ECOLOGICAL,
              Subcategory.SERVED_SATISFACTION);
      List<Object> expected = new ArrayList<>();
      for (int p = 0; p < order.size(); p++) {
        String target = row.cell(11 + 2 * p);
        String actual = row.cell(12 + 2 * p);
        if (!target.isEmpty() || !actual.isEmpty()) {
          expected.add(
              tuple(
                  order.get(p),
                  target.isEmpty() ? Optional.empty() : Optional.of(target),
                  actual.isEmpty() ? Optional.empty() : Optional.of(actual)));
        }
      }
      assertThat(project.indicators().indicators())
          .as("indicators of 序号 %s", seq)
          .extracting(i -> i.subcategory().orElseThrow(), i -> i.target(), i -> i.actual())
          .isEqualTo(expected);
    }
  }

  @Test
  void strayCellsNameTheColumnTheyWereFoundUnder() {
    // 序号 19 keeps an extra 无 / 无 pair stray (see SampleRealignmentTest): the first under
    // 整改情况, the second beyond the layout, where the header text printed above it is kept.
    Project row19 = project(19);
    assertThat(row19.strayCells())
        .extracting(StrayCell::column, StrayCell::header)
        .containsExactly(tuple(26, Optional.of("整改情况")), tuple(27, Optional.of("完成情况")));
  }

  @Test
  void reportsExactlyTheseDiagnostics() {
    List<Object> expected = new ArrayList<>();
    long[] headers = {12, 21, 30, 39, 46, 54, 64};
    int[][] rows = {
      {3, 16}, {4, 17}, {6, 23}, {7, 24}, {8, 25}, {9, 26}, {10, 27}, {18, 35}, {19, 36}, {20, 41},
      {21, 42}, {22, 43}, {23, 48}, {24, 49}, {25, 50}, {29, 56}, {33, 60}, {37, 68}
    };
    int r = 0;
    for (int h = 0; h < headers.length; h++) {
      expected.add(tuple(ReadDiagnostics.IRREGULAR_HEADER, Severity.INFO, headers[h], -1));
      long next = h + 1 < headers.length ? headers[h + 1] : Long.MAX_VALUE;
      for (; r < rows.length && rows[r][1] < next; r++) {
        expected.add(tuple(ReadDiagnostics.REALIGNED, Severity.INFO, (long) rows[r][1], rows[r][0]));
      }
    }
    expected.add(tuple(ReadDiagnostics.TOTALS_REASSIGNED, Severity.WARNING, 70L, -1));

    assertThat(RESULT.diagnostics())
        .extracting(
            Finding::rule,
            Finding::severity,
            f -> f.location().orElseThrow().line().orElseThrow(),
            f -> f.location().orElseThrow().seq().orElse(-1))
        .isEqualTo(expected);
    assertThat(RESULT.diagnostics())
        .filteredOn(f -> f.rule().equals(ReadDiagnostics.REALIGNED))
        .extracting(f -> f.location().orElseThrow().seq().getAsInt())
        .isEqualTo(IRREGULAR);
    assertThat(RESULT.hasErrors()).isFalse();
  }

  @Test
  void headerDiagnosticsSayWhatIsMisplaced() {
    Finding second = RESULT.diagnostics().get(3);
    assertThat(second.message())
        .contains("lines 20–22")
        .contains("非财政拨款 names a fund column that the rows have no position for");
    assertThat(second.location().orElseThrow().column()).hasValue(12);
    assertThat(second.location().orElseThrow().text()).contains("非财政拨款");
  }

  @Test
  void theRealignedDiagnosticNamesWhatWasIrregularAndEachMove() {
    Finding row3 = RESULT.diagnostics().get(1);
    assertThat(row3.rule()).isEqualTo(ReadDiagnostics.REALIGNED);
    assertThat(row3.message())
        .contains("序号 3 (line 16)")
        .contains("1 cell outside the header's columns (the first at column 28)")
        .contains("column 28 → 整改情况")
        .contains("column 26 → 满意度指标/服务对象满意度指标/完成情况 (an appraisal word)");
    assertThat(row3.location().orElseThrow().column()).hasValue(19);
    assertThat(row3.location().orElseThrow().text()).contains("保障安全生产正常运行，提高工作效率。");
  }

  @Test
  void strictModeStopsAtTheFirstRowThatDoesNotFit() {
    // The shifted header labels are understood (INFO), so strict mode reads on to the first row
    // whose text does not fit: it rejects it rather than realign it.
    TableReader strict = TableReader.builder().locale(Locale.ENGLISH).strict(true).build();
    assertThatThrownBy(() -> strict.read(Seed.bytes()))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(16);
              assertThat(e.column()).hasValue(28);
              assertThat(e.text()).contains("开展消防安全培训");
              assertThat(e.getMessage()).contains("序号 3").contains("does not fit its header");
            });
  }

  private static Project project(int seq) {
    return TABLE.projects().stream()
        .filter(p -> p.seq().orElse(-1) == seq)
        .findFirst()
        .orElseThrow();
  }
}
