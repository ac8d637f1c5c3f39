package gov.example.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.testkit.GeneratorSettings;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * The bureau's policy as a QuickTheories property over the testkit's generators, through the
 * jixiao-testkit-quicktheories adapter that the BOM manages: rates crowd around the threshold.
 */
class BureauPropertiesTest {
  private static final Evaluator BUREAU =
      Evaluator.builder().replace(BuiltInIds.EXECUTION_RATE, new LowExecutionPolicy()).build();

  @Test
  void belowTheThresholdNoExecutionPointsAtOrAboveItTheBuiltInOnes() {
    ModelGenerators near =
        new ModelGenerators(GeneratorSettings.REALISTIC.withRatesNear(60, LowExecutionPolicy.THRESHOLD));
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.gen(near.project(MoneyUnit.WAN_YUAN, 1)))
        .checkAssert(
            project -> {
              Evaluation bureau = BUREAU.evaluate(project);
              Evaluation standard = Evaluator.defaults().evaluate(project);
              bureau.execution().rate().ifPresent(rate -> {
                if (rate.compareTo(LowExecutionPolicy.THRESHOLD) < 0 && standard.execution().points().isPresent()) {
                  assertThat(bureau.execution().points()).contains(BigDecimal.ZERO.setScale(2));
                  assertThat(bureau.findings()).anyMatch(f -> f.code().equals("BUREAU-0001"));
                } else {
                  assertThat(bureau.execution().points()).isEqualTo(standard.execution().points());
                }
              });
            });
  }
}
