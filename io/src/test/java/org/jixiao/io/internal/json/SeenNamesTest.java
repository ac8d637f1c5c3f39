package org.jixiao.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenNamesTest {
  @Test
  void aRepeatedNameIsRefusedWhetherTheNamesAreComparedOrHashed() {
    for (int size : new int[] {1, SeenNames.COMPARED - 1, SeenNames.COMPARED, SeenNames.COMPARED + 1, 1_000}) {
      SeenNames seen = new SeenNames();
      for (int i = 0; i < size; i++) {
        assertThat(seen.add("key" + i)).as("first key%d of %d", i, size).isTrue();
      }
      for (int i = 0; i < size; i++) {
        // a name equal to one seen, not the same instance (a parser may not intern names)
        assertThat(seen.add(new String("key" + i))).as("key%d again of %d", i, size).isFalse();
      }
      assertThat(seen.add("another")).isTrue();
    }
  }
}
