package org.jixiao.rules.internal.text;

import java.util.Arrays;

/**
 * A few dozen or hundred characters, each with its position in the order given, looked up at
 * every character of a cell: an open-addressed table at most a quarter full, so a character that
 * is not in it is nearly always turned away by one probe of an empty slot. (A binary search, or a
 * 64-bit mask of low bits that most ideographs of a list pass, cost several steps at every
 * character.)
 */
public final class CharTable {
  private static final int EMPTY = -1;

  private final int[] keys; // a character, or EMPTY; the length is a power of two
  private final int[] positions; // the position in the given order of the character in keys

  private CharTable(int[] keys, int[] positions) {
    this.keys = keys;
    this.positions = positions;
  }

  /** The table of {@code chars}, which must be distinct; {@link #indexOf} gives their positions. */
  public static CharTable of(char[] chars) {
    int size = 16;
    while (size < 4 * chars.length) {
      size <<= 1;
    }
    int[] keys = new int[size];
    int[] positions = new int[size];
    Arrays.fill(keys, EMPTY);
    for (int k = 0; k < chars.length; k++) {
      int i = home(chars[k], size - 1);
      while (keys[i] != EMPTY) {
        if (keys[i] == chars[k]) {
          throw new IllegalArgumentException("repeated character: " + chars[k]);
        }
        i = (i + 1) & (size - 1);
      }
      keys[i] = chars[k];
      positions[i] = k;
    }
    return new CharTable(keys, positions);
  }

  /** The first slot to probe for {@code c}: a multiplicative hash, since the ideographs of a list share low bits. */
  private static int home(char c, int mask) {
    return (c * 0x9E3779B1) >>> 16 & mask;
  }

  /** The position of {@code c} among the characters given, or -1. */
  public int indexOf(char c) {
    int mask = keys.length - 1;
    for (int i = home(c, mask); ; i = (i + 1) & mask) {
      int key = keys[i];
      if (key == c) {
        return positions[i];
      }
      if (key == EMPTY) {
        return -1;
      }
    }
  }
}
