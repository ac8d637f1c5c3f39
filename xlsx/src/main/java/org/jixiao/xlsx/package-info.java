/**
 * Spreadsheets (.xlsx, and legacy .xls) in the published layouts, on Apache POI: {@link
 * org.jixiao.xlsx.Workbooks} opens a workbook and gives its sheets as {@link
 * org.jixiao.io.grid.CellGrid}s that every layout reader of {@code jixiao-io} reads; {@link
 * org.jixiao.xlsx.XlsxTableReader} and {@link org.jixiao.xlsx.XlsxTableWriter} read and write the
 * department disclosure table (公开表); {@link org.jixiao.xlsx.DeclarationReader} reads target
 * declaration workbooks (绩效目标申报表); {@link org.jixiao.xlsx.ReviewWorkbook} writes review
 * results. Every read is bounded by {@link org.jixiao.xlsx.WorkbookLimits}; bad input is a {@link
 * org.jixiao.io.JixiaoReadException}, a file or stream that cannot be read an {@link
 * java.io.IOException}. Formulas are never evaluated.
 */
@NullMarked
package org.jixiao.xlsx;

import org.jspecify.annotations.NullMarked;
