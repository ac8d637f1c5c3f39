package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A trace's reason is given as text, or made from a code and arguments when first read. */
class TraceTest {
  private static final Trace.ReasonFormat ZH = (code, args) -> "实际" + args.get("n");
  private static final Trace.ReasonFormat EN = (code, args) -> "actual " + args.get("n");

  @Test
  void aReasonGivenAsTextIsThatText() {
    Trace t = Trace.of("r", "m", "因为");
    assertThat(t.reason()).isEqualTo("因为");
    assertThat(t.code()).isEmpty();
    assertThat(t.withFormat(EN)).isSameAs(t);
  }

  @Test
  void aCodedReasonIsFormattedOnceWhenFirstRead() {
    AtomicInteger calls = new AtomicInteger();
    Trace t =
        Trace.builder()
            .rule("r")
            .method("m")
            .reason("X-1", (code, args) -> {
              calls.incrementAndGet();
              return code + ":" + args.get("n");
            })
            .putArgs("n", "5")
            .putFigures("n", BigDecimal.valueOf(5))
            .build();
    assertThat(calls).hasValue(0);
    assertThat(t.reason()).isEqualTo("X-1:5");
    assertThat(t.reason()).isEqualTo("X-1:5");
    assertThat(calls).hasValue(1);
  }

  @Test
  void anotherFormatChangesTheWordsNotTheTrace() {
    Trace zh = Trace.builder().rule("r").method("m").reason("X-1", ZH).putArgs("n", "5").build();
    Trace en = zh.withFormat(EN);
    assertThat(zh.reason()).isEqualTo("实际5");
    assertThat(en.reason()).isEqualTo("actual 5");
    assertThat(en).isEqualTo(zh).hasSameHashCodeAs(zh);
    assertThat(en.code()).contains("X-1");
    assertThat(en.args()).isEqualTo(zh.args());
  }

  @Test
  void aCopyKeepsTheCodeAndItsFormat() {
    Trace zh = Trace.builder().rule("r").method("m").reason("X-1", ZH).putArgs("n", "5").build();
    Trace copy = Trace.builder().from(zh).putFigures("points", BigDecimal.ONE).build();
    assertThat(copy.reason()).isEqualTo("实际5");
  }

  @Test
  void aTextGivenAfterCopyingACodedTraceReplacesItsCode() {
    Trace coded = Trace.builder().rule("r").method("m").reason("X-1", ZH).putArgs("n", "5").build();
    Trace mine = Trace.builder().from(coded).rule("bureau").reason("本局规则").build();
    assertThat(mine.reason()).isEqualTo("本局规则");
    assertThat(mine.code()).isEmpty();
    assertThat(mine.args()).isEmpty();
    assertThat(mine).isNotEqualTo(Trace.builder().from(mine).reason("另一理由").build());
  }

  @Test
  void aCodeGivenAfterCopyingATextReasonReplacesTheText() {
    Trace text = Trace.builder().rule("r").method("m").reason("旧的理由").build();
    Trace coded = Trace.builder().from(text).reason("X-1", ZH).putArgs("n", "5").build();
    Trace fresh = Trace.builder().rule("r").method("m").reason("X-1", ZH).putArgs("n", "5").build();
    assertThat(coded.reason()).isEqualTo("实际5").isEqualTo(fresh.reason());
    assertThat(coded).isEqualTo(fresh);
  }

  @Test
  void aTraceWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> Trace.builder().rule("r").method("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no reason");
  }

  @Test
  void theMapsKeepTheOrderOfALinkedHashMapAndEqualIt() {
    qt().forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 20))
        .checkAssert(keys -> {
          Trace.Builder b = Trace.builder().rule("r").method("m").reason("X-1", ZH);
          java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            b.putArgs("k" + keys.get(i), "v" + i); // a key put again keeps its place, takes the new value
            expected.put("k" + keys.get(i), "v" + i);
          }
          Trace t = b.build();
          assertThat(t.args()).isEqualTo(expected).hasSameHashCodeAs(expected);
          assertThat(new java.util.ArrayList<>(t.args().entrySet())).isEqualTo(new java.util.ArrayList<>(expected.entrySet()));
          assertThat(t.args().toString()).isEqualTo(expected.toString());
          assertThat(Trace.builder().from(t).build().args()).isEqualTo(expected);
        });
  }

  @Test
  void theMapsRefuseEveryChange() {
    Trace t =
        Trace.builder().rule("r").method("m").reason("X-1", ZH).putArgs("n", "5").putArgs("m", "6")
            .putFigures("a", BigDecimal.ONE).putFigures("b", BigDecimal.TEN).build();
    java.util.Map<String, BigDecimal> figures = t.figures();
    java.util.List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> changes =
        java.util.List.of(
            () -> figures.put("c", BigDecimal.ONE),
            () -> figures.remove("zzz"),
            () -> figures.putIfAbsent("a", BigDecimal.ZERO),
            () -> figures.putAll(java.util.Map.of()),
            () -> figures.replace("zzz", BigDecimal.ONE),
            () -> figures.computeIfAbsent("a", k -> BigDecimal.ONE),
            () -> figures.keySet().remove("zzz"),
            () -> figures.entrySet().removeIf(e -> false),
            () -> figures.entrySet().iterator().next().setValue(BigDecimal.ZERO),
            () -> figures.clear(),
            () -> figures.remove("a", BigDecimal.ONE),
            () -> figures.replace("a", BigDecimal.ONE, BigDecimal.TEN),
            () -> figures.replaceAll((k, v) -> v),
            () -> figures.computeIfPresent("a", (k, v) -> v),
            () -> figures.compute("a", (k, v) -> v),
            () -> figures.merge("a", BigDecimal.ONE, BigDecimal::add),
            () -> figures.values().remove(BigDecimal.ONE),
            () -> figures.keySet().clear(),
            () -> figures.entrySet().add(java.util.Map.entry("c", BigDecimal.ONE)),
            () -> figures.entrySet().retainAll(java.util.List.of()),
            () -> figures.entrySet().iterator().remove(),
            () -> t.args().remove("n"),
            () -> Trace.of("r", "m", "因为").figures().clear(),
            () -> Trace.of("r", "m", "因为").args().put("x", "y"));
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable change : changes) {
      assertThatThrownBy(change).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(figures).containsExactly(java.util.Map.entry("a", BigDecimal.ONE), java.util.Map.entry("b", BigDecimal.TEN));
  }

  @Test
  void aTraceWithoutRuleOrMethodNamesWhatIsMissing() {
    assertThatThrownBy(() -> Trace.builder().reason("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[rule, method]");
    assertThatThrownBy(() -> Trace.builder().rule("r").reason("x").build()).hasMessageContaining("[method]");
    assertThatThrownBy(() -> Trace.builder().rule(" ").method("m").reason("x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReasonReadOnManyThreadsAtOnceIsFormattedOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Trace t = Trace.builder().rule("r").method("m").reason("X-1", (code, args) -> {
      calls.incrementAndGet();
      return "once";
    }).build();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<String>> reads = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reads.add(pool.submit(() -> {
          start.await();
          return t.reason();
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<String> read : reads) {
        assertThat(read.get()).isEqualTo("once");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls).hasValue(1);
  }
}
