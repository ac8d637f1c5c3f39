package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void aTraceWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> Trace.builder().rule("r").method("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no reason");
  }
}
