package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Messages;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An appraisal (良好, 较好, 优秀, 优良) grades how well the work went, and a degree (显著提升, 效果明显,
 * 满意度较高) how far it went; neither says whether a figure the target sets was met. The corpus's P2038 (龙岗 2019, 招聘(选聘): 投诉有效处置反馈率
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
        "≥95% | 良好的",
        "≥95% | 良好以上",
        "≥95% | 良好——",
        "≥95% | 較好", // traditional characters
        "培训500人次 | 较好",
        "验收合格率100% | 优秀",
        "完成率≥90% | 优良",
        "系统运行率≥95% | 系统运行良好", // said of the work in general
        "满意度≥90% | 满意度较好", // a word of the vocabulary that is an appraisal of satisfaction
        "满意度≥90% | 群众评价良好",
        "成本控制在50万元以内 | 良好", // a ceiling is a figure set too
        "投诉不超过3起 | 效果良好",
        // review 50d: any short subject of the work, a grade named in a rate, a length asked at least
        "≥95% | 群众满意度良好",
        "≥95% | 设备运行良好",
        "≥95% | 实施情况良好",
        "空气质量优良天数比例≥85% | 良好",
        "优秀率≥20% | 良好",
        "营造良好氛围，参与人数≥500人 | 良好",
        "培训不少于5天 | 良好",
        // degrees of a change state no figure either: at a clause's end, before a verb of change
        "≥95% | 效果显著",
        "验收合格率≥95% | 效果显著。",
        "≥95% | 显著提升",
        "服务对象满意度≥90% | 满意度较高",
        "覆盖率≥90% | 成效较高",
        "就业率提高5% | 明显提高",
        "培训不少于200人 | 大幅提升",
        "投诉率≤5% | 投诉率明显下降",
        "≥95% | 取得明显成效",
        "群众生产生活条件改善率≥90% | 群众生产生活条件显著改善",
        // review 51: an object or a word of result after it, 了, a rate said to be high
        "就业率提高5% | 显著提高就业率",
        "≥95% | 明显提升服务水平",
        "满意度≥90% | 满意度保持较高水平",
        "≥95% | 取得良好效果",
        "≥95% | 取得明显成效",
        "就业率提高5% | 明显提升了",
        "≥95% | 明显好转",
        "满意度≥90% | 满意度高",
        "满意度≥90% | 群众满意度高",
        "确保全区30个社区群众生活条件明显改善 | 群众生活条件明显改善", // one clause: the figure is its own
      })
  void anAppraisalAloneDoesNotAnswerAFigure(String target, String actual) {
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
        "满意度较高 | 良好 | 0.85", // a degree asked in words: read by the band
        "≥90% | 一般 | 0.70", // fair states a shortfall: its band, not a rescaled row scoring more
        "≥90% | 较差 | 0.30",
        "全年完成组织2批次招考,共招聘92人。 | 完成 | 1", // completion answers a figure (P2033)
        "培训500人次 | 完成较好 | 0.90",
        "培训500人次 | 工作完成良好 | 0.85", // 完成 among the words
        "验收合格率100% | 合格 | 1", // a pass, not an appraisal
        "完成率100% | 达标 | 1",
        "提升服务质量 | 明显提升 | 1", // a degree asked in words: read by its band
        "显著提升 | 显著提升 | 1",
        "落实率100% | 有效落实 | 0.90", // 有效 with a verb states the act done: 有效落实 answers as 已落实 does
        "保障率100% | 有效保障 | 0.90",
        "减轻群众负担10% | 有效减轻群众负担 | 0.90",
        "资料真实有效率100% | 真实有效 | 0.90", // 有效 is "valid" as often as "effective": a pass
        "≥95% | 有效 | 0.90",
        "≥95% | 较好落实 | 0.85", // a grade before a verb of doing
        "≥95% | 营造了良好氛围 | 0.85", // a grade of something else
        "满意度≥90% | 高 | 1", // a single-character grade may be the figure's own grade on a form graded so
        // review 51: the figure is in another clause of the target, whose words the actual answers
        "投入资金50万元，改善群众居住条件 | 居住条件明显改善 | 1",
        "惠及群众1000人，群众生活水平明显提高 | 群众生活水平明显提高 | 1",
        "满意度≥90%，服务质量明显提升 | 服务质量明显提升 | 1",
        // the target defines the grade it asks by its figure in brackets
        "较高（≥85%） | 较高 | 1",
        "显著（提高10%以上） | 显著 | 1",
        // 无 denies the degree right after it (review 51: read as 明显提升, met in full)
        "就业率提高5% | 无明显提升 | 0.30",
        "提高就业率 | 无明显提升 | 0.30",
        // not before a change whose direction may be the aim (review 51b)
        "保持稳定 | 满意度无明显下降 | 1",
        "投诉量不增加 | 投诉量无明显增加 | 1",
        "≥95% | 基本提升 | 0.80", // the band's bottom: 基本, 有所, 一般 are kept as they are
        "≥95% | 有所提升 | 0.70",
        "评分≥80分 | 较高 | 0.90", // a score asked is answered by a degree, as by a grade
        "≥95% | 群众满意度在本次调查中总体较高 | 0.90", // a subject longer than a short one: prose
        "投诉有效处置反馈率100% | 全部反馈，效果良好 | 0.85", // more than an appraisal
        // a score or a grade asked is answered by a grade
        "得分≥90分 | 优 | 1",
        "得分≥90分 | 优秀 | 1",
        "良好（≥80分） | 良好 | 1",
        "达到良好等级，得分≥80分 | 良好 | 1",
        // a figure that is part of a name is no figure asked
        "贯彻十九大精神 | 良好 | 0.85",
        "落实“三重一大”制度 | 良好 | 0.85",
        "开展“3·15”消费者权益日宣传 | 良好 | 0.85",
        "落实12345热线工单办理 | 良好 | 0.85",
        "一户一档 | 良好 | 0.85",
        // an appraisal before a noun describes something else (P2123, a known limit of its own)
        "拟定5个竞赛项目 | 形成苦练技能良好向上的竞技氛围 | 0.85",
        "认定不超过10名龙岗工匠 | 营造崇尚技能、尊重技能人才的良好氛围。 | 0.85",
      })
  void otherWordsAndOtherTargetsAreReadAsBefore(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  /** Time limits and counts beside a word of time are left to the words, in a 时效 row or not. */
  @ParameterizedTest(name = "{0} / 良好")
  @CsvSource({"12月底前", "3个月内完成", "1-6期培训结束后及时考核", "5个工作日内办结", "全年完成组织2批次招考,共招聘92人。"})
  void aTimeLimitIsLeftToItsWords(String target) {
    for (Subcategory sub : List.of(Subcategory.TIMELINESS, Subcategory.QUALITY)) {
      IndicatorVerdict v = judge(sub, "", target, "良好");
      assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
      assertThat(v.fraction().orElseThrow()).isEqualByComparingTo("0.85");
    }
  }

  /** Review 50d: the row does not decide; a rate in a 时效 row is a figure set as anywhere else. */
  @Test
  void aRateInATimeRowIsAFigureSet() {
    for (Subcategory sub : List.of(Subcategory.TIMELINESS, Subcategory.QUALITY)) {
      assertThat(judge(sub, "", "及时率≥95%", "良好").outcome()).isEqualTo(Outcome.UNDETERMINED);
    }
  }

  /** A sub-target is judged by its own target, not the first figure of the whole list (the bench pool's 83 rows). */
  @Test
  void aSubTargetIsJudgedByItsOwnTarget() {
    IndicatorVerdict deadline = judge(Subcategory.SOCIAL, "", "1、零投诉;2、完成四期培训;3、群众满意度较高;4、6月前完成",
        "1、共234台参加;2、未完成;3、完成较好;4、良好");
    assertThat(deadline.trace().reason()).contains("4 → 85%");
    IndicatorVerdict rate = judge(Subcategory.QUALITY, "", "1.培训500人次；2.满意度≥90%", "1.完成；2.良好");
    assertThat(rate.trace().reason()).contains("1 → 100%").contains("2 → 无法判定");
  }

  @Test
  void aFigureStatedBesideTheAppraisalStillDecides() {
    met(judge(Subcategory.QUALITY, "", "服务对象满意度≥90%", "良好，满意度达96%"));
  }

  @Test
  void theReasonNamesTheAppraisalAndTheTargetInBothLanguages() {
    IndicatorVerdict v = judge(Subcategory.SERVED_SATISFACTION, "", "投诉有效处置反馈率100%", "良好");
    assertThat(v.trace().reason())
        .isEqualTo("目标“投诉有效处置反馈率100%”设定了数值，完成情况“良好”只是对工作的评价（良好），没有说明是否符合这一数值，无法判定");
    assertThat(Messages.render(v.trace().code().orElseThrow(), v.trace().args(), Locale.ENGLISH).orElseThrow())
        .isEqualTo("the target '投诉有效处置反馈率100%' sets a figure; the actual '良好' only appraises the work (良好) and does not say"
            + " whether the figure was met: undetermined");
  }
}
