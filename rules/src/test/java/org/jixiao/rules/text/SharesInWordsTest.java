package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shares written in words, as prose reports write them (百分之九十五, 百分之百, 千分之二, 三分之二, 九成): they held
 * no figure, so 满意度达到百分之九十五 was undetermined, and 完成年度任务的三分之二 read as 完成, met in full.
 */
class SharesInWordsTest {

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SERVED_SATISFACTION | ≥90% | 满意度达到百分之九十五 | 1",
        "SERVED_SATISFACTION | ≥百分之九十 | 百分之八十一 | 0.9",
        "QUANTITY | ≥95% | 覆盖率百分之百 | 1",
        "QUANTITY | 100% | 完成年度任务的三分之二 | 0.6667",
        "QUANTITY | ≥80% | 二分之一完成 | 0.625", // 二分之一以上 against it is a least below the floor (UnsettledBoundsTest)
        "QUANTITY | ≥50% | 二分之一以上完成 | 1",
        "QUANTITY | ≥三分之二 | 完成四分之三 | 1",
        "QUALITY | ≤千分之三 | 差错率千分之二 | 1",
        "COST | 100% | 执行了十分之九 | 0.9",
        // review 55b: a target that asks no percent, a worded target, a spread cell
        "QUANTITY | ≥10个 | 完成计划的百分之八十 | 0.8",
        "SERVED_SATISFACTION | ≥ 百 分 之 九 十 | 满 意 度 百 分 之 九 十 五 | 1",
        "QUANTITY | 100% | 完 成 三 分 之 二 | 0.6667",
        // review 55c: after a list number
        "SERVED_SATISFACTION | ≥90% | 1.百分之九十五 | 1",
        // review 73a: tenths (成) held no figure; 完成…的九成 read as 完成, met in full
        "QUANTITY | ≥50% | 三成 | 0.6",
        "QUANTITY | 100% | 完成全年计划任务的九成 | 0.9",
        "QUALITY | ≥90% | 九成以上 | 1",
        "QUALITY | ≤30% | 四成 | 0.6666666666666666666666666666666667",
        "SERVED_SATISFACTION | ≥90% | 满意度达九成五 | 1",
        "QUALITY | ≥98% | 抽检合格率九成九 | 1", // review 73e: read 90 % at first, a digit of hundredths left out
        // session 78: tenths of people named by a word that opens with a word of 成 (成员, 成人): it read 满意, met in full
        "SERVED_SATISFACTION | ≥95% | 九成员工表示满意 | 0.9473684210526315789473684210526316", // 90 / 95
        "SERVED_SATISFACTION | ≥95% | 九成人员表示满意 | 0.9473684210526315789473684210526316", // 90 / 95
      })
  void aShareInWordsIsItsFigure(Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 73a: how many answered a survey says nothing of how many were satisfied
        "服务对象满意度 | ≥90% | 发放问卷千余份，回收率九成以上",
        "群众满意度 | ≥90% | 发放问卷1000份，回收率92%",
      })
  void aSurveysReturnIsNoSatisfaction(String name, String target, String actual) {
    Judged.undetermined(judge(Subcategory.SERVED_SATISFACTION, name, target, actual), "JX-T-0504");
    assertThat(judge(Subcategory.SERVED_SATISFACTION, name, target, actual + "，满意率95%").fraction()).contains(BigDecimal.ONE);
  }

  @org.junit.jupiter.api.Test
  void theSatisfactionBesideASurveysReturnAnswers() {
    // review 73e: 九成三 read as 90 %, and the return rate beside it tied with it
    Judged.scoredNear(judge(Subcategory.SERVED_SATISFACTION, "患者满意度", "≥95%", "满意率九成三，问卷回收率九成八"), new BigDecimal("0.9789"));
  }
}
