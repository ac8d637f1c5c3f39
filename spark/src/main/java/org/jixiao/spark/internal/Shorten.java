package org.jixiao.spark.internal;

/** Offending text shortened for a message; the error row's input column keeps it whole. */
final class Shorten {
  private static final int LIMIT = 60;

  private Shorten() {}

  static String text(String s) {
    return s.length() <= LIMIT ? s : s.substring(0, LIMIT) + "…";
  }
}
