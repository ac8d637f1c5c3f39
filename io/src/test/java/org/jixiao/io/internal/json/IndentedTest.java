package org.jixiao.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link Indented} writes the bytes Jackson's default pretty printer writes, for any document. */
class IndentedTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Test
  void anyDocumentIsWrittenAsTheDefaultPrettyPrinterWritesIt() {
    qt().withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String expected = bytes(DefaultPrettyPrinter::new, seed);
              assertThat(bytes(Indented::new, seed)).isEqualTo(expected);
              assertThat(chars(Indented::new, seed)).isEqualTo(chars(DefaultPrettyPrinter::new, seed)).isEqualTo(expected);
            });
  }

  @Test
  void emptyContainersDeepNestingAndSeveralRootValuesAreWrittenAsTheDefaultPrinterWritesThem() {
    Writes edges =
        g -> {
          g.writeStartObject();
          g.writeEndObject();
          g.writeStartArray();
          g.writeEndArray();
          for (int i = 0; i < 40; i++) { // deeper than the indents kept encoded
            g.writeStartObject();
            g.writeFieldName("层" + i);
          }
          g.writeStartArray();
          g.writeStartObject();
          g.writeEndObject();
          g.writeEndArray();
          for (int i = 0; i < 40; i++) {
            g.writeEndObject();
          }
        };
    assertThat(write(Indented::new, edges)).isEqualTo(write(DefaultPrettyPrinter::new, edges)).contains("{ }", "[ ]");
  }

  @FunctionalInterface
  private interface Writes {
    void to(JsonGenerator g) throws IOException;
  }

  private static String bytes(Supplier<PrettyPrinter> printer, long seed) {
    return write(printer, g -> document(g, new Random(seed), 0));
  }

  private static String chars(Supplier<PrettyPrinter> printer, long seed) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer.get());
      document(g, new Random(seed), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String write(Supplier<PrettyPrinter> printer, Writes writes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(printer.get());
      writes.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A random value: objects and arrays (empty ones too) nested up to six deep, strings, numbers, literals. */
  private static void document(JsonGenerator g, Random r, int depth) throws IOException {
    int kind = depth >= 6 ? 2 + r.nextInt(4) : r.nextInt(6);
    switch (kind) {
      case 0 -> {
        g.writeStartObject();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          g.writeFieldName(r.nextBoolean() ? "reason" + i : "得分" + i);
          document(g, r, depth + 1);
        }
        g.writeEndObject();
      }
      case 1 -> {
        g.writeStartArray();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          document(g, r, depth + 1);
        }
        g.writeEndArray();
      }
      case 2 -> g.writeString(r.nextBoolean() ? "执行率 = 93.5%\n\"引号\"" : "x" + r.nextInt());
      case 3 -> g.writeNumber(new java.math.BigDecimal(r.nextInt(100_000)).movePointLeft(2));
      case 4 -> g.writeBoolean(r.nextBoolean());
      default -> g.writeNull();
    }
  }
}
