package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A rule kept by work still in progress is no completion (review 70c: 按照年度计划稳步推进 under 完成 read met as 按…计划):
 * the clause that keeps to the plan ends with work going on (推进, 实施中) or says 正在. Not where what was pushed is
 * named (按规定推进资金使用), the target asks the progress itself, or the work is said done beside it.
 */
class WorkInProgressTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "年度绩效目标 | 完成 | 按照年度计划稳步推进",
        "工程进度 | 按计划完成 | 按计划有序推进",
        "工程进度 | 按计划完成 | 按照计划推进实施",
        "项目实施 | 按要求完成 | 按要求有序实施中",
        "项目实施 | 按要求完成 | 按要求正在实施",
      })
  void aRuleKeptByWorkGoingOnIsNoCompletion(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "资金使用 | 按规定使用 | 严格按规定推进资金使用", // what was pushed is named
        "工程进度 | 按计划推进 | 已按计划推进", // the progress asked
        "项目完成率 | 100% | 按计划完成",
        "工程进度 | 按进度推进 | 严格按照进度计划推进，已完成年度任务",
      })
  void otherRulesKeptReadAsBefore(String name, String target, String actual) {
    met(judge(Subcategory.QUANTITY, name, target, actual));
  }

  @Test
  void noRuleKeptByWorkGoingOnMeetsATargetOfCompletion() {
    qt().forAll(Generate.pick(List.of("计划", "要求", "规定", "标准")), Generate.pick(List.of("稳步推进", "有序推进", "推进中", "实施中", "施工中", "有序进行")))
        .checkAssert(
            (rule, progress) -> {
              IndicatorVerdict v = judge(Subcategory.QUANTITY, "项目实施", "按" + rule + "完成", "按照" + rule + progress);
              assertThat(v.outcome()).as(v.trace().reason()).isNotEqualTo(Outcome.SCORED);
            });
  }
}
