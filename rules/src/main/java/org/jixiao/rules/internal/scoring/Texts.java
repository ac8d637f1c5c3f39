package org.jixiao.rules.internal.scoring;

/** Small text helpers for reasons and findings. */
public final class Texts {
  private Texts() {}

  private static final int SHORT = 40;

  /** The text, stripped, cut to 40 characters with an ellipsis; for reasons. */
  public static String shorten(String text) {
    String s = text.strip();
    return s.length() <= SHORT ? s : s.substring(0, SHORT) + "…";
  }

  /** The text cut to {@code max} characters, for locations. */
  public static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
