package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

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
 * An actual denying that something unwanted happened or exists (不存在违规使用资金情况, 没有乱收费现象, 全年零发生), under
 * an indicator that asks none of it (无, 0起, 不发生, 杜绝, ≤5起), meets the target: 不存在 and 没有 were not read as
 * words of absence (没有 even read as work not done, 30 %), 零发生 named nothing after 零, and 乱收费 was no unwanted
 * thing. A negation of work (没有完成, 没有及时处理投诉) stays a shortfall, a prevention or an aim denied (没有杜绝,
 * 未做到零事故) says the thing happened, and 无 under wanted work stays the placeholder. A denial of another thing
 * (未发生安全事故 under 群众投诉次数) says nothing of the one counted: it was read as met. Nor does a denial report a
 * share of something wanted (无投诉 under 满意度≥95%, 没有接到投诉 under 投诉办结率100%) unless what it denies is the
 * rest of that share (零差评 under 好评率, 无逾期 under 及时率): it was read as met through the band.
 */
class DeniedOccurrenceTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 应急
        "SOCIAL | 安全生产事故发生次数 | 0起 | 零发生",
        "SOCIAL | 较大以上生产安全事故起数 | ≤0起 | 全年未出现较大以上生产安全事故",
        "SOCIAL | 生产安全事故 | ≤0 | 实现零发生",
        // 市场监管
        "SOCIAL | 食品安全事故 | 无 | 全年零发生",
        "SOCIAL | 食品安全事故发生率 | 0 | 没有食品安全事故",
        "SOCIAL | 违法违规行为 | 0 | 没有违法违规行为发生",
        // 住建
        "QUALITY | 建筑施工安全事故 | 无 | 不存在安全生产事故情况",
        "SOCIAL | 拖欠农民工工资 | 无 | 没有拖欠农民工工资现象",
        "QUALITY | 工程质量事故 | 0起 | 项目施工期间未发生",
        // 教育
        "SOCIAL | 乱收费现象 | 无 | 没有乱收费现象",
        "SOCIAL | 校园安全事故 | 杜绝 | 没出现校园安全事故",
        "SOCIAL | 教育乱收费 | 无 | 实现零乱收费",
        // 财政
        "QUALITY | 违规使用资金情况 | 无 | 不存在违规使用资金情况",
        "QUALITY | 挤占挪用项目资金 | 无 | 不存在挤占挪用项目资金行为",
        "QUALITY | 违规违纪问题 | 0 | 不存在违规违纪问题",
        // 农业
        "SOCIAL | 重大动物疫情 | 不发生 | 全年零发生",
        "SOCIAL | 农资质量投诉 | ≤5起 | 没有质量投诉",
        // only the thing's kind, its occurrence, a count of one, a cause or a party between 没有 / 不存在 and the thing
        "SERVED_SATISFACTION | 窗口服务投诉 | ≤3件 | 全年没有接到相关投诉",
        "QUALITY | 施工安全事故 | 0起 | 不存在因施工导致的安全事故",
        "SOCIAL | 学校乱收费 | 杜绝 | 不存在向学生乱收费的现象",
        "SOCIAL | 环境违法案件 | ≤1件 | 辖区内没有一宗环境违法案件",
        // work counted beside the denial is no occurrence of the thing
        "QUALITY | 施工安全事故 | 杜绝 | 开展安全检查6次，未发生安全事故",
        "SOCIAL | 群体性事件 | 不发生 | 处理来信来访8件，未发生群体性事件",
        // one denial of the thing among others, or a general one
        "SERVED_SATISFACTION | 群众投诉次数 | ≤2次 | 未发生安全事故，无投诉",
        "SOCIAL | 安全事故 | 无 | 未发生任何问题",
        // the thing itself, after 零 or under a target of words
        "SOCIAL | 安全事故发生次数 | 0次 | 全年零事故",
        "SOCIAL | 信访案件 | ≤2件 | 全年零信访",
        "SOCIAL | 安全生产事故 | 杜绝 | 未发生安全生产事故",
        "QUALITY | 违规使用资金情况 | 杜绝 | 未发生违规使用资金情况",
        "SOCIAL | '' | 杜绝安全生产事故 | 全年未发生安全事故",
        "SOCIAL | 食品安全事故 | 不发生 | 全年零发生",
        // review 67u: one thing by another name, a later item of the list, a consequence of the thing denied
        "SOCIAL | 信访案件 | 杜绝 | 全年未发生群众上访",
        "QUALITY | 违规使用资金情况 | 无 | 无挪用、截留现象",
        "QUALITY | 违规违纪 | 杜绝 | 未发生违法违规行为",
        "SERVED_SATISFACTION | 群众投诉 | 杜绝 | 全年未发生安全事故及投诉",
        "QUALITY | 违规使用资金 | 杜绝 | 未出现截留、挪用、违规使用资金情况",
        "SOCIAL | 人员死亡 | 0人 | 全年零伤亡",
        "SOCIAL | 伤亡人数 | 0人 | 全年零事故",
        "QUALITY | 违规使用资金情况 | 杜绝 | 资金专款专用，未发生安全事故",
        "SOCIAL | 安全生产事故 | 确保不发生 | 未发生安全生产事故",
        "QUALITY | 截留资金金额 | 0元 | 未发生违规违纪问题",
        "QUALITY | 资金管理 | 无挪用 | 无挤占挪用资金现象",
      })
  void aDenialOfTheUnwantedThingMeetsATargetOfNone(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // work not done: 没有 negates the verb, whatever unwanted thing follows it
        "SOCIAL | 安全生产事故 | 无 | 没有完成安全隐患整改",
        "SOCIAL | 乱收费现象 | 无 | 没有达到预期目标",
        "QUALITY | 隐患整改率 | 100% | 没有整改安全隐患",
        "QUALITY | 工程质量问题 | 无 | 没有解决质量问题",
        "SERVED_SATISFACTION | 投诉处理率 | 100% | 没有及时处理投诉",
        "QUALITY | 违纪问题 | 无 | 没有对违纪问题进行处理",
        // a prevention or an aim denied: the thing happened
        "SOCIAL | 乱收费现象 | 无 | 没有杜绝乱收费现象",
        "SOCIAL | 安全事故 | 无 | 未做到零事故",
        // ... with a word of degree or aim between the negation and the prevention or aim (review 66c: 没有完全杜绝乱收费)
        "SOCIAL | 违规收费现象 | 杜绝 | 没有彻底杜绝违规收费现象",
        "QUALITY | 安全生产事故 | 杜绝 | 未能完全杜绝安全生产事故",
        "SOCIAL | 乱摊派 | 杜绝 | 没有达到杜绝乱摊派的要求",
        "SERVED_SATISFACTION | 质量投诉 | ≤2件 | 没有真正做到零投诉",
        // 无 under wanted work stays the placeholder; 不存在 a wanted thing is no answer
        "QUANTITY | 安全培训人数 | 无 | 没有开展培训",
        "QUANTITY | 困难群众救助人数 | 无 | 不存在困难",
        // 零星 is a few, and the count says how many
        "SERVED_SATISFACTION | 投诉次数 | ≤2次 | 零星投诉3次",
      })
  void aNegatedWorkOrADeniedPreventionIsNoDenialOfTheThing(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    if (v.outcome() == Outcome.SCORED) {
      assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isLessThan(BigDecimal.ONE);
    } else {
      assertThat(v.outcome()).as(v.trace().reason()).isIn(Outcome.UNDETERMINED, Outcome.NOT_APPLICABLE);
    }
  }

  /**
   * Review 66d: 没有 / 不存在 right before a word that names the work as often as a harm (调整, 案件, 受灾, 问题, 失业)
   * denies no unwanted thing; a safeguard named by its handling (报告, 受理, 治理, 救援 …) is missing, not the thing
   * absent; an aim missed with 如期 / 按期 or a span (全年) beside it is missed.
   */
  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 农业农村, 司法, 民政: the work itself was not done or not needed
        "QUANTITY | 农业产业结构调整面积 | 无 | 不存在调整",
        "QUANTITY | 行政复议案件办理数 | 无 | 没有案件",
        "QUANTITY | 受灾群众临时救助 | 应助尽助 | 没有受灾",
        "QUALITY | 审计问题整改率 | 100% | 没有问题",
        // 应急, 生态环境, 市场监管: a safeguard named after the thing, with its handling
        "QUALITY | 较大安全事故 | 0起 | 不存在事故报告制度",
        "ECOLOGICAL | 环境污染事件 | 无 | 没有污染治理台账",
        "SERVED_SATISFACTION | 消费投诉件数 | ≤5件 | 没有投诉受理专线",
        "SOCIAL | 生产安全事故 | 0起 | 没有事故救援队伍",
        // 交通, 教育: an aim missed, with time words beside it
        "SOCIAL | 道路交通事故 | 零事故 | 没有按期实现全年零事故",
        "SOCIAL | 校园安全事故 | 零事故 | 未能如期实现零事故目标",
      })
  void aWorkWordASafeguardOrAMissedAimAfterADenialIsNoDenialOfTheThing(
      Subcategory sub, String name, String target, String actual) {
    aNegatedWorkOrADeniedPreventionIsNoDenialOfTheThing(sub, name, target, actual);
  }

  /** A bare denial after the whole it speaks for (全县, 本单位, 辖区内) and a span: review 66d found them unread. */
  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 道路交通事故 | 0起 | 全县全年零发生",
        "QUALITY | 安全责任事故 | ≤0起 | 本单位2024年度零发生。",
        "SOCIAL | 森林火灾 | 无 | 辖区内全年未发生",
      })
  void aBareDenialAfterTheWholeItSpeaksForMeetsATargetOfNone(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  /**
   * A bare denial after a span of time that holds this year (review 70b: read by the band as 未…, 30 %, or left undetermined
   * beside a former year's figure); a figure of the span (两年, 12月底) is none of the target's unit.
   */
  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 重大动物疫情 | 0起 | 连续两年未发生",
        "SOCIAL | 食品安全事故 | 0起 | 去年、今年均未发生",
        "SOCIAL | 安全事故 | 0起 | 今年截至12月底未发生",
        "SOCIAL | 安全事故 | 0起 | 全年1-12月未发生",
        "SOCIAL | 特种设备安全事故 | 0起 | 去年发生2起，今年截至12月底未发生",
        "SOCIAL | 安全事故 | 0起 | 连续三年未发生安全事故，排查隐患12处",
      })
  void aBareDenialAfterASpanOfTimeMeetsATargetOfNone(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @Test
  void aBareDenialOfAFormerYearAloneDoesNotMeetIt() {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "安全事故", "0起", "去年未发生，今年发生1起");
    assertThat(v.fraction()).as(v.trace().reason()).hasValueSatisfying(f -> assertThat(f).isLessThan(BigDecimal.ONE));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // work before it, or more than a whole: the work did not happen
        "SOCIAL | 安全生产事故 | 0起 | 全部资金拨付未发生",
        "SOCIAL | 安全生产事故 | 0起 | 本季度维修未发生",
      })
  void aBareDenialAfterWorkIsNoDenialOfTheThing(Subcategory sub, String name, String target, String actual) {
    aNegatedWorkOrADeniedPreventionIsNoDenialOfTheThing(sub, name, target, actual);
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a pointer or a clause before the work word names the thing (review 66d kept these)
        "QUALITY | 违规使用资金问题 | 无 | 不存在此类问题",
        "SOCIAL | 破坏耕地案件 | ≤1起 | 没有发现破坏耕地的案件",
      })
  void aWorkWordNamedAfterAPointerOrAClauseIsTheThingDenied(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  /**
   * 没有 / 不存在 before any verb negates the work, whichever verb it is: a list of verbs that block the denial was
   * never whole (review 66c: 没有组织…排查 read met). Only the thing's kind, its occurrence or a count may stand between.
   */
  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 交通: a plan not made
        "SOCIAL | 道路交通事故 | 0起 | 没有部署交通事故防范工作",
        // 市场监管: a check not done
        "QUALITY | 食品安全隐患 | 0处 | 没有安排食品安全隐患自查",
        // 教育: charges not cleared
        "SOCIAL | 违规收费行为 | 杜绝 | 没有认真清查违规收费行为",
        // 财政: a guard not kept
        "QUALITY | 挪用资金 | 无 | 没有严格防范挪用资金",
        // 信访: disputes not settled
        "SOCIAL | 信访案件 | 0件 | 没有主动排解信访纠纷",
        // 卫健: an aim of none denied
        "QUALITY | 医疗差错 | ≤2次 | 没有实现零差错",
      })
  void aBroadNegationOfAnyVerbBeforeTheThingIsNoDenialOfIt(Subcategory sub, String name, String target, String actual) {
    aNegatedWorkOrADeniedPreventionIsNoDenialOfTheThing(sub, name, target, actual);
  }

  /**
   * A safeguard named after the thing it guards against (投诉台账, 隐患整改机制, 事故应急预案) is not the thing: its
   * denial says a measure is missing (review 66c: 没有投诉渠道 read met; 无投诉渠道 already did on main).
   */
  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 市场监管
        "SERVED_SATISFACTION | 消费投诉 | ≤5件 | 没有投诉登记台账",
        // 消防
        "QUALITY | 消防安全隐患 | 0处 | 不存在隐患整改机制",
        // 信访
        "SOCIAL | 信访案件 | ≤2件 | 没有信访处理记录",
        // 应急, with main's 无
        "QUALITY | 安全生产事故 | 杜绝 | 无事故应急预案",
        // 生态环境
        "ECOLOGICAL | 环境污染事件 | 0起 | 没有污染事件的监测平台",
      })
  void aDenialOfASafeguardNamedAfterTheThingIsNoDenialOfIt(Subcategory sub, String name, String target, String actual) {
    aNegatedWorkOrADeniedPreventionIsNoDenialOfTheThing(sub, name, target, actual);
  }

  /**
   * Under a target of none read as words (杜绝, 不发生), a count of occurrences reported in the actual outweighs a
   * denial beside it: something happened (review 66c: 发生一般安全事故1起，没有造成人员伤亡 read met, and with 未造成
   * already on main).
   */
  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 教育
        "SOCIAL | 校园安全事故 | 杜绝 | 发生学生意外受伤事故1起，未造成严重后果",
        // 消防
        "SOCIAL | 火灾事故 | 不发生 | 发生一般火灾3起，全年重大火灾零发生",
        // 信访
        "SERVED_SATISFACTION | 群众投诉 | 杜绝 | 接到群众投诉2件，没有出现重复投诉",
        // 卫健: the count after the denial
        "QUALITY | 医疗纠纷 | 不发生 | 没有发生重大医疗事故，一般医疗纠纷2例",
      })
  void aReportedOccurrenceOutweighsADenialBesideIt(Subcategory sub, String name, String target, String actual) {
    aNegatedWorkOrADeniedPreventionIsNoDenialOfTheThing(sub, name, target, actual);
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SERVED_SATISFACTION | 群众投诉次数 | ≤2次 | 未发生安全事故",
        "SOCIAL | 群众投诉次数 | ≤2次 | 不存在安全生产事故情况",
        "SOCIAL | 食品安全事故 | 无 | 没有乱收费现象",
        "QUALITY | 资金使用违规情况 | 无 | 没有发生安全事故",
        "SOCIAL | 学生家长投诉次数 | ≤2次 | 校园安全事故零发生",
        // 零 before another thing, read as the figure 0
        "SOCIAL | 信访案件数量 | ≤2件 | 全年零事故",
        "SOCIAL | 安全事故发生次数 | 0次 | 全年零投诉",
        "SERVED_SATISFACTION | 群众投诉次数 | ≤3次 | 实现零事故、零伤亡",
        // under a target of words or a bare denial (杜绝, 不发生, 无) it was read as met through the band
        "QUALITY | 违规使用资金情况 | 杜绝 | 未发生安全事故",
        "SOCIAL | 安全生产事故 | 不发生 | 全年无投诉",
        "SOCIAL | 食品安全事故 | 杜绝 | 未发生火灾事故",
        "QUALITY | 挤占挪用资金 | 无 | 没有发生安全事故",
        "SOCIAL | '' | 杜绝安全生产事故 | 全年无投诉",
        // the head of a kind is no second item of a list (火灾事故 is no 事故 of food), a resolve asks the same
        "SOCIAL | 食品安全事故 | 无 | 未发生火灾事故",
        "SOCIAL | 群体性事件 | 无 | 未发生环境污染事件",
        "QUALITY | 违规使用资金情况 | 坚决杜绝 | 未发生安全事故",
        // review 67v: one particular wrong is no other, one general wrong no other general one; a death rate or a
        // death of a named cause is not answered by an accident denied; a general word in a list is its item's
        "QUALITY | 截留资金金额 | 0元 | 未发现套取资金",
        "QUALITY | 违纪案件数 | 0件 | 未发现违规操作",
        "SOCIAL | 道路交通事故死亡人数 | 0人 | 全年未发生火灾",
        "SOCIAL | 学生溺水死亡人数 | 0人 | 校园安全事故零发生",
        "SERVED_SATISFACTION | 群众投诉次数 | ≤2次 | 未发生安全事故及质量问题",
        "SERVED_SATISFACTION | 群众投诉次数 | ≤2次 | 未发生安全事故和投诉举报渠道不畅问题",
      })
  void aDenialOfAnotherThingSaysNothingOfTheOneCounted(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0288");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 满意度: no complaints, no bad reviews, no accidents are no satisfaction rate
        "SERVED_SATISFACTION | 服务对象满意度 | ≥95% | 不存在投诉",
        "SERVED_SATISFACTION | 服务对象满意度 | ≥95% | 零差评",
        "SERVED_SATISFACTION | 群众满意度 | ≥90% | 全年无投诉",
        "SERVED_SATISFACTION | 群众满意率 | ≥90% | 没有接到群众投诉",
        "SERVED_SATISFACTION | 企业满意度 | 不低于90% | 未收到企业投诉",
        "SERVED_SATISFACTION | 游客满意度 | 95%以上 | 全年零投诉、零差评",
        "SERVED_SATISFACTION | 服务满意度 | ≥90% | 无安全事故发生",
        "SERVED_SATISFACTION | 服务对象满意度 | ≥90% | 未发现问题",
        // a rate of handling the thing denied: nothing came to handle, so the rate was never computed
        "QUALITY | 投诉办结率 | 100% | 没有接到投诉",
        "TIMELINESS | 投诉处理及时率 | 100% | 全年零投诉",
        "QUALITY | 隐患整改率 | 100% | 未发现安全隐患",
        "QUALITY | 事故处置率 | 100% | 未发生安全事故",
        "SOCIAL | 纠纷调解成功率 | ≥90% | 没有发生纠纷",
        "SERVED_SATISFACTION | 投诉满意率 | ≥90% | 未接到投诉",
        // another share: the thing denied is not its rest
        "QUALITY | 培训合格率 | ≥90% | 无投诉",
        "QUALITY | 安全生产合格率 | 100% | 未发生安全事故",
        "QUALITY | 工程质量合格率 | 100% | 未发生质量事故",
        "ECOLOGICAL | 污水排放达标率 | 100% | 未发生环境污染事件",
        "SOCIAL | 政策宣传覆盖率 | ≥90% | 无投诉",
        "TIMELINESS | 按时完成率 | 100% | 未发生投诉",
      })
  void aDenialDoesNotReportAShareOfSomethingWanted(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0289");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the rest of the share denied (ComplementRates.Pair, or the share negated)
        "SERVED_SATISFACTION | 好评率 | ≥95% | 零差评",
        "SERVED_SATISFACTION | 满意度 | ≥95% | 无不满意",
        "QUALITY | 合格率 | 100% | 无不合格",
        "QUALITY | 产品合格率 | 100% | 未发现不合格产品",
        "QUALITY | 达标率 | 100% | 无不达标情况",
        "TIMELINESS | 办理及时率 | 100% | 无逾期",
        "TIMELINESS | 办结及时率 | 100% | 未出现延误",
        "TIMELINESS | 按时完成率 | 100% | 无延期",
        "QUALITY | 数据准确率 | 100% | 无差错",
        "QUALITY | 资金使用合规率 | 100% | 无违规使用资金",
        "ECOLOGICAL | 污水排放达标率 | 100% | 无超标排放",
        "QUALITY | 设备完好率 | ≥95% | 未出现故障",
        "QUALITY | 信息公开准确率 | 100% | 未出现差错，无投诉",
        // a problem of any kind under a share of quality or compliance: every item passed
        "QUALITY | 合格率 | 100% | 未发现质量问题",
        "QUALITY | 验收合格率 | 100% | 无质量问题",
        "QUALITY | 资金使用合规率 | 100% | 未发现问题",
        // a target of none or a ceiling, or a share of the absence itself
        "QUALITY | 投诉率 | ≤1% | 没有接到投诉",
        "QUALITY | 有效投诉率 | 0 | 零投诉",
        "QUALITY | 安全无事故率 | 100% | 未发生安全事故",
        "SERVED_SATISFACTION | 员工投诉 | 无收到员工的投诉 | 没有收到员工投诉",
        // the share stated beside the denial, or a word of completion
        "SERVED_SATISFACTION | 服务对象满意度 | ≥90% | 满意度98%，无投诉",
        "SERVED_SATISFACTION | 服务对象满意度 | ≥95% | 已完成",
        "SERVED_SATISFACTION | 群众满意度 | ≥90% | 达标",
        "QUALITY | 合格率 | ≥95% | 达到预期",
      })
  void aDenialOfTheRestOfTheShareOrUnderATargetOfNoneStillMeetsIt(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @Test
  void theReasonNamesTheActualWhatWasDeniedAndTheShareAskedInBothLanguages() {
    IndicatorVerdict v = judge(Subcategory.SERVED_SATISFACTION, "群众满意度", "≥90%", "全年无投诉");
    assertThat(v.trace().reason()).isEqualTo("完成情况“全年无投诉”只说明没有“投诉”，没有报告指标“群众满意度”所要求的比率（≥90%），无法判定");
    assertThat(Messages.render(v.trace().code().orElseThrow(), v.trace().args(), Locale.ENGLISH).orElseThrow())
        .isEqualTo("the actual '全年无投诉' only says there was no '投诉'; it does not report the share the indicator '群众满意度'"
            + " asks (≥90%), so it cannot be judged");
  }
}
