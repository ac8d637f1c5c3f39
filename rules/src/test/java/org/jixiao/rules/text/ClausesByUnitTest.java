package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A target of clauses joined by commas, each with a figure in a unit of its own (完成1部宣传片，2套方案;
 * 培训2期，培训人数100人), is scored clause by clause against the actual's figure of each unit. Read
 * whole, only its first figure was compared: 完成1部宣传片，1套方案 met it in full.
 */
class ClausesByUnitTest {

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "完成1部宣传片，2套方案 | 完成1部宣传片，1套方案 | 0.75",
        "完成1部宣传片，2套方案 | 完成0部宣传片，2套方案 | 0.5",
        "宣传片1部，方案2套 | 宣传片1部，方案1套 | 0.75",
        "培训2期，培训人数100人 | 培训2期，培训人数80人 | 0.9",
        "覆盖率95%，覆盖200户 | 覆盖率96%，覆盖190户 | 0.975",
        "人数93人，场次36场 | 人数93人，场次18场 | 0.75",
      })
  void eachClauseIsAnsweredByTheFigureOfItsUnit(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
    assertThat(v.trace().rule()).as(v.trace().reason()).isEqualTo("sub-targets");
    assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a clause that qualifies the one before
        "全年3次，每次不少于50人 | 开展3次，共150人",
        "培训100人，其中女性40人 | 培训100人，女性30人",
        // the actual answers one clause only: the cell is read whole
        "培训2期，100人次 | 培训120人次",
        "培训2期，100人次 | 培训2期，完成",
        // the actual states a unit per item, or twice, or the clause asks per item
        "组织宣讲20场，覆盖群众5000人次 | 组织宣讲22场，每场平均覆盖250人次",
        "改造危房100户，补助资金200万元 | 改造危房100户，户均补助2万元",
        "设立公益岗位100个，全年补贴180万元 | 设立公益岗位100个，每人每月补贴1500元",
        "开展文艺演出30场，观众1万人次 | 开展文艺演出32场，单场观众300余人次",
        "覆盖10个村，培训100人 | 覆盖3个脱贫村和7个非脱贫村，培训100人",
        "采购设备10台，单价不超过5000元 | 采购设备10台，总价4.5万元",
        "改造危房100户，补助资金200万元 | 改造危房100户，补助标准2万元",
        "种植水稻1000亩，产量500吨 | 种植水稻1050亩，亩产550公斤",
        "建设村级文化广场10个，配备健身器材10套 | 建成村级文化广场10个，各配备健身器材1套",
        "新建村卫生室5个，面积500平方米 | 新建村卫生室5个，面积不少于100平方米",
        "组织培训10场，培训1000人次 | 组织培训10场，场次人数100人次",
        // a length, a budget or money, which as often is a budget, is no floor
        "资金50万元，惠及200户 | 发放资金50万元，惠及180户",
        "建设站点3个，总投资120万元 | 建成站点3个，实际投资98万元",
        "建设标准化厂房2栋，建设周期6个月 | 建成标准化厂房2栋，建设周期5个月",
        "采购设备20台，预算10万元 | 采购设备20台，支出9.2万元",
        // the actual's clause speaks of something else
        "举办培训5期，培训学员300人 | 举办培训5期，聘请讲师12人",
        // a clause without a figure, or of a date
        "完成100人培训，12月底前完成 | 培训100人，11月完成",
        "培训100人，提升技能 | 培训100人，技能提升",
      })
  void aCellThatIsNoListOfUnitsIsReadWhole(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
    assertThat(v.trace().rule()).as(v.trace().reason()).isNotEqualTo("sub-targets");
  }

  @Test
  void theMeanOfTheClausesIsWhatEachUnitEarns() {
    qt().forAll(integers().between(1, 500), integers().between(0, 500), integers().between(1, 50), integers().between(0, 50))
        .checkAssert(
            (people, trained, sessions, held) -> {
              IndicatorVerdict v = judge(Subcategory.QUANTITY, "", "培训" + people + "人，举办" + sessions + "期", "培训" + trained + "人，举办" + held + "期");
              assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
              BigDecimal expected = share(trained, people).add(share(held, sessions)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
              assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(expected);
            });
  }

  private static BigDecimal share(int done, int asked) {
    return done >= asked ? BigDecimal.ONE : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(asked), 10, RoundingMode.HALF_UP);
  }
}
