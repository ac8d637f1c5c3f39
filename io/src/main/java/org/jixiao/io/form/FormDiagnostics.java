package org.jixiao.io.form;

import org.jixiao.io.ReadDiagnostics;

/**
 * The rule ids of the diagnostics {@link FormReader} reports, beside the shared ones of {@link
 * ReadDiagnostics} it also uses ({@link ReadDiagnostics#NOT_A_NUMBER}: codes {@code JX-I-0221} to
 * {@code 0224}; {@link ReadDiagnostics#MISSING_NAME}: {@code JX-I-0206}, or INFO {@code JX-I-0250} when the name is read from the title
 * ({@link #BEGINS_AT_INDICATOR_HEADER} instead for a copy that begins at its indicator header); {@link
 * ReadDiagnostics#NO_MONEY_UNIT}: {@code JX-I-0205}; {@link ReadDiagnostics#TOO_MANY_DIAGNOSTICS}:
 * {@code JX-I-0143}). Strict mode throws at the first WARNING or ERROR; INFO never stops a read.
 * Every diagnostic's location is the grid's: a sheet's cell or a text's line and column, with the
 * offending text.
 *
 * <p>A diagnostic's {@code rule} is one of these ids; its {@code code} is the stable code of its
 * message ({@code JX-I-02xx}, named with each id below), worded in Chinese or English ({@link
 * FormReader.Builder#locale}). One rule may have several messages, hence several codes.
 */
public final class FormDiagnostics {
  private FormDiagnostics() {}

  /**
   * ERROR, once: the first rows show another layout, told by {@link
   * org.jixiao.io.grid.DocumentLayout#detect} — a disclosure table ({@code JX-I-0248}) or a target
   * declaration ({@code JX-I-0249}, whose targets would read as a form with no actuals). Read it
   * with {@link org.jixiao.io.table.TableReader} or the declaration reader of {@code jixiao-xlsx}.
   */
  public static final String OTHER_LAYOUT = "read.form.other-layout";

  /** ERROR ({@code JX-I-0204}): the grid holds no form (no title with 自评表, no 项目名称). */
  public static final String NO_FORM = "read.form.no-form";

  /**
   * WARNING (INFO for a lone cell such as 附件1; {@code JX-I-0201}): rows before the first form's
   * title or 项目名称 — for example the tail of a form cut off above; kept as notes of the table.
   * INFO {@code JX-I-0260} instead (argument {@code report}) from a lone line that titles a report
   * (…项目绩效自评报告) on: a report printed above its form, whose rows are no form's tail.
   */
  public static final String OUTSIDE_FORM = "read.form.outside-form";

  /**
   * WARNING ({@code JX-I-0203}): a row inside a form that fits none of its blocks; its cells are
   * kept as stray cells of the project.
   */
  public static final String UNPLACED_ROW = "read.form.unplaced-row";

  /**
   * INFO ({@code JX-I-0202}; {@code 0212} in the funds block, {@code 0237} in the indicator block):
   * a cell beside the form's fields (项目负责人, 填报日期, 项目类别, 评价结论, a 原因 or a second reason column …)
   * kept as a stray cell with its label as header; {@code 0244}: the template's 预算执行率 row left
   * empty inside the indicator block (河北成安 2020), no indicator, its labels kept; {@code 0245}, once
   * for the block: the transfer-payment template's 资金管理情况 block (分配科学性 … 支出责任履行情况,
   * 淮南田家庵 2024), each row's text kept under the row's label; {@code 0219}: a breakdown printed as label /
   * figure pairs beside the funds block's headings (按支出性质分: 其中:基本支出: | 2299.98, 湖南零陵 2021), each figure
   * kept under its label; {@code 0246}: a line naming who filed
   * the form (部门:…, 单位名称:…, 填报单位:…, 主管部门:… above its 项目名称, 云南永德 2022) when the form
   * prints its own 主管部门 or 实施单位 (such a line fills the field the form leaves empty, and names
   * the project only on a department-wide form without 项目名称); {@code 0261}: a level above 一级 printed
   * with its points left of the 一级 column, in a column the header leaves blank (项目绩效85分, 广水's local
   * template; arguments {@code label}, {@code points}), kept while its row is read as an indicator row;
   * {@code 0262}: the points printed in a 二级 label (数量指标15分, the sub-level's; arguments {@code
   * label}, {@code points}), which the model has no field for, the label kept whole.
   */
  public static final String KEPT_AS_STRAY = "read.form.kept-as-stray";

  /**
   * INFO, once a block ({@code JX-I-0263}, {@code 0264}, {@code 0265}): a block the form scores
   * itself that the model has no indicator category for — 广水's local template prints, above its
   * indicators, {@code 项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据} with the rows
   * {@code 项目决策 2 分 | 决策依据 | 2 | 2 | …} and {@code 项目管理 13 分 | 财务制度 | 3 | 3 | …}. Its rows
   * are kept as stray cells (each under what it evaluates, 决策依据/分值 …), and it is not scored.
   * Arguments {@code groups} (项目决策、项目管理), {@code points} (its 分值, 15); {@code 0263} also
   * {@code full}, the form's full mark with the level above 一级 (15 + 项目绩效 85 = 100). Since the
   * form's stated total (自评总分 69) includes the block's own score, it is no total of the score the
   * rules compute: it is not read as the project's {@code statedScore} but kept as a stray cell under
   * its label ({@code 0263}, {@code 0264}: arguments {@code label}, {@code total}); {@code 0265} when
   * the form states no total.
   */
  public static final String UNSCORED_BLOCK = "read.form.unscored-block";

  /**
   * INFO ({@code JX-I-0232}): a template row with only a placeholder name (指标2:, ……); nothing else
   * to keep.
   */
  public static final String PLACEHOLDER_ROW = "read.form.placeholder-row";

  /**
   * INFO ({@code JX-I-0233}): a 其中 breakdown row under an indicator, without 分值 or 得分; kept as
   * stray cells so that it is not scored as an indicator of its own.
   */
  public static final String SUB_ROW = "read.form.sub-row";

  /**
   * WARNING ({@code JX-I-0231}, {@code 0234}, {@code 0235}): an indicator row whose 一级指标 and 二级指标
   * are both unknown (or a category label that is no category, such as a cut-off 满意); its cells are
   * kept as stray cells. When only one of the two is unknown, the other gives the category, and the
   * unknown label alone is kept as a stray cell ({@code JX-I-0231}).
   */
  public static final String UNKNOWN_CATEGORY = "read.form.unknown-category";

  /**
   * WARNING ({@code JX-I-0236}): a 指标性质 cell that is none of ≥ ＞ ＝ ＜ ≤ 定性, in any glyph forms
   * print them with (≧ ⩾ {@code >=} ≦ ⩽ {@code <=} ═ 》 《 …); kept as a stray cell.
   */
  public static final String UNKNOWN_NATURE = "read.form.unknown-nature";

  /**
   * INFO ({@code JX-I-0238}, {@code 0239}): a column of the indicator block headed by a bare figure
   * instead of a name ({@code 50}, the block's points, 四川安居 2021). The figure is kept as a stray
   * cell under the row's label. The cells under it are read as each indicator's 得分 when the form
   * labels its column of points 自评得分 above the block and has no 分值 or 得分 column of its own
   * ({@code 0238}); else they are kept as stray cells ({@code 0239}).
   */
  public static final String POINTS_HEADING = "read.form.points-heading";

  /**
   * INFO or WARNING ({@code JX-I-0240}, {@code 0241}): the Hebei form's 自评得分 printed as
   * 单项指标得分 | 权重占比(%) | 单项指标折算得分 (河北成安 2020). 权重占比 is read as the indicator's
   * 分值. Where 折算得分 = 单项指标得分 × 权重占比 / 100 (within the rounding of its decimals), the
   * 折算得分 is the indicator's 得分 and the 单项指标得分, a score out of 100, is kept as a stray cell
   * (INFO, {@code 0240}); else neither is taken for the 得分 and both are kept as stray cells
   * (WARNING, {@code 0241}).
   */
  public static final String SUB_SCORES = "read.form.sub-scores";

  /**
   * WARNING ({@code JX-I-0242}): an indicator block without 分值 or 得分 column whose 指标值 and
   * 实际完成值 hold bare figures (no unit, no 指标性质, each actual at most its target, at least three
   * rows) whose targets add up to 100 or 90: they look like each indicator's points (四川阆中 2021:
   * 20 | 20, 10 | 10 …), not its target and actual. They are read as printed; the diagnostic asks
   * for a check.
   */
  public static final String POINTS_IN_VALUE_COLUMNS = "read.form.points-in-value-columns";

  /**
   * WARNING ({@code JX-I-0251}, {@code 0252}): an indicator block with no column the reader knows as
   * the actual's (实际完成值, 全年实际值, 完成情况, 实现情况, 实施进度 …) has text, in its indicator rows,
   * in a column it could not place, with a heading ({@code 0251}) or none ({@code 0252}). The cells are
   * kept as stray cells (JX-I-0237 each); this says, once a column, that the actuals may be there, so that
   * the rules' "actual blank" on every indicator is not read as what the form states.
   */
  public static final String NO_ACTUAL_COLUMN = "read.form.no-actual-column";

  /**
   * INFO ({@code JX-I-0253}): the indicator header is printed over two rows, each heading wrapped
   * ({@code 年度} / {@code 指标值}, {@code 实际} / {@code 完成值}, {@code 偏差原因分析} / {@code 及改进措施}, as
   * PDF-to-text prints the standard form); the two rows are read as one header. The second row is
   * joined only when each of its cells completes the heading above it and it holds no indicator data.
   * {@code JX-I-0272}: the same of the funds block's header ({@code 年初} / {@code 预算数}, {@code 全年预算} /
   * {@code 数(A)}, {@code 执行率(} / {@code B/A)}), whose upper row alone named no budget or no 执行数
   * and was no header: the budget, the rate, the points and the score were lost; or over three rows
   * ({@code 年} / {@code 初} / {@code 预算数}, or the one-line headings 分值, 得分 and the caption on a
   * middle row of their own, as {@code pdftotext -layout} prints a two-line header).
   */
  public static final String WRAPPED_HEADER = "read.form.wrapped-header";

  /**
   * INFO ({@code JX-I-0254}): the end of an indicator's texts on a line of its own, as a form copied
   * out of a PDF prints a long 三级指标, 年度指标值 or 实际完成值: the line names no category, holds
   * no nature, unit, weight or score, its name opens with no indicator number, and it directly
   * follows the indicator's row (or the header a page break repeats under it); each text lies under
   * a text of that indicator and is joined to it (name, target, actual, 偏差原因, 指标解释), as
   * printed. A target or an actual is carried on only under an indicator that prints its 分值 or
   * 得分. Arguments {@code line}, {@code above} (the indicator's line); the location's text is the
   * line's texts.
   */
  public static final String WRAPPED_LINE = "read.form.wrapped-line";

  /**
   * INFO ({@code JX-I-0255}): an indicator row with a blank 一级 cell whose 二级 label names a level
   * the 一级 carried down from above cannot hold (社会效益 under a carried 产出指标): the 二级's own
   * level is taken, for this row and the rows below it, as a lost 一级 label would give. Arguments
   * {@code carried} and {@code level}; the location's text is the 二级 label.
   */
  public static final String LEVEL_FROM_SECOND = "read.form.level-from-second";

  /**
   * INFO ({@code JX-I-0256}): part of a label wrapped over lines of its own, as a form copied out
   * of a PDF prints a merged cell's words: a level label's end or start (社会效益 / 指标, 可持续影 /
   * 响指标), the funds caption's unit (项目资金 / (万元)), a fund row's label (其中：当年财 / 政拨款)
   * or the indicator block's own label down its rows (年度绩效 / 指标完成 / 情况). The joined label
   * is read where the label stands (the level of the indicator's row, the amounts' unit, the
   * row's fund); a row beside the block's label stays an indicator row. Arguments {@code label},
   * the label joined so far, and {@code other}, the line it was joined to; the location's text is
   * the part.
   */
  public static final String WRAPPED_LABEL = "read.form.wrapped-label";

  /**
   * WARNING ({@code JX-I-0247}): a form that ends at its indicator header, with no row under it and no
   * indicator read (四川炉霍 2021, a stored copy cut at {@code 未完成原}): the copy is cut there, or the
   * block was left empty. The project has no indicators because of the copy, not (as the rules' checks of
   * missing categories would otherwise be read) because the project set none.
   */
  public static final String CUT_AT_INDICATOR_HEADER = "read.form.cut-at-indicator-header";

  /**
   * WARNING ({@code JX-I-0257}): a copy that begins at an indicator header, with indicator rows under
   * it, before any title or 项目名称 (大英 2022, a stored page of stacked forms whose copy starts inside
   * one): the title, 项目名称 and funds block are cut off above. The header opens a form, read as
   * usual; its project is named {@code 未命名项目n} (argument {@code placeholder}; this takes the place
   * of {@code JX-I-0206}) and has no budget or spending, because of the copy, not of the project.
   */
  public static final String BEGINS_AT_INDICATOR_HEADER = "read.form.begins-at-indicator-header";

  /**
   * WARNING ({@code JX-I-0266}): a copy that begins at lines of the form's top, each a field with its
   * value in one cell (项目名称：大英县图书馆免费开放), right over its indicator header, with no title and no
   * funds block: the form is read as {@link #BEGINS_AT_INDICATOR_HEADER}'s, named by its lines
   * (arguments {@code line}, the first of them, {@code nameLine}, the one the name was read from, and
   * {@code name}, the project's name read); it has no budget or spending because of the copy. The lines
   * may stand first in the file or under another form, where one naming a project starts the copy.
   * Before, such a file was refused as no form.
   */
  public static final String BEGINS_AT_TOP_LINES = "read.form.begins-at-top-lines";

  /**
   * WARNING ({@code JX-I-0258}): an indicator header that prints 二级指标, a name, a target and an
   * actual or a score but no 一级指标, the heading just left of 二级指标 blank or a 一级 heading cut
   * short (OCR garbled it into the next cell in 长江禁捕 2020): that column (argument {@code column}, one-based) is read as the 一级
   * column, and a row whose 一级 label is not recognised takes its category from its 二级, as in any
   * block. Before, the header was not recognised and every indicator row under it was lost.
   */
  public static final String LEVEL_ONE_UNHEADED = "read.form.level-one-unheaded";

  /**
   * WARNING ({@code JX-I-0259}): the copy ends in the row of its last indicator (argument {@code
   * name}), every cell from the actual column on blank (濉溪 2019, 临翔 2023: stored copies stop inside
   * a row): the file's last row, or, of stacked copies, the last row of a form right above the next
   * form's title or 项目名称. The actual and the score may be cut off rather than left blank by the
   * form, so the indicator, read as printed, is marked cut off and the rules read it as undetermined,
   * not as a blank actual's not applicable.
   */
  public static final String ENDS_IN_INDICATOR_ROW = "read.form.ends-in-indicator-row";

  /**
   * INFO ({@code JX-I-0215}): the funds block prints the execution rate without % as a fraction
   * ({@code 0.958}); it is read as 95.8 %, as the amounts confirm (or, without amounts, because it
   * is at most 1.5).
   */
  public static final String RATE_AS_FRACTION = "read.form.rate-as-fraction";

  /**
   * INFO ({@code JX-I-0268}): a cell of the form's top holds several fields, each a label and its
   * value, set apart by spaces ({@code 项目名称：XX项目    实施单位：YY局}, a printed line of fields as PDF
   * or Word text gives it): each is read on its own field (argument {@code fields}, the pieces), so
   * the project's name is its name alone. Before, the name took the rest of the cell.
   */
  public static final String FIELDS_IN_ONE_CELL = "read.form.fields-in-one-cell";

  /**
   * INFO ({@code JX-I-0269}): the value of 项目名称 or 实施单位 goes on in the same column of the next
   * row, a row holding nothing else ({@code 办公宿舍楼、食堂及餐} / {@code 厅暖通改造经费}: a long name
   * wrapped in its cell, as PDF text gives it); the two are read as one (argument {@code value}, the
   * joined text). Before, the name was cut at the line's end and the rest kept as a stray cell.
   */
  public static final String WRAPPED_VALUE = "read.form.wrapped-value";

  /**
   * INFO ({@code JX-I-0270}, or {@code JX-I-0271} when no level was read above it): a row of the
   * indicator header printed again inside the block (Word repeats a table's header row at the top
   * of each page), cell for cell but for a caption left of 一级 that is cut or printed on one page
   * only, and one heading left blank or misread by one glyph; the rows under it go on with the same block, and rows that print no
   * 一级 / 二级 take the levels read above the break (argument {@code levels}), as the merged cells
   * of the page before run on. Before, the levels were lost at the break and every row up to the
   * next 二级 label was dropped as a stray row of unknown category.
   */
  public static final String REPEATED_HEADER = "read.form.repeated-header";

  /**
   * INFO ({@code JX-I-0273}): the funds block's caption (项目资金 (万元), 预算执行情况 (10分); argument
   * {@code caption}) printed on a row under the block's header, or on a line of its own between two
   * of its rows, where the header's cell is blank: the caption is a cell merged down the block, and
   * an extractor that centres a merged cell's text prints it there. It is read as the caption (its
   * unit and points), not as that row's label: before, the row's fund and every row under it were lost.
   */
  public static final String CENTRED_CAPTION = "read.form.centred-caption";

  /**
   * INFO ({@code JX-I-0274}): an indicator of the first rows of a 一级 group printed no 二级, and the
   * group's first 二级 label stands below it (arguments {@code level} and {@code line}): the label is a
   * cell merged down its group, and an extractor that centres its text prints it on a middle row. The
   * indicator takes it; before, it had no 二级, or no category at all where the 一级 cells print only
   * points (and was dropped). Only when no 二级 cell (label or placeholder) stands above it in its
   * group, and the label below is of its 一级 and no new 一级 label comes between.
   */
  public static final String CENTRED_LEVEL = "read.form.centred-level";

  /**
   * INFO ({@code JX-I-0275}): a line with no name, 分值 or 得分 that prints only texts (a target, an
   * actual, a 偏差原因), none a filler or a value of its own, right above an indicator's row that goes
   * on in the same columns, and not the end of the indicator above ({@link #WRAPPED_LINE}): the first
   * line of that row's cells, centred in a tall row and printed above the row's one-line name. Its
   * texts are put before the row's (arguments {@code line} and {@code below}); before, it was a
   * nameless indicator and the row's texts were cut.
   */
  public static final String CENTRED_FIRST_LINE = "read.form.centred-first-line";

  /**
   * WARNING ({@code JX-I-0276}): a line that prints only a figure (arguments {@code rest} and {@code
   * line}) in the 年度指标值 or 实际完成值 column right under an indicator's figure (arguments {@code
   * figure} and {@code above}), each of which reads as a whole figure (≥9 over 5%): the rest of one figure
   * a narrow column cut (≥95%) or a value of its own (a nameless indicator's, a range's second bound).
   * The column's other lines do not show the first one as wide as the column, so the two are read apart,
   * as printed; where one part cannot stand alone (≥2 / 00人次, 95 / %, ≤0. / 5%) or the column shows
   * the cut, the figure is read whole ({@link #WRAPPED_LINE}) and nothing is said beyond it.
   */
  public static final String CUT_FIGURE_UNSURE = "read.form.cut-figure-unsure";

  /**
   * INFO ({@code JX-I-0267}): a funds block that prints its sources as columns (广水) prints no 合计
   * figure, no such column or a blank one, under sources each of which is a figure or blank: the
   * budget is their sum (argument {@code budget}), each named with its figure (argument {@code
   * sources}). The source figures are kept as the project's fund sources, as printed.
   */
  public static final String BUDGET_FROM_SOURCES = "read.form.budget-from-sources";

  /**
   * INFO ({@code JX-I-0213}): an amount printed with a money unit other than the form's ({@code
   * 47536600元} in a 万元 form); it is converted exactly into the form's unit.
   */
  public static final String UNIT_CONVERTED = "read.form.unit-converted";

  /**
   * INFO ({@code JX-I-0208}, {@code 0209}, {@code 0211}, {@code 0216}): a figure that is not one of
   * the project's fields — a 其中 row's own 分值 / 得分 / 执行率 where it is not the row's own rate, or a 总分
   * row's 分值 that is not the sum of the form's 分值; kept as a stray cell.
   */
  public static final String EXTRA_FIGURE = "read.form.extra-figure";

  /**
   * WARNING ({@code JX-I-0243}): the form states its total twice, in its header (自评得分 | 100, 四川安居
   * 2021) and in its 总分 row, and the two differ; the 总分 row's is read and the header's figure is
   * kept as a stray cell under its label.
   */
  public static final String TOTALS_DISAGREE = "read.form.totals-disagree";

  /**
   * WARNING ({@code JX-I-0218}): a heading of the funds block that names no column the reader knows,
   * over a figure in the total row (OCR damage: 年初预匏数, 调整预算将,A、 in 宁夏银川 2021); the heading
   * and the figures under it are kept as stray cells (JX-I-0212 each), and the columns with headings
   * it can read are read.
   */
  public static final String UNREAD_FUNDS_COLUMN = "read.form.unread-funds-column";

  /**
   * INFO ({@code JX-I-0207}): forms in one grid state amounts in different units; later ones are
   * converted.
   */
  public static final String MIXED_UNITS = "read.form.mixed-units";
}
