package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import java.util.Locale;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Messages;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/**
 * A target of words answered by the work done, in figures, with nothing said to be undone: met
 * (method {@code reported-results}, JX-T-0228). The texts are the bundled sample's (龙岗区人力资源局
 * 2019), whose hand key (the corpus pairs P2077, P2092) reads both as met; the engine had left them
 * undetermined for want of a completion word.
 */
class ReportedResultsTest {
  @Test
  void aTargetOfWordsAnsweredWithTheWorkDoneInFiguresIsMet() {
    IndicatorVerdict talent = judge(Subcategory.SOCIAL, "", "吸引各类人才到龙岗创新创业。",
        "1.全年新增深龙英才认定和备案302人。 2.新引进全日制本科以上学历以上人才25296人,同比增长19.9%");
    met(talent);
    assertThat(talent.trace().method()).isEqualTo("reported-results");
    assertThat(talent.trace().code()).contains("JX-T-0228");
    assertThat(talent.trace().reason()).contains("以数字列出已完成的工作（302 人, 25296 人, 19.9 %）");

    met(judge(Subcategory.SOCIAL, "", "加强企业联系，做好精准服务，促进龙岗企业发展，优化龙岗企业人才储备。",
        "1.举办“春风行动”公益招聘会，达成意向人数5456人； 2.开展“优才中国行”招才引智系列活动，达成意向1883人次。"));
  }

  @Test
  void theReasonIsWordedInEnglishOnRequest() {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "", "促进就业", "全年新增就业1200人");
    assertThat(Messages.render(v.trace().code().orElseThrow(), v.trace().args(), Locale.ENGLISH).orElseThrow())
        .isEqualTo("the target '促进就业' sets no figure; the actual '全年新增就业1200人' reports the work done in figures (1200 人) and nothing left undone → achieved → 100%");
  }

  @Test
  void aReportThatSaysSomethingWasNotDoneOrIsPlannedOrFellIsNotReadAsMet() {
    String target = "促进就业，优化人才储备";
    for (String actual : new String[] {
        "新增就业1200人，尚未完成人才储备", // a negation
        "仅新增就业12人", // a shortfall
        "计划新增就业1200人", // a plan
        "目前已新增就业300人", // work still going on
        "就业人数同比下降300人", // a fall
        "就业率达95%", // a rate alone: what level was meant is not said
        "促进了就业"}) { // no figure
      assertThat(judge(Subcategory.SOCIAL, "", target, actual).fraction().orElse(java.math.BigDecimal.ZERO))
          .as(actual).isLessThan(java.math.BigDecimal.ONE);
    }
  }

  @Test
  void aTargetWithAFigureOrADeadlineIsLeftToTheRulesThatCompare() {
    // 举办60场 against a report of 3 场: the quantitative rule compares, reported results do not meet it
    IndicatorVerdict counted = judge(Subcategory.QUANTITY, "", "举办公益招聘会60场", "举办公益招聘会3场");
    assertThat(counted.trace().method()).isNotEqualTo("reported-results");
    assertThat(counted.fraction().orElseThrow()).isLessThan(java.math.BigDecimal.ONE);
    IndicatorVerdict dated = judge(Subcategory.TIMELINESS, "", "2019年12月前完成", "举办公益招聘会3场");
    assertThat(dated.trace().method()).isNotEqualTo("reported-results");
  }

  @Test
  void anItemOfAListOfSubTargetsIsNotMetByFiguresAlone() {
    // each item of a numbered list is judged on its own; an item's figures may report another item's work
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", "1.推进和谐劳动关系服务; 2.做好调解信息系统维护",
        "1.累计走访企业1095家次; 2.形成劳动争议合力调处机制");
    assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
  }
}
