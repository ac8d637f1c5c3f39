package org.jixiao.io;

/**
 * The rule ids of the diagnostics that the readers report in a {@link ReadResult}, with their
 * severity. Strict mode throws a {@link JixiaoReadException} at the first diagnostic of severity
 * WARNING or ERROR instead of reporting it; INFO diagnostics never stop a read.
 */
public final class ReadDiagnostics {
  private ReadDiagnostics() {}

  /**
   * A header block whose labels do not sit over the columns the data has (PDF extraction shifted
   * them). INFO when the reader understood the block anyway — every label could be given its
   * column by meaning and order, or names a fund the rows have no column for — and WARNING when
   * it did not (a label twice, a label with no columns to sit in). One per block. Rows under such
   * a header are checked more closely for shifted text.
   */
  public static final String IRREGULAR_HEADER = "read.irregular-header";

  /** INFO: a header names a column the reader does not know; its cells are kept as stray cells. */
  public static final String UNKNOWN_COLUMN = "read.unknown-column";

  /**
   * INFO: evaluation columns (得分, 等级, 状态) that a writer appended; they are derived, so the
   * reader skips them.
   */
  public static final String IGNORED_COLUMN = "read.ignored-column";

  /**
   * WARNING: a project row that does not fit its header (cells beyond the last column; under an
   * irregular header also a row that ends early or an indicator whose 完成情况 has no
   * 年度指标内容) and whose text could not be placed plausibly (see {@link #REALIGNED}). Its
   * identity and amounts are read; its text cells are kept as stray cells. Strict mode throws at
   * the first row that does not fit, placeable or not.
   */
  public static final String IRREGULAR_ROW = "read.irregular-row";

  /**
   * INFO (lenient mode): a project row that did not fit its header and whose text cells were
   * moved to the fields where the evidence puts them. The message names each moved cell (printed
   * column → field) with its evidence, and each cell kept stray with the reason: a cell that fits
   * two places about equally well is not guessed. Nothing is changed but the field a cell fills.
   */
  public static final String REALIGNED = "read.realigned";

  /** ERROR: a cell that must hold a number does not; it is kept as a stray cell. */
  public static final String NOT_A_NUMBER = "read.not-a-number";

  /** WARNING: a 是否政府投资项目 cell that is neither 是 nor 否; kept as a stray cell. */
  public static final String NOT_A_FLAG = "read.not-a-flag";

  /** WARNING: a project row without 项目名称; the project gets a placeholder name. */
  public static final String MISSING_NAME = "read.missing-name";

  /**
   * WARNING: a row with neither 序号 nor 项目名称 under a project row; its cells are kept as stray
   * cells of the project above.
   */
  public static final String CONTINUATION_ROW = "read.continuation-row";

  /**
   * WARNING: the totals row states under 预算支出执行率 a figure that is exactly what a fund
   * column the header names, but the data has no position for, must hold (actual − the other
   * funds); it is read as that fund.
   */
  public static final String TOTALS_REASSIGNED = "read.totals-reassigned";

  /** WARNING: a second 合计 row; it is kept as a note. */
  public static final String DUPLICATE_TOTALS = "read.duplicate-totals";

  /** ERROR: no header block was found; nothing could be read as projects. */
  public static final String NO_HEADER = "read.no-header";

  /** WARNING: a row with several cells before the first header; it is kept as a note. */
  public static final String ROW_BEFORE_HEADER = "read.row-before-header";

  /** WARNING: a marker row (【未归位单元格】, 【元数据】, 【注】) that cannot be applied. */
  public static final String BAD_MARKER = "read.bad-marker";

  /** WARNING: bytes that are not text in the charset used; replaced by U+FFFD. */
  public static final String MALFORMED_TEXT = "read.malformed-text";

  /** INFO: no 单位 line; the configured default money unit was used. */
  public static final String NO_MONEY_UNIT = "read.no-money-unit";
}
