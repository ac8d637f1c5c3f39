package org.jixiao.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link CompilerActivity}: the compiler is busy until a whole window passes in which it compiled
 * for less than a quarter of the time, and settled for good from then on.
 */
class CompilerActivityTest {
  private static final long WINDOW = CompilerActivity.WINDOW_NANOS;
  private static final long WINDOW_MS = WINDOW / 1_000_000;

  @Test
  void theCompilerIsBusyBeforeAWholeWindowHasPassed() {
    AtomicLong now = new AtomicLong();
    CompilerActivity jit = CompilerActivity.of(() -> 0, now::get);
    assertThat(jit.busy()).isTrue();
    now.set(WINDOW - 1);
    assertThat(jit.busy()).isTrue(); // no compilation at all, but the window is not over
    now.set(WINDOW);
    assertThat(jit.busy()).isFalse();
  }

  @Test
  void aWindowWithAQuarterOfItsTimeCompilingIsBusyAndOneWithLessSettles() {
    AtomicLong now = new AtomicLong();
    AtomicLong compiled = new AtomicLong(5_000); // what the JVM compiled before the stream
    CompilerActivity jit = CompilerActivity.of(compiled::get, now::get);
    now.addAndGet(WINDOW);
    compiled.addAndGet(WINDOW_MS / 4); // exactly a quarter: still busy
    assertThat(jit.busy()).isTrue();
    now.addAndGet(WINDOW);
    compiled.addAndGet(WINDOW_MS / 4 - 1); // a millisecond less than a quarter of the new window
    assertThat(jit.busy()).isFalse();
  }

  @Test
  void onceSettledTheCompilerStaysSettledWhateverItDoesLater() {
    AtomicLong now = new AtomicLong();
    AtomicLong compiled = new AtomicLong();
    CompilerActivity jit = CompilerActivity.of(compiled::get, now::get);
    now.addAndGet(WINDOW);
    assertThat(jit.busy()).isFalse();
    now.addAndGet(WINDOW);
    compiled.addAndGet(10 * WINDOW_MS); // a late burst (a deoptimised method recompiled)
    assertThat(jit.busy()).isFalse();
  }

  /**
   * Over any sequence of windows the answer is busy exactly until the first window whose share of
   * compiling is below a quarter, counting each window from the end of the one before.
   */
  @Test
  void theFirstQuietWindowSettlesTheCompilerAndNoEarlierOneDoes() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, (int) WINDOW_MS)).ofSizeBetween(1, 12))
        .checkAssert(
            shares -> {
              AtomicLong now = new AtomicLong();
              AtomicLong compiled = new AtomicLong();
              CompilerActivity jit = CompilerActivity.of(compiled::get, now::get);
              boolean settled = false;
              for (int ms : shares) {
                now.addAndGet(WINDOW / 2);
                assertThat(jit.busy()).isEqualTo(!settled); // mid-window: no new verdict
                now.addAndGet(WINDOW / 2);
                compiled.addAndGet(ms);
                settled |= ms * 4L < WINDOW_MS;
                assertThat(jit.busy()).isEqualTo(!settled);
              }
            });
  }
}
