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
          // review 49: the whole-cell answer, a range asked, a zero of a noun
          "结案数8305件 | 未发生",
          "检查次数≥12次 | 未出现",
          "培训100-200人次 | 未发生安全事故",
          "全年检查4-6次 | 无违规问题",
          "检查次数≥12次 | 零事故",
          // review 49b: a zero of a noun against more than, exactly or a range of a count
          "检查次数＞12次 | 零事故",
          "检查次数10-12次 | 零事故",
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
          "按时完成率100% | 未发生逾期", // a rate, no count (its rest denied: see DeniedOccurrenceTest for other things)
          "无重大安全事故 | 全年未发生重大安全事故", // none asked in words
          "不超过预算 | 未超预算",
          "投诉1-3次 | 无投诉", // a range of something unwanted is a ceiling
        })
    void anAbsenceStillAnswersACeilingARateOrWords(String target, String actual) {
      IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"无撤裁案件", "未超预算", "没有超出预算", "未发生", "未发现", "无此类情况", "零事故"})
    void theReasonSaysTheAbsenceOrTheLimitKeptShowsNoCount(String actual) {
      IndicatorVerdict v = judge(Subcategory.QUALITY, "", "结案数8305件", actual);
      assertThat(v.trace().code()).contains("JX-T-0220");
      assertThat(v.trace().reason()).contains("≥ 8305 件").contains(actual).contains("未发生或未超出限度");
    }

    @Test
    void aZeroOfSomethingUnwantedStillAnswersACeilingOfIt() {
      IndicatorVerdict v = judge(Subcategory.QUALITY, "安全事故数", "≤1起", "零事故");
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo("1");
    }
  }

  @Nested
  class TheYearAFigureCountsOver {
    @Test
    void aYearAndAnAbsenceDoNotAnswerACountOverTheWholeYear() {
      // review 49d: with no figure beside the year, the year was a completion date again
      IndicatorVerdict v = judge(Subcategory.QUALITY, "", "2019年度全年案件结案数8305件", "2019年无撤裁案件");
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
    }

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
          // review 49: an actual of words and a date answers the year's 全年 as a deadline
          "全年按时发放工资12次 | 2019年12月已全部发放 | 1",
          // review 49b: a figure beside the month done leaves the deadline standing
          "全年按时发放工资12次 | 2019年12月已全部发放，发放率100% | 1",
          // review 49c: words and a year alone still answer the deadline, late or on time
          "2023年全年完成1项 | 2024年完成 | 0.7",
          "全年按时发放工资12次 | 2019年已全部发放 | 1",
          // review 49d: a year after the year asked is late, whatever figure stands beside it
          "2023年全年培训200人次 | 2024年完成，覆盖率100% | 0.7",
          "2023年全年完工1个 | 2024年5月完工 | 0.7",
        })
    void theCountOrTheDeadlineDecidesAsTheTargetAsks(String target, String actual, String expected) {
      IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          // review 49: in a 时效 row 全年 is the deadline, whatever figure stands beside it
          "2023年全年完成1项 | 2024年2月完成 | 0.7",
          "2023年全年完成率100% | 2024年3月完成 | 0.7",
          "2023年全年完工1个 | 2023年11月完工 | 1",
        })
    void inATimelinessRowTheYearIsTheDeadline(String target, String actual, String expected) {
      IndicatorVerdict v = judge(Subcategory.TIMELINESS, "项目完成及时性", target, actual);
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo(expected);
    }
  }
}
