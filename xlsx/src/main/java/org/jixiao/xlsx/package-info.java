/**
 * Spreadsheets (.xlsx, and legacy .xls) in the published layouts, on Apache POI: {@link
 * org.jixiao.xlsx.Workbooks} opens a workbook and gives its sheets as {@link
 * org.jixiao.io.grid.CellGrid}s that every layout reader of {@code jixiao-io} reads; {@link
 * org.jixiao.xlsx.XlsxTableReader} and {@link org.jixiao.xlsx.XlsxTableWriter} read and write the
 * department disclosure table (公开表); {@link org.jixiao.xlsx.DeclarationReader} reads target
 * declaration workbooks (绩效目标申报表); {@link org.jixiao.xlsx.ReviewWorkbook} writes review
 * results. Every read is bounded by {@link org.jixiao.xlsx.WorkbookLimits}; bad input is a {@link
 * org.jixiao.io.JixiaoReadException}, a file or stream that cannot be read an {@link
 * java.io.IOException}. Formulas are never evaluated. A cell's value is what is read: cell comments
 * (批注), pictures and charts are not read, and nothing reports them.
 *
 * <p><b>Exceptions and languages.</b> A problem that stops a read — an exceeded {@link
 * org.jixiao.xlsx.WorkbookLimits} bound, a file that is no readable workbook (not a spreadsheet,
 * encrypted, a broken zip), a sheet that is not there, a workbook of no known layout — is a {@link
 * org.jixiao.io.JixiaoReadException} with a stable {@linkplain
 * org.jixiao.io.JixiaoReadException#code() code} {@code JX-X-02xx} and its location (the sheet, the
 * cell such as {@code '宽'!GJH1}, or the zip part), worded in Chinese by default and in English
 * with each reader's {@code Builder.locale} ({@code Workbooks}, {@code XlsxTableReader}, {@code
 * DeclarationReader}, {@code WorkbookReader}, which passes it on to the table and form readers).
 * POI's or the JDK's own description of an unreadable file is quoted in it as it is. The
 * diagnostics of reading cells and declarations ({@code JX-X-0101} … {@code 0113}: a formula, a
 * number that lost digits or that its format rounds, text hidden under a merged region, a
 * skipped sheet, a declaration field or indicator that cannot be placed, an amount or a sheet in
 * another money unit converted) follow the same locale,
 * keep their code, rule id, severity and cell whatever the language, and keep the arguments they
 * were worded from ({@link org.jixiao.core.evaluation.Finding#args()}; a phrase with a code of its
 * own, such as {@code problem.code} {@code JX-X-0150}, as the io module's readers keep theirs).
 * Strict mode throws the first diagnostic that is not INFO with that diagnostic's code and words,
 * in the same language. Reading a file or stream declares {@link java.io.IOException}.
 */
@NullMarked
package org.jixiao.xlsx;

import org.jspecify.annotations.NullMarked;
