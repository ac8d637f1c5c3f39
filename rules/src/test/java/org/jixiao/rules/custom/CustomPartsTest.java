package org.jixiao.rules.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.Part;
import org.junit.jupiter.api.Test;

/**
 * Custom parts replace built-ins by id, by builder and by ServiceLoader, and change results as
 * expected. The project is 序号 24 of the seed table: 88.45 under the built-in parts (see
 * GoldenEvaluationsTest).
 */
class CustomPartsTest {
  private static final BigDecimal BUILT_IN_SCORE = new BigDecimal("88.45");

  @Test
  void builtInPartsGiveTheGoldenScore() {
    assertThat(Evaluator.defaults().evaluate(row24()).score()).contains(BUILT_IN_SCORE);
  }

  @Test
  void aCustomExecutionScorerReplacesTheBuiltInByIdThroughTheBuilder() {
    Evaluator evaluator =
        Evaluator.builder().replace(BuiltInIds.EXECUTION_RATE, new ThresholdExecutionScorer()).build();
    Evaluation e = evaluator.evaluate(row24());

    // rate 47.87 % < 90 % → 0 instead of 4.79: 88.45 − 4.79 = 83.66
    assertThat(evaluator.partIds()).contains("threshold-execution").doesNotContain(BuiltInIds.EXECUTION_RATE);
    assertThat(e.execution().trace().rule()).isEqualTo("threshold-execution");
    assertThat(e.execution().points()).contains(new BigDecimal("0.00"));
    assertThat(e.score()).contains(new BigDecimal("83.66"));
  }

  @Test
  void aCustomScorerLoadedAsAServiceReplacesTheBuiltInQualitativeScorer() {
    Evaluator evaluator = Evaluator.builder().loadParts(getClass().getClassLoader()).build();
    Evaluation e = evaluator.evaluate(row24());

    // 完成较好 now passes at 100 % instead of 90 %: 数量 16.67, 质量 16.67, 经济效益 30 in full;
    // 4.79 + 16.67 + 16.67 + 16.66 + 30 + 10 = 94.79
    assertThat(evaluator.partIds()).contains("pass-fail-words").doesNotContain(BuiltInIds.QUALITATIVE);
    assertThat(e.indicators().get(0).trace().rule()).isEqualTo("pass-fail-words");
    assertThat(e.score()).contains(new BigDecimal("94.79"));
  }

  @Test
  void aPartDeclaringWhatItReplacesWorksWhenAddedToo() {
    Evaluation e = Evaluator.builder().add(new PassFailWordsScorer()).build().evaluate(row24());

    assertThat(e.score()).contains(new BigDecimal("94.79"));
  }

  @Test
  void anAddedCheckRunsAfterTheBuiltInChecks() {
    Evaluator evaluator = Evaluator.builder().add(new ProblemsStatedCheck()).build();

    // project checks run in order: the built-in ones, then the added one (table checks follow)
    assertThat(evaluator.partIds()).containsSubsequence(BuiltInIds.OVER_ACHIEVEMENT, "problems-stated", BuiltInIds.SEQUENCE);
    // row 24 is 基本完成 and its problem cell says 无
    assertThat(evaluator.evaluate(row24()).findings()).anyMatch(f -> f.rule().equals("problems-stated"));
  }

  @Test
  void anAddedScorerIsTriedBeforeTheBuiltInOnes() {
    IndicatorScorer everything = new FixedScorer("everything-half", new BigDecimal("0.5"));
    Evaluator evaluator = Evaluator.builder().add(everything).build();

    assertThat(evaluator.partIds().indexOf("everything-half")).isLessThan(evaluator.partIds().indexOf(BuiltInIds.NOT_APPLICABLE));
    assertThat(evaluator.judge(indicator("不少于5场", "6场")).fraction()).contains(new BigDecimal("0.5"));
  }

  @Test
  void aBuiltInScorerCanBeDisabledById() {
    Evaluator evaluator = Evaluator.builder().disable(BuiltInIds.QUALITATIVE).build();

    assertThat(evaluator.judge(indicator("按时支付各项费用", "完成")).outcome().name()).isEqualTo("UNDETERMINED");
  }

  @Test
  void twoPartsWithOneIdFailWhenTheEvaluatorIsBuilt() {
    Evaluator.Builder builder =
        Evaluator.builder()
            .add(new FixedScorer("mine", BigDecimal.ONE))
            .add(new FixedScorer("mine", BigDecimal.ZERO));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("'mine'");
  }

  @Test
  void aPartTakingABuiltInIdWithoutReplacingItFails() {
    Evaluator.Builder builder = Evaluator.builder().add(new FixedScorer(BuiltInIds.QUANTITATIVE, BigDecimal.ONE));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("'quantitative'");
  }

  @Test
  void conflictsAreReportedWithTheIdConcerned() {
    assertThatThrownBy(() -> Evaluator.builder().replace("no-such-part", new ThresholdExecutionScorer()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'no-such-part'");
    assertThatThrownBy(() -> Evaluator.builder().disable("no-such-part").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'no-such-part'");
    assertThatThrownBy(() -> Evaluator.builder().disable(BuiltInIds.EXECUTION_RATE).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'execution-rate'");
    assertThatThrownBy(() -> Evaluator.builder().add(new ThresholdExecutionScorer()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'threshold-execution'");
    assertThatThrownBy(() -> Evaluator.builder().replace(BuiltInIds.QUANTITATIVE, new ThresholdExecutionScorer()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'quantitative'");
    assertThatThrownBy(() -> Evaluator.builder().add(new Part() {
          @Override
          public String id() {
            return "nothing";
          }
        }).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'nothing'");
  }

  private static Project row24() {
    // 序号 24 of the seed table, as the golden test places it
    return Project.builder()
        .seq(24)
        .name("其他一般管理事务")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("15.00"))
        .actual(new BigDecimal("7.18"))
        .statedCompletion("完成较好")
        .problems("无")
        .indicators(
            IndicatorSet.of(
                Indicator.of(Subcategory.QUANTITY, "保证日常工作能正常运行的数量", "完成较好"),
                Indicator.of(Subcategory.QUALITY, "严格按采购办法执行", "完成较好"),
                Indicator.of(Subcategory.TIMELINESS, "年度内完成", "已完成"),
                Indicator.of(Subcategory.ECONOMIC, "群众到对外服务窗口办事方便快捷", "完成较好"),
                Indicator.builder().category(Subcategory.SOCIAL.category()).subcategory(Subcategory.SOCIAL).build(),
                Indicator.of(Subcategory.SERVED_SATISFACTION, "群众满意度较好、员工对办公设备满意度较好", "已实现")))
        .build();
  }

  private static Indicator indicator(String target, String actual) {
    return Indicator.of(Subcategory.QUANTITY, target, actual);
  }

  /** A scorer giving one fraction to everything. */
  @Test
  void partsThatACustomScorerSplitsAgainKeepTheirOwnParts() {
    IndicatorScorer nested =
        new IndicatorScorer() {
          @Override
          public String id() {
            return "nested-parts";
          }

          @Override
          public Optional<IndicatorVerdict> score(
              org.jixiao.rules.spi.IndicatorInput input, org.jixiao.rules.spi.ScoringContext context) {
            org.jixiao.core.evaluation.Trace trace = org.jixiao.core.evaluation.Trace.of(id(), "nested", "parts of parts");
            IndicatorVerdict inner =
                IndicatorVerdict.scored(
                        BigDecimal.ONE,
                        trace,
                        java.util.List.of(
                            IndicatorVerdict.scored(BigDecimal.ONE, trace).forItem(1),
                            IndicatorVerdict.scored(BigDecimal.ONE, trace).forItem(2)))
                    .forItem(2);
            return Optional.of(
                IndicatorVerdict.scored(
                    BigDecimal.ONE, trace, java.util.List.of(IndicatorVerdict.scored(BigDecimal.ONE, trace).forItem(1), inner)));
          }
        };
    Evaluation e = Evaluator.builder().add(nested).build().evaluate(row24());
    org.jixiao.core.evaluation.IndicatorResult first = e.indicators().get(0);
    assertThat(first.parts()).hasSize(2);
    assertThat(first.parts().get(0).parts()).isEmpty();
    assertThat(first.parts().get(1).parts()).hasSize(2);
    // the part's weight is shared by its own parts as the indicator's is by its parts
    assertThat(first.parts().get(1).parts().get(0).weight().add(first.parts().get(1).parts().get(1).weight()))
        .isLessThanOrEqualTo(first.parts().get(1).weight());
  }

  /**
   * A custom part's reason given as its own code and format keeps its wording under an English
   * evaluator: only built-in codes are re-worded (the English engine once gave every coded reason
   * the built-in format, which threw "no reason text" when the reason was read).
   */
  @Test
  void aCustomPartsCodedReasonKeepsItsOwnFormatUnderAnEnglishEvaluator() {
    org.jixiao.core.evaluation.Trace.ReasonFormat bureau = (code, args) -> "本局规则 " + code + "：" + args.get("x");
    IndicatorScorer coded =
        new IndicatorScorer() {
          @Override
          public String id() {
            return "bureau-scorer";
          }

          @Override
          public Optional<IndicatorVerdict> score(
              org.jixiao.rules.spi.IndicatorInput input, org.jixiao.rules.spi.ScoringContext context) {
            return Optional.of(
                IndicatorVerdict.scored(
                    BigDecimal.ONE,
                    org.jixiao.core.evaluation.Trace.builder().rule(id()).method("own").reason("BUREAU-T-1", bureau).putArgs("x", "42").build()));
          }
        };
    org.jixiao.rules.spi.ExecutionScorer noPoints =
        new org.jixiao.rules.spi.ExecutionScorer() {
          @Override
          public String id() {
            return "bureau-execution";
          }

          @Override
          public org.jixiao.core.evaluation.ExecutionResult score(Project project, BigDecimal weight, org.jixiao.rules.Profile profile) {
            return org.jixiao.core.evaluation.ExecutionResult.builder()
                .weight(weight)
                .trace(org.jixiao.core.evaluation.Trace.builder().rule(id()).method("own").reason("BUREAU-T-2", bureau).putArgs("x", "7").build())
                .build();
          }
        };
    Evaluation e =
        Evaluator.builder()
            .locale(java.util.Locale.ENGLISH)
            .add(coded)
            .replace(BuiltInIds.EXECUTION_RATE, noPoints)
            .build()
            .evaluate(row24());

    assertThat(e.indicators().get(0).trace().reason()).isEqualTo("本局规则 BUREAU-T-1：42");
    assertThat(e.execution().trace().reason()).isEqualTo("本局规则 BUREAU-T-2：7");
    // the built-in finding that quotes it is worded in English around the part's own words
    assertThat(e.findings())
        .filteredOn(f -> f.code().equals("JX-R-0101"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("本局规则 BUREAU-T-2：7").doesNotContain("无法计算"));
  }

  private static final class FixedScorer implements IndicatorScorer {
    private final String id;
    private final BigDecimal fraction;

    FixedScorer(String id, BigDecimal fraction) {
      this.id = id;
      this.fraction = fraction;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Optional<IndicatorVerdict> score(org.jixiao.rules.spi.IndicatorInput input, org.jixiao.rules.spi.ScoringContext context) {
      return Optional.of(IndicatorVerdict.scored(fraction, org.jixiao.core.evaluation.Trace.of(id, "fixed", "always " + fraction)));
    }
  }
}
