package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A rate of what came of the work answered only by the work said done (reviews 70c, 70d: 已完成植树1.2万株 under
 * 造林成活率, 已完成等保测评工作 under 等级保护测评通过率, read met by 完成): undetermined ({@code work-not-outcome},
 * JX-T-0297). A completion naming nothing, one whose clause names the outcome, a share, or a name that is no rate of an
 * outcome read as before.
 */
class WorkNotOutcomeTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "苗木成活率 | ≥90% | 已完成植树造林500亩",
        "造林成活率 | ≥85% | 已完成植树1.2万株",
        "培训合格率 | ≥90% | 已完成培训300人",
        "就业率 | ≥80% | 完成技能培训500人",
        "水质达标率 | 100% | 已完成供水管网改造10公里",
        "等级保护测评通过率 | 100% | 已完成等保测评工作",
      })
  void theWorkDoneSaysNothingOfItsOutcome(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.trace().method()).isEqualTo("work-not-outcome");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "苗木成活率 | ≥90% | 已完成", // the form's shorthand, naming nothing
        "苗木成活率 | ≥90% | 已完成植树造林500亩，成活率95%", // a share
        "培训合格率 | ≥90% | 完成培训300人，考核全部合格", // the outcome said
        "项目完成率 | 100% | 已完成植树造林500亩", // no rate of an outcome
      })
  void otherCompletionsReadAsBefore(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    assertThat(v.trace().method()).as(v.trace().reason()).isNotEqualTo("work-not-outcome");
  }

  @Test
  void noCountOfWorkDoneAnswersARateOfItsOutcome() {
    qt().forAll(integers().between(1, 100_000), Generate.pick(List.of("培训", "植树", "改造", "体检")), Generate.pick(List.of("合格率", "成活率", "达标率")))
        .checkAssert(
            (count, work, rate) -> {
              IndicatorVerdict v = judge(Subcategory.QUALITY, "项目" + rate, "≥90%", "已完成" + work + count + "人次");
              assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
            });
  }
}
