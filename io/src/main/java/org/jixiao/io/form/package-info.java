/**
 * The single-project self-evaluation form (项目支出绩效自评表, layout B): {@link
 * org.jixiao.io.form.FormReader} reads every form of a grid (a worksheet or a TSV/CSV) into a
 * project, {@link org.jixiao.io.form.FormWriter} writes projects back as the standard form, with
 * an evaluation's 得分 and 总分 when given.
 *
 * <p><b>Languages and exceptions.</b> The reader's diagnostics ({@link
 * org.jixiao.io.form.FormDiagnostics}) have stable codes {@code JX-I-02xx} and are worded in
 * Chinese by default, in English with {@link org.jixiao.io.form.FormReader.Builder#locale}; strict
 * mode's first problem and an exceeded limit throw {@link org.jixiao.io.JixiaoReadException} in the
 * same language, with the code, the location (line, column, the file or sheet) and the offending
 * text. Reading a file or a {@code Reader} declares {@link java.io.IOException}.
 */
@NullMarked
package org.jixiao.io.form;

import org.jspecify.annotations.NullMarked;
