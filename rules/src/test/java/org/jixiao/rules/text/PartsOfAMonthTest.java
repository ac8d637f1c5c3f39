package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Deadlines and completions stated by a third of a month (上旬, 中旬, 下旬) or its beginning (月初), and
 * deadlines of a range of years. The reader took 6月上旬前 for June, so 6月25日 was on time; 6月中旬之前
 * had no date at all; 2023-2025年 was no deadline, so 2026年3月完成 read met through 完成; and
 * 2023年1月至2025年 ended in January 2023, so 2025年10月 was late.
 */
class PartsOfAMonthTest {
  private static final BigDecimal LATE = new BigDecimal("0.70");

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年6月上旬前完成 | 2023年6月25日完成 | 0.70",
        "2023年6月上旬前完成 | 2023年6月5日完成 | 1",
        "2023年6月上旬前完成 | 2023年6月10日完成 | 1",
        "2023年6月中旬之前完成 | 2023年6月21日完成 | 0.70",
        "6月中旬以前完成 | 6月18日完成 | 1",
        "六月上旬前 | 六月中旬完成 | 0.70",
        "2023年6月下旬完成 | 2023年6月30日完成 | 1",
        "2023年6月下旬完成 | 2023年7月1日完成 | 0.70",
        "2023年12月底前完成 | 2023年12月中下旬完成 | 1",
        "2023年6月中旬前完成 | 2023年6月中下旬完成 | 0.70",
        "2023年3月初完成 | 2023年3月5日完成 | 1",
        "2023年3月初完成 | 2023年3月25日完成 | 0.70",
        "2023年6月份上旬前 | 2023年6月20日完成 | 0.70",
        "3月初拨付 | 3月25日拨付 | 0.70",
        "开学前（9月初）完成 | 9月12日完成 | 0.70",
        "2023年元月上旬前 | 2023年1月18日 | 0.70",
        // two parts together, and a range that starts with a part
        "6月上、中旬 | 6月25日完成 | 0.70",
        "11月15日前 | 11月上旬、中旬分两批完成 | 0.70",
        "7月中旬至8月上旬 | 7月20日至8月10日开展 | 1",
        "5月初至6月中旬 | 6月18日 | 1",
        "3月中旬-4月 | 4月20日完成 | 1",
        // a stage of a staged target
        "6月底前完成采购，9月上旬前完成安装调试 | 6月20日完成采购，9月8日完成安装调试 | 1",
        "6月上旬前完成招标，12月底前验收 | 6月18日完成招标，12月20日验收 | 0.70",
        // stages listed in one clause, and a part of 每月 (no date) before a dated deadline
        "6月上旬前、9月上旬前分两批拨付 | 6月20日、9月5日拨付 | 0.70",
        "6月上旬前、9月上旬前分两批拨付 | 6月5日、9月5日拨付 | 1",
        "每月上旬前报送，2023年12月底前完成 | 2024年1月完成 | 0.70",
        // a range of parts of one month
        "6月上旬至中下旬 | 6月25日 | 1",
        "6月初-中旬 | 6月15日 | 1",
        // an actual by a third against a day: it may end after the day, read as the month is (6月 against 6月15日前)
        "2023年6月15日前 | 2023年6月上旬完成 | 1",
        "2023年6月15日前 | 2023年6月中旬完成 | 0.70",
      })
  void aThirdOfAMonthEndsOnItsLastDay(String target, String actual, BigDecimal fraction) {
    scoredAt(judge(Subcategory.TIMELINESS, "完成时限", target, actual), fraction);
  }

  @Test
  void aCompletionInAThirdIsOnTimeExactlyWhenTheThirdEndsNoLaterThanTheDeadlines() {
    String[] parts = {"上旬", "中旬", "下旬"};
    qt().forAll(integers().between(1, 12), integers().between(0, 2), integers().between(0, 2))
        .checkAssert(
            (month, deadline, done) ->
                scoredAt(
                    judge(Subcategory.TIMELINESS, "完成时限", "2023年" + month + "月" + parts[deadline] + "前完成",
                        "2023年" + month + "月" + parts[done] + "完成"),
                    done <= deadline ? BigDecimal.ONE : LATE));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-2025年 | 2024年6月完成 | 1",
        "2023-2025年完成 | 2026年3月完成 | 0.70",
        "2023—2025年 | 2025年12月完成 | 1",
        "2023年1月至2025年 | 2025年10月完成 | 1",
        "2023年1月至2025年 | 2026年1月完成 | 0.70",
        "2023年1月-2025年底 | 2025年11月完成 | 1",
        "2023年1月至2025年12月 | 2026年3月完成 | 0.70",
        "建设期2023-2025年 | 2026年竣工 | 0.70",
        "项目实施期为2023-2025年 | 2025年10月完成 | 1",
        "2年（2023-2024年） | 2025年5月竣工 | 0.70",
        "2021-2025年（十四五期间） | 2026年完成 | 0.70",
        "建设工期2年（2023年-2024年） | 2024年12月竣工 | 1",
        "2023年3月-2025年完成改造 | 2024年10月完成 | 1",
        "2023-2025年完成建设任务 | 2026年3月完成 | 0.70",
        // the range's own length before the words of finishing
        "2023-2025年三年内完成 | 2026年3月完成 | 0.70",
        "2023-2025年3年完成 | 2025年10月完成 | 1",
        "2023-2025年，三年内完成 | 2026年3月完成 | 0.70",
      })
  void aDeadlineOfARangeOfYearsEndsWithItsLastYear(String target, String actual, BigDecimal fraction) {
    scoredAt(judge(Subcategory.TIMELINESS, "完成时限", target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the years the work is about: an audit of 2020–2022 is done in 2023
        "TIMELINESS | 完成2020-2022年度财务收支审计 | 2023年6月完成审计",
        "TIMELINESS | 拨付2021-2022年度奖补资金 | 2023年5月拨付",
        "TIMELINESS | 更新2021-2023年统计数据 | 2024年1月完成更新",
        // the period a yearly deadline or a count goes over
        "TIMELINESS | 2023-2025年每年3月上旬下达 | 2023年5月下达",
        "TIMELINESS | 审计期间为2020-2022年度 | 2023年5月完成审计",
        "TIMELINESS | 完成《XX市“十三五”规划（2016-2020年）》终期评估 | 2021年6月完成终期评估",
        "QUANTITY | 2023-2025年，累计培训1000人次 | 良好",
        "QUANTITY | 累计培训1000人次（2023-2025年） | 良好",
        "QUANTITY | 2023-2025年累计培训1000人 | 良好",
        "QUANTITY | 2023-2025年三年累计培训1000人 | 良好",
      })
  void aRangeOfYearsInsideTheWorksWordsIsNoDeadline(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    assertThat(v.trace().rule()).as(v.trace().reason()).isNotEqualTo("deadline");
    if (sub == Subcategory.QUANTITY) {
      Judged.undetermined(v); // an appraisal alone says nothing of the count
    }
  }

  @Test
  void anyTextOfRangesBracketsAndPartsIsReadWithoutFailing() {
    // pieces of the forms read here, so that brackets, ranges, parts and labels meet in every order
    List<String> pieces = List.of("(", ")", "（", "）", "2023", "-", "2025年", "年", "建设期", "工期", "2年", "上旬", "中", "下", "旬", "前", "、", "和",
        "月", "6", "初", "至", "每", ",", "完成", "月底", "为", ":", "累计", "100人");
    Gen<String> texts = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 10).map(l -> String.join("", l));
    qt().withExamples(3000)
        .forAll(texts, texts)
        .checkAssert((target, actual) -> assertThat(judge(Subcategory.TIMELINESS, "完成时限", target, actual).outcome()).isNotNull());
  }
}
