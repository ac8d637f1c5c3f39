package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The deadline word of a target: the first that stands in the text, the longest there. */
class DeadlinesTest {
  /** What a search of the text per word finds: each word's first real occurrence, the earliest, the longest at a tie. */
  private static Deadlines.@Nullable WordAt searchPerWord(String s) {
    int bestAt = -1;
    String best = "";
    for (String word : Deadlines.words()) {
      int at = s.indexOf(word);
      while (at >= 0 && !Deadlines.isDeadline(s, at, word)) {
        at = s.indexOf(word, at + 1);
      }
      if (at >= 0 && (bestAt < 0 || at < bestAt || (at == bestAt && word.length() > best.length()))) {
        bestAt = at;
        best = word;
      }
    }
    return bestAt < 0 ? null : new Deadlines.WordAt(bestAt, best);
  }

  @Test
  void onePassFindsWhatASearchPerWordFinds() {
    // pieces of deadline words, digits and 率, so that words overlap, nest and repeat
    List<String> pieces = List.of("计划", "时间", "内", "年", "度", "底", "前", "月", "之", "份", "以", "日", "点半", "及时", "率",
        "按时", "当", "上半", "下半", "规定", "时限", "不跨", "全", "末", "终", "1", "2019", "12", "完成", "，");
    Gen<String> texts = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 12).map(l -> String.join("", l));
    qt().withExamples(3000).forAll(texts).checkAssert(s -> assertThat(Deadlines.firstWord(s)).as(s).isEqualTo(searchPerWord(s)));
  }

  @Test
  void theLongestWordAtTheFirstPositionWins() {
    assertThat(Deadlines.firstWord("计划时间内完成")).isEqualTo(new Deadlines.WordAt(0, "计划时间内"));
    assertThat(Deadlines.firstWord("及时率100%，年底前完成")).isEqualTo(new Deadlines.WordAt(8, "年底前"));
    assertThat(Deadlines.firstWord("1年内完成2019年内")).isEqualTo(new Deadlines.WordAt(9, "年内"));
    assertThat(Deadlines.firstWord("完成培训")).isNull();
  }
}
