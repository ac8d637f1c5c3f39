package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deadline without a year (12月31日前, 年底前, 11月底前, 9月前) is in the budget year. Against an
 * actual dated the next year (2024年1月10日, 2024年2月完成) it was compared on month and day alone and
 * met (review 62b, class K), while 次年1月 and a target with its year (2023年底前) were late. When the
 * project's own texts name the year — its 实施期限, its name, its 年度目标, or its indicators' dated
 * targets — a date done in a later year is late, and the reason says which year and from where.
 * When none names one, or the period spans several years and the date is within them, nothing changes.
 */
class DeadlineInTheBudgetYearTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();
  private static final BigDecimal LATE = new BigDecimal("0.70");

  /** The verdict on the first indicator of a project with this name, 实施期限 and 年度目标 ("" when none). */
  private static IndicatorVerdict judge(String projectName, String period, String goal, String target, String actual, String... otherTargets) {
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(time("完成时间", target, actual));
    for (String other : otherTargets) {
      indicators.add(time("验收时间", other, "已完成"));
    }
    Project.Builder b = Project.builder().seq(1).name(projectName).unit("某单位").moneyUnit(MoneyUnit.WAN_YUAN).indicators(IndicatorSet.of(indicators));
    if (!period.isEmpty()) {
      b.period(period);
    }
    if (!goal.isEmpty()) {
      b.goal(goal);
    }
    return EVALUATOR.judge(b.build(), 0);
  }

  private static Indicator time(String name, String target, String actual) {
    return Indicator.builder().category(Subcategory.TIMELINESS.category()).subcategory(Subcategory.TIMELINESS).name(name).target(target).actual(actual).build();
  }

  @ParameterizedTest(name = "{0} / {1} / {2}: {3} / {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年农村公路养护工程 | '' | '' | 12月31日前 | 2024年1月10日 | 项目名称 | 2023",
        "2023年度学生资助项目 | '' | '' | 9月前 | 2024年3月 | 项目名称 | 2023",
        "2023年高标准农田建设 | '' | '' | 十一月底前 | 2024年1月 | 项目名称 | 2023",
        "2022年城市绿化养护 | '' | '' | 年内 | 2023年2月 | 项目名称 | 2022",
        "老旧小区改造项目 | 2023.01-2023.12 | '' | 年底前 | 2024年2月完成 | 实施期限 | 2023",
        "学校设备购置 | 2023年 | '' | 10月底之前 | 2024年3月完成采购 | 实施期限 | 2023",
        "环境监测 | 2023年1月-2023年12月 | '' | 12月前 | 2024年2月提交 | 实施期限 | 2023",
        "残疾人两项补贴 | '' | 2023年按时足额发放残疾人两项补贴，保障困难残疾人基本生活 | 6月30日以前 | 2024年6月 | 年度目标 | 2023",
        // a period of several years: late only after its last year
        "学校新建工程 | 2023-2025年 | '' | 12月底前 | 2026年3月 | 实施期限 | 2025",
      })
  void aDateDoneAfterTheBudgetYearIsLate(String name, String period, String goal, String target, String actual, String from, int year) {
    IndicatorVerdict v = judge(name, period, goal, target, actual);
    scoredAt(v, LATE);
    assertThat(v.trace().method()).isEqualTo("deadline-late");
    assertThat(v.trace().code()).hasValue("JX-T-0233");
    assertThat(v.trace().reason()).contains("未写年份").contains(from).contains("预算年度不晚于" + year + "年").contains("逾期");
  }

  @Test
  void anotherIndicatorsDatedTargetNamesTheYear() {
    IndicatorVerdict v = judge("农田水利设施维修", "", "", "11月底前", "2024年1月", "2023年12月底前完成验收");
    scoredAt(v, LATE);
    assertThat(v.trace().reason()).contains("指标目标值“2023年12月底前完成验收”").contains("期限不晚于2023-11");
  }

  @Test
  void aStageDoneTheNextYearIsLate() {
    IndicatorVerdict v = judge("2023年校舍维修工程", "", "", "6月底前完成招标，12月底前完成验收", "6月完成招标，2024年1月完成验收");
    scoredAt(v, LATE);
    assertThat(v.trace().code()).hasValue("JX-T-0233");
  }

  @Test
  void theReasonSaysTheYearAndItsSourceInBothLanguages() {
    IndicatorVerdict v = judge("2023年农村公路养护工程", "", "", "12月31日前", "2024年1月10日");
    assertThat(v.trace().reason())
        .isEqualTo("完成情况表明完成于2024-01-10，期限“12月31日前”未写年份；按项目名称“2023年农村公路养护工程”，预算年度不晚于2023年，期限不晚于2023-12-31 → 逾期 → 70%");
    assertThat(v.trace().withFormat(Reasons.EN).reason())
        .isEqualTo("the actual states 2024-01-10 against the deadline '12月31日前', which names no year; by the project name (项目名称) "
            + "'2023年农村公路养护工程' the budget year is 2023 at the latest, so the deadline is 2023-12-31 at the latest → late → 70%");
  }

  @ParameterizedTest(name = "{0} / {1}: {3} / {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // done in the budget year, or within a period of several years
        "残疾人两项补贴 | '' | 2023年按时足额发放残疾人两项补贴 | 6月30日以前 | 2023年6月",
        "2023年城乡医疗救助 | '' | '' | 9月之前 | 2023年8月",
        "学校新建工程 | 2023-2025年 | '' | 12月底前 | 2024年11月",
        // nothing names the year: compared as of one year, as before
        "工程建设 | '' | '' | 11月底前 | 2024年1月",
        // a deadline in the next year, by 次年 or 第二年
        "2023年农村公路养护工程 | '' | '' | 次年1月底前 | 2024年1月",
        "2023年农村公路养护工程 | '' | '' | 第二年6月底前 | 2024年5月",
        "2023年农村公路养护工程 | '' | '' | 下一年度预算编制前完成绩效评价 | 2024年3月完成",
        // funds carried over: the name's year is the one before the budget year
        "2022年结转资金项目 | '' | '' | 12月31日前 | 2023年1月10日",
      })
  void otherwiseTheDeadlineIsReadAsBefore(String name, String period, String goal, String target, String actual) {
    met(judge(name, period, goal, target, actual));
  }

  @Test
  void lateDeadlinesAlreadyReadKeepTheirReason() {
    IndicatorVerdict withYear = judge("2023年农村公路养护工程", "", "", "2023年底前", "2024年3月完成");
    scoredAt(withYear, LATE);
    assertThat(withYear.trace().code()).hasValue("JX-T-0232");
    IndicatorVerdict nextYear = judge("2023年农村公路养护工程", "", "", "12月底前", "次年1月");
    scoredAt(nextYear, LATE);
    assertThat(nextYear.trace().reason()).isEqualTo("完成情况表明完成于次年1月，期限为“12月底前”（12）→ 逾期 → 70%");
    IndicatorVerdict sameYearLate = judge("2023年城乡医疗救助", "", "", "9月之前", "2023年10月");
    scoredAt(sameYearLate, LATE);
    assertThat(sameYearLate.trace().code()).hasValue("JX-T-0232");
  }
}
