package org.jixiao.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A value written ahead as UTF-8 bytes answers every question a generator may ask as Jackson's
 * own {@code SerializedString} of the same text does: the bytes as they are, the text decoded from
 * them, the quoted forms of that text, and "no room" (-1) when a buffer is too small.
 */
class RawJsonTest {
  @Test
  void everyFormIsThatOfTheSameTextAsASerializedString() {
    // ASCII with quotes and backslashes, ideographs, up to U+D7FF (a lone surrogate is no text
    // that UTF-8 can carry); characters outside the BMP below
    qt().forAll(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 60))
        .checkAssert(text -> {
          try {
            sameAsSerializedString(text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void charactersOutsideTheBasicPlaneAndEscapesToo() throws IOException {
    for (String text : new String[] {"", "\"\\", "完成率😀", "𠀀𠀁 \"引号\"", "{\"a\" : [ 1, 2 ]}"}) {
      sameAsSerializedString(text);
    }
  }

  private static void sameAsSerializedString(String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    RawJson raw = new RawJson(utf8);
    SerializedString same = new SerializedString(text);
    assertThat(raw.getValue()).isEqualTo(text);
    assertThat(raw.charLength()).isEqualTo(same.charLength());
    assertThat(raw.asUnquotedUTF8()).isEqualTo(utf8);
    assertThat(raw.asQuotedUTF8()).isEqualTo(same.asQuotedUTF8());
    assertThat(raw.asQuotedChars()).isEqualTo(same.asQuotedChars());
    assertThat(raw.toString()).isEqualTo(text);

    byte[] room = new byte[utf8.length + 3];
    assertThat(raw.appendUnquotedUTF8(room, 3)).isEqualTo(utf8.length);
    assertThat(java.util.Arrays.copyOfRange(room, 3, room.length)).isEqualTo(utf8);
    if (utf8.length > 0) {
      assertThat(raw.appendUnquotedUTF8(new byte[utf8.length - 1], 0)).isEqualTo(-1);
      assertThat(raw.putUnquotedUTF8(ByteBuffer.allocate(utf8.length - 1))).isEqualTo(-1);
    }
    ByteBuffer buffer = ByteBuffer.allocate(utf8.length);
    assertThat(raw.putUnquotedUTF8(buffer)).isEqualTo(utf8.length);
    assertThat(buffer.array()).isEqualTo(utf8);

    char[] chars = new char[text.length() + 2];
    assertThat(raw.appendUnquoted(chars, 2)).isEqualTo(same.appendUnquoted(new char[text.length() + 2], 2));
    assertThat(new String(chars, 2, text.length())).isEqualTo(text);
    byte[] quoted = new byte[same.asQuotedUTF8().length];
    assertThat(raw.appendQuotedUTF8(quoted, 0)).isEqualTo(quoted.length);
    assertThat(quoted).isEqualTo(same.asQuotedUTF8());

    assertThat(written(raw, false)).isEqualTo(utf8);
    assertThat(written(raw, true)).isEqualTo(same.asQuotedUTF8());
  }

  private static byte[] written(RawJson raw, boolean quoted) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = quoted ? raw.writeQuotedUTF8(out) : raw.writeUnquotedUTF8(out);
    assertThat(n).isEqualTo(out.size());
    return out.toByteArray();
  }
}
