package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadMessages;
import org.jixiao.io.form.FormReader;
import org.jixiao.io.testing.NotTextFiles;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is no text — a PDF, a workbook, an old Office file, a web page, bytes with zeros —
 * handed to a text reader is refused in either mode, saying what it is (JX-I-0107), where it used
 * to read as a text without a header ("no header row") or as undecodable bytes; text, including
 * text whose cells hold U+0000, is not.
 */
class NotTextTest {
  private static final TableReader LENIENT = TableReader.builder().build();

  @Test
  void eachKindIsRefusedNamingItByEveryWayOfReadingBytes(@TempDir Path dir) throws IOException {
    for (Map.Entry<String, byte[]> kind : NotTextFiles.byKind().entrySet()) {
      String part = ReadMessages.catalog().render(kind.getKey(), Map.of("offset", "1"), Locale.SIMPLIFIED_CHINESE).orElseThrow();
      Path file = Files.write(dir.resolve("表.tsv"), kind.getValue());
      JixiaoReadException[] refusals = {
        refused(() -> LENIENT.read(kind.getValue())),
        refused(() -> TableReader.builder().strict(true).build().read(kind.getValue())),
        refused(() -> LENIENT.read(file)),
        refused(() -> LENIENT.stream(file).close()),
        refused(() -> LENIENT.readGridResult(file)),
        refused(() -> LENIENT.readGridResult(new ByteArrayInputStream(kind.getValue()), "表.tsv")),
        refused(() -> FormReader.builder().build().read(new ByteArrayInputStream(kind.getValue()), "表.tsv"))
      };
      for (JixiaoReadException e : refusals) {
        assertThat(e.code()).as(kind.getKey()).contains("JX-I-0107");
        assertThat(e.getMessage()).as(kind.getKey()).startsWith("第1行：输入不是可按表格读取的文本：它是").contains(part);
        assertThat(e.line()).hasValue(1);
      }
    }
  }

  @Test
  void theRefusalQuotesTheBytesAFileStartsWithAndSpeaksEnglishOnRequest() {
    TableReader english = TableReader.builder().locale(Locale.ENGLISH).build();
    JixiaoReadException pdf = refused(() -> english.read(NotTextFiles.pdf()));
    assertThat(pdf.getMessage())
        .isEqualTo(
            "line 1: the input is not text a table can be read from: it is a PDF document; export its"
                + " table to a workbook (.xlsx) or to tab-separated text first: '%PDF-1.7'");
    JixiaoReadException zip = refused(() -> english.read(NotTextFiles.xlsx()));
    assertThat(zip.text()).contains("PK");
  }

  @Test
  void binaryBytesWithZerosAreRefusedAtTheLineOfTheFirstZero() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    JixiaoReadException e = refused(() -> LENIENT.read(png));
    assertThat(e.code()).contains("JX-I-0107");
    assertThat(e.getMessage()).contains("字节偏移8处有零字节");
    assertThat(e.line()).hasValue(3);
  }

  @Test
  void textIsNotRefused() throws IOException {
    assertThat(LENIENT.read(Seed.bytes()).value().projects()).hasSize(32);
    // Excel's "Unicode text": UTF-16 with its byte order mark holds zeros and is text
    byte[] utf16 = ("\uFEFF" + Seed.text()).getBytes(StandardCharsets.UTF_16LE);
    assertThat(LENIENT.read(utf16).value().projects()).hasSize(32);
    // a cell may start with a tag's bracket or a PDF's percent sign below the first line
    String text = "序号\t项目名称\t项目年度预算金额\n1\t<html>培训\t100\n2\t%PDF-汇编\t50\n";
    assertThat(LENIENT.read(text.getBytes(StandardCharsets.UTF_8)).value().projects()).hasSize(2);
  }

  @Test
  void aTableWhoseCellsHoldU0000WrittenAsBytesReadsBackEqual() throws IOException {
    PerformanceTable table =
        PerformanceTable.builder()
            .moneyUnit(MoneyUnit.YUAN)
            .addProjects(
                Project.builder().seq(1).name("零\u0000字").problems("\u0000").moneyUnit(MoneyUnit.YUAN).build())
            .build();
    for (TableFormat format : TableFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TableWriter.builder().format(format).build().write(table, out);
      TableReader reader = TableReader.builder().format(format).strict(true).build();
      assertThat(reader.read(out.toByteArray()).value()).isEqualTo(table);
    }
  }

  /** The exception a read throws; fails when it throws none or another. */
  private static JixiaoReadException refused(ThrowingRead read) {
    JixiaoReadException e = catchThrowableOfType(read::run, JixiaoReadException.class);
    assertThat(e).as("the read was refused").isNotNull();
    return e;
  }

  private interface ThrowingRead {
    void run() throws Exception;
  }
}
