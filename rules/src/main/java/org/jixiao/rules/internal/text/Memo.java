package org.jixiao.rules.internal.text;

import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the results of pure text functions, per thread, by the <em>identity</em> of their
 * arguments: the scorers and checks of one indicator each normalise and parse the same target and
 * actual {@code String}s, and this makes the second and later calls free.
 *
 * <p>Only identity counts ({@code ==}, never {@code equals}), so equal text in another project
 * (another {@code String} object) is computed again: this is no cache of text across projects,
 * and its hits cannot flatter a benchmark whose projects repeat their text. Results sit in a
 * table of {@value #SLOTS} slots, placed by the identity hashes of the arguments; a call whose
 * slot another holds computes again and takes the slot. A table rather than a list of the last
 * few calls, because the checks that run after all the scorers ask again for what the first
 * indicator's scorers computed. The functions
 * must be pure and their results immutable (or never changed by callers); the arguments are held
 * until their slot is taken, a few thousand references per thread.
 */
public final class Memo {
  /** Slots per thread (a power of two): room for the texts of a project and its indicators. */
  static final int SLOTS = 1024;

  private static final ThreadLocal<Memo> LOCAL = ThreadLocal.withInitial(Memo::new);

  private final @Nullable Object[] kinds = new Object[SLOTS];
  private final @Nullable Object[] firsts = new Object[SLOTS];
  private final @Nullable Object[] seconds = new Object[SLOTS];
  private final @Nullable Object[] values = new Object[SLOTS];

  private Memo() {}

  /**
   * {@code f.apply(a, b)}, or the result of the same call with the same {@code kind}, {@code a}
   * and {@code b} objects if it is still remembered. {@code kind} names the function (a constant);
   * {@code f} should be a method reference or lambda that captures nothing.
   */
  @SuppressWarnings("unchecked")
  public static <A, B, R> R get(Object kind, A a, B b, BiFunction<A, B, R> f) {
    Memo m = LOCAL.get();
    int i = slot(kind, a, b);
    if (m.firsts[i] == a && m.kinds[i] == kind && m.seconds[i] == b) {
      return (R) m.values[i];
    }
    R r = f.apply(a, b);
    m.put(i, kind, a, b, r);
    return r;
  }

  /**
   * The remembered result of the call ({@code kind}, {@code a}, {@code b}), or null when it is not
   * remembered (never made, or its slot taken since): a hint, never a certainty of absence.
   */
  public static @Nullable Object peek(Object kind, Object a, Object b) {
    Memo m = LOCAL.get();
    int i = slot(kind, a, b);
    return m.firsts[i] == a && m.kinds[i] == kind && m.seconds[i] == b ? m.values[i] : null;
  }

  /**
   * Records {@code r} as the result of the call ({@code kind}, {@code a}, {@code b}), which a
   * function may do for a call it knows the answer of (normalising normalised text).
   */
  public static void remember(Object kind, Object a, Object b, Object r) {
    LOCAL.get().put(slot(kind, a, b), kind, a, b, r);
  }

  /** The slot of the call ({@code kind}, {@code a}, {@code b}); package-private for tests. */
  static int slot(Object kind, Object a, Object b) {
    // every argument by identity, as the memo compares them: no character of a text is read (a
    // charAt costs four array reads before C2 compiles the caller, and this runs on every call);
    // the first identity hash of an object costs about 20 ns, which its next calls share
    int h = 31 * (31 * System.identityHashCode(a) + System.identityHashCode(kind)) + System.identityHashCode(b);
    h ^= h >>> 16;
    return h & (SLOTS - 1);
  }

  private void put(int i, Object kind, Object a, Object b, Object r) {
    kinds[i] = kind;
    firsts[i] = a;
    seconds[i] = b;
    values[i] = r;
  }
}
