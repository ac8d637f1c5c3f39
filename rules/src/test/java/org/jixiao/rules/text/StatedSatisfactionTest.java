package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/** A satisfaction rate against a satisfaction target that states no figure (满意度较高 / 满意度达98%): audit s28. */
class StatedSatisfactionTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  @Test
  void aSatisfactionRateMeetsASatisfactionTargetWithoutAFigure() {
    met(judge(Subcategory.SERVED_SATISFACTION, "", "龙岗区机关事业单位对聘员信息管理系统运行的满意度较高。",
        "龙岗区机关事业单位对聘员信息管理系统运行的满意度达98%。"));
    met(judge(Subcategory.SERVED_SATISFACTION, "", "结案满意度", "仲裁、调解案件结案满意度达90%以上"));
    met(judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "", "群众满意度为96.5%"));
  }

  @Test
  void aBareRateIsTheRateTheNameNames() {
    // review 62b: 服务对象满意度 | 较高 | 95% was undetermined, where 满意度达95% met it
    met(judge(Subcategory.SERVED_SATISFACTION, "服务对象满意度", "较高", "95%"));
    met(judge(Subcategory.SERVED_SATISFACTION, "学生满意度", "满意", "96.5%"));
    met(judge(Subcategory.SERVED_SATISFACTION, "满意度", "较高", "96%以上"));
    met(judge(Subcategory.SERVED_SATISFACTION, "群众满意度(%)", "满意度高", "≥93%"));
  }

  @Test
  void aBareRateUnderAnotherNameOrBelowTheFloorIsLeftUndetermined() {
    // the name measures a coverage of surveys, not the satisfaction
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "满意度调查覆盖率", "较高", "95%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    // more than the rate: which rate it is, is not said
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "较高", "回访率95%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "较高", "85%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    // review 62d: a rate of dissatisfaction; a floor in the name's brackets; a floor or more asked in words; no rate
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "群众不满意率", "较低", "96%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "受助对象满意度(≥95%)", "满意", "91%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    // 九成五 was no figure, so a floor asked in words; review 73a: tenths are a share, and 92 % is short of 95 %
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "满意度达九成五以上", "92%").fraction().orElseThrow())
        .isEqualByComparingTo(new BigDecimal("92").divide(new BigDecimal("95"), java.math.MathContext.DECIMAL128));
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "全部满意", "92%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "较上年提高", "93%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "较高", "195%").outcome()).isEqualTo(Outcome.UNDETERMINED);
  }

  @Test
  void aLowOrForeignRateAgainstASatisfactionTargetWithoutAFigureIsLeftUndetermined() {
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "", "满意度较高", "满意度达80%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "", "满意度较高", "投诉办结率98%").outcome()).isEqualTo(Outcome.UNDETERMINED);
    // a target with a figure is compared as a figure: 80 % of ≥95 %
    IndicatorVerdict figure = judge(Subcategory.SERVED_SATISFACTION, "", "满意度≥95%", "满意度达80%");
    assertThat(figure.fraction().orElseThrow()).isLessThan(BigDecimal.ONE);
  }

  @Test
  void theLeastSatisfyingRateIsTheProfilesSetting() {
    org.jixiao.rules.Profile strict = org.jixiao.rules.Profiles.defaultProfile().toBuilder().id("strict").satisfiedAt(new BigDecimal("0.95")).build();
    Evaluator e = Evaluator.builder().profile(strict).build();
    Indicator i = Indicator.builder().category(Category.SATISFACTION).subcategory(Subcategory.SERVED_SATISFACTION)
        .target("满意度较高").actual("满意度达92%").build();
    assertThat(e.judge(i).outcome()).isEqualTo(Outcome.UNDETERMINED);
    met(EVALUATOR.judge(i));
  }
}
