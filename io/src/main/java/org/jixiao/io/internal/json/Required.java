package org.jixiao.io.internal.json;

/** Tracks the required fields of one JSON object (at most 64) and names the first one missing. */
final class Required {
  private final String path;
  private final String[] names;
  private long seen;

  /**
   * @param path the object's JSON path
   * @param names the required fields, in the order a missing one is reported
   */
  Required(String path, String... names) {
    this.path = path;
    this.names = names;
  }

  void saw(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        seen |= 1L << i;
        return;
      }
    }
  }

  void check(JsonIn in) {
    for (int i = 0; i < names.length; i++) {
      if ((seen & (1L << i)) == 0) {
        throw in.missing(path, names[i]);
      }
    }
  }
}
