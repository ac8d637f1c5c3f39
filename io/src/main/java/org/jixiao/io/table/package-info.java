/**
 * Disclosure tables (部门预算项目绩效自评情况公开表) as TSV and CSV: a lenient or strict
 * {@link org.jixiao.io.table.TableReader} and a {@link org.jixiao.io.table.TableWriter} of the
 * canonical layout.
 *
 * <h2>The canonical layout</h2>
 *
 * The writer produces what the reader reads back equal: title lines (附表, the title, a 年度 line
 * only when the title does not give the fiscal year, 部门名称（盖章）, 单位), one header block of
 * three rows with every label over its column, a row per project, the 合计 row, and marker rows
 * for what a disclosure table has no column for ({@code 【未归位单元格】} stray cells,
 * {@code 【指标】} indicators the column pairs cannot hold exactly, {@code 【资金】} fund sources
 * the fund columns cannot hold exactly, {@code 【申报】} the fields of a target declaration such as
 * 项目编码, 政策依据 and 测算依据, {@code 【元数据】} metadata, {@code 【注】} notes).
 * Optional columns (主管部门, 调整后预算数, 执行率分值 …) are written only when some project
 * has a value for them.
 *
 * <p>The round trip table → TSV/CSV → table gives an equal table for every table except those
 * with: an optional text that is blank (it reads back absent); a department with leading or
 * trailing white space; a title that is blank or starts with 附表, 部门名称, 单位: or 年度:; a
 * project with no amount or rate whose first two non-blank cells are header labels (with a
 * figure the row is data), or whose first non-blank cell is 合计/总计; a negative 序号 or one of ten digits or more; a fiscal year outside 0–999999; a
 * stray cell whose column has ten digits or more or whose header text is blank; a blank metadata
 * key; a number of more than 400 digits or whose scale is beyond ±1000 (more than 1000 decimal
 * places, or an exponent above 1000: the reader's limits). With formula
 * neutralisation off, also a text that starts with apostrophes followed by = + - @, tab or
 * carriage return.
 */
@NullMarked
package org.jixiao.io.table;

import org.jspecify.annotations.NullMarked;
