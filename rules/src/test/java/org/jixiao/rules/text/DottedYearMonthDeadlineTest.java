package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deadline written as a year and month with a dot (2023.10, 2023.9, 2023.09), as spreadsheets type
 * it, under an indicator that asks when (时效指标, or a name such as 完成时间, 时限, 日期, 节点). It was
 * read as the figure 2023.1 with ≥, so 2023.12 passed it and 2023年10月 answered nothing (review 62b,
 * class H). It is the month, compared as a month: a date in it is on time, as against 2023年10月.
 * Elsewhere the figure stays a figure (2023.5吨, a rate 98.10, a cost 2023.10).
 */
class DottedYearMonthDeadlineTest {
  private static final BigDecimal LATE = new BigDecimal("0.70");
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  @ParameterizedTest(name = "{1}: {2} / {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TIMELINESS | 方案编制时间 | 2023.10 | 2023年10月 | 1",
        "TIMELINESS | 方案编制完成时间 | 2023.10 | 2023.12 | 0.70",
        "TIMELINESS | 验收完成时间 | 2023.9 | 2023.10.15 | 0.70",
        "TIMELINESS | 资金下达时间 | 2023.6 | 2023年5月 | 1",
        "TIMELINESS | 设备安装调试时间 | 2023.09 | 2023.11 | 0.70",
        "TIMELINESS | 资金拨付时间 | 2022.09 | 2022.08 | 1",
        "TIMELINESS | 资金拨付时间 | 2022.09 | 2022.10 | 0.70",
        "TIMELINESS | 培训完成时间 | 2024.5 | 2024年5月20日 | 1",
        "TIMELINESS | 设备到货时间 | 2023.12 | 2024年1月 | 0.70",
        // 2023.1 is January, and 2023.10 October: not the same figure
        "TIMELINESS | 平台上线时间 | 2023.1 | 2023年1月 | 1",
        "TIMELINESS | 平台上线时间 | 2023.1 | 2023.10 | 0.70",
        // the month as a deadline: a day in it is on time, as against 2023年10月
        "TIMELINESS | 方案编制完成时间 | 2023.10 | 2023.10.15 | 1",
        // a deadline's words after it
        "TIMELINESS | 竣工验收时间 | 2023.12前 | 2023年11月 | 1",
        "TIMELINESS | 完成时限 | 2023.10底前 | 2023年10月28日 | 1",
        "TIMELINESS | 校舍维修完成日期 | 2022.8以前 | 2022年9月5日 | 0.70",
        "TIMELINESS | 设计方案完成时间 | 2023.3完成 | 2023年3月 | 1",
        // a name of a point in time, under no 时效 heading
        "QUALITY | 完成时限 | 2023.10 | 2023年9月 | 1",
        "QUALITY | 河道清淤完工节点 | 2023.5 | 2023年6月 | 0.70",
      })
  void aLoneDottedYearMonthIsTheDeadlinesMonth(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    scoredAt(v, fraction);
    assertThat(v.trace().rule()).isEqualTo("deadline");
    assertThat(v.trace().reason()).contains("期限为“" + target.substring(0, target.indexOf('.') + 2));
  }

  @Test
  void theReasonNamesTheMonthInBothLanguages() {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, "方案编制完成时间", "2023.10", "2023.12");
    assertThat(v.trace().reason()).isEqualTo("完成情况表明完成于2023-12，期限为“2023.10”（2023-10）→ 逾期 → 70%");
    assertThat(v.trace().withFormat(org.jixiao.rules.internal.Reasons.EN).reason())
        .isEqualTo("the actual states 2023-12 against the deadline '2023.10' (2023-10) → late → 70%");
  }

  @ParameterizedTest(name = "{1}: {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a quantity with a unit, a rate, money, a bare figure of a count or a cost, a duration
        "QUANTITY | 粮食储备量 | 2023.5吨 | 2100吨",
        "QUANTITY | 采购物资数量 | 2023.10吨 | 2050吨",
        "QUANTITY | 道路改造长度 | 2023.10 | 2050",
        "QUALITY | 设备完好率 | 98.10% | 98.5%",
        "QUALITY | 验收合格率 | 98.10 | 99.2",
        "TIMELINESS | 资金拨付及时率 | 98.10% | 99%",
        "TIMELINESS | 办理时限 | 2.5天 | 2天",
        "ECONOMIC | 产值 | 2023.10万元 | 2100万元",
        "COST | 培训经费 | 2023.10 | 2000",
        "QUANTITY | 服务时长 | 2023.5小时 | 2100小时",
      })
  void aFigureElsewhereStaysAFigure(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    met(v);
    assertThat(v.trace().rule()).isEqualTo("quantitative");
  }

  /**
   * Review 63h: the month is read only from a target's one figure, of an indicator with no unit of
   * its own, in the years of the forms. Two figures are a range or stages, which a lone month cut to
   * their first (a December finish was late against January); hours of a 时间 indicator whose unit
   * stands in its column, or follow a space, are hours.
   */
  @ParameterizedTest(name = "{1}: {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TIMELINESS | 项目实施时间 | 2023.01 - 2023.12 | 2023年12月",
        "TIMELINESS | 项目实施时间 | 2023.01 至 2023.12 | 2023年12月",
        "TIMELINESS | 项目建设周期 | 2023.3 — 2023.10 | 2023年10月竣工",
        "TIMELINESS | 时间节点 | 2023.6前完成招标、2023.10前竣工验收 | 2023年5月完成招标，2023年10月竣工验收",
        "TIMELINESS | 项目进度时间 | 2023.5开工，2023.11完工 | 2023年5月开工，2023年11月完工",
        "QUALITY | 年度服务时间 | 2000.5 小时 | 2100小时",
        "QUALITY | 系统升级时间节点 | 升级至 2023.10 版 | 已升级至 2023.12 版",
      })
  void aRangeStagesOrAFigureWithItsUnitIsNoLoneMonth(Subcategory sub, String name, String target, String actual) {
    // compared by value: an Optional's equality is BigDecimal's, which 0.7 and 0.70 would pass
    assertThat(judge(sub, name, target, actual).fraction().filter(f -> f.compareTo(LATE) == 0))
        .as("never late by the first month alone").isEmpty();
  }

  @Test
  void aUnitInItsOwnColumnKeepsTheFigure() {
    // 志愿服务时间 | 2000.5 | 2150.5 | 小时 (the 2021 template's unit column); 到位资金 | 2023.10 | 万元 under 时效
    Indicator hours = Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUANTITY).name("志愿服务时间")
        .target("2023.5").actual("2150.5").measureUnit("小时").build();
    met(EVALUATOR.judge(hours));
    Indicator money = Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.TIMELINESS).name("到位资金")
        .target("2023.10").actual("2050").measureUnit("万元").build();
    met(EVALUATOR.judge(money));
    // the same figures with no unit anywhere are the months they look like
    scoredAt(judge(Subcategory.QUANTITY, "完成时间", "2023.5", "2023.11"), LATE);
  }

  @Test
  void noMonthNoDate() {
    // 2023.13 is no month; V2023.10 a version; 2023.10 of 进度 beside a share done is no date
    undetermined(judge(Subcategory.TIMELINESS, "完成时间", "2023.13", "2023年12月"));
    undetermined(judge(Subcategory.QUALITY, "系统版本升级", "V2023.10", "V2023.12"));
    assertThat(judge(Subcategory.TIMELINESS, "建设进度", "2023.10", "完成90%").trace().rule()).isNotEqualTo("deadline");
  }

  @Test
  void datesAlreadyReadStayAsTheyWere() {
    scoredAt(judge(Subcategory.TIMELINESS, "竣工验收时间", "2023.6.30前", "2023年7月"), LATE);
    met(judge(Subcategory.TIMELINESS, "项目实施时间", "2023.01-2023.12", "2023年12月"));
    met(judge(Subcategory.TIMELINESS, "项目实施时间", "2023.3-2023.12", "2023年12月"));
    met(judge(Subcategory.TIMELINESS, "资金拨付时间", "2023.8之前", "2023年7月底"));
    met(judge(Subcategory.TIMELINESS, "项目完成时间", "2023年10月", "2023年10月15日"));
  }
}
