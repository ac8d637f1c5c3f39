package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/**
 * ASCII quotes at the start of a cell that are text, not RFC 4180 quoting: Chinese text quotes
 * slogans with them ("双随机、一公开", "放管服"), and a table extracted from a PDF is not RFC 4180.
 * Such a quote once hid every row after it, or lost its quotes without a word.
 */
class StrayQuoteTest {
  private static final TableReader LENIENT = TableReader.builder().build();
  private static final TableReader STRICT = TableReader.builder().strict(true).locale(Locale.ENGLISH).build();
  private static final PerformanceTable SAMPLE = LENIENT.read(Seed.text()).value();
  private static final String CANONICAL = TableWriter.builder().build().writeToString(SAMPLE);

  /** The canonical table with {@code cell} of the row of 序号 {@code seq} under {@code header} replaced. */
  private static String edited(int seq, String header, java.util.function.UnaryOperator<String> cell) {
    String[] lines = CANONICAL.split("\n", -1);
    List<String> head = Arrays.asList(lines[Arrays.asList(lines).indexOf(Arrays.stream(lines).filter(l -> l.startsWith("序号\t")).findFirst().orElseThrow())].split("\t", -1));
    int column = head.indexOf(header);
    assertThat(column).as(header).isNotNegative();
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      if (cells[0].equals(String.valueOf(seq))) {
        cells[column] = cell.apply(cells[column]);
        lines[i] = String.join("\t", cells);
        return String.join("\n", lines);
      }
    }
    throw new AssertionError("no row " + seq);
  }

  private static List<Finding> quotes(ReadResult<PerformanceTable> r) {
    return r.diagnostics().stream().filter(f -> f.rule().equals(ReadDiagnostics.QUOTE_AS_TEXT)).toList();
  }

  @Test
  void aQuoteLeftOpenAtTheStartOfACellHidesNoRowAndIsToldWhereItStands() {
    ReadResult<PerformanceTable> r = LENIENT.read(edited(5, "预算支出执行率", c -> "\"" + c));

    assertThat(r.value().projects()).hasSize(SAMPLE.projects().size());
    assertThat(r.value().totals()).isPresent();
    assertThat(quotes(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.code()).isEqualTo("JX-I-0106");
      assertThat(f.location().orElseThrow().text()).hasValueSatisfying(t -> assertThat(t).startsWith("\"").doesNotContain("\t"));
    });
    // the cell itself is no number now: kept as printed, as any such cell is
    Project five = r.value().projects().stream().filter(p -> p.seq().orElse(-1) == 5).findFirst().orElseThrow();
    assertThat(five.strayCells()).extracting(StrayCell::text).anySatisfy(t -> assertThat(t).startsWith("\""));
    // every other project reads as before
    assertThat(r.value().projects().stream().filter(p -> p.seq().orElse(-1) != 5).toList())
        .isEqualTo(SAMPLE.projects().stream().filter(p -> p.seq().orElse(-1) != 5).toList());
  }

  @Test
  void aQuotedPhraseAtTheStartOfACellKeepsItsQuotes() {
    ReadResult<PerformanceTable> r = LENIENT.read(edited(10, "年初绩效目标", c -> "\"双随机、一公开\"抽查完成" + c));

    Project ten = r.value().projects().stream().filter(p -> p.seq().orElse(-1) == 10).findFirst().orElseThrow();
    assertThat(ten.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("\"双随机、一公开\"抽查完成"));
    assertThat(quotes(r)).hasSize(1);
    // a cell that is nothing but a quoted phrase: in TSV no writer quotes it, so the quotes are text
    ReadResult<PerformanceTable> whole = LENIENT.read(edited(10, "年初绩效目标", c -> "\"放管服\""));
    assertThat(whole.value().projects().stream().filter(p -> p.seq().orElse(-1) == 10).findFirst().orElseThrow().goal()).contains("\"放管服\"");
  }

  @Test
  void aQuoteLeftOpenHidesNoRowEvenWhenALaterCellEndsWithAQuote() {
    // the next quote in the text closes a later cell (…简称"放管服"), before a tab: what lies between
    // is whole rows of the table, not one cell
    String text = edited(20, "整改情况", c -> "简称\"放管服\"");
    ReadResult<PerformanceTable> r = LENIENT.read(text.replace("\n5\t", "\n\"5\t"));
    assertThat(r.value().projects()).hasSize(SAMPLE.projects().size());
    assertThat(quotes(r)).singleElement().satisfies(f -> assertThat(f.location().orElseThrow().text()).contains("\"5"));
  }

  @Test
  void strictReadingStopsAtTheQuoteWithItsLine() {
    String text = edited(5, "预算支出执行率", c -> "\"" + c);
    JixiaoReadException e = catchThrowableOfType(() -> STRICT.read(text), JixiaoReadException.class);
    assertThat(e).isNotNull();
    assertThat(e.code()).contains("JX-I-0106");
    int line = Arrays.asList(text.split("\n", -1)).indexOf(Arrays.stream(text.split("\n", -1)).filter(l -> l.startsWith("5\t")).findFirst().orElseThrow()) + 1;
    assertThat(e.line()).hasValue(line);
  }

  @Test
  void cellsAWriterQuotedStillReadAsQuotedCells() {
    // TSV: a line break, a tab and a doubled quote need quoting; an empty quoted cell is empty
    String tsv = edited(10, "年初绩效目标", c -> "\"第一行\n第二行\t\"\"放管服\"\"\"");
    Project ten = LENIENT.read(tsv).value().projects().stream().filter(p -> p.seq().orElse(-1) == 10).findFirst().orElseThrow();
    assertThat(ten.goal()).contains("第一行\n第二行\t\"放管服\"");
    assertThat(quotes(LENIENT.read(tsv))).isEmpty();
    // CSV: a writer may quote every cell, needed or not
    String plain = "序号,单位名称,项目名称,项目年度预算金额,实际支出金额,预算支出执行率\n1,某局,某项目,100,90,90\n";
    String quotedEverywhere = "\"序号\",\"单位名称\",\"项目名称\",\"项目年度预算金额\",\"实际支出金额\",\"预算支出执行率\"\n"
        + "\"1\",\"某局\",\"某项目\",\"100\",\"90\",\"90\"\n";
    TableReader csv = TableReader.builder().format(TableFormat.CSV).build();
    ReadResult<PerformanceTable> r = csv.read(quotedEverywhere);
    assertThat(r.value().projects()).hasSize(1);
    assertThat(r.value()).isEqualTo(csv.read(plain).value());
    assertThat(quotes(r)).isEmpty();
  }

  @Test
  void aGridReadFromTextSaysWhichQuotesItKeptAsText() throws Exception {
    String text = "项目名称\t\"放管服\"改革\n指标\t\"双随机、一公开\"\n";
    ReadResult<org.jixiao.io.grid.CellGrid> r = LENIENT.readGridResult(new java.io.StringReader(text), "form.tsv");
    assertThat(r.value().text(0, 1)).isEqualTo("\"放管服\"改革");
    assertThat(r.value().text(1, 1)).isEqualTo("\"双随机、一公开\"");
    assertThat(r.diagnostics()).extracting(Finding::code).containsExactly("JX-I-0106", "JX-I-0106");
    assertThat(r.diagnostics().get(1).location().orElseThrow().line()).hasValue(2L);
    assertThat(LENIENT.readGrid(text, "form.tsv").text(0, 1)).isEqualTo("\"放管服\"改革"); // the same cells
  }

  @Test
  void aFormReadFromTextPassesOnTheQuotesItsCellsKeptAsText() {
    String form = "项目支出绩效自评表\n项目名称\t\"放管服\"改革经费\n\t年初预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "年度资金总额\t10\t9\t10\t90%\t9\n";
    ReadResult<PerformanceTable> r = org.jixiao.io.form.FormReader.builder().build().read(form, "form.tsv");
    assertThat(r.value().projects()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("\"放管服\"改革经费"));
    assertThat(quotes(r)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }
}
