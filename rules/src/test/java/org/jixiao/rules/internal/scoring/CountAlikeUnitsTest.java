package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure counted with another classifier than the target's is compared when the two count the
 * same things (个 and a classifier of things; classifiers of events among themselves), and the
 * completion word beside it no longer hides a shortfall.
 */
class CountAlikeUnitsTest {
  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource({
    // 个 stands for the classifier of the thing counted
    "建设3个站点, 已完成2座, 66.67%",
    "完成3个项目, 已完成2项, 66.67%",
    "扶持企业10个, 扶持8家, 80%",
    "新建2座公厕, 建成2个, 100%",
    // sessions, issues and rounds of the same course
    "培训10场, 完成8次, 80%",
    "举办培训不少于4期, 已举办3场, 75%",
    "开展宣传活动12次, 开展12场, 100%",
    // a figure in the target's own unit wins over one that only counts alike
    "购置设备6台, 完成3个站点建设，购置设备5台, 83.33%",
  })
  void aFigureInAClassifierThatCountsAlikeIsCompared(String target, String actual, String percent) {
    IndicatorResult r = evaluate(target, actual);
    assertThat(r.trace().method()).isEqualTo("positive-ratio");
    assertThat(r.trace().args()).containsEntry("percent", percent);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    // persons are not person-times (domain §4), buildings are not machines: the word decides
    "培训不少于100人次, 已完成培训80人",
    "建设3座, 已完成2台",
    "服务100户, 已完成服务80人",
  })
  void classifiersThatCountOtherThingsAreNotCompared(String target, String actual) {
    IndicatorResult r = evaluate(target, actual);
    assertThat(r.trace().method()).isNotEqualTo("positive-ratio");
    assertThat(r.trace().args().get("actual")).isEqualTo(actual);
  }

  private static IndicatorResult evaluate(String target, String actual) {
    Project p =
        Project.builder()
            .seq(1)
            .name("站点建设项目")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .indicators(IndicatorSet.of(List.of(Indicator.of(Subcategory.QUANTITY, target, actual))))
            .build();
    return Evaluator.defaults().evaluate(p).indicators().get(0);
  }
}
