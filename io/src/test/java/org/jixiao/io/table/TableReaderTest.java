package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/** Small hand-made tables, one feature each. Rows are joined with tabs and newlines. */
class TableReaderTest {
  private static final TableReader LENIENT = TableReader.builder().locale(Locale.ENGLISH).build();
  private static final TableReader STRICT = TableReader.builder().locale(Locale.ENGLISH).strict(true).build();

  private static String rows(String... rows) {
    return String.join("\n", rows) + "\n";
  }

  private static final String HEADER_WITH_NON_FISCAL =
      rows(
          "序号\t单位名称\t项目名称\t项目年度预算金额\t实际支出金额\t\t\t\t预算支出执行率",
          "\t\t\t\t合计\t其中：财政拨款\t\t非财政拨款\t",
          "\t\t\t\t\t一般公共\t政府性基金\t\t");

  @Test
  void aHeaderWithANonFiscalColumnOfItsOwnIsReadByItsLabels() {
    ReadResult<PerformanceTable> read =
        STRICT.read(
            "单位：元\n"
                + HEADER_WITH_NON_FISCAL
                + rows("1\t局\t甲\t100.00\t90.00\t60.00\t\t30.00\t90.00"));
    Project project = read.value().projects().get(0);
    assertThat(project.funds())
        .containsExactly(
            FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("60.00")),
            FundSource.executed(FundKind.NON_FISCAL, new BigDecimal("30.00")));
    assertThat(project.governmentInvestment()).isEmpty();
    assertThat(read.value().moneyUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(read.diagnostics()).isEmpty();
  }

  @Test
  void columnsAreFoundByHeaderTextNotPosition() {
    String table =
        rows(
            "项目名称\t序号\t预算支出执行率\t项目年度预算金额\t实际支出金额",
            "",
            "甲\t7\t50%\t1,000.00\t５００")
            + rows("合计\t\t\t1,000.00\t500");
    Project project = STRICT.read(table).value().projects().get(0);
    assertThat(project.seq()).hasValue(7);
    assertThat(project.name()).isEqualTo("甲");
    assertThat(project.budget()).contains(new BigDecimal("1000.00"));
    assertThat(project.actual()).contains(new BigDecimal("500"));
    assertThat(project.statedExecutionRate()).contains(new BigDecimal("50"));
  }

  @Test
  void aNonNumberWhereANumberIsRequiredIsADiagnosticWithItsLocationAndTheCellIsKept() {
    String table = rows("序号\t项目名称\t项目年度预算金额", "1\t甲\t十万元");
    ReadResult<PerformanceTable> read = LENIENT.read(table);
    Project project = read.value().projects().get(0);
    assertThat(project.budget()).isEmpty();
    assertThat(project.strayCells())
        .containsExactly(StrayCell.of(2, Optional.of("项目年度预算金额"), "十万元"));
    Finding finding =
        read.diagnostics().stream()
            .filter(f -> f.rule().equals(ReadDiagnostics.NOT_A_NUMBER))
            .findFirst()
            .orElseThrow();
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.location().orElseThrow().line()).hasValue(2);
    assertThat(finding.location().orElseThrow().column()).hasValue(3);
    assertThat(finding.location().orElseThrow().seq()).hasValue(1);
    assertThat(finding.location().orElseThrow().text()).contains("十万元");
    assertThat(read.hasErrors()).isTrue();

    assertThatThrownBy(() -> STRICT.read(table))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(2);
              assertThat(e.column()).hasValue(3);
              assertThat(e.text()).contains("十万元");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "line 2, column 3: the row of 序号 1 (line 2): 项目年度预算金额 is not a"
                          + " number; the cell is kept as a stray cell: '十万元'");
            });
  }

  @Test
  void aCellBeyondTheHeaderMakesTheRowIrregularEvenUnderAnAlignedHeader() {
    String table = rows("序号\t项目名称\t项目年度预算金额\t年初绩效目标", "1\t甲\t5\t目标\t多出来的");
    ReadResult<PerformanceTable> read = LENIENT.read(table);
    Project project = read.value().projects().get(0);
    assertThat(project.budget()).contains(new BigDecimal("5"));
    // Lenient reading realigns: the goal is where it is printed, the cell beyond has no slot.
    assertThat(project.goal()).contains("目标");
    assertThat(project.strayCells())
        .extracting(StrayCell::column, StrayCell::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "多出来的"));
    assertThat(read.diagnostics())
        .extracting(Finding::rule)
        .containsExactly(ReadDiagnostics.REALIGNED, ReadDiagnostics.NO_MONEY_UNIT);
    assertThat(read.diagnostics().get(0).message()).contains("column 5").contains("stray cell");
    assertThatThrownBy(() -> STRICT.read(table))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(2);
              assertThat(e.column()).hasValue(5);
              assertThat(e.text()).contains("多出来的");
            });
  }

  @Test
  void anUnknownColumnKeepsItsCellsAsStrayCellsWithItsHeader() {
    String table = rows("序号\t项目名称\t备注说明", "1\t甲\t见附件");
    ReadResult<PerformanceTable> read = STRICT.read(table);
    assertThat(read.value().projects().get(0).strayCells())
        .containsExactly(StrayCell.of(2, Optional.of("备注说明"), "见附件"));
    assertThat(read.diagnostics())
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReadDiagnostics.UNKNOWN_COLUMN, Severity.INFO),
            org.assertj.core.groups.Tuple.tuple(ReadDiagnostics.NO_MONEY_UNIT, Severity.INFO));
  }

  @Test
  void footersBecomeNotesAndContinuationRowsStrayCellsOfTheRowAbove() {
    // the goal's cell of the row is empty: text under it does not carry on the row's text
    String table =
        rows(
            "序号\t项目名称\t年初绩效目标",
            "1\t甲\t",
            "\t\t（续）目标二",
            "",
            "注：本表金额为万元。");
    ReadResult<PerformanceTable> read = LENIENT.read(table);
    PerformanceTable value = read.value();
    assertThat(value.notes()).containsExactly("注：本表金额为万元。");
    assertThat(value.projects().get(0).strayCells())
        .containsExactly(StrayCell.of(2, Optional.of("年初绩效目标"), "（续）目标二"));
    assertThat(read.diagnostics())
        .extracting(Finding::rule)
        .contains(ReadDiagnostics.CONTINUATION_ROW);
  }

  @Test
  void aContinuationRowUnderTheTextsOfTheRowAboveCarriesThemOn() {
    String table = rows("序号\t项目名称\t年初绩效目标", "1\t甲\t目标一", "\t\t（续）目标二");
    ReadResult<PerformanceTable> read = LENIENT.read(table);
    Project project = read.value().projects().get(0);
    assertThat(project.goal()).hasValue("目标一（续）目标二");
    assertThat(project.strayCells()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder(ReadDiagnostics.NO_MONEY_UNIT, ReadDiagnostics.WRAPPED_ROW);
  }

  @Test
  void withoutAHeaderNothingIsAProjectAndStrictModeSaysSo() {
    String table = rows("1\t甲\t10");
    ReadResult<PerformanceTable> read = LENIENT.read(table);
    assertThat(read.value().projects()).isEmpty();
    assertThat(read.value().notes()).containsExactly("1\t甲\t10");
    assertThat(read.diagnostics())
        .extracting(Finding::rule)
        .contains(ReadDiagnostics.ROW_BEFORE_HEADER, ReadDiagnostics.NO_HEADER);
    assertThatThrownBy(() -> STRICT.read(table)).isInstanceOf(JixiaoReadException.class);
  }

  @Test
  void aRowWithoutANameStillBecomesAProject() {
    ReadResult<PerformanceTable> read = LENIENT.read(rows("序号\t项目名称\t项目年度预算金额", "3\t\t8"));
    Project project = read.value().projects().get(0);
    assertThat(project.seq()).hasValue(3);
    assertThat(project.budget()).contains(new BigDecimal("8"));
    assertThat(read.diagnostics()).extracting(Finding::rule).contains(ReadDiagnostics.MISSING_NAME);
  }

  @Test
  void writtenEvaluationColumnsAreSkippedOnRead() {
    String table = rows("序号\t项目名称\t得分\t等级\t状态", "1\t甲\t85.84\t良\t基本完成");
    ReadResult<PerformanceTable> read = STRICT.read(table);
    assertThat(read.value().projects().get(0).strayCells()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Finding::rule)
        .contains(ReadDiagnostics.IGNORED_COLUMN);
  }

  @Test
  void limitsAreEnforcedInEveryMode() {
    String table = rows("序号\t项目名称", "1\t" + "长".repeat(200));
    assertThatThrownBy(() -> TableReader.builder().locale(Locale.ENGLISH).maxCellLength(100).build().read(table))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("cannot be split into cells");
    assertThatThrownBy(() -> TableReader.builder().locale(Locale.ENGLISH).maxRows(1).build().read(table))
        .isInstanceOfSatisfying(
            JixiaoReadException.class, e -> assertThat(e.line()).hasValue(2));
    assertThatThrownBy(() -> TableReader.builder().locale(Locale.ENGLISH).maxColumns(2).build().read(rows("a\tb\tc")))
        .isInstanceOf(JixiaoReadException.class);
    assertThatThrownBy(() -> TableReader.builder().locale(Locale.ENGLISH).maxRows(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLimitErrorNamesTheLimitAndTheLineOfTheRowThatBrokeIt() {
    String table = rows("序号\t项目名称", "1\t甲", "2\t" + "长".repeat(101));
    assertThatThrownBy(() -> TableReader.builder().locale(Locale.ENGLISH).maxCellLength(100).build().read(table))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(3);
              assertThat(e.getMessage())
                  .contains("cell 2 of the row starting at line 3 is longer than 100 characters");
            });
    assertThatThrownBy(
            () -> TableReader.builder().locale(Locale.ENGLISH).maxColumns(3).build().read(rows("a\tb", "c\td\te\tf")))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(2);
              assertThat(e.getMessage()).contains("has more than 3 cells");
            });
  }

  @Test
  void aHostileLongCellWithinTheLimitIsReadInOnePass() {
    String cell = "1,".repeat(40_000) + "x";
    String table = rows("序号\t项目名称\t项目年度预算金额", "1\t甲\t" + cell);
    @SuppressWarnings("unchecked")
    ReadResult<PerformanceTable>[] read = new ReadResult[1];
    // one pass: bytes in proportion to the cell's 80,001 characters; a reader that copied the
    // rest of the cell at each comma would allocate gigabytes
    long allocated = org.jixiao.io.testing.Hostile.allocatedBytes(() -> read[0] = LENIENT.read(table));
    assertThat(allocated).isLessThan(64L << 20);
    assertThat(read[0].value().projects().get(0).strayCells())
        .extracting(StrayCell::text)
        .containsExactly(cell);
  }

  @Test
  void tableFormatsFollowFileExtensions() {
    assertThat(TableFormat.fromFileName("a.TSV")).contains(TableFormat.TSV);
    assertThat(TableFormat.fromFileName("a.txt")).contains(TableFormat.TSV);
    assertThat(TableFormat.fromFileName("dir/a.csv")).contains(TableFormat.CSV);
    assertThat(TableFormat.fromFileName("a.json")).isEmpty();
  }

  @Test
  void aFileNamedCsvIsReadAsCsvUnlessTheBuilderChoseAFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    PerformanceTable sample = LENIENT.read(org.jixiao.io.testing.Seed.text()).value();
    java.nio.file.Path csv = dir.resolve("longgang.csv");
    TableWriter.builder().format(TableFormat.CSV).build().write(sample, csv);

    assertThat(LENIENT.read(csv).value()).isEqualTo(sample);
    assertThat(LENIENT.readGrid(csv).text(0, 0)).doesNotContain(",");
    try (TableStream stream = LENIENT.stream(csv)) {
      assertThat(stream.next().name()).isEqualTo(sample.projects().get(0).name());
    }
    // a format the builder chose is kept whatever the name says
    assertThat(TableReader.builder().format(TableFormat.TSV).build().read(csv).value().projects()).isEmpty();
  }
}
