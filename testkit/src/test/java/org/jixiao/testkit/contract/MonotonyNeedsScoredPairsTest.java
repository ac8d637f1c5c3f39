package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.opentest4j.TestAbortedException;
import org.junit.jupiter.api.Test;

/**
 * A declared direction is checked on pairs the scorer scores: when it scores none of them, the
 * monotony property says so and how to give it input, rather than pass having compared nothing.
 */
class MonotonyNeedsScoredPairsTest {

  /** Scores only "培训{n}期" / "完成{n}期", a share of the target capped at 1; declines the rest. */
  static final class Sessions implements IndicatorScorer {
    private static final Pattern TARGET = Pattern.compile("培训(\\d+)期");
    private static final Pattern ACTUAL = Pattern.compile("完成(\\d+)期");

    @Override
    public String id() {
      return "sessions";
    }

    @Override
    public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
      Matcher t = TARGET.matcher(input.target());
      Matcher a = ACTUAL.matcher(input.actual());
      if (!t.matches() || !a.matches()) {
        return Optional.empty();
      }
      BigDecimal target = new BigDecimal(t.group(1));
      BigDecimal actual = new BigDecimal(a.group(1));
      BigDecimal f = target.signum() == 0 ? BigDecimal.ONE : actual.divide(target, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
      return Optional.of(IndicatorVerdict.scored(f, Trace.of(id(), "share", "完成期数 / 目标期数")));
    }
  }

  private static IndicatorScorerContract contract(boolean ownPhrases) {
    return new IndicatorScorerContract() {
      @Override
      public IndicatorScorer scorer() {
        return new Sessions();
      }

      @Override
      public Optional<Direction> direction() {
        return Optional.of(Direction.LARGER_IS_BETTER);
      }

      @Override
      public IndicatorInput monotoneInput(Direction direction, long target, long actual) {
        if (!ownPhrases) {
          return IndicatorScorerContract.super.monotoneInput(direction, target, actual);
        }
        return IndicatorInput.of(Indicator.of(Subcategory.QUANTITY, "培训" + target + "期", "完成" + actual + "期"), 0);
      }
    };
  }

  @Test
  void aDeclaredDirectionWithNoPairScoredFailsAndSaysHowToGiveInput() {
    assertThatThrownBy(contract(false)::isMonotoneInItsDeclaredDirection)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("sessions breaks 'monotone, LARGER_IS_BETTER'")
        .hasMessageContaining("no pair was scored")
        .hasMessageContaining("override monotoneInput");
  }

  @Test
  void theSameScorerGivenItsOwnPhrasesPasses() {
    assertThatCode(contract(true)::isMonotoneInItsDeclaredDirection).doesNotThrowAnyException();
  }

  @Test
  void withoutADeclaredDirectionTheCheckIsSkippedNotPassed() {
    IndicatorScorerContract undeclared = () -> new Sessions();
    // an aborted test is reported as skipped: a report does not count a check that never ran
    assertThatThrownBy(undeclared::isMonotoneInItsDeclaredDirection).isInstanceOf(TestAbortedException.class).hasMessageContaining("no direction");
  }
}
