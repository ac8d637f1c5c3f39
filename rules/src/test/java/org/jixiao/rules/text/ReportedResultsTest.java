package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Messages;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/**
 * A benefit target of words answered by its effect counted, with nothing said of a shortfall: met
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
    assertThat(talent.trace().reason()).contains("以数字列出取得的成效（302 人, 25296 人, 19.9 %）");

    met(judge(Subcategory.SOCIAL, "", "加强企业联系，做好精准服务，促进龙岗企业发展，优化龙岗企业人才储备。",
        "1.举办“春风行动”公益招聘会，达成意向人数5456人； 2.开展“优才中国行”招才引智系列活动，达成意向1883人次。"));
  }

  @Test
  void theReasonIsWordedInEnglishOnRequest() {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "", "促进就业", "全年新增就业1200人");
    assertThat(Messages.render(v.trace().code().orElseThrow(), v.trace().args(), Locale.ENGLISH).orElseThrow())
        .isEqualTo("the benefit target '促进就业' sets no figure; the actual '全年新增就业1200人' counts what came of the work (1200 人) and says nothing of a shortfall, a fall or a plan → achieved → 100%");
  }

  /**
   * Pairs a review wrote to break the first version of the rule (each read as met by it), all filed
   * under 社会效益 so that only the rule's guards stand between them and a full score: a shortfall,
   * a fall, a delay, a plan, a part of a whole or a bad event in the actual; less, all, a standard
   * or a rate asked by the target; nothing counted, or only money, shares and measurements.
   */
  @Test
  void aCountThatDoesNotShowTheEffectIsNotReadAsMet() {
    String[][] pairs = {
      {"提高群众满意度", "收到群众投诉15件"},
      {"促进就业", "全年新增就业1200人，上年为1500人"},
      {"促进就业", "受疫情影响，全年举办招聘会2场"},
      {"举办招聘会", "只举办招聘会2场"},
      {"举办招聘会", "举办招聘会2场，其余3场停滞"},
      {"增加农民收入", "农民人均收入12000元，降幅3%"},
      {"增加农民收入", "农民人均收入由12500元降至12000元"},
      {"增加农民收入", "农民人均收入12000元，比上年少500元"},
      {"开展技能培训", "培训不到50人"},
      {"开展技能培训", "培训人数不足50人"},
      {"开展技能培训", "培训人数50人，与目标有差距"},
      {"开展技能培训", "下一步培训3期"},
      {"开展技能培训", "明年培训3期"},
      {"推进项目建设", "投资50万元，占总投资的30%"},
      {"控制在预算内", "实际支出120万元，超支20万元"},
      {"举办招聘会", "举办招聘会2场，3场因疫情停办"},
      {"改善空气质量", "PM2.5年均浓度由40上升至45微克/立方米"},
      {"工程质量合格", "发现质量问题5处"},
      {"资金使用规范", "审计发现问题3个"},
      {"带动就业", "带动就业0人"},
      {"举办招聘会", "举办招聘会2场，参与企业较少"},
      {"举办招聘会", "截至6月底举办招聘会2场"},
      {"举办招聘会", "上半年举办招聘会2场"},
      {"举办招聘会", "举办招聘会2场，剩余3场下半年举办"},
      {"举办招聘会", "举办招聘会2场（目标5场）"},
      {"举办多场招聘会", "举办招聘会1场"},
      {"每季度举办招聘会", "举办招聘会2场"},
      {"实现全覆盖", "已覆盖10个街道，共12个"},
      {"应发尽发", "发放补贴300人，应发320人"},
      {"长期发挥效益", "3年"},
      {"推进项目建设", "已投资300万元，仍在施工"},
      {"推进项目建设", "投资300万元，项目搁置"},
      {"推进项目建设", "投资300万元，已停工"},
      {"促进就业", "预期新增就业1200人"},
      {"促进就业", "新增就业约1200人"},
      {"促进就业", "新增就业≥1200人"},
      {"降低失业率", "登记失业人数3200人，上年2800人"},
      {"减少安全事故", "发生安全事故3起"},
      {"减少信访", "信访量320件"},
      {"开展培训", "原定4期，实际培训1期"},
      {"开展培训", "培训1期，下半年继续"},
      {"完成全部培训任务", "培训3期"},
      {"加大宣传力度", "宣传资料发放量由6000份缩减至4000份"},
    };
    for (String[] pair : pairs) {
      IndicatorVerdict v = judge(Subcategory.SOCIAL, "", pair[0], pair[1]);
      assertThat(v.trace().method()).as(pair[0] + " / " + pair[1]).isNotEqualTo("reported-results");
    }
  }

  /** The review's pairs (reported-results-negatives.tsv), under their own levels and under 社会效益. */
  @Test
  void noPairOfTheReviewsNegativesIsReadAsMetByItsCounts() throws java.io.IOException {
    try (var in = ReportedResultsTest.class.getResourceAsStream("reported-results-negatives.tsv")) {
      List<String> lines = new String(java.util.Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
      assertThat(lines).hasSizeGreaterThan(30);
      for (String line : lines) {
        String[] c = line.split("\t", -1);
        Subcategory own = Subcategory.fromLabel(c[1]).orElseThrow(() -> new AssertionError(c[1]));
        for (Subcategory sub : new Subcategory[] {own, Subcategory.SOCIAL}) {
          IndicatorVerdict v = judge(sub, c[2], c[3], c[4]);
          assertThat(v.trace().method()).as(sub + " " + line).isNotEqualTo("reported-results");
        }
      }
    }
  }

  @Test
  void onlyABenefitIsReadSoNotAnOutputACostOrASatisfaction() {
    String target = "吸引各类人才到龙岗创新创业。";
    String actual = "1.全年新增深龙英才认定和备案302人。 2.新引进全日制本科以上学历以上人才25296人";
    met(judge(Subcategory.ECONOMIC, "", target, actual));
    for (Subcategory other : new Subcategory[] {Subcategory.QUANTITY, Subcategory.SUSTAINABILITY, Subcategory.SERVED_SATISFACTION, Subcategory.ECONOMIC_COST}) {
      assertThat(judge(other, "", target, actual).trace().method()).as(other.name()).isNotEqualTo("reported-results");
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
