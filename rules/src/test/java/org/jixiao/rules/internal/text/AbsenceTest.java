package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The phrases of absence (未发生安全事故, 无投诉) found in one pass over a text. */
class AbsenceTest {
  /**
   * Pieces that make phrases of absence and near misses: the words of absence, unwanted things,
   * the 人 and 法 that make 无 no absence (无人机, 无法), clause ends (and a full-width comma, which
   * normalised text no longer has), and filler that stretches a phrase past its window of 10
   * characters.
   */
  private static final List<String> PIECES =
      List.of("未发生", "没有", "没有发生", "无", "零", "杜绝", "不出现", "未", "事故", "投诉", "安全", "重大", "人", "法", "机",
          ",", "。", ";", "，", "培训", "完成", "12", "%", "发生", "率", "安全生产责任", "不存在", "零发生", "全年", "乱收费", "及时处理");

  private static final Gen<String> TEXTS =
      lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 9).map(l -> String.join("", l));

  /** The search it replaced: every occurrence of each word of absence, word by word. */
  private static boolean searchedWordByWord(String s) {
    for (String word : Absence.NONE_WORDS) {
      int at = s.indexOf(word);
      while (at >= 0) {
        if (OccurrenceDenials.denies(s, s.toCharArray(), at, word)) {
          return true;
        }
        at = s.indexOf(word, at + word.length());
      }
    }
    return false;
  }

  @Test
  void onePassFindsWhatASearchForEachWordFinds() {
    qt().withExamples(3000)
        .forAll(TEXTS)
        .checkAssert(s -> assertThat(Absence.absencePhrase(s)).as(s).isEqualTo(searchedWordByWord(s)));
  }

  @Test
  void absenceOfSomethingUnwantedIsFoundAndItsLookalikesAreNot() {
    assertThat(Absence.asksAbsence("全年未发生重大安全事故")).isTrue();
    assertThat(Absence.asksAbsence("无投诉")).isTrue();
    assertThat(Absence.asksAbsence("无人机巡查事故点位")).isFalse(); // 无人: no absence
    assertThat(Absence.asksAbsence("无法统计事故")).isFalse();
    assertThat(Absence.asksAbsence("未发生重大。事故")).isFalse(); // another clause (未发生 alone at a clause end is a bare denial)
    assertThat(Absence.asksAbsence("培训完成12%")).isFalse();
  }
}
