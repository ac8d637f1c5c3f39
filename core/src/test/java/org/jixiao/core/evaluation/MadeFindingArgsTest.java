package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A finding's argument given as a function of its text reads as that text, made only when read. */
class MadeFindingArgsTest {
  private static final MessageCatalog CATALOG =
      MessageCatalog.of(Map.of("JX-T-0001", "第{n}项无法评分：{reasons}", "JX-T-0003", "{a}"), Map.of("JX-T-0001", "item {n} not scored: {reasons}"));

  private static Finding.Builder numbered(String n) {
    return Finding.builder().rule("t").code("JX-T-0001").severity(Severity.WARNING).putArgs("n", n).message(CATALOG, Locale.CHINESE);
  }

  private static Finding.Builder worded(String n, Supplier<String> reasons) {
    return numbered(n).putArgs("reasons", reasons);
  }

  private static Finding.Builder given(String n, String reasons) {
    return numbered(n).putArgs("reasons", reasons);
  }

  @Test
  void aFindingGivenAMakerReadsAndEqualsAsOneGivenItsText() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 6), strings().allPossible().ofLengthBetween(0, 8))
        .checkAssert(
            (n, reasons) -> {
              Finding made = worded(n, () -> reasons).build();
              Finding text = given(n, reasons).build();
              assertThat(made.args()).isEqualTo(text.args());
              assertThat(List.copyOf(made.args().keySet())).containsExactly("n", "reasons");
              assertThat(made.message()).isEqualTo(text.message());
              assertThat(made).isEqualTo(text).hasSameHashCodeAs(text);
              assertThat(text).isEqualTo(made);
              assertThat(made.toString()).isEqualTo(text.toString());
            });
  }

  @Test
  void theTextIsMadeOnlyWhenTheArgumentsOrTheMessageAreReadAndThenKept() {
    AtomicInteger calls = new AtomicInteger();
    Finding finding = worded("2", () -> {
      calls.incrementAndGet();
      return "(1) 目标未量化";
    }).build();
    Finding copy = Finding.builder().from(finding).location(Location.builder().seq(3).build()).build();
    Finding english = CATALOG.localise(finding, Locale.ENGLISH);
    assertThat(calls).as("copying and rewording make nothing").hasValue(0);
    assertThat(finding.message()).isEqualTo("第2项无法评分：(1) 目标未量化");
    assertThat(finding.args()).containsEntry("reasons", "(1) 目标未量化");
    assertThat(calls).hasValue(1);
    assertThat(english.message()).isEqualTo("item 2 not scored: (1) 目标未量化");
    assertThat(copy.args()).isEqualTo(finding.args());
    assertThat(copy.message()).isEqualTo(finding.message());
  }

  @Test
  void aLaterArgumentReplacesAMakerAndAMakerReplacesAText() {
    assertThat(worded("1", () -> "made").putArgs("reasons", "given").build().args()).containsEntry("reasons", "given");
    assertThat(given("1", "given").putArgs("reasons", () -> "made").build().message()).isEqualTo("第1项无法评分：made");
    Finding replaced = worded("1", () -> "made").args(Map.of("n", "9", "reasons", "all")).build();
    assertThat(replaced.message()).isEqualTo("第9项无法评分：all");
  }

  @Test
  void aTemplateOfOnlyAnArgumentMakesItsTextWhenBuiltToRefuseABlankMessage() {
    AtomicInteger calls = new AtomicInteger();
    Finding.Builder builder = Finding.builder().rule("t").code("JX-T-0003").severity(Severity.INFO);
    assertThatThrownBy(() -> builder.putArgs("a", () -> " ").message(CATALOG, Locale.CHINESE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finding message");
    Finding filled = builder.putArgs("a", () -> {
      calls.incrementAndGet();
      return "x";
    }).message(CATALOG, Locale.CHINESE).build();
    assertThat(calls).hasValue(1);
    assertThat(filled.message()).isEqualTo("x");
  }

  @Test
  void aTextMadeAsNullIsRefusedWithItsKey() {
    Finding finding = worded("1", MadeFindingArgsTest::nothing).build();
    assertThatThrownBy(finding::message).isInstanceOf(NullPointerException.class).hasMessageContaining("args text made for key: reasons");
    assertThatThrownBy(finding::args).isInstanceOf(NullPointerException.class).hasMessageContaining("args text made for key: reasons");
  }

  @SuppressWarnings("NullAway") // the point of the test: a maker breaking its contract
  private static String nothing() {
    return null;
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test: a caller breaking the contract
  void aMissingMakerIsRefusedWhenGiven() {
    assertThatThrownBy(() -> Finding.builder().putArgs("reasons", (Supplier<String>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("args text");
  }

  @Test
  void theArgumentsRefuseEveryChange() {
    Finding finding = worded("1", () -> "made").build();
    assertThatThrownBy(() -> finding.args().put("q", "1")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void threadsReadingTogetherAllReadTheSame() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 30; round++) {
        String reasons = "(" + round + ") 无实际值";
        Finding finding = worded("1", () -> reasons).build();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          boolean byArgs = t % 2 == 0;
          reads.add(pool.submit(() -> {
            start.await();
            return byArgs ? finding.args().get("reasons") : finding.message();
          }));
        }
        start.countDown();
        for (int t = 0; t < reads.size(); t++) {
          assertThat(reads.get(t).get()).isEqualTo(t % 2 == 0 ? reasons : "第1项无法评分：" + reasons);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
