package org.jixiao.rules.internal.text;

import java.util.function.IntPredicate;

/**
 * A set of characters asked about at every character of a cell: one bit per {@code char} (8 KB),
 * so a question is one load and a shift. A {@code switch} over a dozen scattered ideographs is a
 * search of several steps at each character.
 */
public final class CharSet {
  private final long[] bits = new long[1 << 10];

  private CharSet() {}

  /** The characters {@code member} accepts, asked once for each of the 65 536. */
  public static CharSet of(IntPredicate member) {
    CharSet set = new CharSet();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (member.test(c)) {
        set.bits[c >>> 6] |= 1L << c;
      }
    }
    return set;
  }

  /** This set and {@code more}: a new set, this one unchanged. */
  public CharSet with(char[] more) {
    CharSet set = new CharSet();
    System.arraycopy(bits, 0, set.bits, 0, bits.length);
    for (char c : more) {
      set.bits[c >>> 6] |= 1L << c;
    }
    return set;
  }

  /** Whether {@code c} is in the set. */
  public boolean contains(char c) {
    return (bits[c >>> 6] & (1L << c)) != 0;
  }
}
