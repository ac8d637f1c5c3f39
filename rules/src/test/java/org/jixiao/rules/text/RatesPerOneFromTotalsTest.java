package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.scoredNearByDivision;
import static org.jixiao.rules.text.Judged.undetermined;
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
 * A rate per one the target or the name asks (元/平方米, 万元/公里, 户均, 人均…学时) is made of the one total and the one count
 * of whom the cell gives, as a reader divides (review 75a: 完成投资516.6万元，改造面积1.23万平方米 under ≤400元/平方米 read the
 * total, 5166000 元, and scored 0). A total never answers such a rate by itself where a count of whom stands beside it.
 */
class RatesPerOneFromTotalsTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "校舍维修单位成本 | ≤500元/平方米 | 维修校舍面积6,000平方米，完成投资330万元 | 0.9", // 550 元/平方米: 1 − 50 / 500
        "农村公路养护补助 | ≥4万元/公里 | 拨付养护资金360万元，养护里程100公里 | 0.9", // 3.6 万元/公里
        "户均发放金额 | ≥2000元/户 | 向450户发放补助资金81万元 | 0.9", // 1800 元/户
        "人均培训学时 | ≥40学时 | 参训人员150名，累计完成培训5,400学时 | 0.9", // 36 学时, per 人 from the name
        "高标准农田建设亩均投入 | ≥1500元/亩 | 建成高标准农田2万亩，完成投资3,000万元 | 1", // 1500 元/亩
        "每公顷造林成本 | ≤0.9万元/公顷 | 完成造林120公顷，支出资金108万元 | 1", // 0.9 万元/公顷
        "生均公用经费 | ≥700元/生·年 | 下达公用经费126万元，在校学生2,000人 | 0.9", // 630 元/生
        "人均培训成本 | ≤1200元/人 | 培训支出30万元，培训学员250人，共计500人次 | 1", // 1200 元/人, not per 人次
        "污水处理单位成本 | ≤1.2元/吨 | 全年处理污水150万吨，运行费用198万元 | 0.9", // 1.32 元/吨
      })
  void aRatePerOneIsTheTotalOverTheCount(String name, String target, String actual, BigDecimal fraction) {
    scoredNearByDivision(judge(Subcategory.COST, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每平方米建设成本 | ≤3000元/平方米 | 建设面积1,500平方米，项目批复概算480万元", // a plan, not spent
        "人均增收 | ≥2000元 | 带动村集体经济增收30万元，受益群众150人", // the collective's income
        "人均参训学时 | ≥20学时 | 开设课程8门，累计授课64学时，参训学员90人", // hours taught, each trainee sat through them
        "户均补助 | ≥1万元/户 | 省级资金30万元、县级配套10万元，补助困难户40户", // two totals: which over the households is not said
        "单位面积保洁成本 | ≤10元/平方米·年 | 保洁面积30万平方米，月均支出保洁经费25万元", // a month's, no year's total
      })
  void noRateIsMadeOfAPlanAnotherOnesTotalOrTwoTotals(String name, String target, String actual) {
    undetermined(judge(Subcategory.COST, name, target, actual), "JX-T-0508");
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "户均补助金额 | ≥1000元/户 | 惠及农户300户，户均补助1,200元，共计36万元 | 1", // the cell's own rate answers
        "人均培训学时 | ≥30学时 | 人均培训32学时 | 1",
        // each village asked: an average tells not, so no rate is made (what the total is then compared with is not this
        // test's: 15 名 is read against ≥ 1 名/村 as met, a verdict left open)
        "每村配备保洁员人数 | ≥1名/村 | 全镇12个村配备保洁员15名 | no rate made",
      })
  void aRateTheCellStatesAnswersAndACountPerOneIsNotAveraged(String name, String target, String actual, String expected) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    if (expected.equals("no rate made")) {
      assertThat(v.trace().reason()).doesNotContain(" / ");
    } else {
      scoredNear(v, new BigDecimal(expected));
      assertThat(v.trace().reason()).doesNotContain(" / ");
    }
  }

  @Test
  void aRateOfAnotherWhomAnswersNot() {
    undetermined(judge(Subcategory.ECONOMIC, "人均增收", "≥1500元", "带动脱贫户80户增收，户均增收2,000元"));
    undetermined(judge(Subcategory.ECONOMIC, "户均增收", "≥3000元/户", "参与群众人均增收1,800元"));
  }

  @ParameterizedTest(name = "{0} | {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥3000延米 | 完成管网改造2.7公里 | 0.9", // 延米 is a 米 of length
        "≥2公里 | 铺设管道2,200延米 | 1",
        "≥5000立方米 | 清运建筑垃圾4500方 | 0.9", // 方 is a 立方米
        "≥1,000吨 | 900t | 0.9",
      })
  void lengthsVolumesAndWeightsInTheirOtherSpellingsConvert(String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, "", target, actual), fraction);
  }

  @Test
  void theRateIsTheTotalOverTheCountWhereverItFalls() {
    qt().forAll(integers().between(1, 5000), integers().between(1, 900), integers().between(50, 3000)).checkAssert((area, yuanPer, ceiling) -> {
          long total = (long) area * yuanPer; // 元, so the rate is a whole yuanPer
          IndicatorVerdict v = judge(Subcategory.COST, "单位面积改造成本", "≤" + ceiling + "元/平方米", "改造面积" + area + "平方米，完成投资" + total + "元");
          BigDecimal over = BigDecimal.valueOf(yuanPer - ceiling).divide(BigDecimal.valueOf(ceiling), 10, RoundingMode.HALF_UP);
          BigDecimal expected = yuanPer <= ceiling ? BigDecimal.ONE : BigDecimal.ONE.subtract(over).max(BigDecimal.ZERO);
          scoredNear(v, expected.setScale(4, RoundingMode.HALF_UP));
        });
  }
}
