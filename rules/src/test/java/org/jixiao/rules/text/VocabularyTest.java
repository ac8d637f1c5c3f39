package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.defaults();

  /**
   * The words of domain.md §4 in the band the domain puts them in: said done in full, done but
   * perhaps short of it, done in part, not done; the prose's negative facts and a withdrawal each
   * of their own kind. (Where in its band a word lands is a documented, overridable choice.)
   */
  @Test
  void theDefaultsHoldTheWordsOfDomainSection4InTheirBands() {
    for (String word : List.of("完成", "已完成", "全部完成", "超额完成", "达成", "达成预期指标", "达标", "已实现", "满意")) {
      assertTerm(word, Term.Kind.COMPLETION, Band.ACHIEVED);
      assertThat(vocabulary.term(word).orElseThrow().fraction()).as(word).isEqualByComparingTo("1");
    }
    for (String word : List.of("基本完成", "完成较好", "良好", "较高")) {
      assertTerm(word, Term.Kind.COMPLETION, Band.ACHIEVED);
      assertThat(vocabulary.term(word).orElseThrow().fraction()).as(word).isLessThan(BigDecimal.ONE);
    }
    for (String word : List.of("部分完成", "部分达成")) {
      assertTerm(word, Term.Kind.COMPLETION, Band.PARTLY_ACHIEVED);
    }
    for (String word : List.of("未完成", "未达成")) {
      assertTerm(word, Term.Kind.COMPLETION, Band.NOT_ACHIEVED);
    }
    for (String word : List.of("取消", "未开展", "未能", "无人申请")) {
      assertTerm(word, Term.Kind.NEGATIVE_FACT, Band.NOT_ACHIEVED);
    }
    assertTerm("已撤项", Term.Kind.WITHDRAWAL, Band.NOT_ACHIEVED);
  }

  private void assertTerm(String word, Term.Kind kind, Band band) {
    assertThat(vocabulary.term(word)).as(word).hasValueSatisfying(t -> {
      assertThat(t.kind()).as(word).isEqualTo(kind);
      assertThat(t.band()).as(word).isEqualTo(band);
    });
  }

  @Test
  void theLongestWordWins() {
    assertThat(fraction("未完成")).isEqualByComparingTo("0.3");
    assertThat(fraction("基本完成")).isEqualByComparingTo("0.8");
    assertThat(fraction("大部分完成")).isEqualByComparingTo("0.75");
  }

  @Test
  void decoysHideTheCompletionWordsInsideThem() {
    assertThat(vocabulary.read("达成意向1883人次")).isEmpty();
    assertThat(vocabulary.read("完成率")).isEmpty();
    assertThat(vocabulary.read("满意度达到100%")).isEmpty();
    assertThat(fraction("满意度达标")).isEqualByComparingTo("1");
  }

  @Test
  void aNegatedCompletionWordIsNotAchieved() {
    assertThat(fraction("尚未达标准")).isEqualByComparingTo("0.3");
    // a negation with no completion word after it in its clause is a shortfall of its own: the
    // text says the target was not reached (before issue 13 it was read as saying nothing)
    assertThat(fraction("没有实现目标")).isEqualByComparingTo("0.3");
    assertThat(fraction("不按时")).isEqualByComparingTo("0.3");
  }

  /** 不太满意 is no 满意: a negation reaches over a word of degree (it read 100 %). */
  @Test
  void aNegationReachesOverAWordOfDegree() {
    for (String text : List.of("不太满意", "不够满意", "不是很满意", "不完全满意", "群众不太满意", "不够及时", "没有完全完成")) {
      assertThat(vocabulary.read(text)).as(text).hasValueSatisfying(r -> assertThat(r.band()).isNotEqualTo(Band.ACHIEVED));
    }
    for (String text : List.of("非常满意", "很满意", "十分满意", "完全完成")) {
      assertThat(vocabulary.read(text)).as(text).hasValueSatisfying(r -> assertThat(r.band()).isEqualTo(Band.ACHIEVED));
    }
  }

  @Test
  void wordsOfTheTopAndBottomBandsTogetherAreMixed() {
    Reading r = vocabulary.read("其余已完成，培训取消").orElseThrow();

    assertThat(r.mixed()).isTrue();
    assertThat(r.band()).isEqualTo(Band.PARTLY_ACHIEVED);
    assertThat(r.fraction()).isEqualByComparingTo("0.7");
  }

  @Test
  void aShortfallOfPartOfTheTargetIsPartlyAchieved() {
    // 1期取消 names the part cancelled: partly achieved, not a mix of done and not done
    Reading r = vocabulary.read("其余已完成，1期取消").orElseThrow();

    assertThat(r.mixed()).isFalse();
    assertThat(r.band()).isEqualTo(Band.PARTLY_ACHIEVED);
    assertThat(r.fraction()).isEqualByComparingTo("0.7");
  }

  @Test
  void severalWordsOfOneBandEarnTheLowest() {
    assertThat(fraction("已完成，完成较好")).isEqualByComparingTo("0.9");
  }

  @Test
  void onlyWithdrawalWordsAreReadAsWithdrawn() {
    assertThat(vocabulary.read("已撤项").orElseThrow().withdrawn()).isTrue();
    assertThat(vocabulary.read("取消").orElseThrow().withdrawn()).isFalse();
  }

  @Test
  void wholeCellWordsCountOnlyAsTheWholeCell() {
    assertThat(fraction("100%")).isEqualByComparingTo("1");
    assertThat(fraction("100%。")).isEqualByComparingTo("1");
    assertThat(vocabulary.read("完成比例为100%以上")).map(Reading::words).contains("完成");
    assertThat(vocabulary.read("比例为100%")).isEmpty();
  }

  @Test
  void entriesCanBeAddedReplacedAndRemoved() {
    Vocabulary custom =
        vocabulary
            .with(Term.completion("圆满", Band.ACHIEVED, new BigDecimal("0.95")), Term.completion("良好", Band.ACHIEVED, new BigDecimal("0.80")))
            .without("较好");

    assertThat(custom.read("圆满").orElseThrow().fraction()).isEqualByComparingTo("0.95");
    assertThat(custom.read("良好").orElseThrow().fraction()).isEqualByComparingTo("0.80");
    assertThat(custom.read("较好")).isEmpty();
    assertThat(vocabulary.read("较好")).isPresent();
  }

  @Test
  void aFractionOutsideItsBandIsRejected() {
    assertThatThrownBy(() -> Term.completion("基本完成", Band.ACHIEVED, new BigDecimal("0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("基本完成");
    assertThatThrownBy(() -> vocabulary.withFractions(new BigDecimal("0.9"), new BigDecimal("0.3")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private BigDecimal fraction(String text) {
    return vocabulary.read(text).orElseThrow(() -> new AssertionError("no reading of " + text)).fraction();
  }
}
