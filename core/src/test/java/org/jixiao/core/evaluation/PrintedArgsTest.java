package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.evaluation.Trace.Printed;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A number or a text maker given as a trace argument reads as its text, made only when read. */
class PrintedArgsTest {
  private static final Trace.ReasonFormat FORMAT = (code, args) -> code + " " + args;

  private static Trace.Builder coded() {
    return Trace.builder().rule("r").method("m").reason("X-1", FORMAT);
  }

  @Test
  void aNumberReadsAsItsTextInTheOrderItWasGiven() {
    Trace t =
        coded()
            .putArgs("a", "x")
            .putArgs("p", new BigDecimal("0.123456"), Printed.PERCENT)
            .putArgs("n", new BigDecimal("1.50"), Printed.PLAIN)
            .putArgs("b", "y")
            .build();
    assertThat(List.copyOf(t.args().keySet())).containsExactly("a", "p", "n", "b");
    assertThat(List.copyOf(t.args().values())).containsExactly("x", "12.35%", "1.5", "y");
    assertThat(t.reason()).isEqualTo("X-1 {a=x, p=12.35%, n=1.5, b=y}");
  }

  @Test
  void aTraceGivenNumbersEqualsOneGivenTheirText() {
    Trace numbers = coded().putArgs("p", new BigDecimal("0.8"), Printed.PERCENT).putArgs("n", BigDecimal.TEN, Printed.PLAIN).build();
    Trace texts = coded().putArgs("p", "80%").putArgs("n", "10").build();
    assertThat(numbers).isEqualTo(texts).hasSameHashCodeAs(texts);
    assertThat(texts).isEqualTo(numbers);
    assertThat(coded().putArgs("p", new BigDecimal("0.81"), Printed.PERCENT).putArgs("n", BigDecimal.TEN, Printed.PLAIN).build())
        .isNotEqualTo(texts);
  }

  @Test
  void plainDropsExponentAndTrailingZerosAndPercentRoundsHalfUpToTwoDecimals() {
    assertThat(Printed.PLAIN.print(new BigDecimal("1.2E+3"))).isEqualTo("1200");
    assertThat(Printed.PLAIN.print(new BigDecimal("0.050"))).isEqualTo("0.05");
    assertThat(Printed.PLAIN.print(new BigDecimal("-12.3400"))).isEqualTo("-12.34");
    assertThat(Printed.PLAIN.print(new BigDecimal("0.000"))).isEqualTo("0");
    assertThat(Printed.PERCENT.print(new BigDecimal("0.8"))).isEqualTo("80%");
    assertThat(Printed.PERCENT.print(new BigDecimal("1.2"))).isEqualTo("120%");
    assertThat(Printed.PERCENT.print(new BigDecimal("0.123456"))).isEqualTo("12.35%");
    assertThat(Printed.PERCENT.print(new BigDecimal("0.123449"))).isEqualTo("12.34%");
    assertThat(Printed.PERCENT.print(new BigDecimal("-0.000049"))).isEqualTo("0%");
  }

  /** Decimals at scales from −5 to 12. */
  private static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L).zip(integers().between(-5, 12), BigDecimal::valueOf);
  }

  @Test
  void plainPrintsTheSameValueWithoutExponentOrNeedlessZeros() {
    qt().forAll(decimals())
        .checkAssert(
            v -> {
              String text = Printed.PLAIN.print(v);
              assertThat(new BigDecimal(text)).isEqualByComparingTo(v);
              assertThat(text).doesNotContain("E").doesNotContain("e");
              assertThat(text.contains(".") && text.endsWith("0")).as("trailing zero in %s", text).isFalse();
            });
  }

  @Test
  void percentPrintsTheHundredfoldRoundedHalfUpToTwoDecimals() {
    qt().forAll(decimals())
        .checkAssert(
            v -> {
              String text = Printed.PERCENT.print(v);
              assertThat(text).endsWith("%");
              BigDecimal shown = new BigDecimal(text.substring(0, text.length() - 1));
              BigDecimal hundredfold = v.scaleByPowerOfTen(2);
              // within half a hundredth, and a half rounds away from zero
              assertThat(shown.subtract(hundredfold).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
              assertThat(shown).isEqualByComparingTo(hundredfold.setScale(2, RoundingMode.HALF_UP));
              assertThat(shown.scale()).isLessThanOrEqualTo(2);
            });
  }

  @Test
  void aCopyPrintsWhatItsOriginalWasGivenAndReplacingTheArgumentsDropsTheNumbers() {
    Trace original = coded().putArgs("p", new BigDecimal("0.5"), Printed.PERCENT).build();
    Trace copy = Trace.builder().from(original).putFigures("points", BigDecimal.ONE).build();
    assertThat(copy.args()).isEqualTo(Map.of("p", "50%"));
    assertThat(copy.reason()).isEqualTo("X-1 {p=50%}");
    Trace replaced = Trace.builder().from(original).args(Map.of("n", "5")).build();
    assertThat(replaced.args()).isEqualTo(Map.of("n", "5"));
    Trace overwritten = coded().putArgs("p", new BigDecimal("0.5"), Printed.PERCENT).putArgs("p", "half").build();
    assertThat(overwritten.args()).isEqualTo(Map.of("p", "half"));
  }

  @Test
  void aTextIsMadeOnlyWhenTheArgumentsOrTheReasonAreRead() {
    AtomicInteger calls = new AtomicInteger();
    Trace t =
        coded()
            .putArgs("a", "x")
            .putArgs("q", () -> {
              calls.incrementAndGet();
              return "≥ 95 %";
            })
            .build();
    Trace copy = Trace.builder().from(t).putFigures("points", BigDecimal.ONE).build();
    assertThat(calls).hasValue(0);
    assertThat(t.reason()).isEqualTo("X-1 {a=x, q=≥ 95 %}");
    assertThat(t.args()).isEqualTo(Map.of("a", "x", "q", "≥ 95 %"));
    assertThat(calls).hasValue(1);
    assertThat(copy.args()).isEqualTo(t.args());
    assertThat(t).isEqualTo(coded().putArgs("a", "x").putArgs("q", "≥ 95 %").build());
  }

  @Test
  void aTextMadeAsNullIsRefusedWithItsKey() {
    Trace t = coded().putArgs("q", () -> nothing()).build();
    assertThatThrownBy(t::args).isInstanceOf(NullPointerException.class).hasMessageContaining("args text made for key: q");
  }

  @SuppressWarnings("NullAway") // the point of the test: a maker breaking its contract
  private static String nothing() {
    return null;
  }

  @Test
  void theArgumentsRefuseEveryChange() {
    Trace t = coded().putArgs("p", new BigDecimal("0.5"), Printed.PERCENT).build();
    assertThatThrownBy(() -> t.args().put("q", "1")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test: a caller breaking the contract
  void aMissingNumberOrStyleIsRefusedWithItsName() {
    assertThatThrownBy(() -> coded().putArgs("p", null, Printed.PERCENT)).isInstanceOf(NullPointerException.class).hasMessageContaining("args number");
    assertThatThrownBy(() -> coded().putArgs("p", BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("args printed");
    assertThatThrownBy(() -> coded().putArgs("p", (java.util.function.Supplier<String>) null)).isInstanceOf(NullPointerException.class).hasMessageContaining("args text");
  }

  @Test
  void argumentsReadOnManyThreadsAtOnceAreTheSame() throws Exception {
    for (int round = 0; round < 20; round++) {
      Trace t = coded().putArgs("p", new BigDecimal("0.875"), Printed.PERCENT).putArgs("n", new BigDecimal("3.10"), Printed.PLAIN).build();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Map<String, String>>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          reads.add(pool.submit(() -> {
            start.await();
            return t.args();
          }));
        }
        start.countDown();
        for (Future<Map<String, String>> read : reads) {
          assertThat(read.get()).isEqualTo(Map.of("p", "87.5%", "n", "3.1"));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
