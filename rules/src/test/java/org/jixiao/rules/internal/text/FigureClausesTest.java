package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare figure of a target is a ceiling when what it counts is unwanted: the name, or the clause of the target
 * that holds it, names the unwanted thing. Another clause's unwanted thing is another condition: read whole, 验收合格率
 * 100%，且无安全事故 was a ceiling of 100 % that 95 % met.
 */
class FigureClausesTest {
  @ParameterizedTest(name = "{0} | {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // another condition beside the figure, joined by a comma or 且
        "工程验收 | 验收合格率100%，且无安全事故 | AT_LEAST",
        "工程验收 | 验收合格率100%且无安全事故 | AT_LEAST",
        "工程质量 | 合格率100%，无质量投诉 | AT_LEAST",
        "培训覆盖 | 覆盖100人，零投诉 | AT_LEAST",
        "服务质量 | 投诉率1%，满意度95% | AT_MOST",
        // the figure's own clause, the one before a bare figure, or the name counts the unwanted thing
        "服务 | 投诉5起 | AT_MOST",
        "信访 | 因项目引发的信访事件，3起 | AT_MOST",
        "安全 | 安全事故次数：1次 | AT_MOST",
        "安全事故 | 3起 | AT_MOST",
        "工程 | 返工率5% | AT_MOST",
        "投诉处理 | 投诉办结率100% | AT_LEAST",
      })
  void aBareFigureIsACeilingOnlyWhereItsClauseOrTheNameCountsSomethingUnwanted(
      String name, String target, Comparison expected) {
    assertThat(IndicatorTexts.parseTarget(indicator(name, target, "")).comparison()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "工程验收 | 验收合格率100%，且无安全事故 | 验收合格率95% | 0.95",
        "补贴发放 | 及时发放率100%，无投诉 | 及时发放率90% | 0.9",
        "培训覆盖 | 覆盖100人，零投诉 | 覆盖80人 | 0.8",
      })
  void aShareBesideADenialIsComparedAsAFloor(String name, String target, String actual, String fraction) {
    IndicatorVerdict v = Evaluator.defaults().judge(indicator(name, target, actual));

    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
  }

  private static Indicator indicator(String name, String target, String actual) {
    return Indicator.builder()
        .category(Category.OUTPUT)
        .subcategory(Subcategory.QUALITY)
        .name(name)
        .target(target)
        .actual(actual)
        .build();
  }
}
