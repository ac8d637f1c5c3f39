package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

import java.util.Locale;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Messages;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A denial of only a part of what an indicator counts — a grade (重大, 较大, 重特大) or a manner (集体, 越级, 恶意)
 * narrowing the thing — does not tell whether the indicator was met: 未发生重大安全事故 under 安全事故发生次数
 * read met (100 %) and is now undetermined (part-denied, JX-T-0290). A denial as narrow as the name or target, or wider,
 * still meets it, and so does the same wrong in other words (违规收费 under 乱收费现象, undetermined before).
 */
class PartDeniedTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a grade under a name of every grade, after each kind of denial and target
        "QUALITY | 安全事故发生次数 | 0起 | 未发生重大安全事故",
        "QUALITY | 火灾事故发生次数 | 0次 | 不存在较大火灾事故",
        "QUALITY | 生产安全事故发生起数 | ≤1起 | 未发生较大以上生产安全事故",
        "SERVED_SATISFACTION | 群众投诉次数 | 0次 | 没有重大投诉",
        "QUALITY | 工程质量问题 | 无 | 未发现严重质量问题",
        "SOCIAL | 安全事故 | 杜绝 | 未发生重大安全事故",
        "SOCIAL | 食品安全事故 | 杜绝 | 全年辖区内未发生较大及以上食品安全事故",
        // the grade before a bare denial
        "QUALITY | 安全事故发生次数 | 0起 | 全年重特大安全事故零发生。",
        // a grade narrower than the name's
        "QUALITY | 较大以上安全事故发生次数 | 0起 | 未发生重特大安全事故",
        // a manner
        "SOCIAL | 群众信访量 | ≤10件 | 未发生群众集体上访",
        "SOCIAL | 信访件数 | ≤5件 | 全年未发生越级上访",
        "SERVED_SATISFACTION | 服务投诉次数 | ≤5次 | 没有接到群众集体投诉",
        // under a ceiling on a share (JX-T-0289 reads floors only)
        "SERVED_SATISFACTION | 投诉率 | ≤1% | 未发生重大投诉",
        "SERVED_SATISFACTION | 群众投诉率 | ≤2% | 全年无恶意投诉",
        // a general word narrowed is narrowed too; another denial beside of another thing answers nothing
        "SERVED_SATISFACTION | 群众投诉次数 | ≤3次 | 未发生重大问题",
        "QUALITY | 安全事故发生次数 | 0起 | 未发生重大安全事故，无人员伤亡",
        // a count of one denied, read as the figure 0 (review 68v)
        "QUALITY | 安全事故 | 0起 | 未发生一起重大安全事故",
        "QUALITY | 安全事故 | 0起 | 无一起重大安全事故",
        // deaths or casualties: a lesser accident may take a life
        "SOCIAL | 人员伤亡 | 杜绝 | 未发生重大安全事故",
      })
  void aDenialOfAPartLeavesTheRestUntold(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0290");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the name or target narrows the same way, or further
        "QUALITY | 重大安全事故发生次数 | 0 | 未发生重大安全事故",
        "QUALITY | 重特大安全事故 | 0起 | 未发生较大以上安全事故",
        "QUALITY | 较大以上事故 | 0起 | 未发生一般及以上事故",
        "QUALITY | 安全事故 | 杜绝重大安全事故 | 未发生重大安全事故",
        "SOCIAL | 集体上访次数 | 0次 | 未发生群众集体上访",
        "SOCIAL | 群体性上访 | 0次 | 未发生集体上访",
        "SERVED_SATISFACTION | 恶意投诉次数 | 0次 | 无恶意投诉",
        // the whole denied, or the whole and more
        "QUALITY | 安全事故发生次数 | 0起 | 未发生任何安全事故",
        "QUALITY | 安全事故发生次数 | 0起 | 未发生安全事故及重大安全隐患",
        "QUALITY | 安全事故发生次数 | 0起 | 未发生重大安全事故，未发生一般安全事故",
        // 一般 is the lowest grade; a field, a party, a cause of the project's own and 有效 narrow nothing
        "QUALITY | 安全事故发生次数 | 0起 | 未发生一般以上安全事故",
        "QUALITY | 安全事故发生次数 | 0起 | 未发生安全生产事故",
        "SERVED_SATISFACTION | 群众投诉次数 | ≤3次 | 未接到有效投诉",
        "QUALITY | 安全事故发生次数 | ≤1起 | 未发生因项目引发的安全事故",
        // a fault: the field's stock report of no accident (reviews 67u and 68v)
        "QUALITY | 安全事故发生次数 | 0起 | 未发生安全责任事故",
        "QUALITY | 安全生产事故 | 0起 | 未发生安全生产责任事故",
        // grades listed: the lowest decides; a later item of the list at a grade the name counts (review 68v)
        "QUALITY | 重特大安全事故 | 0起 | 未发生重大、特大安全事故",
        "QUALITY | 重特大安全事故 | 0起 | 全年未发生重大、特别重大安全事故",
        "QUALITY | 安全事故发生次数 | 0起 | 未发生较大、一般安全事故",
        "QUALITY | 安全生产事故 | 0起 | 未发生一般及重大安全生产事故",
        "QUALITY | 安全事故 | 0起 | 未发生重大安全事故和一般安全事故",
        // a sort word of another word: of the claim, of the owner, of a place (review 68v)
        "QUALITY | 违规使用资金 | 杜绝 | 未发现重复申领、虚报冒领情况",
        "QUALITY | 挪用资金 | 0元 | 未发生村集体资金被挪用情况",
        "QUALITY | 安全事故 | 0起 | 未发生责任区安全事故",
        // a whole denied beside the part: 无人员伤亡 is a denial (无人 is otherwise nobody doing the work)
        "SOCIAL | 人员伤亡 | 杜绝 | 未发生重大安全事故，无人员伤亡",
        "QUALITY | 死亡人数 | 0人 | 未发生重大事故，无人员死亡",
        // a count of one denied of the thing as the name grades it
        "QUALITY | 重大安全事故 | 0起 | 未发生一起重大安全事故",
        "QUALITY | 安全事故 | 0起 | 未发生一起安全事故",
        // the same wrong in other words
        "QUALITY | 乱收费现象 | 杜绝 | 全年未发生违规收费",
        "QUALITY | 乱收费现象 | 无 | 没有违规收费行为",
        "QUALITY | 违规收费次数 | 0次 | 未发现乱收费现象",
        "QUALITY | 乱罚款现象 | 杜绝 | 未发生违规罚款",
      })
  void aDenialOfAllTheNameCountsMeetsIt(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  /** A group petition is one kind of group incident: denying it denies no other kind, and is no part of the thing named. */
  @Test
  void aKindOfTheThingNamedUnderAnotherHeadIsAnotherThing() {
    undetermined(judge(Subcategory.SOCIAL, "群体性事件", "0起", "未发生群体性上访事件"), "JX-T-0288");
  }

  /** 未发生一起 reads as the figure 0: of another thing it answers nothing, as 未发生 alone does. */
  @Test
  void aCountOfOneDeniedOfAnotherThingAnswersNothing() {
    undetermined(judge(Subcategory.SOCIAL, "信访案件", "≤2件", "未发生一起安全事故"), "JX-T-0288");
  }

  @Test
  void theReasonNamesThePartDeniedAndTheName() {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "安全事故发生次数", "0起", "未发生重大安全事故");
    assertThat(v.trace().reason()).isEqualTo("完成情况“未发生重大安全事故”只说明没有“重大安全事故”，只否认了其中“重大”的一部分；"
        + "指标“安全事故发生次数”所计的不限于这一部分，不能说明该指标是否达成，无法判定");
    assertThat(Messages.render(v.trace().code().orElseThrow(), v.trace().args(), Locale.ENGLISH).orElseThrow())
        .isEqualTo("the actual '未发生重大安全事故' only says there was no '重大安全事故', the '重大' part of it; the indicator"
            + " '安全事故发生次数' counts more than that part, so whether it was met cannot be judged");
  }
}
