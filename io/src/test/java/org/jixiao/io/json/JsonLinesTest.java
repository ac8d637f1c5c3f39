package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.io.JixiaoReadException;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  // The English words of the problems; their Chinese and codes are JsonProblemsTest's.
  private static final JixiaoJson JSON = JixiaoJson.builder().locale(Locale.ENGLISH).build();

  private static Project project(int seq) {
    return Project.builder().seq(seq).name("项目" + seq).moneyUnit(MoneyUnit.WAN_YUAN).build();
  }

  @Test
  void eachProjectIsOneLine() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter<Project> writer = JSON.projectLinesWriter(out)) {
      writer.write(project(1));
      writer.write(project(2));
    }
    assertThat(out.toString().split("\n", -1))
        .hasSize(3)
        .satisfies(lines -> assertThat(lines[2]).isEmpty())
        .satisfies(lines -> assertThat(lines[0]).startsWith("{\"seq\":1,"));
  }

  /** Serves an endless stream of project lines; counts how many characters were taken. */
  private static final class EndlessLines extends Reader {
    private final String line = JSON.projectToJson(project(7)).replace("\"schema\":\"jixiao.project/1\",", "") + "\n";
    private long served;
    private int position;

    @Override
    public int read(char[] buffer, int offset, int length) {
      int n = 0;
      while (n < length) {
        buffer[offset + n++] = line.charAt(position);
        position = (position + 1) % line.length();
      }
      served += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void readingIsLazySoAnEndlessStreamCanBeConsumedPiecewise() throws IOException {
    EndlessLines source = new EndlessLines();
    try (JsonLinesReader<Project> reader = JSON.projectLines(source)) {
      for (int i = 0; i < 10_000; i++) {
        assertThat(reader.next()).isEqualTo(project(7));
      }
    }
    // Only a buffer's worth beyond the 10 000 lines was taken from the source.
    assertThat(source.served).isLessThan(10_001L * source.line.length() + 8192);
  }

  @Test
  void aBadLineIsReportedWithItsLineNumberAndPath() {
    String lines =
        JSON.projectToJson(project(1)).replace("\"schema\":\"jixiao.project/1\",", "")
            + "\n\n"
            + "{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"budget\":\"3\"}\n";
    JsonLinesReader<Project> reader = JSON.projectLines(new StringReader(lines));
    assertThat(reader.next().seq()).hasValue(1);
    assertThatThrownBy(reader::next)
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(3);
              assertThat(e.path()).contains("$.budget");
              assertThat(e.getMessage()).startsWith("line 3, $.budget: expected a number");
            });
  }

  /** A reader of a document. */
  private interface DocumentReader {
    Object read(String text) throws IOException;
  }

  /** Every reader of a document, from text and from bytes. */
  private static final java.util.List<DocumentReader> DOCUMENT_READERS =
      java.util.List.of(
          JSON::readTable,
          text -> JSON.readTable(new StringReader(text)),
          text -> JSON.readTable(text.getBytes(StandardCharsets.UTF_8)),
          text -> JSON.readTable(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
          JSON::readEvaluation,
          text -> JSON.readEvaluation(new StringReader(text)),
          text -> JSON.readEvaluation(text.getBytes(StandardCharsets.UTF_8)),
          text -> JSON.readEvaluation(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

  @Test
  void everyDocumentReaderTakesOneLeadingByteOrderMarkFromTextAsFromBytes() throws Exception {
    String table = "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"YUAN\"}";
    String evaluation = JSON.evaluationToJson(EvaluationContractTest.sample());
    for (int i = 0; i < DOCUMENT_READERS.size(); i++) {
      DocumentReader reader = DOCUMENT_READERS.get(i);
      String document = i < 4 ? table : evaluation;
      assertThat(reader.read("\uFEFF" + document)).as("reader %d", i).isEqualTo(reader.read(document));
      // one only, as a byte order mark is: a second is a character where JSON has none
      assertThatThrownBy(() -> reader.read("\uFEFF\uFEFF" + document))
          .as("reader %d", i)
          .isInstanceOfSatisfying(
              JixiaoReadException.class, e -> assertThat(e.code()).hasValue("JX-I-0313"));
    }
    String project = "{\"schema\":\"jixiao.project/1\",\"name\":\"x\",\"moneyUnit\":\"YUAN\"}";
    assertThat(JSON.readProject("\uFEFF" + project)).isEqualTo(JSON.readProject(project));
  }

  @Test
  void jsonLinesMayOpenWithAByteOrderMarkEvenOnALineOfItsOwn() {
    String line = "{\"name\":\"x\",\"moneyUnit\":\"YUAN\"}";
    for (String text :
        java.util.List.of(
            "\uFEFF" + line + "\r\n" + line,
            "\uFEFF\n" + line + "\n" + line + "\n",
            "\uFEFF\r\n" + line + "\n" + line,
            "\uFEFF \n\n" + line + "\n" + line)) {
      try (JsonLinesReader<Project> reader = JSON.projectLines(new StringReader(text))) {
        assertThat(reader.stream().map(Project::name)).as(text).containsExactly("x", "x");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(JSON.projectLines(new StringReader("\uFEFF")).hasNext()).isFalse();
    // the lines after it keep their numbers
    JsonLinesReader<Project> numbered = JSON.projectLines(new StringReader("\uFEFF\n{\"name\":1}"));
    assertThatThrownBy(numbered::next)
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.line()).hasValue(2));
    // a byte order mark elsewhere is a character where JSON has none
    JsonLinesReader<Project> second = JSON.projectLines(new StringReader(line + "\n\uFEFF" + line));
    assertThat(second.next().name()).isEqualTo("x");
    assertThatThrownBy(second::next)
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(2);
              assertThat(e.code()).hasValue("JX-I-0313");
            });
  }

  @Test
  void twoValuesOnOneLineAreRejected() {
    JsonLinesReader<Project> reader =
        JSON.projectLines(
            new StringReader("{\"name\":\"x\",\"moneyUnit\":\"YUAN\"} {\"name\":\"y\"}\n"));
    assertThatThrownBy(reader::next)
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("more than one JSON value on the line");
  }

  @Test
  void aLineLongerThanTheDocumentLimitIsRejectedBeforeItIsHeld() {
    JixiaoJson small =
        JixiaoJson.builder().locale(Locale.ENGLISH)
            .readConstraints(
                com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxDocumentLength(100)
                    .build())
            .build();
    JsonLinesReader<Project> reader = small.projectLines(new EndlessLinesWithoutBreaks());
    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("longer than the limit of 100");
  }

  /** The limit counts a line's characters, not the '\r' of its CRLF (a line of exactly the limit was refused in a CRLF file). */
  @Test
  void aLineOfExactlyTheLimitIsReadWithLfOrCrlfAndOneMoreIsRefused() {
    String exact = "{\"name\":\"" + "x".repeat(70) + "\",\"moneyUnit\":\"YUAN\"}";
    JixiaoJson atLimit =
        JixiaoJson.builder().locale(Locale.ENGLISH)
            .readConstraints(
                com.fasterxml.jackson.core.StreamReadConstraints.builder().maxDocumentLength(exact.length()).build())
            .build();
    for (String end : List.of("\n", "\r\n")) {
      JsonLinesReader<Project> reader = atLimit.projectLines(new StringReader(exact + end + exact + end));
      assertThat(reader.next().name()).as("line end %s", end.replace("\r", "CR").replace("\n", "LF")).hasSize(70);
      assertThat(reader.next().name()).hasSize(70);
      assertThat(reader.hasNext()).isFalse();
    }
    assertThat(atLimit.projectLines(new StringReader(exact)).next().name()).hasSize(70); // no line end at all
    String longer = "{\"name\":\"" + "x".repeat(71) + "\",\"moneyUnit\":\"YUAN\"}";
    for (String end : List.of("\n", "\r\n")) {
      JsonLinesReader<Project> reader = atLimit.projectLines(new StringReader(longer + end));
      assertThatThrownBy(reader::hasNext).isInstanceOf(JixiaoReadException.class);
    }
  }

  @Test
  void readingOnAfterALineTooLongResumesAtTheNextLineWithItsNumber() {
    JixiaoJson small =
        JixiaoJson.builder().locale(Locale.ENGLISH)
            .readConstraints(
                com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxDocumentLength(100)
                    .build())
            .build();
    String good = "{\"name\":\"x\",\"moneyUnit\":\"YUAN\"}";
    // past the limit, the rest of the long line is one more item: it must not be read as one
    String tooLong =
        "{\"name\":\"x\",\"moneyUnit\":\"YUAN\",\"goal\":\"" + "y".repeat(59) + "\"} "
            + "{\"name\":\"INJECTED\",\"moneyUnit\":\"YUAN\"}";
    String stream =
        tooLong + "\n" + good + "\n" + tooLong + "\r\n" + "z".repeat(50_000) + "\n\n" + "{\"name\":1}\n" + good;
    JsonLinesReader<Project> reader = small.projectLines(new StringReader(stream));
    assertThatThrownBy(reader::hasNext)
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.line()).hasValue(1));
    assertThat(reader.next().name()).isEqualTo("x");
    assertThatThrownBy(reader::hasNext)
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.line()).hasValue(3));
    assertThatThrownBy(reader::hasNext)
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.line()).hasValue(4));
    assertThatThrownBy(reader::next)
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.line()).hasValue(6);
              assertThat(e.path()).hasValue("$.name");
            });
    assertThat(reader.next().name()).isEqualTo("x");
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void theRestOfALineTooLongIsPassedOverWithoutBeingHeld() {
    JixiaoJson small =
        JixiaoJson.builder().locale(Locale.ENGLISH)
            .readConstraints(
                com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxDocumentLength(100)
                    .build())
            .build();
    String good = "\n{\"name\":\"x\",\"moneyUnit\":\"YUAN\"}\n";
    long length = 50_000_000; // of the line too long
    Reader source =
        new Reader() {
          private long served;

          @Override
          public int read(char[] buffer, int offset, int count) {
            int n = 0;
            while (n < count && served < length + good.length()) {
              buffer[offset + n++] = served < length ? 'x' : good.charAt((int) (served - length));
              served++;
            }
            return n == 0 ? -1 : n;
          }

          @Override
          public void close() {}
        };
    JsonLinesReader<Project> reader = small.projectLines(source);
    long allocated =
        org.jixiao.io.testing.Hostile.allocatedBytes(
            () -> {
              assertThatThrownBy(reader::hasNext).isInstanceOf(JixiaoReadException.class);
              assertThat(reader.next().name()).isEqualTo("x");
            });
    assertThat(allocated).isLessThan(org.jixiao.io.testing.Hostile.mb(1));
  }

  private static final class EndlessLinesWithoutBreaks extends Reader {
    @Override
    public int read(char[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, 'x');
      return length;
    }

    @Override
    public void close() {}
  }

  @Test
  void theStreamClosesTheSource() throws IOException {
    boolean[] closed = {false};
    Reader source =
        new StringReader("{\"name\":\"x\",\"moneyUnit\":\"YUAN\"}\n") {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    try (var stream = JSON.projectLines(source).stream()) {
      assertThat(stream.count()).isEqualTo(1);
    }
    assertThat(closed[0]).isTrue();
  }
}
