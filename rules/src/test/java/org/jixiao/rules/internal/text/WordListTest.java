package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Looking a word up by its first character finds what a scan of the whole list finds. */
class WordListTest {
  private static @Nullable String scan(List<String> words, String s, int i) {
    for (String w : words) {
      if (s.startsWith(w, i)) {
        return w;
      }
    }
    return null;
  }

  @Test
  void theFirstWordFoundIsTheFirstOfTheList() {
    // a small alphabet, so that words share first characters and texts hold them
    qt().forAll(
            lists().of(strings().betweenCodePoints('未', '未' + 3).ofLengthBetween(1, 3)).ofSizeBetween(1, 12),
            strings().betweenCodePoints('未', '未' + 3).ofLengthBetween(1, 12))
        .checkAssert((words, s) -> {
          WordList list = WordList.of(words);
          assertThat(list.occursIn(s)).isEqualTo(words.stream().anyMatch(s::contains));
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertThat(list.startWith(c)).isEqualTo(words.stream().anyMatch(w -> w.charAt(0) == c));
            assertThat(list.at(s, i)).as("%s at %d of %s", words, i, s).isEqualTo(scan(words, s, i));
            for (String w : words) {
              if (s.startsWith(w, i)) {
                assertThat(list.startingWith(s.charAt(i))).contains(w);
              }
            }
          }
        });
  }

  @Test
  void charactersNearAFirstCharacterOrProbedPastItAreStillTurnedAway() {
    // neighbours and low-bit aliases of 未; then lists of up to 40 first characters among 256
    // ideographs, whose slots in the table collide and are probed past
    char wei = '未';
    String aliases = "" + (char) (wei + 64) + (char) (wei + 128) + (char) (wei - 64);
    WordList list = WordList.of(List.of("未完成", "未"));
    for (char c : aliases.toCharArray()) {
      assertThat(list.startWith(c)).as("%s", c).isFalse();
      assertThat(list.at(c + "完成", 0)).isNull();
      assertThat(list.startingWith(c)).isEmpty();
    }
    assertThat(list.at("未完成", 0)).isEqualTo("未完成");
    qt().forAll(
            lists().of(strings().betweenCodePoints(0x4e00, 0x4e00 + 256).ofLengthBetween(1, 2)).ofSizeBetween(1, 40),
            strings().betweenCodePoints(0x4e00, 0x4e00 + 256).ofLengthBetween(1, 40))
        .checkAssert((words, s) -> {
          WordList wide = WordList.of(words);
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertThat(wide.startWith(c)).isEqualTo(words.stream().anyMatch(w -> w.charAt(0) == c));
            assertThat(wide.at(s, i)).isEqualTo(scan(words, s, i));
          }
        });
  }

  @Test
  void wordsSharingAFirstCharacterKeepTheirOrder() {
    WordList list = WordList.of(List.of("未超", "没有超过", "未超过", "不超过"));
    assertThat(list.at("未超过预算", 0)).isEqualTo("未超");
    assertThat(list.startingWith('未')).containsExactly("未超", "未超过");
    assertThat(list.at("预算未超", 0)).isNull();
    assertThat(list.startingWith('预')).isEmpty();
  }
}
