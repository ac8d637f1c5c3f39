package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.internal.table.Cells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

/**
 * Spreadsheet formula injection (CSV injection): a text cell that a spreadsheet would take for a
 * formula — one starting with {@code =}, {@code +}, {@code -} or {@code @}, or with a tab or a
 * carriage return, which some spreadsheets strip before looking — is written with a leading
 * apostrophe; numbers are written as they are; reading undoes it.
 */
class NeutralisationTest {
  private static final String PAYLOAD = "cmd|' /C calc'!A0";

  /** A table whose every text field starts with {@code prefix}. */
  private static PerformanceTable everywhere(String prefix) {
    String t = prefix + PAYLOAD;
    return PerformanceTable.builder()
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .title(t)
        .department(t)
        .putMetadata(t, t)
        .addNotes(t)
        .addProjects(
            Project.builder()
                .seq(1)
                .unit(t)
                .department(t)
                .name(t)
                .moneyUnit(MoneyUnit.WAN_YUAN)
                .budget(new BigDecimal("-3.50"))
                .actual(new BigDecimal("+1.5"))
                .goal(t)
                .goalOutcome(t)
                .statedCompletion(t)
                .indicators(
                    org.jixiao.core.indicator.IndicatorSet.of(
                        org.jixiao.core.indicator.Indicator.builder()
                            .category(org.jixiao.core.indicator.Category.OUTPUT)
                            .subcategory(org.jixiao.core.indicator.Subcategory.QUANTITY)
                            .name(t)
                            .target(t)
                            .actual(t)
                            .measureUnit(t)
                            .deviationReason(t)
                            .build()))
                .problems(t)
                .rectification(t)
                .addStrayCells(org.jixiao.core.project.StrayCell.of(40, java.util.Optional.of(t), t))
                .build())
        .build();
  }

  /** The cells of written text, as a spreadsheet (or FastCSV) splits them. */
  private static List<String> cells(String written, TableFormat format) {
    List<String> out = new java.util.ArrayList<>();
    try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv =
        de.siegmar.fastcsv.reader.CsvReader.builder()
            .fieldSeparator(format.separator())
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(written)) {
      csv.forEach(r -> out.addAll(r.getFields()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static boolean startsAFormula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }

  private static boolean isNumber(String cell) {
    BigDecimal n = org.jixiao.io.internal.table.NumberCells.parseDecimal(cell, false);
    return n != null && n != org.jixiao.io.internal.table.NumberCells.ABSENT;
  }

  @ParameterizedTest(name = "trigger {0}")
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "'=", "''+", "=-", "\t="})
  void aTextStartingWithATriggerIsNeutralisedInEveryPlaceAndFormat(String trigger) {
    PerformanceTable table = everywhere(trigger);
    for (TableFormat format : TableFormat.values()) {
      String written = TableWriter.builder().format(format).build().writeToString(table);
      List<String> cells = cells(written, format);
      assertThat(cells).filteredOn(c -> c.contains(PAYLOAD)).hasSizeGreaterThanOrEqualTo(17);
      assertThat(cells)
          .filteredOn(c -> c.contains(PAYLOAD))
          .allSatisfy(c -> assertThat(c).satisfiesAnyOf(
              x -> assertThat(x).startsWith("'" + trigger + PAYLOAD),
              x -> assertThat(x).startsWith("部门名称（盖章）：" + trigger + PAYLOAD)));
      assertThat(cells).filteredOn(NeutralisationTest::startsAFormula).allMatch(NeutralisationTest::isNumber);
      // The canonical layout does not keep white space around the department (package docs).
      PerformanceTable expected =
          PerformanceTable.builder().from(table).department(table.department().map(String::strip)).build();
      assertThat(TableReader.builder().format(format).build().read(written).value()).isEqualTo(expected);
    }
  }

  @Test
  void noWrittenCellOfAnyGeneratedTableStartsAFormulaUnlessItIsANumber() {
    qt().withExamples(200)
        .forAll(org.jixiao.io.testing.Gens.tables(true), Generate.enumValues(TableFormat.class))
        .checkAssert(
            (table, format) -> {
              String written = TableWriter.builder().format(format).build().writeToString(table);
              assertThat(cells(written, format))
                  .filteredOn(NeutralisationTest::startsAFormula)
                  .allMatch(NeutralisationTest::isNumber);
            });
  }
  @Test
  void undoingNeutralisationGivesBackAnyText() {
    qt().forAll(
            Generate.pick(List.of("", "'", "''", "=", "+", "-", "@", "\t", "\r", "x"))
                .zip(strings().allPossible().ofLengthBetween(0, 6), (a, b) -> a + b))
        .checkAssert(text -> assertThat(Cells.unneutralise(Cells.neutralise(text))).isEqualTo(text));
  }

  @Test
  void formulaLikeTextGetsAnApostropheAndOtherTextDoesNot() {
    assertThat(Cells.neutralise("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
    assertThat(Cells.neutralise("+86")).isEqualTo("'+86");
    assertThat(Cells.neutralise("-x")).isEqualTo("'-x");
    assertThat(Cells.neutralise("@cmd")).isEqualTo("'@cmd");
    assertThat(Cells.neutralise("'=x")).isEqualTo("''=x");
    assertThat(Cells.neutralise("完成")).isEqualTo("完成");
    assertThat(Cells.neutralise("'ok")).isEqualTo("'ok");
  }

  @Test
  void theWriterNeutralisesTextButNotNumbersAndTheReaderUndoesIt() {
    PerformanceTable table =
        PerformanceTable.builder()
            .moneyUnit(MoneyUnit.YUAN)
            .addProjects(
                Project.builder()
                    .seq(1)
                    .name("=HYPERLINK(\"http://x\")")
                    .moneyUnit(MoneyUnit.YUAN)
                    .budget(new BigDecimal("-3.50"))
                    .goal("-3.50")
                    .problems("@SUM(1)")
                    .build())
            .build();
    for (TableFormat format : TableFormat.values()) {
      String written = TableWriter.builder().format(format).build().writeToString(table);
      assertThat(written).contains("'=HYPERLINK").contains("'-3.50").contains("'@SUM(1)");
      assertThat(written.lines().filter(l -> l.startsWith("1")).findFirst().orElseThrow())
          .contains(format.separator() + "-3.50" + format.separator());
      assertThat(TableReader.builder().format(format).build().read(written).value())
          .isEqualTo(table);
      String raw =
          TableWriter.builder().format(format).neutraliseFormulas(false).build().writeToString(table);
      assertThat(raw).doesNotContain("'=HYPERLINK");
      assertThat(TableReader.builder().format(format).build().read(raw).value()).isEqualTo(table);
    }
  }
}
