package org.jixiao.spark.internal;

import java.util.Locale;

/**
 * Why one input is not a project: a stable code and the detail in Chinese and English. Thrown
 * inside a partition and turned into an error row (lenient) or an {@code
 * InvalidProjectException} (strict).
 */
public final class RowProblem extends Exception {
  private static final long serialVersionUID = 1L;

  /** A JSON line that is not a {@code jixiao.project/1} object. */
  public static final String BAD_JSON_LINE = "JX-S-0001";

  /** A table row whose cells do not make a project. */
  public static final String BAD_TABLE_ROW = "JX-S-0002";

  /** An evaluation figure that {@code DECIMAL(38,2)} cannot hold exactly. */
  public static final String FIGURE_OUT_OF_RANGE = "JX-S-0003";

  private final String code;
  private final String zh;
  private final String en;

  RowProblem(String code, String zh, String en) {
    super(code + " " + en, null, false, false);
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The message in the language of {@code locale}: English for English, else Chinese. */
  public String message(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
  }
}
