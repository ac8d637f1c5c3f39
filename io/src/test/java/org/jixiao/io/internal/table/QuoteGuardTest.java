package org.jixiao.io.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The guard's text, however it is read, and what it hands on for each kind of cell. */
class QuoteGuardTest {
  /** Texts of the characters that matter here: quotes, separators, line ends, and a letter. */
  private static final String ALPHABET = "\"\t\n\r字a,#";

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 60)
        .map(l -> l.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).reduce("", String::concat));
  }

  private static String through(String text, char separator, int chunk) {
    try (Reader guard = new QuoteGuard(new StringReader(text), separator, 1000, false)) {
      StringBuilder out = new StringBuilder();
      char[] buffer = new char[chunk];
      int n;
      while ((n = guard.read(buffer, 0, chunk)) >= 0) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void whatIsHandedOnDoesNotDependOnHowItIsRead() {
    qt().forAll(texts(), integers().between(1, 7))
        .checkAssert((text, chunk) -> {
          assertThat(through(text, '\t', chunk)).isEqualTo(through(text, '\t', 4096));
          assertThat(through(text, ',', chunk)).isEqualTo(through(text, ',', 4096));
        });
  }

  @Test
  void textWithoutAQuoteAtTheStartOfACellIsHandedOnAsItIs() {
    // a quote only ever after a letter, never where a cell starts
    List<String> tokens = List.of("字", "a\"", "\t", "\n", "\r", ",");
    Gen<String> noOpeningQuote = lists().of(integers().between(0, tokens.size() - 1)).ofSizeBetween(0, 60)
        .map(l -> l.stream().map(tokens::get).reduce("", String::concat));
    qt().forAll(noOpeningQuote, integers().between(1, 7))
        .checkAssert((t, chunk) -> {
          assertThat(through(t, '\t', chunk)).isEqualTo(t);
          assertThat(through(t, ',', chunk)).isEqualTo(t);
        });
  }

  @Test
  void whatAWriterWroteIsHandedOnUnchangedAndKeepsNoQuote() {
    // FastCSV's writer, as jixiao's writers use it: every cell it quotes must read as quoted
    Gen<List<List<String>>> rows = lists().of(lists().of(texts()).ofSizeBetween(1, 4)).ofSizeBetween(1, 4);
    qt().forAll(rows, integers().between(1, 7))
        .checkAssert((table, chunk) -> {
          for (char separator : new char[] {'\t', ','}) {
            if (separator == '\t' && table.stream().flatMap(List::stream).anyMatch(QuoteGuardTest::rowLike)) {
              continue; // the one cell the guard reads otherwise, by design: see rowLike
            }
            String written = write(table, separator);
            QuoteGuard guard = new QuoteGuard(new StringReader(written), separator, 1000, false);
            assertThat(readAll(guard)).isEqualTo(written);
            assertThat(guard.kept()).isEmpty();
            assertThat(through(written, separator, chunk)).isEqualTo(written);
          }
        });
  }

  /**
   * Whether a cell has a line after a line break with four tabs or more: in TSV the guard takes
   * that for rows a quote left open swallowed (a disclosure row has twenty tabs), never for a cell.
   */
  private static boolean rowLike(String cell) {
    String[] lines = cell.split("\r\n|\r|\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].chars().filter(c -> c == '\t').count() >= 4) {
        return true;
      }
    }
    return false;
  }

  private static String write(List<List<String>> rows, char separator) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (de.siegmar.fastcsv.writer.CsvWriter csv =
        de.siegmar.fastcsv.writer.CsvWriter.builder()
            .fieldSeparator(separator)
            .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF)
            .build(out)) {
      for (List<String> row : rows) {
        csv.writeRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void eachKindOfCellIsHandedOnAsFastCsvMustReadIt() {
    // a quoted cell as a writer makes it: unchanged
    assertThat(through("\"甲\n乙\"\t丙\n", '\t', 5)).isEqualTo("\"甲\n乙\"\t丙\n");
    assertThat(through("\"\"\t丙\n", '\t', 5)).isEqualTo("\"\"\t丙\n");
    // text after the closing quote: the cell as printed, quoted and escaped
    assertThat(through("\"放管服\"改革\t丙\n", '\t', 5)).isEqualTo("\"\"\"放管服\"\"改革\"\t丙\n");
    // a quote left open: the cell up to the tab, and the rest read again
    assertThat(through("\"99.83\t甲\n乙\t丙\n", '\t', 5)).isEqualTo("\"\"\"99.83\"\t甲\n乙\t丙\n");
    // in TSV a whole cell "放管服" is text; in CSV a writer may have quoted it
    assertThat(through("\"放管服\"\t丙\n", '\t', 5)).isEqualTo("\"\"\"放管服\"\"\"\t丙\n");
    assertThat(through("\"放管服\",丙\n", ',', 5)).isEqualTo("\"放管服\",丙\n");
    // "#注" first on its line: a writer quoted it lest it read as a comment; elsewhere it is text
    assertThat(through("甲\n\"#注\"\t丙\n", '\t', 5)).isEqualTo("甲\n\"#注\"\t丙\n");
    assertThat(through("\"#注\"\t丙\n", '\t', 64)).isEqualTo("\"#注\"\t丙\n");
    assertThat(through("甲\t\"#注\"\n", '\t', 5)).isEqualTo("甲\t\"\"\"#注\"\"\"\n");
    QuoteGuard guard = new QuoteGuard(new StringReader("甲\t乙\n丙\t\"99.83\t丁\n"), '\t', 1000, false);
    assertThat(readAll(guard)).contains("\"\"\"99.83\"");
    assertThat(guard.kept()).isEqualTo(List.of(new QuoteGuard.Kept(2, 1, "\"99.83")));
  }

  private static String readAll(Reader in) {
    try {
      StringBuilder out = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        out.append((char) c);
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
