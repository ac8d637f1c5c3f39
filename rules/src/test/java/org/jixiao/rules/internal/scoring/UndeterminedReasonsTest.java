package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reason an undetermined indicator is given says which of the missing pieces was missing, in
 * Chinese by default and in English with the English format, under a stable code.
 */
class UndeterminedReasonsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2022年12月底前|已完工验收", "2021年6月|已竣工", "2023年10月底前|已交付使用"})
  void aDeadlineAgainstAWordOfCompletionIsNotSaidToStateNothing(String target, String actual) {
    // the words say the work was finished though no scorer reads them: 0219 would say they do not
    Trace trace = UndeterminedReasons.verdict(IndicatorInput.of(Indicator.of(Subcategory.TIMELINESS, target, actual), 0)).trace();
    assertThat(trace.code()).isPresent().get().isNotEqualTo("JX-T-0219");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*|保障运行|JX-T-0211|未填写目标值，实际完成值“保障运行”也没有完成情况的表述（完成、达标、满意等）|no target is stated, and the actual '保障运行' has no completion word (完成, 达标, 满意 …)",
        "不少于5场|保障运行|JX-T-0212|目标要求≥ 5 场，但实际完成值“保障运行”既没有数值，也没有完成情况的表述|the target asks for ≥ 5 场 but the actual '保障运行' states neither a figure nor a completion word",
        "不少于1500人次|1642人|JX-T-0213|目标要求≥ 1500 人次，但实际完成值只有其他单位的数值（1642 人），也没有完成情况的表述；人次无法换算为这些单位|the target asks for ≥ 1500 人次 but the actual gives figures only in other units (1642 人) and no completion word; 人次 is not convertible into them",
        "≥90%|回收率92%|JX-T-0504|目标要求≥ 90 %，实际完成值中同单位的数值（92 %）不是该指标所问的（其他事项、其他比率、计划数或其他年度），也没有完成情况的表述|the target asks for ≥ 90 %; the actual's figures in that unit (92 %) are not of what the indicator asks (another thing, another rate, a plan or another year), and it has no completion word",
        "提升服务水平|服务500人|JX-T-0215|目标“提升服务水平”没有可与实际数值比较的数值，实际完成值“服务500人”也没有完成情况的表述|the target '提升服务水平' sets no figure to compare the actual's figures with, and the actual '服务500人' has no completion word",
        "2021年4月15日|0|JX-T-0219|目标“2021年4月15日”是完成期限，实际完成值“0”既没有写明完成日期，也没有说明是否已完成|the target '2021年4月15日' is a deadline, and the actual '0' states neither a date nor whether the work was done",
        "2023年10月底前|按计划推进|JX-T-0219|目标“2023年10月底前”是完成期限，实际完成值“按计划推进”既没有写明完成日期，也没有说明是否已完成|the target '2023年10月底前' is a deadline, and the actual '按计划推进' states neither a date nor whether the work was done",
        "提升服务水平|保障运行|JX-T-0216|实际完成值“保障运行”没有完成情况的表述（完成、达标、满意等），目标也没有数值|no completion word (完成, 达标, 满意 …) in the actual '保障运行', and the target sets no figure"
      })
  void theReasonNamesWhatWasMissing(String target, String actual, String code, String zh, String en) {
    IndicatorInput input = IndicatorInput.of(Indicator.of(Subcategory.QUANTITY, target, actual), 0);

    Trace trace = UndeterminedReasons.verdict(input).trace();
    assertThat(trace.code()).contains(code);
    assertThat(trace.reason()).isEqualTo(zh);
    assertThat(trace.withFormat(Reasons.EN).reason()).isEqualTo(en);
  }

  @Test
  void aDeadlineAgainstABareZeroStaysUndeterminedWithTheDeadlineReason() {
    // 天津 东疆 2020 (survey 40a class D): 完工日期 2021年4月15日 | 0, remark 未到完工日期
    Indicator due = Indicator.builder().from(Indicator.of(Subcategory.TIMELINESS, "2021年4月15日", "0")).name("完工日期").build();
    Project project = Project.builder().name("东疆港区项目").moneyUnit(MoneyUnit.WAN_YUAN).indicators(IndicatorSet.of(due)).build();

    IndicatorResult r = Evaluator.defaults().evaluate(project).indicators().get(0);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.points()).isEmpty();
    assertThat(r.trace().code()).contains("JX-T-0219");
    assertThat(r.trace().method()).isEqualTo("no-rule-decided");
    assertThat(r.trace().reason()).isEqualTo("目标“2021年4月15日”是完成期限，实际完成值“0”既没有写明完成日期，也没有说明是否已完成");
  }
}
