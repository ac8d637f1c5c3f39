package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
  private static final TableReader READER = TableReader.builder().build();
  private static final PerformanceTable SEED = READER.read(Seed.bytes()).value();

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void utf8WithAByteOrderMarkReadsLikeWithout() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ReadResult<PerformanceTable> read = READER.read(concat(bom, Seed.bytes()));
    assertThat(read.value()).isEqualTo(SEED);
    assertThat(read.value().metadata()).containsEntry("附表", "附表：");
  }

  @Test
  void utf16WithItsByteOrderMarkAsExcelSavesUnicodeTextIsDetected(@TempDir Path dir) throws Exception {
    // Excel's "Unicode text (*.txt)": tab-separated, UTF-16LE with FF FE first
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Seed.text().getBytes(StandardCharsets.UTF_16LE));
    ReadResult<PerformanceTable> read = READER.read(le);
    assertThat(read.value()).isEqualTo(SEED);
    assertThat(read.diagnostics()).noneMatch(f -> f.rule().equals(ReadDiagnostics.MALFORMED_TEXT));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, Seed.text().getBytes(StandardCharsets.UTF_16BE));
    assertThat(READER.read(be).value()).isEqualTo(SEED);
    Path file = Files.write(dir.resolve("unicode.txt"), le);
    assertThat(READER.read(file).value()).isEqualTo(SEED);
    assertThat(READER.readGrid(file).text(0, 0)).isEqualTo(TableReader.builder().build().readGrid(Seed.text(), "").text(0, 0));
  }

  @Test
  void gb18030IsDetected() {
    byte[] gb = Seed.text().getBytes(Charset.forName("GB18030"));
    assertThat(gb).isNotEqualTo(Seed.bytes());
    ReadResult<PerformanceTable> read = READER.read(gb);
    assertThat(read.value()).isEqualTo(SEED);
    assertThat(read.diagnostics())
        .noneMatch(f -> f.rule().equals(ReadDiagnostics.MALFORMED_TEXT));
  }

  @Test
  void gbkCanBeChosen() {
    byte[] gbk = Seed.text().getBytes(Charset.forName("GBK"));
    assertThat(TableReader.builder().charset(Charset.forName("GBK")).build().read(gbk).value())
        .isEqualTo(SEED);
  }

  @Test
  void aReaderOfCharactersReadsTheSame() throws Exception {
    assertThat(READER.read(new StringReader("\uFEFF" + Seed.text())).value()).isEqualTo(SEED);
  }

  @Test
  void aFileIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.tsv");
    Files.write(file, Seed.bytes());
    assertThat(READER.read(file).value()).isEqualTo(SEED);
  }

  @Test
  void badBytesAreReplacedAndReportedWhenLenientAndRejectedWhenStrict() {
    String text = "单位：万元\n序号\t项目名称\t项目年度预算金额\n1\t项目\t10.00\n";
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    byte[] bad = concat(good, new byte[] {'2', '\t', (byte) 0xE4, (byte) 0xB8, '\t', '5', '\n'});
    ReadResult<PerformanceTable> lenient =
        TableReader.builder().charset(StandardCharsets.UTF_8).build().read(bad);
    assertThat(lenient.value().projects()).hasSize(2);
    assertThat(lenient.value().projects().get(1).name()).contains("\uFFFD");
    assertThat(lenient.diagnostics())
        .anySatisfy(f -> assertThat(f.rule()).isEqualTo(ReadDiagnostics.MALFORMED_TEXT));
    assertThatThrownBy(
            () ->
                TableReader.builder()
                    .locale(Locale.ENGLISH)
                    .charset(StandardCharsets.UTF_8)
                    .strict(true)
                    .build()
                    .read(bad))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("not UTF-8 text at byte offset " + (good.length + 2));
  }

  @Test
  void theSeedAsCsvReadsTheSameAsTsv() {
    String csv = TableWriter.builder().format(TableFormat.CSV).build().writeToString(SEED);
    assertThat(csv).contains("\r\n");
    assertThat(
            TableReader.builder()
                .format(TableFormat.CSV)
                .build()
                .read(csv.getBytes(Charset.forName("GB18030")))
                .value())
        .isEqualTo(SEED);
  }
}
