package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.form.FormWriter;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document of any layout and kind is read by the reader of its layout, told by content: a
 * workbook by its bytes whatever its name, a text by the header words of its first rows.
 */
class DocumentReaderTest {
  private static final DocumentReader READER = DocumentReader.builder().build();
  private static final String DECLARATION = "declarations/mof-template_qingjian-guoyuanlu-2021.tsv";

  @TempDir Path dir;

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = Objects.requireNonNull(DocumentReaderTest.class.getResourceAsStream(name), name)) {
      return in.readAllBytes();
    }
  }

  private static List<String> codes(DocumentReader.Read read) {
    return read.result().diagnostics().stream().map(Finding::code).toList();
  }

  @Test
  void aDisclosureTableInTextIsReadAsATable() throws Exception {
    Path file = dir.resolve("公开表.tsv");
    Files.write(file, resource("longgang-hr-2019.tsv"));
    DocumentReader.Read read = READER.read(file);
    assertThat(read.layout()).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
    assertThat(read.result().value().projects()).hasSize(32);
    assertThat(codes(read)).doesNotContain("JX-I-0196").doesNotContain("JX-X-0119");
  }

  /** The rows of a tab-separated text, cell for cell, as a spreadsheet saves them as CSV. */
  static byte[] asCsv(byte[] tsv) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder().build(out)) {
      for (String line : new String(tsv, StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isEmpty()) {
          csv.writeRecord(line.split("\t", -1));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void textSeparatedOtherwiseThanItsNameSaysIsReadByItsSeparatorAndSaysSo() throws Exception {
    byte[] tsv = resource("longgang-hr-2019.tsv");
    PerformanceTable asPublished = READER.read(tsv, "公开表.tsv").result().value();
    byte[] csv = asCsv(tsv);
    // the real table saved as CSV under the names people give it, and as text named .csv
    for (DocumentReader.Read read :
        List.of(READER.read(csv, "公开表.txt"), READER.read(csv, "公开表.tsv"), READER.read(csv, ""), READER.read(tsv, "公开表.csv"))) {
      assertThat(read.layout()).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
      assertThat(read.result().value().projects()).isEqualTo(asPublished.projects());
      assertThat(read.result().diagnostics().get(0).code()).isEqualTo("JX-X-0119");
    }
    assertThat(READER.read(csv, "公开表.txt").result().diagnostics().get(0).message())
        .isEqualTo("“公开表.txt”开头几行的单元格以逗号（CSV）分隔，与文件名所示的不同（按文件名所示的分隔符拆分读不出表头），已按逗号（CSV）读取");
    Path file = dir.resolve("公开表.txt");
    Files.write(file, csv);
    assertThat(DocumentReader.formatOfText(file)).isEqualTo(TableFormat.CSV);
    assertThat(READER.read(file).result().value().projects()).isEqualTo(asPublished.projects());
    Path named = dir.resolve("公开表.csv");
    Files.write(named, csv);
    assertThat(DocumentReader.formatOfText(named)).isEqualTo(TableFormat.CSV);
    assertThat(codes(READER.read(named))).doesNotContain("JX-X-0119");
  }

  @Test
  void aDeclarationSavedAsCsvUnderATextNameIsReadAsADeclaration() throws Exception {
    DocumentReader.Read read = READER.read(asCsv(resource(DECLARATION)), "申报表.tsv");
    assertThat(read.layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
    assertThat(read.result().value().projects().get(0).name())
        .isEqualTo(READER.read(resource(DECLARATION), "申报表.tsv").result().value().projects().get(0).name());
    assertThat(codes(read)).startsWith("JX-X-0119");
  }

  @Test
  void aFormatSetOnTheBuilderIsKeptWhateverTheContentShows() throws Exception {
    DocumentReader tsvOnly = DocumentReader.builder().format(TableFormat.TSV).build();
    DocumentReader.Read read = tsvOnly.read(asCsv(resource("longgang-hr-2019.tsv")), "公开表.txt");
    assertThat(read.result().value().projects()).isEmpty();
    assertThat(codes(read)).contains("JX-I-0126").doesNotContain("JX-X-0119");
  }

  @Test
  void aRealDeclarationInTextIsReadAsADeclarationWhateverItsName() throws Exception {
    Path file = dir.resolve("upload.txt");
    Files.write(file, resource(DECLARATION));
    DocumentReader.Read read = READER.read(file);
    assertThat(read.layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
    assertThat(read.result().value().projects()).hasSize(1);
    assertThat(read.result().value().metadata()).containsEntry("layout", "declaration");
    assertThat(READER.read(resource(DECLARATION), "申报表").layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void aFormInTextIsReadAsAFormAndACsvNameMeansCsv() throws Exception {
    PerformanceTable sample = XlsxRoundTripTest.sample();
    PerformanceTable one = PerformanceTable.builder().from(sample).projects(List.of(sample.projects().get(9))).build();
    String form = FormWriter.builder().build().writeToString(one);
    DocumentReader.Read tsv = READER.read(form.getBytes(StandardCharsets.UTF_8), "form.tsv");
    assertThat(tsv.layout()).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    assertThat(tsv.result().value().projects()).singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo(sample.projects().get(9).name()));

    String csv = TableWriter.builder().format(TableFormat.CSV).build().writeToString(sample);
    Path file = dir.resolve("table.csv");
    Files.writeString(file, csv);
    DocumentReader.Read table = READER.read(file);
    assertThat(table.layout()).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
    assertThat(table.result().value()).isEqualTo(sample);
  }

  @Test
  void aWorkbookIsToldByItsBytesNotItsName() throws Exception {
    PerformanceTable sample = XlsxRoundTripTest.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxTableWriter.builder().build().write(sample, out);
    Path misnamed = dir.resolve("table.tsv");
    Files.write(misnamed, out.toByteArray());
    DocumentReader.Read read = READER.read(misnamed);
    assertThat(read.layout()).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
    assertThat(read.result().value().projects()).hasSize(32);
    assertThat(READER.read(resource("baoan-songgang-2023-a.xlsx"), "").layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void textInGb18030IsDecodedAsTheReadersDecode() throws Exception {
    String text = new String(resource(DECLARATION), StandardCharsets.UTF_8);
    byte[] gb = text.getBytes(Charset.forName("GB18030"));
    DocumentReader.Read read = READER.read(gb, "申报表.tsv");
    assertThat(read.layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
    assertThat(read.result().value().projects().get(0).name())
        .isEqualTo(READER.read(resource(DECLARATION), "申报表.tsv").result().value().projects().get(0).name());
  }

  @Test
  void unicodeTextAsExcelSavesItIsReadByItsLayout() throws Exception {
    // UTF-16LE with its byte order mark, tab-separated: a declaration saved as "Unicode text"
    String text = new String(resource(DECLARATION), StandardCharsets.UTF_8);
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    DocumentReader.Read read = READER.read(utf16, "申报表.txt");
    assertThat(read.layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
    assertThat(read.result().value().projects().get(0).name())
        .isEqualTo(READER.read(resource(DECLARATION), "申报表.tsv").result().value().projects().get(0).name());
    Path file = dir.resolve("申报表.txt");
    Files.write(file, utf16);
    assertThat(READER.read(file).layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
  }

  @Test
  void textOfNoLayoutIsReadAsATableThatSaysItFoundNoHeader() {
    DocumentReader.Read read = READER.read("随便写的一行\n又一行\n".getBytes(StandardCharsets.UTF_8), "notes.txt");
    assertThat(read.layout()).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
    assertThat(read.result().value().projects()).isEmpty();
    assertThat(codes(read)).contains("JX-I-0126");
  }

  @Test
  void aStrictReadOfTextStopsAtTheFirstProblemAsItsLayoutReaderDoes() throws Exception {
    DocumentReader strict = DocumentReader.builder().strict(true).build();
    byte[] noHeader = "随便写的一行\t两格\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> strict.read(noHeader, "notes.tsv")).isInstanceOf(JixiaoReadException.class);
  }

  @Test
  void aWorkbookBeyondTheFileLimitIsRefusedWithTheLimitsCode() throws Exception {
    WorkbookLimits d = WorkbookLimits.DEFAULTS;
    WorkbookLimits small =
        new WorkbookLimits(10, d.maxPartBytes(), d.maxTotalBytes(), d.maxSheets(), d.maxRowsPerSheet(),
            d.maxCellChars(), d.maxColumns(), d.maxCellsPerSheet());
    byte[] workbook = resource("baoan-songgang-2023-a.xlsx");
    assertThatThrownBy(() -> DocumentReader.builder().limits(small).build().read(workbook, "x.xlsx"))
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.code()).hasValue("JX-X-0201"));
  }

  @Test
  void aDeclarationInTextPassesOnTheQuotesItsCellsKeptAsText() throws Exception {
    String text = new String(resource(DECLARATION), StandardCharsets.UTF_8)
        .replaceFirst("\n", "\n政策依据\t\"放管服\"改革要求\n");
    DocumentReader.Read read = READER.read(text.getBytes(StandardCharsets.UTF_8), "申报表.tsv");
    assertThat(read.layout()).isEqualTo(DocumentLayout.TARGET_DECLARATION);
    assertThat(codes(read)).contains("JX-I-0106");
    Path file = dir.resolve("申报表.tsv");
    Files.writeString(file, text);
    assertThat(DeclarationReader.builder().build().read(file).diagnostics()).extracting(Finding::code).contains("JX-I-0106");
  }
}
