package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/**
 * Review 64b's hostile lines against the work's own verb done (E) and the same thing in another classifier (D): the
 * blockers that keep each reading to what the target asks.
 */
class DoneActionsNarrowedTest {

  private static void notFull(IndicatorVerdict v) {
    assertThat(v.fraction().map(f -> f.signum() != 0 && f.compareTo(java.math.BigDecimal.ONE) == 0).orElse(false))
        .as(v.trace().reason()).isFalse();
  }

  @Test
  void aVerbOfOtherWorkThanTheTargetAsksSaysNothing() {
    undetermined(judge(Subcategory.QUANTITY, "农村危房改造", "改造120户", "改造资金已全部拨付到位"));
    undetermined(judge(Subcategory.QUANTITY, "职业技能培训", "培训人数≥500人", "培训补贴全部发放"));
    notFull(judge(Subcategory.QUALITY, "督查问题整改", "整改到位", "问题已全部录入台账"));
    notFull(judge(Subcategory.TIMELINESS, "文化惠民演出", "按时完成", "演出经费均已结算"));
    met(judge(Subcategory.TIMELINESS, "劳动保障监察案件", "在法定期限内结案", "均在法定期限内办结"));
  }

  @Test
  void aWholeQualifyingANounIsNoCompletion() {
    notFull(judge(Subcategory.TIMELINESS, "安置房建设", "按期交付", "全部安置房已开工建设"));
    notFull(judge(Subcategory.TIMELINESS, "低保金发放", "按时发放", "全部发放名单已公示"));
  }

  @Test
  void plansConditionsOrdersAndSequencesAreNotDone() {
    notFull(judge(Subcategory.TIMELINESS, "补贴兑付", "及时兑付", "下一步全部兑付到位"));
    notFull(judge(Subcategory.TIMELINESS, "征收补偿兑付", "及时兑付", "如资金到位可全部兑付"));
    notFull(judge(Subcategory.QUALITY, "安全生产隐患整改", "整改到位", "督促企业在规定时间内整改到位"));
    notFull(judge(Subcategory.TIMELINESS, "道路工程资金", "及时拨付", "资金拨付到位后项目即可开工"));
    notFull(judge(Subcategory.TIMELINESS, "农田水利资金拨付", "及时拨付", "目前正按程序拨付，年底前拨付到位"));
    met(judge(Subcategory.TIMELINESS, "营养餐补助资金", "及时拨付", "补助资金已于9月全部下达"));
  }

  @Test
  void partsAndRemaindersAreNoWhole() {
    notFull(judge(Subcategory.QUALITY, "巡察反馈问题整改", "整改到位", "交办问题大都已整改"));
    notFull(judge(Subcategory.TIMELINESS, "征迁补偿兑付", "及时兑付", "几乎全部兑付到位"));
    notFull(judge(Subcategory.TIMELINESS, "产业扶持资金拨付", "及时足额拨付", "第一批资金已拨付到位"));
    notFull(judge(Subcategory.QUANTITY, "应急设备采购", "按计划采购", "主要设备均已采购到位，配套设备待采购"));
  }

  @Test
  void anAverageIsNoWhole() {
    undetermined(judge(Subcategory.TIMELINESS, "信访件办理", "按时办结", "月均办结信访件120件"));
    undetermined(judge(Subcategory.QUANTITY, "困难群众慰问", "慰问对象≥800户", "每户均发放慰问金500元"));
    undetermined(judge(Subcategory.TIMELINESS, "耕地地力补贴", "及时兑付", "亩均兑付补贴120元"));
  }

  @Test
  void aPassAtALowerLevelOrWithProblemsFoundIsNoPass() {
    notFull(judge(Subcategory.QUALITY, "义务教育示范校创建", "通过省级评定", "已通过县级审核，尚待省级评定"));
    notFull(judge(Subcategory.QUALITY, "项目绩效评审", "项目验收合格", "通过第三方评审，发现问题5项"));
    undetermined(judge(Subcategory.TIMELINESS, "企业开办审批", "按时办结", "通过网上审核平台受理申请320件"));
  }

  @Test
  void savingsCountOnlyAgainstTheBudgetAndOnlyWhenDone() {
    undetermined(judge(Subcategory.COST, "医保便民服务成本", "不超过预算", "为群众节约开支200万元"));
    undetermined(judge(Subcategory.COST, "医疗设备采购成本", "控制在预算内", "采购价较市场价节约12万元"));
    notFull(judge(Subcategory.COST, "设备采购成本", "不超过预算", "有望节约资金4万元"));
    met(judge(Subcategory.COST, "会议费支出", "不超过预算", "节约经费1.8万元"));
  }

  @Test
  void aDeadlineOrAFigureIsNotAnsweredByTheWholeAlone() {
    undetermined(judge(Subcategory.TIMELINESS, "扶贫资金拨付", "6月底前拨付", "已全部拨付"));
    notFull(judge(Subcategory.QUALITY, "衔接资金拨付", "足额拨付", "95%的资金已拨付到位"));
  }

  @Test
  void aFailureAfterTheVerbKeepsTheBottomBand() {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, "水利资金拨付", "及时拨付", "资金拨付到位不及时");
    assertThat(v.fraction()).as(v.trace().reason()).hasValueSatisfying(f -> assertThat(f).isLessThan(new java.math.BigDecimal("0.5")));
  }

  @Test
  void theKindIsTakenFromTheTargetsNounAndTheActualsWords() {
    undetermined(judge(Subcategory.QUANTITY, "公交车辆更新及充电桩建设", "建设充电桩20台", "更新公交车20辆"));
    undetermined(judge(Subcategory.QUANTITY, "校车及教学设备购置", "购置校车5辆", "购置教学一体机5台"));
    undetermined(judge(Subcategory.QUANTITY, "移动办公设备", "购置笔记本电脑20台", "购置手机20部"));
    undetermined(judge(Subcategory.QUANTITY, "畜禽养殖补贴", "补贴生猪5000头", "补贴鸡鸭5000只"));
    undetermined(judge(Subcategory.QUANTITY, "农村公路危桥改造", "改造危桥5座", "修补坑槽路面120处"));
    undetermined(judge(Subcategory.QUANTITY, "农户及企业帮扶", "帮扶企业20家", "帮扶农户20户"));
    undetermined(judge(Subcategory.QUANTITY, "食品安全抽检及宣传", "抽检样品1200份", "发放宣传资料1200张"));
    met(judge(Subcategory.QUANTITY, "校车购置", "购置校车5辆", "5台"));
    met(judge(Subcategory.QUANTITY, "执法记录仪配备", "50台", "配备50部"));
  }

  /** Review 65a: the third hostile review's classes, in other words. */
  @Test
  void aWholeNamingTheThingBeforeItsPredicateIsNoCompletion() {
    notFull(judge(Subcategory.QUALITY, "农村道路养护", "及时养护", "全部维修经费由乡镇自筹"));
    notFull(judge(Subcategory.QUALITY, "政府采购", "按计划采购", "全部采购项目为货物类"));
    met(judge(Subcategory.TIMELINESS, "耕地保护补贴", "及时发放", "全部发放到户"));
    met(judge(Subcategory.TIMELINESS, "农机购置补贴", "及时兑付", "补贴资金已全部兑付至农户账户"));
  }

  @Test
  void aShareOrAnInstalmentInWordsIsNoWhole() {
    notFull(judge(Subcategory.TIMELINESS, "棚改补偿资金", "足额拨付", "超过一半资金已拨付到位"));
    notFull(judge(Subcategory.QUALITY, "环保督察问题整改", "按期整改", "八成问题已整改完毕"));
    notFull(judge(Subcategory.TIMELINESS, "安置补助兑付", "及时兑付", "首期补助已兑付完毕"));
    notFull(judge(Subcategory.TIMELINESS, "项目工程款", "按合同支付", "均已支付第一期工程款"));
    undetermined(judge(Subcategory.QUANTITY, "村卫生室设备", "按标准配置", "平均配置设备5台"));
  }

  /** Review 65c: 待 of 待遇 or 优待, 未 of 未成年 say nothing pending. */
  @Test
  void aCharacterOfAnotherWordIsNoWorkPending() {
    met(judge(Subcategory.TIMELINESS, "城乡居民养老保险", "按月发放", "养老金待遇已全部按时发放"));
    met(judge(Subcategory.TIMELINESS, "重点优抚对象补助", "及时发放", "优抚对象优待金均已发放到位"));
    met(judge(Subcategory.TIMELINESS, "困境儿童保障", "及时发放", "未成年人生活补贴已全部发放"));
    notFull(judge(Subcategory.TIMELINESS, "城乡居民养老保险", "按月发放", "养老金待遇全部发放，另有3人待补发"));
  }

  @Test
  void aPassCountsAtItsOwnLevelInItsOwnClauseOrAbove() {
    notFull(judge(Subcategory.QUALITY, "文明村镇创建", "通过省级验收评定", "已通过县级评定，已申报省级评定"));
    met(judge(Subcategory.QUALITY, "卫生乡镇创建", "通过市级评定", "已通过省级评定"));
  }

  @Test
  void aLimitInWordsDoesNotMeetAStricterFigure() {
    undetermined(judge(Subcategory.TIMELINESS, "不动产登记", "3个工作日内办结", "均在规定时限内办结"));
    met(judge(Subcategory.TIMELINESS, "不动产登记", "在承诺时限内办结", "均在承诺时限内办结"));
  }

  @Test
  void aSavingOfAPartACarryOverOrBesideARaiseDecidesNothing() {
    undetermined(judge(Subcategory.COST, "课题研究经费", "不超过预算", "其中差旅费节约1.5万元"));
    undetermined(judge(Subcategory.COST, "信息化运维经费", "不超过预算", "统筹使用上年结余资金4万元"));
    notFull(judge(Subcategory.COST, "场馆运营成本", "不超过预算", "节约水电费1万元，年中追加预算8万元"));
    notFull(judge(Subcategory.COST, "印刷费支出", "不超过预算", "力求节约印刷费0.5万元"));
  }

  @Test
  void perStudentIsPerPersonOnlyForStudents() {
    undetermined(judge(Subcategory.COST, "教职工体检", "体检费≤600元/人", "学生体检费50元/生"));
    met(judge(Subcategory.COST, "学生资助标准", "1000元/生/年", "1000元/人·年"));
  }
}
