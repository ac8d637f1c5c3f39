package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure said of each one of a counted set is read as the set's total (review 74a: 全区5个街道各举办2场 under ≥10场 read
 * 2 场, 20 %): the set is a figure whose measure word 每 repeats, the figure right before 各, or names joined by 、 before
 * 各, and the reason shows the product.
 */
class EachTimesTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "防诈骗宣传讲座场次 | ≥10场 | 全区5个街道各举办2场 | 1",
        "创业培训人数 | ≥150人 | 共举办三批次，每批次40人 | 0.8", // 3 × 40 / 150
        "创业培训人数 | ≥150人 | 举办培训3批次，每批40人 | 0.8",
        "防溺水宣传活动次数 | ≥20次 | 覆盖8个乡镇，每个乡镇开展两次 | 0.8", // 8 × 2 / 20
        "就业技能培训人数 | ≥200人 | 开展培训12期，每期不少于20人 | 1",
        "招聘会场次 | ≥4场 | 春季、秋季招聘会各两场 | 1",
        "法治宣传活动场次 | 不少于5场 | 开展法律进乡村、进校园、进企业、进社区、进机关活动各1场 | 1",
        "图书配送册数 | ≥1.5万册 | 为20个农家书屋配送图书，每个书屋600册 | 0.8", // 20 × 600 / 15000
        // review 75a: 每 and the last character of the set's noun (每镇 after 15个乡镇)
        "宣传资料发放数量 | ≥10000份 | 全县12个乡镇每镇发放500份 | 0.6", // 12 × 500 / 10000
        "保洁员配备人数 | ≥40名 | 全镇12个行政村，每村配备3名保洁员 | 0.9", // 36 / 40
        "校园安全讲座场次 | ≥20场 | 辖区8所学校每校开展2场 | 0.8", // 8 × 2 / 20
        // review 74a: an amount per one of a measure, under a total amount (8000 亩 × 300 元/亩)
        "耕地地力补贴发放金额 | ≥300万元 | 按每亩120元标准补贴2万亩 | 0.8", // 240 万元 / 300 万元
        "困难群众补助金额 | ≥50万元 | 为1200户每户补助500元 | 1", // 1200 × 500 = 60 万元
        // an average per one (户均, 人均, 生均; 平均 after one count) under a total amount: the amount per one of the measure
        "带动农户增收总额 | ≥60万元 | 户均增收1,200元，共惠及520户 | 1", // 520 × 1200 = 62.4 万元
        "发放补贴资金 | ≥80万元 | 为420名老人发放补贴，人均1500元 | 0.7875", // 63 / 80
        "学生资助资金 | ≥150万元 | 资助学生800人，生均1500元 | 0.8", // 120 / 150
        "困难户补助资金 | ≥100万元 | 补助600户，平均1500元 | 0.9", // 90 / 100
        // a run of quarters or months before 各: each of them (a part of the year, which settles a floor it meets)
        "信息公开期数 | ≥3期 | 一至三季度各发布1期 | 1", // 3 quarters × 1
        "安全巡查次数 | ≥12次 | 1-6月各开展2次 | 1", // 6 months × 2
        "专项督查次数 | ≥4次 | 第一至四季度各开展1次督查 | 1",
      })
  void aFigureOfEachOneOfASetIsTheSetsTotal(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).contains(" × ");
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每期参训人数 | 每期≥50人 | 开展培训12期，每期60人 | 1", // the target asks the figure of one
        "乡镇演出场次 | 5个乡镇各≥4场 | 5个乡镇各演出4场 | 1",
        "宣传次数 | ≥12次 | 各类宣传活动12次 | 1", // 各类: no set counted
        "巡查次数 | ≥12次 | 每月巡查1次 | 1", // a period, restated over the year, not a set
        "慰问户数 | ≥100户 | 走访慰问困难群众120户，每户发放慰问金500元 | 1", // money per household is no count
        "培训人数 | ≥40人 | 举办培训2期，每人发放资料30份，参训45人 | 1", // 每人 repeats no noun of the set
        "走访户数 | ≥100户 | 走访12个村，每户发放宣传册1份，共走访120户 | 1", // 户 is no end of 村
        "亩均补贴标准 | ≥100元/亩 | 按每亩120元标准补贴2万亩 | 1", // the target is per one: the amount per 亩 answers
        "专项巡查次数 | ≥1次 | 3月各开展1次巡查 | 1", // one month before 各 is no set
        "户均增收 | ≥1000元 | 带动520户，户均增收1200元 | 1", // the name asks the average
        "补助资金 | ≥0.1万元 | 补助600户、300人，平均1500元 | 1", // 平均 after two counts: of which, unsaid
      })
  void aFigureOfOneIsLeftAloneWhereNoSetIsCountedOrTheTargetAsksOne(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).doesNotContain(" × ");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "信息公开期数 | ≥4期 | 一至三季度各发布1期", // 3 in 1—9月: the fourth quarter may bring the fourth
        "安全巡查次数 | ≥12次 | 1-6月各开展1次",
        "联合检查次数 | ≥16次 | 1—3月各检查2次，7—9月各检查2次", // 12 in 1—3月 and 7—9月
      })
  void aRunOfPeriodsShortOfTheYearsFloorIsOnlyPartOfTheYear(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.fraction()).isEmpty();
    assertThat(v.trace().code()).contains("JX-T-0509");
  }

  @Test
  void runsOfMonthsApartAreAddedAsPartsOfTheYear() {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "联合检查次数", "≥10次", "1—3月各检查2次，7—9月各检查2次");
    scoredNear(v, BigDecimal.ONE);
    assertThat(v.trace().reason()).contains("6 次 + 6 次");
  }

  @Test
  void theTotalIsTheSetTimesTheFigureOfOne() {
    qt().forAll(integers().between(2, 60), integers().between(1, 200), integers().between(1, 5000)).checkAssert((set, each, floor) -> {
          IndicatorVerdict v = judge(Subcategory.QUANTITY, "培训人数", "≥" + floor + "人", "共举办" + set + "期，每期" + each + "人");
          BigDecimal total = BigDecimal.valueOf((long) set * each);
          BigDecimal expected = total.compareTo(BigDecimal.valueOf(floor)) >= 0
              ? BigDecimal.ONE
              : total.divide(BigDecimal.valueOf(floor), 4, RoundingMode.HALF_UP);
          scoredNear(v, expected);
        });
  }
}
