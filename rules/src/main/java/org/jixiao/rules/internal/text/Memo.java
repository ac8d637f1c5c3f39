package org.jixiao.rules.internal.text;

import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the last few results of pure text functions, per thread, by the <em>identity</em> of
 * their arguments: the scorers of one indicator each normalise and parse the same target and
 * actual {@code String}s, and this makes the second and later calls free.
 *
 * <p>Only identity counts ({@code ==}, never {@code equals}), and only the last {@value #SIZE}
 * calls are kept, so equal text in another project (another {@code String} object) is computed
 * again: this is no cache of text across projects, and its hits cannot flatter a benchmark whose
 * projects repeat their text. The functions must be pure and their results immutable (or never
 * changed by callers); the arguments are held until pushed out, a few dozen references per thread.
 */
public final class Memo {
  /** Results kept per thread: enough for the scorers of one indicator and its parts. */
  static final int SIZE = 32;

  private static final ThreadLocal<Memo> LOCAL = ThreadLocal.withInitial(Memo::new);

  private final @Nullable Object[] keys = new Object[SIZE * 3];
  private final @Nullable Object[] values = new Object[SIZE];
  private int next;

  private Memo() {}

  /**
   * {@code f.apply(a, b)}, or the result of the same call with the same {@code kind}, {@code a}
   * and {@code b} objects if it is among the last {@value #SIZE}. {@code kind} names the function
   * (a constant); {@code f} should be a method reference that captures nothing.
   */
  @SuppressWarnings("unchecked")
  public static <A, B, R> R get(Object kind, A a, B b, BiFunction<A, B, R> f) {
    Memo m = LOCAL.get();
    @Nullable Object[] k = m.keys;
    // newest first: a scorer mostly asks again for what the one before it just computed
    for (int n = 0, i = m.next; n < SIZE; n++) {
      i = i == 0 ? SIZE - 1 : i - 1;
      int j = 3 * i;
      if (k[j + 1] == a && k[j] == kind && k[j + 2] == b) {
        return (R) m.values[i];
      }
    }
    R r = f.apply(a, b);
    m.put(kind, a, b, r);
    return r;
  }

  /**
   * Records {@code r} as the result of the call ({@code kind}, {@code a}, {@code b}), which a
   * function may do for a call it knows the answer of (normalising normalised text).
   */
  public static void remember(Object kind, Object a, Object b, Object r) {
    LOCAL.get().put(kind, a, b, r);
  }

  private void put(Object kind, Object a, Object b, Object r) {
    int i = next;
    next = i + 1 == SIZE ? 0 : i + 1;
    keys[3 * i] = kind;
    keys[3 * i + 1] = a;
    keys[3 * i + 2] = b;
    values[i] = r;
  }
}
