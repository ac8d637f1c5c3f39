package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Completion written as the work's own verb (全部发放, 已全部拨付到位, 均在规定时限内办结, 已通过省级评定) and a budget
 * kept by an amount saved (不超过预算 / 节约资金12.6万元): review 62b section E, which found them undetermined.
 */
class CompletionByActionVerbTest {

  private static void notMet(IndicatorVerdict v) {
    assertThat(v.fraction().orElse(BigDecimal.ZERO)).as(v.trace().reason()).isLessThan(BigDecimal.ONE);
  }

  @Test
  void aWholeWordBeforeAnActionVerbIsMet() {
    met(judge(Subcategory.QUANTITY, "残疾人两项补贴发放", "应发尽发", "全部发放到位"));
    met(judge(Subcategory.QUALITY, "补助资金拨付", "足额拨付", "已全部拨付到位"));
    met(judge(Subcategory.TIMELINESS, "资金拨付", "及时拨付", "已于6月全部拨付"));
    met(judge(Subcategory.QUALITY, "问题整改", "整改到位", "已全部整改"));
    met(judge(Subcategory.TIMELINESS, "农机购置补贴", "及时兑付", "都已兑付到位"));
    met(judge(Subcategory.QUANTITY, "家庭医生签约", "应签尽签", "均已签约"));
  }

  @Test
  void anActionVerbClosedByAnEndWordIsMetButTheVerbAloneIsNot() {
    met(judge(Subcategory.TIMELINESS, "项目资金拨付", "及时拨付", "资金拨付到位"));
    met(judge(Subcategory.QUALITY, "巡视反馈问题整改", "全部整改", "反馈问题均已整改完毕"));
    notMet(judge(Subcategory.QUANTITY, "补贴发放", "应发尽发", "部分发放"));
  }

  @Test
  void workDoneWithinItsTimeLimitIsMet() {
    met(judge(Subcategory.TIMELINESS, "欠薪案件处置", "及时", "均在规定时限内办结"));
    met(judge(Subcategory.TIMELINESS, "行政审批事项办理", "在法定时限内办结", "全部在规定时限内办结"));
    notMet(judge(Subcategory.TIMELINESS, "信访件办理", "按时办结", "未在规定时限内办结"));
  }

  @Test
  void anAppraisalPassedIsMetUnlessDenied() {
    met(judge(Subcategory.SUSTAINABILITY, "A级景区创建", "创建4A级景区1个", "已通过省级评定"));
    met(judge(Subcategory.QUALITY, "项目预算审核", "通过审核", "已通过省财政厅审核"));
    notMet(judge(Subcategory.SUSTAINABILITY, "A级景区创建", "创建4A级景区1个", "未通过省级评定"));
  }

  @Test
  void aNegatedPartialOrPlannedWholeIsNotMet() {
    notMet(judge(Subcategory.QUANTITY, "物资发放", "500份", "未全部发放"));
    notMet(judge(Subcategory.QUALITY, "补贴资金拨付", "足额拨付", "尚未全部到位"));
    notMet(judge(Subcategory.QUALITY, "资金拨付", "足额拨付", "资金未能全部拨付到位"));
    notMet(judge(Subcategory.QUALITY, "整改任务", "整改到位", "全部未完成"));
    notMet(judge(Subcategory.TIMELINESS, "案件办理", "按时办结", "均未办结"));
    notMet(judge(Subcategory.QUANTITY, "物资发放", "应发尽发", "计划全部发放"));
    notMet(judge(Subcategory.TIMELINESS, "资金拨付", "及时拨付", "将于年底前全部拨付"));
    notMet(judge(Subcategory.QUALITY, "补贴发放", "足额发放", "大部分已发放到位"));
    notMet(judge(Subcategory.TIMELINESS, "资金拨付", "及时拨付", "已全部拨付，但部分项目拨付滞后"));
  }

  @Test
  void aFigureInTheActualWinsOverTheWholeWord() {
    met(judge(Subcategory.QUANTITY, "防疫物资发放", "500份", "全部发放"));
    scoredAt(judge(Subcategory.QUANTITY, "物资发放", "500份", "全部发放，共发放450份"), new BigDecimal("0.9"));
    scoredAt(judge(Subcategory.QUANTITY, "慰问金发放", "200户", "全部发放180户"), new BigDecimal("0.9"));
  }

  @Test
  void aBudgetCeilingInWordsIsKeptByAnAmountSaved() {
    met(judge(Subcategory.COST, "设备采购成本", "不超过预算", "节约资金12.6万元"));
    met(judge(Subcategory.COST, "项目成本", "控制在预算内", "结余资金3.2万元"));
    undetermined(judge(Subcategory.COST, "项目成本", "不超过预算", "预计节约资金5万元"));
    notMet(judge(Subcategory.COST, "项目成本", "不超过预算", "超支3万元"));
    notMet(judge(Subcategory.COST, "项目成本", "控制在预算内", "结余资金2万元，但超支项目1个"));
    // a saving says nothing of a share asked: 结余 against an execution rate is no rate met
    undetermined(judge(Subcategory.QUALITY, "资金执行率", "≥95%", "结余资金3万元"));
  }

  @Test
  void anyWholeWordBeforeAnyListedVerbIsMetAndItsNegationIsNot() {
    qt().forAll(
            Generate.pick(List.of("全部", "均", "都", "全额", "悉数")),
            Generate.pick(List.of("", "已")),
            Generate.pick(List.of("发放", "拨付", "兑付", "整改", "办结", "采购", "安装")),
            Generate.pick(List.of("", "到位", "完毕")))
        .checkAssert(
            (whole, already, verb, end) -> {
              String done = already + whole + verb + end;
              met(judge(Subcategory.QUALITY, "", "按要求" + verb, done));
              notMet(judge(Subcategory.QUALITY, "", "按要求" + verb, "未" + whole + verb + end));
              notMet(judge(Subcategory.QUALITY, "", "按要求" + verb, "计划" + whole + verb + end));
            });
  }
}
