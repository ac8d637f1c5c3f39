package org.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesReader;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableReader;
import org.jixiao.io.testing.Gens;
import org.jixiao.io.testing.Hostile;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Hostile input: random bytes and random mutations of real documents never make a reader throw
 * anything but {@link JixiaoReadException}, and the lenient table reader never throws at all on
 * well-encoded text of reasonable size.
 */
class RobustnessTest {
  private static final String SEED = Seed.text();
  private static final String JSON_SEED =
      JixiaoJson.defaults()
          .tableToJson(TableReader.builder().build().read(Seed.bytes()).value());

  private static final List<String> INSERTS =
      List.of(
          "\t", "\n", "\r", "\"", "\t\"", "合计\t", "序号\t项目名称\t", "【未归位单元格】\t",
          "【指标】\tOUTPUT\t\t\t\t\t\t\t-1\t", "【资金】\tNON_FISCAL\tx", "【元数据】\t", "【注】",
          "1,2", "%", "—", "-", "=", "'", "１２", "\uFEFF", "😀", "单位：亿元\n", "附表\n",
          "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tx",
          "{", "}", "[", "]", ":", ",", "null", "-1", "1E+99999", "\"moneyUnit\":\"X\"");

  private static long between(RandomnessSource in, long from, long to) {
    return in.next(Constraint.between(from, to));
  }

  /** 1–6 random edits: deletions, insertions, duplicated or swapped lines. */
  static Gen<String> mutationsOf(String original) {
    return in -> {
      StringBuilder text = new StringBuilder(original);
      int edits = (int) between(in, 1, 6);
      for (int e = 0; e < edits; e++) {
        int at = (int) between(in, 0, text.length());
        switch ((int) between(in, 0, 3)) {
          case 0:
            text.delete(at, (int) Math.min(text.length(), at + between(in, 1, 200)));
            break;
          case 1:
            text.insert(at, Generate.pick(INSERTS).generate(in));
            break;
          case 2:
            String[] lines = text.toString().split("\n", -1);
            int line = (int) between(in, 0, lines.length - 1);
            text.insert(Math.min(at, text.length()), lines[line] + "\n");
            break;
          default:
            if (text.length() > 0) {
              int i = Math.min(at, text.length() - 1);
              text.setCharAt(i, (char) between(in, 0x20, 0x9fa5));
            }
        }
      }
      return text.toString();
    };
  }

  static Gen<byte[]> randomBytes() {
    return in -> {
      byte[] bytes = new byte[(int) between(in, 0, 2000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) between(in, -128, 127);
      }
      return bytes;
    };
  }

  private static void onlyReadExceptions(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(JixiaoReadException.class);
    }
  }

  @Test
  void randomBytesNeverThrowAnythingButTheReadException() {
    List<TableReader> readers = new ArrayList<>();
    for (TableFormat format : TableFormat.values()) {
      readers.add(TableReader.builder().format(format).build());
      readers.add(TableReader.builder().format(format).strict(true).build());
    }
    qt().withExamples(300)
        .forAll(randomBytes())
        .checkAssert(
            bytes -> {
              for (TableReader reader : readers) {
                onlyReadExceptions(() -> reader.read(bytes));
              }
              onlyReadExceptions(
                  () ->
                      JixiaoJson.defaults()
                          .readTable(new java.io.ByteArrayInputStream(bytes)));
            });
  }

  @Test
  void mutatedSeedTablesAreReadLeniently() {
    TableReader lenient = TableReader.builder().build();
    TableReader strict = TableReader.builder().strict(true).build();
    TableReader csv = TableReader.builder().format(TableFormat.CSV).build();
    qt().withExamples(300)
        .forAll(mutationsOf(SEED))
        .checkAssert(
            text -> {
              // never throwing is the point; what is said of the damage must point into the text
              Hostile.linesWithin(lenient.read(text), text);
              Hostile.linesWithin(csv.read(text), text);
              onlyReadExceptions(() -> strict.read(text));
            });
  }

  @Test
  void mutatedGeneratedTablesAreReadLeniently() {
    TableReader lenient = TableReader.builder().build();
    qt().withExamples(100)
        .forAll(
            in ->
                mutationsOf(
                        org.jixiao.io.table.TableWriter.builder()
                            .build()
                            .writeToString(Gens.table(in, true)))
                    .generate(in))
        .checkAssert(text -> Hostile.linesWithin(lenient.read(text), text));
  }

  @Test
  void mutatedJsonNeverThrowsAnythingButTheReadException() {
    JixiaoJson json = JixiaoJson.defaults();
    qt().withExamples(300)
        .forAll(mutationsOf(JSON_SEED))
        .checkAssert(
            text -> {
              onlyReadExceptions(() -> json.readTable(text));
              onlyReadExceptions(() -> json.readEvaluation(text));
              onlyReadExceptions(
                  () -> {
                    try (JsonLinesReader<?> lines = json.projectLines(new StringReader(text))) {
                      lines.forEachRemaining(p -> {});
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  });
            });
  }
}
