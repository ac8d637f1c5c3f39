package org.jixiao.rules.internal.engine;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Whether the JVM's JIT compiler is still busy warming up, judged by the share of wall time it
 * spent compiling over the last {@link #WINDOW_NANOS}.
 *
 * <p>Why {@link ParallelEvaluation} asks: a fresh JVM compiles the evaluation code for tens of
 * seconds, and until it has, the code runs several times slower. When every core runs a worker,
 * the compiler threads get a share of a core and the slow phase lasts longer. So while the
 * compiler is busy a stream runs one worker fewer than asked, and all of them once it has settled:
 * on two cores a 100 k-project CLI run took a tenth less time (bench/README.md §10).
 *
 * <p>The JVM's activity is one per process ({@link #thisJvm()}), measured across streams: a
 * service that evaluates many short streams sees it settle as well as a long run does. Once
 * settled it stays so (a later burst of compilation is short). Thread-safe.
 */
final class CompilerActivity {
  /** The window over which the compiler's share of time is measured. */
  static final long WINDOW_NANOS = 1_000_000_000L;

  /**
   * The compiler is busy while it compiled for at least this percentage of the window's wall
   * time (summed over its threads; compilation time counts while a compiler thread waits for a
   * core too).
   */
  static final long BUSY_PERCENT = 25;

  private final LongSupplier compileMillis;
  private final LongSupplier nanoTime;
  private volatile boolean settled;
  private long windowStart;
  private long compiledAtStart;

  private CompilerActivity(LongSupplier compileMillis, LongSupplier nanoTime, boolean settled) {
    this.compileMillis = compileMillis;
    this.nanoTime = nanoTime;
    this.settled = settled;
    this.windowStart = nanoTime.getAsLong();
    this.compiledAtStart = settled ? 0 : compileMillis.getAsLong();
  }

  /**
   * The activity of this JVM's compiler, shared by every stream of the process; settled from the
   * start when the JVM cannot say how long it compiles (no JIT, or no monitoring).
   */
  static CompilerActivity thisJvm() {
    return ThisJvm.ACTIVITY;
  }

  /** Lazy, so that a sequential user never loads the management classes. */
  private static final class ThisJvm {
    static final CompilerActivity ACTIVITY = measure();

    private static CompilerActivity measure() {
      try {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit != null && jit.isCompilationTimeMonitoringSupported()) {
          return new CompilerActivity(jit::getTotalCompilationTime, System::nanoTime, false);
        }
      } catch (RuntimeException | LinkageError e) {
        // no management in this runtime (a trimmed image, a sandbox): use every worker
      }
      return new CompilerActivity(() -> 0, System::nanoTime, true);
    }
  }

  /** An activity read from the given clocks (for tests). */
  static CompilerActivity of(LongSupplier compileMillis, LongSupplier nanoTime) {
    return new CompilerActivity(compileMillis, nanoTime, false);
  }

  /**
   * Whether the compiler is busy: true until a whole window passes in which it compiled less than
   * {@link #BUSY_PERCENT} % of the time, false from then on. Cheap between windows.
   */
  boolean busy() {
    if (settled) {
      return false;
    }
    synchronized (this) {
      if (settled) {
        return false;
      }
      long now = nanoTime.getAsLong();
      long elapsed = now - windowStart;
      if (elapsed < WINDOW_NANOS) {
        return true;
      }
      long compiled = compileMillis.getAsLong();
      if ((compiled - compiledAtStart) * 1_000_000L * 100 < elapsed * BUSY_PERCENT) {
        settled = true;
        return false;
      }
      windowStart = now;
      compiledAtStart = compiled;
      return true;
    }
  }
}
