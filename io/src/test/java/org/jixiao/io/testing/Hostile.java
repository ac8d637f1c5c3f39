package org.jixiao.io.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.jixiao.io.JixiaoReadException;
import org.jspecify.annotations.Nullable;

/** Helpers for hostile-input tests: outcome checks and an allocation meter. */
public final class Hostile {
  private Hostile() {}

  /** Every line a diagnostic of {@code read} names is a line of {@code text}. */
  public static void linesWithin(org.jixiao.io.ReadResult<?> read, String text) {
    long lines = text.lines().count();
    for (org.jixiao.core.evaluation.Finding f : read.diagnostics()) {
      java.util.OptionalLong line = f.location().map(l -> l.line()).orElse(java.util.OptionalLong.empty());
      if (line.isPresent()) {
        assertThat(line.getAsLong()).as(f.toString()).isBetween(1L, Math.max(1L, lines));
      }
    }
  }

  /**
   * Runs a read: it either returns a value or throws a {@link JixiaoReadException} that has a
   * location (a line or a JSON path). Any other exception fails the test.
   *
   * @return the value read, or null when the read was rejected
   */
  public static <T> @Nullable T readOrLocatedFailure(Supplier<T> read) {
    Object[] value = new Object[1];
    Throwable thrown = catchThrowable(() -> value[0] = read.get());
    if (thrown == null) {
      @SuppressWarnings("unchecked")
      T result = (T) value[0];
      return result;
    }
    assertLocated(thrown);
    return null;
  }

  /** Asserts that {@code thrown} is the read exception, with a line or a JSON path. */
  public static JixiaoReadException assertLocated(Throwable thrown) {
    assertThat(thrown).isInstanceOf(JixiaoReadException.class);
    JixiaoReadException e = (JixiaoReadException) thrown;
    assertThat(e.line().isPresent() || e.path().isPresent())
        .as("a location in: %s", e.getMessage())
        .isTrue();
    return e;
  }

  /** Runs a read that must be rejected, and returns the (located) exception. */
  public static JixiaoReadException rejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).as("the read was rejected").isNotNull();
    return assertLocated(thrown);
  }

  /**
   * Bytes allocated on this thread while {@code work} runs (the test is skipped on a JVM that
   * cannot say). Allocation, unlike time, does not depend on the machine's load, so a bound on it
   * is a stable test that memory use stays proportional to the input.
   */
  public static long allocatedBytes(Runnable work) {
    // Through reflection: the test classes are compiled into the module org.jixiao.io, which
    // does not read java.management (they run on the class path, where everything is readable).
    Object meter;
    Method allocated;
    try {
      meter =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
      assumeTrue(type.isInstance(meter), "no allocation counter");
      allocated = type.getMethod("getThreadAllocatedBytes", long.class);
      assumeTrue(
          (Boolean) type.getMethod("isThreadAllocatedMemoryEnabled").invoke(meter),
          "allocation counting is off");
    } catch (ReflectiveOperationException e) {
      assumeTrue(false, "no allocation counter: " + e);
      return 0;
    }
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
    long id = Thread.currentThread().getId();
    long before = bytes(allocated, meter, id);
    work.run();
    return bytes(allocated, meter, id) - before;
  }

  private static long bytes(Method allocated, Object meter, long id) {
    try {
      return (Long) allocated.invoke(meter, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Megabytes, for readable bounds. */
  public static long mb(long megabytes) {
    return megabytes * 1024 * 1024;
  }
}
