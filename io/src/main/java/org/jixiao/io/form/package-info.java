/**
 * The single-project self-evaluation form (项目支出绩效自评表, layout B): {@link
 * org.jixiao.io.form.FormReader} reads every form of a grid (a worksheet or a TSV/CSV) into a
 * project, {@link org.jixiao.io.form.FormWriter} writes projects back as the standard form, with
 * an evaluation's 得分 and 总分 when given.
 */
@NullMarked
package org.jixiao.io.form;

import org.jspecify.annotations.NullMarked;
