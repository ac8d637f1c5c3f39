package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;

import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A target that asks for a count is answered by a count, not by what stands beside it: the year
 * the count is taken over (2019年度全年案件结案数8305件: 全年 is no deadline), nor a statement
 * that something else did not happen (无撤裁案件). Both made the corpus's P2046 (龙岗 2019, 仲裁工作)
 * 100 % where a careful reader cannot tell: the actual gives a rate and no count.
 */
class CountsAskedTest {

  @Nested
  class NoneIsNoCount {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "结案数8305件 | 无撤裁案件",
          "全年开展活动10次 | 未超预算",
          "培训≥200人次 | 未发生安全事故",
          "新增就业岗位50个 | 无投诉",
        })
    void anAbsenceDoesNotAnswerACountAsked(String target, String actual) {
      IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "安全事故0起 | 无安全事故", // a count of none asked
          "≤3起 | 未发生安全事故", // a ceiling
          "安全生产合格率100% | 未发生安全事故", // a rate, no count
          "无重大安全事故 | 全年未发生重大安全事故", // none asked in words
          "不超过预算 | 未超预算",
        })
    void anAbsenceStillAnswersACeilingARateOrWords(String target, String actual) {
      IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo("1");
    }

    @Test
    void theReasonSaysTheAbsenceShowsNoCount() {
      IndicatorVerdict v = judge(Subcategory.QUALITY, "", "结案数8305件", "无撤裁案件");
      assertThat(v.trace().code()).contains("JX-T-0220");
      assertThat(v.trace().reason()).contains("≥ 8305 件").contains("无撤裁案件").contains("未发生");
    }
  }

  @Nested
  class TheYearAFigureCountsOver {
    @Test
    void aDateInTheActualDoesNotAnswerACountOverTheWholeYear() {
      // P2046: the actual's 2019年 was compared with 2019年度全年 as a deadline, 100 %
      IndicatorVerdict v =
          judge(Subcategory.QUALITY, "", "2019年度全年案件结案数8305件。", "2019年累计结案率为94.32%(省指标为90%以上); 2019年无撤裁案件。");
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          // the count decides where the actual gives one
          "2019年度全年案件结案数8305件 | 2019年全年结案8610件 | 1",
          "全年培训200人次 | 2019年共培训150人次 | 0.75",
          // a target of no figure keeps its deadline: 2023年全年 against the same year is on time
          "2023年全年 | 2023年全年 | 1",
          // a deadline by a month stays one beside a figure
          "2023年12月底前完成10个 | 2023年11月完成 | 1",
        })
    void theCountOrTheDeadlineDecidesAsTheTargetAsks(String target, String actual, String expected) {
      IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo(expected);
    }
  }
}
