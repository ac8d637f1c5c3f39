package org.jixiao.io;

/**
 * The rule ids of the diagnostics that the readers report in a {@link ReadResult}, with their
 * severity and codes. Strict mode throws a {@link JixiaoReadException} at the first diagnostic of
 * severity WARNING or ERROR instead of reporting it; INFO diagnostics never stop a read.
 *
 * <p>The rule ids are a contract: branch on them. Each diagnostic also has a stable code
 * ({@link org.jixiao.core.evaluation.Finding#code()}, listed with each rule below) that tells the
 * cases of a rule apart, and the arguments its message was made from; its message is worded in
 * the reader's language (Chinese by default). {@link ReadMessages} holds the messages by code.
 */
public final class ReadDiagnostics {
  private ReadDiagnostics() {}

  /**
   * A header block whose labels do not sit over the columns the data has (PDF extraction shifted
   * them). INFO when the reader understood the block anyway — every label could be given its
   * column by meaning and order, or names a fund the rows have no column for — and WARNING when
   * it did not (a label twice, a label with no columns to sit in). One per block. Rows under such
   * a header are checked more closely for shifted text.
   *
   * <p>Codes: {@code JX-I-0101} understood (INFO), {@code JX-I-0102} not understood (WARNING);
   * arguments {@code lines} and {@code issues} (parts {@code JX-I-0185} … {@code JX-I-0194}).
   */
  public static final String IRREGULAR_HEADER = "read.irregular-header";

  /**
   * INFO: a header names a column the reader does not know; its cells are kept as stray cells.
   * Codes: {@code JX-I-0103} (columns whose cells are kept stray; arguments {@code lines}, {@code
   * labels}), {@code JX-I-0104} (labels that head no cells, kept as notes; {@code labels}).
   */
  public static final String UNKNOWN_COLUMN = "read.unknown-column";

  /**
   * INFO: evaluation columns (得分, 等级, 状态) that a writer appended; they are derived, so the
   * reader skips them. Code {@code JX-I-0105}; arguments {@code lines}, {@code labels}.
   */
  public static final String IGNORED_COLUMN = "read.ignored-column";

  /**
   * WARNING: a project row that does not fit its header (cells beyond the last column; under an
   * irregular header also a row that ends early or an indicator whose 完成情况 has no
   * 年度指标内容) and whose text could not be placed plausibly (see {@link #REALIGNED}). Its
   * identity and amounts are read; its text cells are kept as stray cells. Strict mode throws at
   * the first row that does not fit, placeable or not.
   *
   * <p>Codes: {@code JX-I-0112} (lenient; arguments {@code row}, {@code reasons}, {@code from}),
   * {@code JX-I-0111} (strict; {@code row}, {@code reasons}). The reasons are parts {@code
   * JX-I-0155} … {@code JX-I-0159}.
   */
  public static final String IRREGULAR_ROW = "read.irregular-row";

  /**
   * INFO (lenient mode): a project row that did not fit its header and whose text cells were
   * moved to the fields where the evidence puts them. The message names each moved cell (printed
   * column → field) with its evidence, and each cell kept stray with the reason: a cell that fits
   * two places about equally well is not guessed. Nothing is changed but the field a cell fills.
   *
   * <p>Code {@code JX-I-0113}; arguments {@code row}, {@code reasons} and {@code moves} (parts
   * {@code JX-I-0161} … {@code JX-I-0165}, with the evidence {@code JX-I-0171} … {@code
   * JX-I-0184}).
   */
  public static final String REALIGNED = "read.realigned";

  /**
   * ERROR: a cell that must hold a number does not; it is kept as a stray cell. Codes: {@code
   * JX-I-0114} not a number, {@code JX-I-0115} a 序号 that is not a whole number, {@code
   * JX-I-0116} a negative 执行率分值; arguments {@code row}, {@code header}.
   */
  public static final String NOT_A_NUMBER = "read.not-a-number";

  /**
   * WARNING: a 是否政府投资项目 cell that is neither 是 nor 否; kept as a stray cell. Code {@code
   * JX-I-0117}; arguments {@code row}, {@code header}.
   */
  public static final String NOT_A_FLAG = "read.not-a-flag";

  /**
   * WARNING: a project row without 项目名称; the project gets a placeholder name. Code {@code
   * JX-I-0118}; arguments {@code row}, {@code placeholder}.
   */
  public static final String MISSING_NAME = "read.missing-name";

  /**
   * WARNING: a row with neither 序号 nor 项目名称 under a project row; its cells are kept as stray
   * cells of the project above. Codes: {@code JX-I-0122} (under a project; argument {@code
   * line}), {@code JX-I-0123} (under the 合计 row; {@code line}), {@code JX-I-0121} (nothing
   * above: kept as a note).
   */
  public static final String CONTINUATION_ROW = "read.continuation-row";

  /**
   * INFO: a row with no 序号 and no figure whose every cell lies under a text cell of the project
   * row above (a tall row cut by a page break, or cells a PDF extraction wrapped onto lines of
   * their own): its texts are joined to those cells, as printed, and the project reads as one row.
   * Code {@code JX-I-0401}; arguments {@code line}, {@code row} (the project row); the location's
   * text is the row's cells, tab-separated.
   */
  public static final String WRAPPED_ROW = "read.wrapped-row";

  /**
   * INFO: a heading wrapped over two or more header rows (项目年度预算 above 金额, 预算支出 above
   * 执行率): one part alone names nothing the reader knows, the parts together do, and they are
   * read as that one label. Code {@code JX-I-0402}, one a header block; arguments {@code lines},
   * {@code labels} (a list of parts {@code JX-I-0450}: {@code column}, {@code upper}, {@code
   * lower}, {@code label}).
   */
  public static final String WRAPPED_HEADING = "read.wrapped-heading";

  /**
   * INFO: a row under the header that is neither a project nor the 合计: a group's 小计 ({@code
   * JX-I-0119}) or the sign-off line of 填表人, 审核人, 负责人 and dates ({@code JX-I-0120}), spread
   * over cells; it is kept whole as a note. Argument {@code line}.
   */
  public static final String CLOSING_ROW = "read.closing-row";

  /**
   * WARNING: the totals row states under 预算支出执行率 a figure that is exactly what a fund
   * column the header names, but the data has no position for, must hold (actual − the other
   * funds); it is read as that fund. Code {@code JX-I-0124}; arguments {@code value}, {@code
   * header}, {@code fund}.
   */
  public static final String TOTALS_REASSIGNED = "read.totals-reassigned";

  /** WARNING: a second 合计 row; it is kept as a note. Code {@code JX-I-0125}; argument {@code line}. */
  public static final String DUPLICATE_TOTALS = "read.duplicate-totals";

  /**
   * ERROR: the first rows show another layout than a disclosure table — a single-project form
   * (项目支出绩效自评表) or a target declaration (绩效目标申报表), told by {@link
   * org.jixiao.io.grid.DocumentLayout#detect} — so the projects read from them as table rows are
   * not to be trusted; read the text with {@link org.jixiao.io.form.FormReader} or the
   * declaration reader of {@code jixiao-xlsx}, or let its {@code DocumentReader} choose by content.
   * Code {@code JX-I-0196}; argument {@code layout} (worded, JX-I-0197 or JX-I-0198). In strict
   * mode the read stops there.
   */
  public static final String OTHER_LAYOUT = "read.other-layout";

  /** ERROR: no header block was found; nothing could be read as projects. Code {@code JX-I-0126}. */
  public static final String NO_HEADER = "read.no-header";

  /**
   * WARNING: a row with several cells before the first header; it is kept as a note. Code {@code
   * JX-I-0127}.
   */
  public static final String ROW_BEFORE_HEADER = "read.row-before-header";

  /**
   * WARNING: a marker row (【未归位单元格】, 【元数据】, 【注】, 【指标】, 【资金】) that cannot be applied;
   * it is kept as a note. Codes {@code JX-I-0131} (more cells than the marker has; arguments
   * {@code marker}, {@code cells}) and {@code JX-I-0132} … {@code JX-I-0139}, one per kind of
   * fault ({@code JX-I-0138}: argument {@code reason}, the model's own words).
   */
  public static final String BAD_MARKER = "read.bad-marker";

  /**
   * WARNING: bytes that are not text in the charset used; replaced by U+FFFD. Code {@code
   * JX-I-0141}; arguments {@code count}, {@code charset}, {@code offset}.
   */
  public static final String MALFORMED_TEXT = "read.malformed-text";

  /**
   * WARNING: a cell starts with an ASCII quote that does not open a quoted cell as RFC 4180 has
   * it (no closing quote before a separator or line end; in TSV, or nothing in it that needed
   * quoting): the cell is read as printed, quote and all, to the next separator or line end. Code
   * {@code JX-I-0106}; no arguments (the location holds the cell's text). In strict mode the read
   * stops there. Reported by the table reader, by {@code TableReader.readGridResult}, and so by the
   * form and declaration readers of text ({@code readGrid} gives the cells alone).
   */
  public static final String QUOTE_AS_TEXT = "read.quote-as-text";

  /**
   * INFO: no 单位 line; the configured default money unit was used. Code {@code JX-I-0142};
   * argument {@code unit}.
   */
  public static final String NO_MONEY_UNIT = "read.no-money-unit";

  /**
   * The money unit stated in an amount heading (项目年度预算金额（万元）): INFO when no line states
   * the table's unit and the heading's is taken ({@code JX-I-0109}; arguments {@code label},
   * {@code unit}); WARNING when it differs from the unit stated before, which is kept ({@code
   * JX-I-0110}; {@code label}, {@code stated}, {@code unit}).
   */
  public static final String UNIT_IN_HEADING = "read.unit-in-heading";

  /**
   * INFO, last: more than 10,000 diagnostics arose and the rest were counted, not kept. Code
   * {@code JX-I-0143}; arguments {@code dropped}, {@code max}.
   */
  public static final String TOO_MANY_DIAGNOSTICS = "read.too-many-diagnostics";
}
