package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jixiao.rules.internal.text.DateReader;
import org.junit.jupiter.api.Test;

/** A target whose deadline is found when read is the same value as one given its deadline. */
class TargetTest {
  private static final Quantity FIGURE =
      new Quantity(BigDecimal.valueOf(3), Optional.empty(), Unit.of("个").orElseThrow(), false, 7, 8);
  private static final Optional<Deadline> BY_YEAR_END =
      Optional.of(new Deadline("2023年底前", DateReader.last("2023年底前"), Optional.empty()));

  private static Target given(Optional<Deadline> deadline) {
    return new Target("2023年底前完成3个", Comparison.AT_LEAST, false, Optional.of(FIGURE), deadline);
  }

  private static Target found(Supplier<Optional<Deadline>> deadline) {
    return new Target("2023年底前完成3个", Comparison.AT_LEAST, false, Optional.of(FIGURE), deadline);
  }

  @Test
  void aDeadlineFoundWhenReadMakesATargetEqualToOneGivenIt() {
    for (Optional<Deadline> deadline : List.of(BY_YEAR_END, Optional.<Deadline>empty())) {
      Target eager = given(deadline);
      Target lazy = found(() -> deadline);
      assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
      assertThat(lazy.deadline()).isEqualTo(deadline);
      assertThat(lazy.describe()).isEqualTo(eager.describe());
    }
    assertThat(found(() -> BY_YEAR_END)).isNotEqualTo(given(Optional.empty()));
  }

  @Test
  void theDeadlineIsFoundOnlyWhenReadAndOnlyOnce() {
    AtomicInteger calls = new AtomicInteger();
    Target target =
        found(
            () -> {
              calls.incrementAndGet();
              return BY_YEAR_END;
            });
    assertThat(target.quantity()).contains(FIGURE);
    assertThat(target.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(calls).hasValue(0);
    assertThat(target.deadline()).isEqualTo(BY_YEAR_END);
    assertThat(target.deadline()).isEqualTo(BY_YEAR_END);
    assertThat(target.equals(given(BY_YEAR_END))).isTrue();
    assertThat(calls).hasValue(1);
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test: a caller breaking the contract
  void aFunctionThatFindsNullIsRefusedWhenRead() {
    Target target = found(() -> null);
    assertThatThrownBy(target::deadline).isInstanceOf(NullPointerException.class).hasMessageContaining("deadline");
    assertThatThrownBy(() -> found((Supplier<Optional<Deadline>>) null)).isInstanceOf(NullPointerException.class).hasMessageContaining("deadline");
  }

  @Test
  void threadsReadingAtOnceSeeTheSameDeadline() throws InterruptedException {
    Target target = found(() -> Optional.of(new Deadline("2023年底前", DateReader.last("2023年底前"), Optional.empty())));
    List<Optional<Deadline>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> seen.add(target.deadline()));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(seen).hasSize(4).allSatisfy(d -> assertThat(d).isEqualTo(BY_YEAR_END));
  }

  /** Parsed targets find their deadline when read: a deadline word, a date, a time limit, none. */
  @Test
  void parsedTargetsReadTheirDeadlinesAsBefore() {
    assertThat(IndicatorTexts.parseTarget("2023年底前完成3个").deadline().map(Deadline::text)).contains("2023年底前");
    assertThat(IndicatorTexts.parseTarget("48小时内办结").deadline().flatMap(Deadline::within).map(q -> q.value()))
        .contains(BigDecimal.valueOf(48));
    assertThat(IndicatorTexts.parseTarget("按时完成5项").deadline().map(Deadline::text)).contains("按时");
    assertThat(IndicatorTexts.parseTarget("≥95%").deadline()).isEmpty();
  }
}
