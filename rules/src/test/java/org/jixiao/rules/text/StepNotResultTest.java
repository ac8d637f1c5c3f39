package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cell that only says a step of the procedure was completed (招标, 设计, 立项, 采购, 审计, 结算, 测评, 考核 …) says nothing of the
 * work's result (reviews 70c and 70d: the band read 已完成 as met under 工程完工率, 工程验收合格率, 满意度): undetermined
 * (step-not-result, JX-T-0294). A step the name or target asks, the work's result said beside the step, and a step the
 * work kept to (符合设计, 按合同约定) read as before.
 */
class StepNotResultTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 工程完工率 | 100% | 已完成招标，签订施工合同",
        "QUALITY | 工程验收合格率 | ≥95% | 已完成工程结算审计",
        "SERVED_SATISFACTION | 服务对象满意度 | ≥90% | 按要求完成满意度测评工作",
        "QUANTITY | 道路建设长度 | ≥5公里 | 已完成施工招标及合同签订",
        "TIMELINESS | 项目建设 | 按期完成 | 已完成项目建设前期工作",
        "QUALITY | 培训合格率 | ≥90% | 已完成结业考核",
        "QUANTITY | 培训期数 | ≥6期 | 培训服务采购已完成，签订服务合同", // the step before the completion
        // review 78b h048: 可行性研究 written out, beyond the reach of the 设计 after it, and 图纸审查
        "QUANTITY | 全民健身中心项目 总体目标 | 新建全民健身中心1个 | 2023年完成前期工作,完成可行性研究、项目设计、项目勘察、图纸审查、项目审批、施工招标、监理招标。",
        "QUANTITY | 新建文化广场 | 年内建成 | 完成可行性研究和初步设计",
        "QUANTITY | 新建文化广场 | 年内建成 | 已完成施工图审查",
      })
  void aStepOfTheProcedureDoneIsNoResult(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0294");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 招标完成率 | 100% | 已完成招标",
        "QUANTITY | 可行性研究报告编制 | 完成 | 已完成可研报告编制并通过评审",
        "QUANTITY | 可行性研究报告编制 | 完成 | 已完成可行性研究报告编制", // the name asks the step
        "QUANTITY | 案件审查 | 完成 | 已完成全部案件审查",
        "QUALITY | 工程完工率 | 100% | 已完成招标，工程已全部完工",
        "QUALITY | 工程完工率 | 100% | 工程已全部完工，已完成招标",
        "QUANTITY | 设备投入使用 | 完成 | 完成采购设备安装调试并投入使用",
        "QUANTITY | 资金支付 | 按合同约定支付 | 已按合同约定完成结算支付",
        "QUANTITY | 完成情况 | 全部完成 | 按合同约定全部完成",
        "QUALITY | 工程质量 | 合格 | 经第三方检测，各项指标均符合设计及规范要求",
      })
  void theStepAskedOrTheResultBesideItIsRead(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a plan said met by a step done is no plan met (review 70c)
        "QUANTITY | 培训人次 | ≥500人次 | 计划培训500人次，已完成培训方案制定和师资遴选",
      })
  void aPlanIsNotMetByAStepDone(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0292");
  }
}
