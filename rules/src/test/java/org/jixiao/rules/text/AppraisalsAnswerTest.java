package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Messages;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An appraisal (良好, 较好, 优秀, 一般) grades how well the work went; it does not say whether a
 * figure the target asks for was reached. The corpus's P2038 (龙岗 2019, 招聘(选聘): 投诉有效处置反馈率
 * 100% / 良好) was 85 % by the word 良好 where a careful evaluator cannot tell.
 */
class AppraisalsAnswerTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "投诉率低于上年度水平,投诉有效处置反馈率100%。 | 良好", // P2038
        "招考(选聘)工作满意度≥90% | 良好", // the same project's goal, item 5
        "≥95% | 良好。",
        "培训500人次 | 较好",
        "验收合格率100% | 优秀",
        "完成率≥90% | 优良",
        "≥90% | 一般", // fair: 70 % by its band before
        "系统运行率≥95% | 系统运行良好", // the appraisal of the work, not only the whole cell
        "发放补贴1200万元 | 发放工作开展较好",
      })
  void anAppraisalDoesNotAnswerAFigure(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.trace().code()).contains("JX-T-0230");
    assertThat(v.trace().method()).isEqualTo("appraisal-only");
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "机构对我们的安全整改建议普遍接受，配合整改。 | 良好 | 0.85", // P2016: a target of words
        "满意度较高 | 良好 | 0.85", // a degree asked in words: 良好 is read by its band
        "加强宣传 | 一般 | 0.70",
        "≥90% | 较差 | 0.30", // went poorly: a shortfall, scored by its band
        "全年完成组织2批次招考,共招聘92人。 | 完成 | 1", // completion answers a figure (P2033)
        "培训500人次 | 完成较好 | 0.90", // 完成 among the words: no appraisal alone
        "培训500人次 | 工作完成良好 | 0.85",
        "验收合格率100% | 合格 | 1", // a pass, not an appraisal
        "完成率100% | 达标 | 1",
        "得分≥90分 | 优 | 1", // single-character grades can be the score's own grade
        // an appraisal before a noun describes something else (the corpus's P2123: a known limit of
        // its own, not this rule's to decide)
        "拟定5个竞赛项目 | 形成苦练技能良好向上的竞技氛围 | 0.85",
        "认定不超过10名龙岗工匠 | 营造崇尚技能、尊重技能人才的良好氛围。 | 0.85",
      })
  void otherWordsAndOtherTargetsAreReadAsBefore(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @Test
  void aFigureStatedBesideTheAppraisalStillDecides() {
    met(judge(Subcategory.QUALITY, "", "服务对象满意度≥90%", "良好，满意度达96%"));
  }

  @Test
  void theReasonNamesTheAppraisalAndTheTargetInBothLanguages() {
    IndicatorVerdict v = judge(Subcategory.SERVED_SATISFACTION, "", "投诉有效处置反馈率100%", "良好");
    assertThat(v.trace().reason())
        .isEqualTo("目标“投诉有效处置反馈率100%”要求达到一个数值，完成情况“良好”只有对工作的评价（良好），没有说明这一数值是否达到，无法判定");
    assertThat(Messages.render(v.trace().code().orElseThrow(), v.trace().args(), Locale.ENGLISH).orElseThrow())
        .isEqualTo("the target '投诉有效处置反馈率100%' asks for a figure; the actual '良好' only appraises the work (良好) and does not say"
            + " whether that figure was reached: undetermined");
  }
}
