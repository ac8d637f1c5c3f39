package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question whose target is 否 (是否发生安全事故 | 否) is met by the answer 否 and missed by 是: read as
 * words, 否 was the word of not achieved, so 否 / 否 scored 0 and 否 / 是 full marks (review 62b: 14
 * lines of 是否 questions about something that must not happen).
 */
class AnsweredNoTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 是否发生重大安全生产事故 | 否 | 否",
        "QUALITY | 是否存在超标准发放 | 否 | 否。",
        "COST | 是否超出预算 | 否 | 否",
        "SERVED_SATISFACTION | 是否有群众有效投诉 | 否 | 否",
        // the target's cell as full-width text or with a full stop
        "QUALITY | 是否出现工程质量问题 | 否。 | 否",
      })
  void theAnswerAskedForMeetsATargetOfNo(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    met(v);
    assertThat(v.trace().method()).isEqualTo("answered-no");
    assertThat(v.trace().code()).hasValue("JX-T-0285");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 是否发生安全责任事故 | 否 | 是",
        "QUALITY | 是否存在虚报冒领 | 否 | 是。",
      })
  void theOtherAnswerMissesATargetOfNo(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    scoredAt(v, BigDecimal.ZERO);
    assertThat(v.trace().code()).hasValue("JX-T-0286");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a target of 是 is read by the words as before: 是 met, 否 not
        "QUALITY | 评审程序是否公正 | 是 | 是 | 1",
        "QUALITY | 评审程序是否公正 | 是 | 否 | 0",
      })
  void aTargetOfYesIsReadAsBefore(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    scoredAt(v, fraction);
    assertThat(v.trace().method()).isNotEqualTo("answered-no");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // more than a bare answer on either side is left to the other readings
        "SOCIAL | 是否发生安全事故 | 否 | 未发生安全事故",
        "SOCIAL | 是否发生安全事故 | 否（不发生） | 否",
        "SOCIAL | 是否发生安全事故 | 否 | 否，发生轻微事故1起",
      })
  void moreThanABareAnswerIsNotReadSo(Subcategory sub, String name, String target, String actual) {
    assertThat(judge(sub, name, target, actual).trace().method()).isNotEqualTo("answered-no");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 62d: a question of something wanted, whose 否 is a slip of the form's
        "TIMELINESS | 资金是否及时拨付 | 否 | 是",
        "TIMELINESS | 项目是否按期完成 | 否 | 否",
        "QUALITY | 是否专款专用 | 否 | 是",
        // a negated question: 否 there is the bad answer
        "SOCIAL | 是否未发生安全事故 | 否 | 是",
        "SOCIAL | 是否零事故 | 否 | 否",
        // no question at all: a cell slid from another column
        "QUANTITY | 培训人数 | 否 | 否",
        "SERVED_SATISFACTION | 群众满意度 | 否 | 是",
      })
  void onlyAQuestionOfSomethingNotToHappenIsReadSo(Subcategory sub, String name, String target, String actual) {
    assertThat(judge(sub, name, target, actual).trace().method()).isNotEqualTo("answered-no");
  }
}
