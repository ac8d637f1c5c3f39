package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three classes of target text the audit of the Shenzhen district's 2023 declarations
 * (baoan-songgang workbooks, 383 filled targets) found misread: a duration that states how long
 * something lasts, read as a time limit (sheets a13, a18, b3); a frequency with its figure left
 * out ({@code 每月/次}, b18); two targets joined by a comma, each naming what it counts (b16); a
 * daily deadline at a time of day that no actual could be compared with (a10, a15, a19).
 */
class TermsAndClausesTest {

  private static Target target(Subcategory sub, String name, String text) {
    Indicator.Builder b = Indicator.builder().category(sub.category()).subcategory(sub).target(text);
    if (!name.isEmpty()) {
      b.name(name);
    }
    return IndicatorTexts.parseTarget(b.build());
  }

  private static BigDecimal fraction(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).as("%s / %s: %s", target, actual, v.trace().reason()).isEqualTo(Outcome.SCORED);
    return v.fraction().orElseThrow();
  }

  @Nested
  class ADurationThatLasts {
    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          // the declarations' own rows (a18, b3; a13)
          "整治队宿舍租赁期限 | 1年 | ≥ 1 年",
          "海防打私河岸线巡查工作 | 24小时 | ≥ 24 小时",
          // the same classes in other words
          "设备质保期 | 2年 | ≥ 2 年",
          "服务合同期限 | 12个月 | ≥ 12 月",
          "图书馆开放时间 | 每周56小时 | ≥ 56 小时/周",
          "监控系统运行时长 | 24小时 | ≥ 24 小时",
          "应急值守 | 全天24小时 | ≥ 24 小时",
          // review 48's: coverage and terms the first version still read as limits
          "热线服务 | 24小时 | ≥ 24 小时",
          "房屋租赁时间 | 12个月 | ≥ 12 月",
          "保洁服务天数 | 365天 | ≥ 365 天",
          "档案保管期限 | 30年 | ≥ 30 年",
          "监控录像保存时间 | 30天 | ≥ 30 天",
        })
    void isReadAsAtLeastInATimelinessRow(String name, String text, String reading) {
      assertThat(target(Subcategory.TIMELINESS, name, text).describe()).isEqualTo(reading);
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          // something to be done within the time keeps the limit, whatever else is named
          "质保期内故障响应时间 | 24小时 | ≤ 24 小时",
          "巡查发现问题处置时效 | 24小时 | ≤ 24 小时",
          "系统故障恢复运行 | 2小时 | ≤ 2 小时",
          "出具物业评估报告及时性 | 3个工作日 | ≤ 3 工作日",
          "投诉处理及时性 | 24小时 | ≤ 24 小时",
          // a window in which something else is done is no term
          "保修期内 | 24小时 | ≤ 24 小时",
          // nothing says the time lasts: a bare duration of a 时效 row is a time limit
          "信息公开时效 | 7天 | ≤ 7 天",
          // review 48: a word of a duty kept up or of running does not make a limit last
          "系统运行故障排除时间 | 4小时 | ≤ 4 小时",
          "污染源在线监测数据上传时效 | 1小时 | ≤ 1 小时",
          "公交运营补贴资金到位时间 | 3个月 | ≤ 3 月",
          "巡查发现问题转办时限 | 2天 | ≤ 2 天",
          "道路巡查病害修补时限 | 3天 | ≤ 3 天",
          "接警出警时间 | 15分钟 | ≤ 15 分钟",
          "场馆开放预约确认时间 | 1天 | ≤ 1 天",
          // a time that is bad when long
          "系统运行中断时间 | 4小时 | ≤ 4 小时",
          "监控设备离线时长 | 2小时 | ≤ 2 小时",
          "窗口运行平均等候时长 | 20分钟 | ≤ 20 分钟",
          "公交车辆发车间隔 | 15分钟 | ≤ 15 分钟",
          "开放场馆闭馆天数 | 10天 | ≤ 10 天",
          // a limit per period is still a limit
          "报表报送 | 每月5个工作日 | ≤ 5 工作日/月",
          // review 48c: 时长 and 天数 alone name no service (a stay, a build, a purchase)
          "平均住院天数 | 10天 | ≤ 10 天",
          "施工天数 | 90天 | ≤ 90 天",
          "群众办事时长 | 30分钟 | ≤ 30 分钟",
        })
    void aTimeLimitStaysATimeLimit(String name, String text, String reading) {
      assertThat(target(Subcategory.TIMELINESS, name, text).describe()).isEqualTo(reading);
    }

    @Test
    void aShorterTermOrCoverageIsNoLongerMet() {
      // the audit's effect: 24小时 against 12小时 and 1年 against 6个月 were scored in full
      assertThat(fraction(Subcategory.TIMELINESS, "海防打私河岸线巡查工作", "24小时", "12小时")).isLessThan(BigDecimal.ONE);
      assertThat(fraction(Subcategory.TIMELINESS, "整治队宿舍租赁期限", "1年", "6个月")).isLessThan(BigDecimal.ONE);
      assertThat(fraction(Subcategory.TIMELINESS, "整治队宿舍租赁期限", "1年", "1年")).isEqualByComparingTo("1");
      // a time limit kept is still met
      assertThat(fraction(Subcategory.TIMELINESS, "投诉处理及时性", "24小时", "12小时")).isEqualByComparingTo("1");
    }

    @Test
    void outsideATimelinessRowHoursOfADutyAreAtLeastToo() {
      // a bare duration in hours or days was a limit in any row; opening hours are not
      assertThat(target(Subcategory.QUANTITY, "文化站开放天数", "300天").describe()).isEqualTo("≥ 300 天");
      assertThat(target(Subcategory.QUANTITY, "志愿服务时长", "2小时").describe()).isEqualTo("≥ 2 小时");
      assertThat(target(Subcategory.QUANTITY, "培训", "2小时").describe()).isEqualTo("≤ 2 小时");
    }
  }

  @Nested
  class AComparisonAVerbAway {
    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          // the bench's generated 至少开展N天活动 was read as a time limit: 至少 stands a verb before the figure
          "QUANTITY | 至少开展30天活动 | AT_LEAST",
          "COST | 每年至少投入50万元 | AT_LEAST",
          "QUANTITY | 不少于举办10场 | AT_LEAST",
          "SOCIAL | 不超过支出30万元 | AT_MOST",
          "QUALITY | 全年至少组织2次培训 | AT_LEAST",
          // review 48d: at least once every N is at least as often (FrequenciesTest: a count per N)
          "QUANTITY | 至少每两周1次 | AT_LEAST",
          "QUANTITY | 至少每隔3天巡查1次 | AT_LEAST",
          "TIMELINESS | 不少于每3天1次 | AT_LEAST",
        })
    void anUnmistakableComparisonMayStandAVerbBeforeItsFigure(String sub, String text, String comparison) {
      assertThat(target(Subcategory.valueOf(sub), "", text).comparison()).isEqualTo(Comparison.valueOf(comparison));
    }
  }

  @Nested
  class OncePerPeriod {
    @Test
    void aFrequencyWithoutItsFigureIsOncePerPeriod() {
      assertThat(target(Subcategory.TIMELINESS, "安保服务费发放及时性", "每月/次").describe()).isEqualTo("≥ 1 次/月");
      assertThat(IndicatorTexts.parseTarget("每季度/次").describe()).isEqualTo("≥ 1 次/季度");
      assertThat(IndicatorTexts.parseTarget("每年度/次").describe()).isEqualTo("≥ 1 次/年");
      // the same as the printed form with its figure
      assertThat(IndicatorTexts.parseTarget("每月/次").describe()).isEqualTo(IndicatorTexts.parseTarget("每月1次").describe());
    }

    @Test
    void aFrequencyIsComparedOverTheTargetsPeriod() {
      // b18: paid once a quarter against once a month is a third of it (review 48: it was 100 %)
      assertThat(fraction(Subcategory.TIMELINESS, "安保服务费发放及时性", "每月/次", "每季度发放一次")).isEqualByComparingTo("0.3333"); // 1 × 4 / 12 a month, to 4 places
      assertThat(fraction(Subcategory.QUANTITY, "", "每月/次", "全年召开例会6次")).isEqualByComparingTo("0.5"); // 6 / 12 a month
      assertThat(fraction(Subcategory.QUANTITY, "", "每月1次", "全年共开展12次")).isEqualByComparingTo("1");
      // a target naming no period is a year's: four a year, once a quarter
      assertThat(fraction(Subcategory.QUANTITY, "", "4次", "每季度/次")).isEqualByComparingTo("1");
      // an actual naming no period restates the target's, and a year's total a yearly target
      assertThat(fraction(Subcategory.QUANTITY, "", "每月1次", "1次")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUANTITY, "", "≥8000件", "2019年度全年案件处理数8610件")).isEqualByComparingTo("1");
    }

    @Test
    void onlyCountsOfEventsOverWholeMonthsAreRestated() {
      // review 48c: rates, levels, standards and people on duty add up over no period
      assertThat(fraction(Subcategory.QUALITY, "任务完成率", "100%", "每月完成率95%")).isEqualByComparingTo("0.95");
      assertThat(fraction(Subcategory.QUALITY, "工资发放及时率", "每月按时发放率100%", "全年按时发放率100%")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.COST, "伙食标准", "15元", "每人每天15元")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUANTITY, "投入保洁车辆", "25辆", "每天投入保洁车辆20辆")).isEqualByComparingTo("0.8"); // 20 / 25, not restated
      assertThat(fraction(Subcategory.QUANTITY, "保障人数", "每月保障100人", "全年共保障困难群众120人")).isEqualByComparingTo("1");
      // a week holds no whole number of months: weekly against four a month is no shortfall
      assertThat(fraction(Subcategory.QUANTITY, "", "每周巡查1次", "每月巡查4次")).isEqualByComparingTo("1");
    }

    @Test
    void aFigureLeftOutIsNoneWhereTheTextPrintsOneOrCountsNoEvent() {
      // review 48: 每月/人300元 is a rate per person, and 每月/次，共12次 prints its figure
      assertThat(fraction(Subcategory.QUANTITY, "补助标准", "每月/人300元", "每月/人250元")).isCloseTo(new BigDecimal("0.8333"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001"))); // 250 / 300, as before the change
      assertThat(fraction(Subcategory.QUANTITY, "", "每周/户2次", "每周/户1次")).isEqualByComparingTo("0.5");
      assertThat(fraction(Subcategory.QUANTITY, "", "12次", "每月/次，共12次")).isEqualByComparingTo("1");
    }

    @Test
    void aSlashThatIsNoFrequencyGivesNoFigure() {
      assertThat(IndicatorTexts.parseTarget("每人/次").quantity()).isEmpty(); // per person and time: no period
      assertThat(IndicatorTexts.parseTarget("月/次").quantity()).isEmpty(); // no 每
      assertThat(IndicatorTexts.parseTarget("每月/元").quantity()).isEmpty(); // no count after the slash
    }
  }

  @Nested
  class ADailyDeadline {
    @Test
    void theTimeOfDayKeptIsComparedWithTheDeadline() {
      // a10, a15, a19: 每天早上六点半前送达; an actual with a time of day was undetermined
      assertThat(fraction(Subcategory.TIMELINESS, "食堂生鲜干货送货时效性", "每天早上六点半前送达", "每天早上6点20分送达"))
          .isEqualByComparingTo("1");
      IndicatorVerdict late = judge(Subcategory.TIMELINESS, "食堂生鲜干货送货时效性", "每天早上六点半前送达", "每天早上七点送达");
      assertThat(late.outcome()).isEqualTo(Outcome.SCORED);
      assertThat(late.fraction().orElseThrow()).isLessThan(BigDecimal.ONE);
      assertThat(late.trace().reason()).contains("07:00").contains("06:30");
      assertThat(fraction(Subcategory.TIMELINESS, "", "每日下午5点前报送", "每日16:30报送")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.TIMELINESS, "", "每日下午5点前报送", "每日17:30报送")).isLessThan(BigDecimal.ONE);
    }

    @Test
    void theTimeIsTheOneOfWhatTheTargetAsksFor() {
      // review 48c: a closing time or a second meal is not when the deadline's work was done
      assertThat(fraction(Subcategory.TIMELINESS, "", "每天上午9点前开馆", "每天上午9点开馆，晚上9点闭馆")).isEqualByComparingTo("1");
      assertThat(judge(Subcategory.TIMELINESS, "", "每天早上六点半前送达", "每天早上6点20分送达早餐，中午11点送达午餐").trace().rule())
          .isNotEqualTo("deadline");
      // 中午11点 is before noon, 中午1点 after it
      assertThat(fraction(Subcategory.TIMELINESS, "", "每天中午12点前送达午餐", "每天中午11点半送达")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.TIMELINESS, "", "每天中午12点前送达午餐", "每天中午1点送达")).isLessThan(BigDecimal.ONE);
    }

    @Test
    void aShortfallOrNoTimeOfDayLeavesItToTheWords() {
      // a shortfall stated beside the time decides through the words, as for dates
      assertThat(judge(Subcategory.TIMELINESS, "", "每天早上六点半前送达", "每天6点送达，但有3天未能按时送达").trace().rule())
          .isNotEqualTo("deadline");
      // an actual without a time of day is not compared
      assertThat(judge(Subcategory.TIMELINESS, "", "每天早上六点半前送达", "按时送达").trace().rule()).isNotEqualTo("deadline");
      // a time of day against a deadline that is none
      assertThat(judge(Subcategory.TIMELINESS, "", "及时送达", "每天6点送达").trace().rule()).isNotEqualTo("deadline");
    }
  }

  @Nested
  class ClausesThatNameTheirFigures {
    @Test
    void eachClauseIsScoredAgainstTheClauseNamingTheSameThing() {
      // b16: a shortfall in the second clause was never seen (scored 100 %)
      IndicatorVerdict v =
          judge(Subcategory.QUANTITY, "保证社区工作人员用餐人数，及日用品使用人数", "饭堂用餐人数93人，办公人数36人", "饭堂用餐人数93人，办公人数20人");
      assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
      assertThat(v.trace().rule()).isEqualTo("sub-targets");
      assertThat(v.parts()).hasSize(2);
      assertThat(v.parts().get(0).fraction().orElseThrow()).isEqualByComparingTo("1");
      assertThat(v.parts().get(1).fraction().orElseThrow()).isLessThan(BigDecimal.ONE);
      assertThat(v.fraction().orElseThrow()).isLessThan(BigDecimal.ONE);
      // paired by name, not by position
      IndicatorVerdict swapped =
          judge(Subcategory.QUANTITY, "", "饭堂用餐人数93人，办公人数36人", "办公人数36人，饭堂用餐人数93人");
      assertThat(swapped.trace().rule()).isEqualTo("sub-targets");
      assertThat(swapped.fraction().orElseThrow()).isEqualByComparingTo("1");
    }

    @Test
    void aCommaThatGroupsThousandsSeparatesNoClauses() {
      // review 48: 1,500 was split into 1 and 500 (50.03 %)
      assertThat(fraction(Subcategory.QUANTITY, "", "培训人数1500人，举办场次10场", "培训人数1,500人，举办场次10场")).isEqualByComparingTo("1");
    }

    @Test
    void clausesNamingNothingBelongToTheNamedClauseBeforeThem() {
      // review 48: the total is said in the clause after its name, and a rate per person is no total
      IndicatorVerdict v =
          judge(Subcategory.QUANTITY, "", "补助户数100户，补助资金总额50万元", "补助户数100户，补助资金总额人均5000元，合计50万元");
      assertThat(v.trace().rule()).isEqualTo("sub-targets");
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUANTITY, "", "补助户数100户，补助资金总额50万元", "补助户数100户，补助资金总额人均5000元，合计40万元"))
          .isLessThan(BigDecimal.ONE);
    }

    @Test
    void aStandardPerPersonIsAnsweredByTheRateNotTheTotal() {
      // review 48c: 补助标准 asks for what each is paid, not the sum
      assertThat(judge(Subcategory.QUANTITY, "补助标准", "1000元", "每人800元，共发放50万元").fraction())
          .isNotEqualTo(java.util.Optional.of(BigDecimal.ONE));
    }

    @Test
    void aComparisonOrCopulaIsNoPartOfTheName() {
      IndicatorVerdict v = judge(Subcategory.QUANTITY, "", "培训人员数不少于500人，举办场次不少于10场", "培训人员数为520人，举办场次为8场");
      assertThat(v.trace().rule()).isEqualTo("sub-targets");
      assertThat(v.parts()).hasSize(2);
      assertThat(v.parts().get(1).fraction().orElseThrow()).isLessThan(BigDecimal.ONE);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          // names of two ideographs, parallel: the shortfall of the second was never seen (scored 100 %)
          "男性不少于30人，女性不少于20人 | 男性35人，女性18人 | 0.95",
          "市级3个，县级5个 | 市级3个，县级4个 | 0.9",
          "新建2所，改建3所 | 改建1所，新建2所 | 0.6667",
        })
    void parallelNamesOfTwoIdeographsNameTheirClauses(String target, String actual, BigDecimal fraction) {
      IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
      assertThat(v.trace().rule()).as(v.trace().reason()).isEqualTo("sub-targets");
      assertThat(v.fraction().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(fraction);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          // names of two that are no names: a qualifier, a measure, or of lengths that differ
          "全年3次，每次不少于50人 | 全年3次，每次40人",
          "人数93人，次数36人 | 人数93人，次数30人",
          "培训100人，其中女性40人 | 培训100人，女性30人",
          // two words that share no character: actions of their own, not names of one list
          "覆盖10个村，培训100人 | 覆盖3个脱贫村和7个非脱贫村，培训100人",
          // the second clause qualifies the first: no name of its own
          "全年开展培训3次，每次不少于50人 | 全年开展培训3次，每次参训60人",
          // the actual does not answer clause by clause
          "饭堂用餐人数93人，办公人数36人 | 已完成",
          "饭堂用餐人数93人，办公人数36人 | 饭堂用餐人数93人",
          // a name part of another: which clause answers which is not sure
          "用餐人数93人，饭堂用餐人数36人 | 用餐人数93人，饭堂用餐人数36人",
          // a name too short to tell the clauses apart, and one unit (by units, ClausesByUnitTest)
          "人数93人，次数36人 | 人数93人，次数36人",
          // words after a figure
          "饭堂用餐人数93人覆盖全站，办公人数36人 | 饭堂用餐人数93人，办公人数36人",
        })
    void aCellThatIsNoSuchListIsNotSplitByItsCommas(String target, String actual) {
      IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
      assertThat(v.trace().rule()).isNotEqualTo("sub-targets");
    }
  }
}
