/**
 * Readers of spreadsheets in the published layouts: {@link org.jixiao.xlsx.DeclarationReader}
 * for target declaration workbooks (绩效目标申报表). Every reader is bounded by {@link
 * org.jixiao.xlsx.WorkbookLimits}.
 */
@NullMarked
package org.jixiao.xlsx;

import org.jspecify.annotations.NullMarked;
