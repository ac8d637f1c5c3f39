package org.jixiao.rules.internal.text;

/**
 * The characters of a text as an array, made once per text and shared by the scanners that loop
 * over it. Before C2 compiles a scanner, {@code String.charAt} on Chinese text costs about four
 * array reads (its index check is a chain of profiled calls). Once C2 compiles a loop of {@code
 * charAt}, it hoists that check on a profile that later text can break, and compiles the scanner
 * again; on an array the loop's own bound proves the index (bench/README.md §22). Normalising
 * already makes this array, so a normalised text's comes free.
 *
 * <p>The arrays are shared through the per-thread {@link Memo}: a caller reads one and never
 * writes to it.
 */
public final class CharArrays {
  private CharArrays() {}

  /** The memo's name for a text's characters; package-private for tests. */
  static final Object KIND = new Object();

  /** The characters of {@code text}, shared: never write to the array. */
  public static char[] of(String text) {
    return Memo.get(KIND, text, Boolean.TRUE, (t, unused) -> t.toCharArray());
  }

  /**
   * Records {@code chars}, which hold exactly the characters of {@code text} and which no one will
   * write to, as its array.
   */
  public static void remember(String text, char[] chars) {
    Memo.remember(KIND, text, Boolean.TRUE, chars);
  }
}
