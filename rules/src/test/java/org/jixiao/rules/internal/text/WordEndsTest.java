package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Looking a word up by the character it ends with finds what a scan of the whole list finds. */
class WordEndsTest {
  private static @Nullable String scan(List<String> words, String s, int end) {
    for (String w : words) {
      if (Chars.endsWith(s, end, w)) {
        return w;
      }
    }
    return null;
  }

  @Test
  void theFirstWordEndingThereIsTheFirstOfTheList() {
    // a small alphabet, so that words share last characters and texts hold them; every end from
    // before the text to past it
    qt().forAll(
            lists().of(strings().betweenCodePoints('降', '降' + 3).ofLengthBetween(1, 3)).ofSizeBetween(1, 12),
            strings().betweenCodePoints('降', '降' + 3).ofLengthBetween(0, 12))
        .checkAssert((words, s) -> {
          WordEnds ends = WordEnds.of(words);
          for (int end = -1; end <= s.length() + 1; end++) {
            assertThat(ends.endingAt(s, end)).as("%s ending at %d of %s", words, end, s).isEqualTo(scan(words, s, end));
          }
        });
  }

  @Test
  void wordsSharingALastCharacterKeepTheirOrder() {
    // the order of Signs' lists: longest first, so 幅度为 is skipped as 为 only where no longer word ends there
    WordEnds ends = WordEnds.of(List.of("不低于", "低于", "于", "为"));
    assertThat(ends.endingAt("下降不低于", 5)).isEqualTo("不低于");
    assertThat(ends.endingAt("下降低于", 4)).isEqualTo("低于");
    assertThat(ends.endingAt("下降为", 3)).isEqualTo("为");
    assertThat(ends.endingAt("下降了", 3)).isNull();
    assertThat(ends.endingAt("", 0)).isNull();
  }
}
