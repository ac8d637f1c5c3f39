package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual that states the target's change the other way (提高就业率 / 就业率明显下降) was scored by
 * its degree word alone: 明显 100 %, 有所 70 %. It is undetermined now (JX-T-0273), with a reason
 * that says so; the same subject must change on both sides, and only verbs of amount are read.
 */
class OppositeChangeTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "提高就业率 | 就业率明显下降",
        "群众收入明显增加 | 群众收入有所减少",
        "降低投诉率 | 投诉率明显提高",
        "减少安全事故 | 安全事故明显增加",
        "提高就业率 | 明显降低了就业率",
      })
  void aChangeTheOtherWayIsNoAchievement(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "社会效益", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.trace().code()).as(v.trace().reason()).contains("JX-T-0273");
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "提高就业率 | 就业率明显提高 | 1",
        "降低发病率 | 发病率明显下降 | 1",
        "扩大覆盖面 | 覆盖面明显扩大 | 1",
        // another subject: 失业率 falling is 就业率 rising
        "提高就业率 | 失业率明显下降 | 1",
        // review 52d: a change of something else after 了 (提升了X), and an actual naming no subject
        "减少安全事故发生 | 显著提升了安全管理水平 | 1",
        "降低发病率 | 明显提升了群众健康水平，发病率明显下降 | 1",
        // a known limit: a change of quality, not amount (下降 of 质量 is worse, of 污染 better) is not
        // read, so 有所 still scores 70 % here where a careful evaluator gives nothing
        "环境质量明显改善 | 环境质量有所下降 | 0.70",
      })
  void theSameWayOrAnotherSubjectIsReadAsBefore(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "社会效益", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }
}
