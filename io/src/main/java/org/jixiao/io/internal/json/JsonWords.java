package org.jixiao.io.internal.json;

/**
 * The codes of the things a JSON reader expects ({@link JsonIn#expectObject}), worded in the
 * reader's language as parts of its problems.
 */
final class JsonWords {
  private JsonWords() {}

  static final String TABLE = "JX-I-0351";
  static final String PROJECT = "JX-I-0352";
  static final String EVALUATION_DOCUMENT = "JX-I-0353";
  static final String EVALUATION = "JX-I-0354";
  static final String INDICATOR = "JX-I-0355";
  static final String INDICATOR_RESULT = "JX-I-0356";
  static final String TRACE = "JX-I-0357";
  static final String SUBTOTAL = "JX-I-0358";
  static final String FUND_SOURCE = "JX-I-0359";
  static final String STRAY_CELL = "JX-I-0360";
  static final String TOTALS_ROW = "JX-I-0361";
  static final String METADATA = "JX-I-0362";
  static final String FINDING = "JX-I-0363";
  static final String LOCATION = "JX-I-0364";
  static final String EXECUTION_RESULT = "JX-I-0365";
  static final String REASON_ARGUMENTS = "JX-I-0366";
  static final String FIGURES = "JX-I-0367";
  static final String FINDING_ARGUMENTS = "JX-I-0368";
  static final String CATEGORY_WEIGHTS = "JX-I-0369";
}
