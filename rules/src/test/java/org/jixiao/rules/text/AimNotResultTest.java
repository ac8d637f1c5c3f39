package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual that only says what was aimed at is no result (review 68u: 力争无不合格 and 下一步将确保无不合格 met, as 无不合格;
 * 力争不发生安全事故 met, as none happened): undetermined (aim-not-result, JX-T-0293). A result said beside or after the
 * aim, 争取到 (secured) and words of the aim that hold a result (力争全年已完成) read as before.
 */
class AimNotResultTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 产品抽检合格率 | ≥95% | 力争无不合格",
        "QUALITY | 产品抽检合格率 | ≥95% | 下一步将确保无不合格",
        "QUANTITY | 培训任务 | 完成培训任务 | 力争全部完成",
        "QUANTITY | 培训任务 | 完成培训任务 | 计划于年底前全部完成",
        "SOCIAL | 安全事故 | 0起 | 力争不发生安全事故",
        "SOCIAL | 安全事故 | 0起 | 今后将继续确保不发生安全事故",
        // an item's number or a bracket before the aim (review 69e)
        "QUANTITY | 培训任务 | 完成培训任务 | 1.力争全部完成；2.下一步将确保无投诉",
        "QUANTITY | 培训任务 | 完成培训任务 | （力争全部完成）",
        // a date aimed at, read by the deadline (review 70c), and 旨在
        "TIMELINESS | 项目完成时间 | 年底前完成 | 力争年底前完成",
        "TIMELINESS | 档案数字化完成时间 | 年内完成 | 计划于12月完成",
        "SOCIAL | 辖区人居环境 | 明显改善 | 旨在明显改善辖区人居环境",
        // 确保 opening the clause (review 70c), and a whole hoped for
        "COST | 补助资金发放 | 按时足额发放 | 确保补助资金按时足额发放",
        "QUANTITY | 项目完工率 | 100% | 有望年底全部完工",
        "QUANTITY | 老旧小区改造 | 全部完成 | 预计12月底前全部完成",
      })
  void anAimIsNoResult(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0293");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY | 培训任务 | 完成培训任务 | 力争全部完成，已实现",
        "QUANTITY | 培训任务 | 完成培训任务 | 已全部完成，下一步将继续巩固",
        "QUANTITY | 培训任务 | 完成培训任务 | 争取到上级支持，全部完成",
        "QUANTITY | 培训任务 | 完成培训任务 | 力争全年任务已全部完成",
        "SOCIAL | 安全事故 | 0起 | 未发生安全事故，今后将继续保持",
        "QUALITY | 产品抽检合格率 | ≥95% | 抽检无不合格",
        // review 69d: a result said again after the aim, the aim said reached in its clause, an aim word that opens no
        // clause or is part of another word
        "QUANTITY | 完成情况 | 全部完成 | 年初力争全部完成，实际全部完成",
        "QUALITY | 质量抽检 | 无不合格 | 年初力争无不合格的目标圆满实现",
        "QUANTITY | 完成情况 | 全部完成 | 争取全部完成的目标已达成",
        "QUANTITY | 完成情况 | 按期完成 | 较计划于年底完成提前2个月全部完成",
        "QUANTITY | 继续教育完成率 | 100% | 将继续教育学时全部完成",
        "SOCIAL | 安全事故 | 0起 | 至今后续运行中未发生安全事故",
        "QUANTITY | 规划编制 | 完成规划编制 | 今后三年发展规划编制完成",
        "QUANTITY | 改造完成 | 全部完成 | 通过积极争取资金全部完成改造",
        // a date done beside the aim
        "TIMELINESS | 完成时间 | 年内完成 | 计划于12月完成，实际11月完成",
        "TIMELINESS | 完成时间 | 年内完成 | 力争全部完成，已于11月完成",
        // 确保了 is a result; 确保 after the result states a purpose
        "SOCIAL | 特困人员救助 | 应保尽保 | 确保了符合条件的特困人员应保尽保",
        "SERVED_SATISFACTION | 群众满意度 | ≥90% | 确保了群众满意度达到95%",
        "SERVED_SATISFACTION | 群众满意度 | ≥90% | 满意度达到95%，确保群众满意",
        "QUANTITY | 项目完工情况 | 全部完工 | 已全部完工，有望明年投入使用", // a hope for what comes after the work
      })
  void aResultBesideOrInsideTheAimIsRead(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SERVED_SATISFACTION | 群众满意度 | ≥90% | 确保群众满意度达到90%以上",
        "QUANTITY | 资金拨付及时率 | 100% | 确保资金拨付及时率100%",
        "QUANTITY | 培训人数 | ≥300人 | 确保培训300人",
      })
  void aFigureToBeEnsuredIsNoLevel(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0292");
  }
}
