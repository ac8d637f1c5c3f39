package org.jixiao.io.internal.table;

/**
 * The marker rows of the canonical layout. They carry what a disclosure table has no column for,
 * so that a written table reads back equal: a stray cell of the row above, a metadata entry, a
 * note. The brackets make them unlike anything a published table prints.
 */
public final class Markers {
  private Markers() {}

  /** 【未归位单元格】 | column (zero-based) | header | text: a stray cell of the row above. */
  public static final String STRAY = "【未归位单元格】";

  /** 【元数据】 | key | value. */
  public static final String METADATA = "【元数据】";

  /** 【注】 | text. */
  public static final String NOTE = "【注】";

  /**
   * 【指标】 | category | subcategory | name | target | actual | nature | measure unit | weight |
   * stated score | deviation reason | explanation [| subcategory label]: an indicator of the
   * project above, for projects whose indicators the column pairs cannot hold exactly (then all of
   * them are written this way). The explanation (指标解释, of declarations) and the printed level
   * label (社会、经济、生态效益 指标, written only when there is one) came later: a row without
   * them reads as before.
   */
  public static final String INDICATOR = "【指标】";

  /**
   * 【资金】 | kind | budget | adjusted budget | executed [| label]: a fund source of the row above,
   * for rows whose funds the fund columns cannot hold exactly (then all of them are written this
   * way). The label (中央补助, what the document printed when it is not the kind's name) came
   * later: a row without it reads as before.
   */
  public static final String FUND = "【资金】";

  /**
   * 【申报】 | field | value: a field of a target declaration the project above has, which a
   * disclosure table has no column for (项目编码, 政策依据, 测算依据 …).
   */
  public static final String DECLARATION = "【申报】";

  /** The key under which a 附表 line is kept in the table's metadata. */
  public static final String APPENDIX_KEY = "附表";
}
