package org.jixiao.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

class LoneSurrogateWriterTest {
  /** The text with each lone surrogate escaped, from its code points (a lone one is its own). */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0xD800 && c <= 0xDFFF) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Passed through in pieces cut at {@code cuts}, as a generator's buffer may cut it. */
  private static String written(String text, List<Integer> cuts) {
    StringWriter target = new StringWriter();
    try (LoneSurrogateWriter out = new LoneSurrogateWriter(target)) {
      char[] chars = text.toCharArray();
      int from = 0;
      for (int cut : cuts) {
        int to = Math.max(from, Math.min(cut, chars.length));
        out.write(chars, from, to - from);
        from = to;
      }
      out.write(chars, from, chars.length - from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target.toString();
  }

  private static final Gen<String> TEXTS =
      in -> {
        StringBuilder out = new StringBuilder();
        int n = (int) in.next(Constraint.between(0, 12));
        for (int i = 0; i < n; i++) {
          out.append(
              Generate.pick(List.of("a", "长", "\"", "\\", "😀", "\uD800", "\uDFFF", "\uDBFF", "\uDC00", "{}"))
                  .generate(in));
        }
        return out.toString();
      };

  @Test
  void eachLoneSurrogateIsEscapedAndPairsPassWhereverTheTextIsCut() {
    qt().forAll(TEXTS, TEXTS)
        .checkAssert(
            (text, more) -> {
              String whole = text + more;
              String expected = escaped(whole);
              assertThat(written(whole, List.of())).isEqualTo(expected);
              for (int cut = 0; cut <= whole.length(); cut++) {
                assertThat(written(whole, List.of(cut))).as("cut at %d", cut).isEqualTo(expected);
                assertThat(written(whole, List.of(cut, cut, cut + 1))).isEqualTo(expected);
              }
            });
  }

  @Test
  void aHighSurrogateEndingTheTextIsEscapedOnFlush() throws IOException {
    StringWriter target = new StringWriter();
    LoneSurrogateWriter out = new LoneSurrogateWriter(target);
    out.write("\"孤\uD800");
    assertThat(target.toString()).isEqualTo("\"孤");
    out.flush();
    assertThat(target.toString()).isEqualTo("\"孤\\uD800");
    out.write("\uDC00\"");
    out.close();
    // once flushed it is lone; the low half after it is then lone too, and the text still reads
    // back as the same two characters
    assertThat(target.toString()).isEqualTo("\"孤\\uD800\\uDC00\"");
  }
}
