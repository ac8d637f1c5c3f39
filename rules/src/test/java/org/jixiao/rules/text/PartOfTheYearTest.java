package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of part of the year under a target of the year (review 75b): a count or a sum of a part that ends before
 * December settles only a floor it already meets; a share or an average of a part is not the year's at all. Parts that
 * make the year (前三季度 and 四季度; three quarters and 四季度：无) are added, and the year's figure answers before a month's.
 */
class PartOfTheYearTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "农村危房改造户数 | 全年改造≥200户 | 截至9月底已完成改造150户", // may grow in the last quarter
        "就业培训人次 | 全年≥2,000人次 | 1—10月累计培训1,650人次",
        "年度运行费用 | 全年控制在80万元以内 | 1至11月支出72万元", // a ceiling kept so far may still be passed
        "群众满意度 | 全年≥90% | 上半年满意度测评95%", // a share of part of the year
        "地表水优良水体比例 | 本年度≥85% | 汛期（6—9月）优良比例80%",
        "平均办结时间 | 全年平均≤5个工作日 | 第四季度平均办结时间3个工作日",
      })
  void aPartOfTheYearSettlesNothingItDoesNotAlreadyMeet(String name, String target, String actual) {
    undetermined(judge(Subcategory.QUANTITY, name, target, actual), "JX-T-0509");
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "就业培训人次 | 全年≥1,500人次 | 1—10月累计培训1,650人次 | 1", // a floor met in part is met
        "较大事故起数 | 全年≤2起 | 1—9月发生较大事故3起 | 0.5", // a ceiling passed in part is passed: 1 − (3 − 2) / 2
        "验收项目数 | 2023年验收≥40个 | 截至11月底已验收36个，剩余4个预计次年1月完成 | 0.9", // the rest said pending: 36 / 40
        "培训期数 | 全年≥12期 | 1—10月举办9期，11—12月因场地维修暂停 | 0.75", // the rest of the year said to have none: 9 / 12
        "服务人次 | 全年≥1万人次 | 前三季度7,600人次，四季度2,900人次 | 1", // the parts make the year: 10,500 ≥ 10,000
        "督导检查次数 | 全年4次 | 一季度1次、二季度1次、三季度1次，四季度：无 | 0.75", // 3 / 4
        "义诊服务人次 | 全年≥150人次 | 一季度52人次，二季度61人次，三季度48人次 | 1", // three quarters already reach the floor: 161 ≥ 150
        "热线工单受理量 | 全年≥3000件 | 12月受理260件；1—12月累计受理2,850件 | 0.95", // the year's before the month's: 2,850 / 3,000
        "PM2.5年均浓度 | ≤35微克/立方米 | 全年均值33微克/立方米，采暖季（1—3月、11—12月）均值52微克/立方米 | 1", // the year's 33 ≤ 35
        "项目完成时间 | 2023年12月底前完成 | 截至12月底已全部完成 | 1", // a deadline at the year's end is no part
      })
  void theYearsFigureOrPartsThatMakeItAnswer(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @Test
  void aFloorIsSettledByAPartOnlyWhenThePartMeetsIt() {
    qt().forAll(integers().between(1, 11), integers().between(1, 5000), integers().between(1, 5000)).checkAssert((month, done, floor) -> {
          IndicatorVerdict v = judge(Subcategory.QUANTITY, "培训人次", "全年≥" + floor + "人次", "1—" + month + "月累计培训" + done + "人次");
          if (done >= floor) {
            assertThat(v.fraction()).as(v.trace().reason()).contains(BigDecimal.ONE.setScale(v.fraction().orElseThrow().scale()));
          } else {
            assertThat(v.trace().code()).as(v.trace().reason()).contains("JX-T-0509");
          }
        });
  }
}
