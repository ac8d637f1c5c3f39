package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.testing.Hostile.allocatedBytes;
import static org.jixiao.io.testing.Hostile.linesWithin;
import static org.jixiao.io.testing.Hostile.mb;
import static org.jixiao.io.testing.Hostile.readOrLocatedFailure;
import static org.jixiao.io.testing.Hostile.rejected;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile tables (issue 7): truncated files, mixed encodings, a 1 MB cell, a row of a million
 * columns, absurd numbers, control characters and lone surrogates. Lenient reading returns a
 * table with diagnostics; strict reading and exceeded limits throw a {@link JixiaoReadException}
 * with a line; nothing else escapes, and memory stays proportional to the input (measured as
 * bytes allocated, which unlike time does not depend on the machine). Random bytes and random
 * edits of real tables are in {@code RobustnessTest}; the no-loss property is in {@code
 * NoLossPropertyTest}.
 */
class HostileTableTest {
  private static final TableReader LENIENT = TableReader.builder().locale(Locale.ENGLISH).build();
  private static final TableReader STRICT = TableReader.builder().locale(Locale.ENGLISH).strict(true).build();
  private static final TableReader CSV = TableReader.builder().locale(Locale.ENGLISH).format(TableFormat.CSV).build();
  private static final TableReader STRICT_CSV = TableReader.builder().locale(Locale.ENGLISH).format(TableFormat.CSV).strict(true).build();
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String HEADER = "序号\t项目名称\t项目年度预算金额\t实际支出金额\n";

  private static int[] cuts(int length, int count) {
    int[] cuts = new int[count + 2];
    for (int i = 0; i < count; i++) {
      // spread over the whole file, landing on every residue of 3 (UTF-8 Chinese is 3 bytes)
      cuts[i] = (int) ((long) length * i / count) + i % 3;
    }
    cuts[count] = 0;
    cuts[count + 1] = length - 1;
    return cuts;
  }

  @Test
  void truncatedFilesAreReadLenientlyAndStrictlyRejectedOnlyWithALine() {
    for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
      byte[] file = Seed.text().getBytes(charset);
      for (int cut : cuts(file.length, 120)) {
        byte[] truncated = Arrays.copyOf(file, Math.min(cut, file.length));
        // never throwing is the point; what is said of the cut must point into the text
        String text = new String(truncated, charset);
        linesWithin(LENIENT.read(truncated), text);
        linesWithin(CSV.read(truncated), text);
        readOrLocatedFailure(() -> STRICT.read(truncated));
      }
    }
  }

  @Test
  void aFileCutInsideACharacterIsReportedWithTheByteOffsetAndLine() {
    byte[] file = (HEADER + "1\t就业服务\t1\t1\n2\t人才引进").getBytes(StandardCharsets.UTF_8);
    // cut after the first byte of the last character (进, three bytes in UTF-8)
    int last = file.length - 3;
    byte[] truncated = Arrays.copyOf(file, last + 1);

    ReadResult<PerformanceTable> read = LENIENT.read(truncated);
    assertThat(read.value().projects()).extracting(Project::name).containsExactly("就业服务", "人才引\uFFFD");
    assertThat(read.diagnostics())
        .filteredOn(d -> d.rule().equals(ReadDiagnostics.MALFORMED_TEXT))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("UTF-8").contains("byte offset " + last);
              assertThat(d.location().orElseThrow().line()).hasValue(3L);
            });
    JixiaoReadException strict = rejected(() -> STRICT.read(truncated));
    assertThat(strict.getMessage()).contains("byte offset " + last);
    assertThat(strict.line()).hasValue(3);
    // The seed cut the same way is still read as UTF-8, not taken for GB18030.
    byte[] seed = Seed.bytes();
    int lead = seed.length - 1;
    while ((seed[lead] & 0xC0) != 0xC0) {
      lead--;
    }
    assertThat(LENIENT.read(Arrays.copyOf(seed, lead + 1)).diagnostics())
        .filteredOn(d -> d.rule().equals(ReadDiagnostics.MALFORMED_TEXT))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("1 byte sequences are not UTF-8"));
  }

  @Test
  void aGb18030LineInAUtf8FileIsReportedWithItsByteOffset() {
    // More than the 64 KiB detection sample of UTF-8, so UTF-8 is detected, then one GBK line.
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 1; text.length() < 60_000; i++) {
      text.append(i).append("\t就业服务项目").append(i).append("\t100.00\t90.00\n");
    }
    byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(head.length).isGreaterThan(64 * 1024);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(head);
    bytes.writeBytes("99999\t人才引进（GBK）\t1\t1\n".getBytes(GB18030));

    ReadResult<PerformanceTable> read = LENIENT.read(bytes.toByteArray());

    long gbLine = text.chars().filter(c -> c == '\n').count() + 1;
    assertThat(read.diagnostics())
        .filteredOn(d -> d.rule().equals(ReadDiagnostics.MALFORMED_TEXT))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("UTF-8").contains("byte offset " + (head.length + 6));
              assertThat(d.location().orElseThrow().line()).hasValue(gbLine);
            });
    assertThat(read.value().projects()).last().satisfies(p -> assertThat(p.seq()).hasValue(99999));
    JixiaoReadException strict = rejected(() -> STRICT.read(bytes.toByteArray()));
    assertThat(strict.getMessage()).contains("byte offset " + (head.length + 6));
    assertThat(strict.line()).hasValue(gbLine);
    // Forced to UTF-8, a small mixed file is reported the same way.
    byte[] small = (HEADER + "1\t甲\t1\t1\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream mixed = new ByteArrayOutputStream();
    mixed.writeBytes(small);
    mixed.writeBytes("2\t乙\t1\t1\n".getBytes(GB18030));
    ReadResult<PerformanceTable> forced =
        TableReader.builder().locale(Locale.ENGLISH).charset(StandardCharsets.UTF_8).build().read(mixed.toByteArray());
    assertThat(forced.diagnostics()).extracting(Finding::rule).contains(ReadDiagnostics.MALFORMED_TEXT);
    // Detected, the same small file is not UTF-8 and is taken as GB18030: its UTF-8 header
    // decodes to other characters, so no header is found, and that is what is reported.
    assertThat(LENIENT.read(mixed.toByteArray()).diagnostics())
        .extracting(Finding::rule)
        .contains(ReadDiagnostics.NO_HEADER);
  }

  @Test
  void aOneMegabyteCellIsRejectedWithItsLineUnlessTheLimitIsRaised() {
    String cell = "长".repeat(1 << 20);
    String table = HEADER + "1\t甲\t1\t1\n2\t乙\t1\t" + cell + "\n";

    long allocated =
        allocatedBytes(
            () -> {
              JixiaoReadException e = rejected(() -> LENIENT.read(table));
              assertThat(e.line()).hasValue(3);
              assertThat(e.getMessage()).contains(String.valueOf(TableReader.DEFAULT_MAX_CELL_LENGTH));
            });
    assertThat(allocated).isLessThan(mb(32));
    rejected(() -> STRICT.read(table));
    rejected(() -> CSV.read(table.replace('\t', ',')));

    TableReader roomy = TableReader.builder().locale(Locale.ENGLISH).maxCellLength(2 << 20).build();
    Project read = roomy.read(table).value().projects().get(1);
    assertThat(read.strayCells()).extracting(StrayCell::text).containsExactly(cell);
  }

  @Test
  void aRowOfAMillionColumnsIsRejectedWithItsLineInBoundedMemory() {
    String row = "x\t".repeat(1_000_000) + "x";
    String table = HEADER + "1\t甲\t1\t1\n" + row + "\n";
    for (TableReader reader : List.of(LENIENT, STRICT)) {
      long allocated =
          allocatedBytes(
              () -> {
                JixiaoReadException e = rejected(() -> reader.read(table));
                assertThat(e.line()).hasValue(3);
                assertThat(e.getMessage()).contains(String.valueOf(TableReader.DEFAULT_MAX_COLUMNS));
              });
      // The input is 2 MB of characters; the reader stops at the 1001st field.
      assertThat(allocated).isLessThan(mb(48));
    }
  }

  @Test
  void anUnclosedQuoteCannotSwallowTheRestOfAHugeFile() {
    // the quote opens no quoted cell: it is text, told where it stands, and the rows after it are
    // rows (strict mode stops at it); reading it ahead costs no more than a cell may be long
    String table = "序号,项目名称\n1,\"" + "x,\n".repeat(400_000);
    long allocated =
        allocatedBytes(() -> assertThat(rejected(() -> STRICT_CSV.read(table)).line()).hasValue(2));
    assertThat(allocated).isLessThan(mb(48));
    ReadResult<PerformanceTable> lenient = CSV.read(table);
    assertThat(lenient.diagnostics()).filteredOn(f -> f.rule().equals(ReadDiagnostics.QUOTE_AS_TEXT))
        .singleElement().satisfies(f -> assertThat(f.location().orElseThrow().line()).hasValue(2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e999999999", "-1e999999999", "1e-999999999", "1E+1001", "1E-1001", "0E-1001",
        "1e99999999999", "1e2147483648", "1.5e-2147483647", "９９e９９９９"
      })
  void absurdNumbersAreNotNumbersButKeptAsStrayCells(String number) {
    String table = HEADER + "1\t甲\t" + number + "\t1\n";
    ReadResult<PerformanceTable> read = LENIENT.read(table);
    Project project = read.value().projects().get(0);
    assertThat(project.budget()).isEmpty();
    assertThat(project.strayCells()).extracting(StrayCell::text).containsExactly(number);
    assertThat(read.diagnostics())
        .filteredOn(d -> d.rule().equals(ReadDiagnostics.NOT_A_NUMBER))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.location().orElseThrow().line()).hasValue(2L);
              assertThat(d.location().orElseThrow().column()).hasValue(3);
            });
    JixiaoReadException strict = rejected(() -> STRICT.read(table));
    assertThat(strict.column()).hasValue(3);
  }

  @Test
  void numbersAtTheScaleLimitAreNumbers() {
    String table = HEADER + "1\t甲\t1E+1000\t1E-1000\n";
    Project project = STRICT.read(table).value().projects().get(0);
    assertThat(project.budget()).hasValueSatisfying(b -> assertThat(b.scale()).isEqualTo(-1000));
    assertThat(project.actual()).hasValueSatisfying(a -> assertThat(a.scale()).isEqualTo(1000));
  }

  @Test
  void aDecimalOfAHundredThousandDigitsIsNotANumberAndCostsOnePass() {
    String digits = "0." + "1".repeat(99_000);
    String table = HEADER + "1\t甲\t" + digits + "\t" + "9".repeat(99_000) + "\n";
    long allocated =
        allocatedBytes(
            () -> {
              Project project = LENIENT.read(table).value().projects().get(0);
              assertThat(project.budget()).isEmpty();
              assertThat(project.actual()).isEmpty();
              assertThat(project.strayCells()).hasSize(2);
            });
    assertThat(allocated).isLessThan(mb(32));
  }

  @Test
  void controlCharactersAndLoneSurrogatesSurviveAWriteAndARead() {
    StringBuilder controls = new StringBuilder("控制");
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    controls.append('\u007f').append('\u0085').append('\u2028').append('\u2029');
    String surrogates = "孤\uD800独\uDFFF尾\uDBFF";
    PerformanceTable table =
        PerformanceTable.builder()
            .moneyUnit(org.jixiao.core.money.MoneyUnit.YUAN)
            .addProjects(
                Project.builder()
                    .seq(1)
                    .name(controls.toString())
                    .goal(surrogates)
                    .problems("\u0000")
                    .moneyUnit(org.jixiao.core.money.MoneyUnit.YUAN)
                    .build())
            .build();
    for (TableFormat format : TableFormat.values()) {
      String written = TableWriter.builder().format(format).build().writeToString(table);
      ReadResult<PerformanceTable> read =
          TableReader.builder().locale(Locale.ENGLISH).format(format).strict(true).build().read(written);
      assertThat(read.value()).isEqualTo(table);
    }
  }

  @Test
  void aCellTooLongForTheTokeniserIsRefusedAsACellOverTheLimitInTheReadersLanguage() {
    // ten million characters on one line: FastCSV's buffer (32 cells' worth) gives up before the
    // cell limit is checked; its English message is no message for a Chinese reader
    String line = "项目名称\t" + "x".repeat(10_000_000) + "\n";
    for (TableReader reader : List.of(TableReader.builder().build(), TableReader.builder().strict(true).build())) {
      JixiaoReadException e = rejected(() -> reader.read(line.getBytes(StandardCharsets.UTF_8)));
      assertThat(e.code()).contains("JX-I-0108");
      assertThat(e.getMessage())
          .startsWith("第1行：文本无法拆分为单元格：从第1行开始的一个单元格超过100000个字符")
          .doesNotContain("buffer");
    }
  }

  @Test
  void aLoneSurrogateEncodedAsBytesIsMalformedUtf8() {
    // CESU-style encoding of U+D800 (ED A0 80) is not UTF-8.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER + "1\t甲").getBytes(StandardCharsets.UTF_8));
    int offset = bytes.size();
    bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    bytes.writeBytes("\t1\t1\n".getBytes(StandardCharsets.UTF_8));
    TableReader utf8 = TableReader.builder().locale(Locale.ENGLISH).charset(StandardCharsets.UTF_8).build();
    ReadResult<PerformanceTable> read = utf8.read(bytes.toByteArray());
    assertThat(read.value().projects().get(0).name()).startsWith("甲\uFFFD");
    assertThat(read.diagnostics())
        .filteredOn(d -> d.rule().equals(ReadDiagnostics.MALFORMED_TEXT))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("byte offset " + offset));
    assertThat(
            rejected(
                    () ->
                        TableReader.builder().locale(Locale.ENGLISH)
                            .charset(StandardCharsets.UTF_8)
                            .strict(true)
                            .build()
                            .read(bytes.toByteArray()))
                .line())
        .hasValue(2);
  }

  @Test
  void aTableWithoutAHeaderIsRejectedStrictlyAtTheLineWhereTheReaderGaveUp() {
    JixiaoReadException e = rejected(() -> STRICT.read("随便\n写点\n东西\n"));
    assertThat(e.problem()).contains("no header");
    assertThat(e.line()).hasValue(3);
    assertThat(rejected(() -> STRICT.read("")).line()).hasValue(1);
  }
}
