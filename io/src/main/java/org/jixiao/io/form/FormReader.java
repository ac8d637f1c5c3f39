package org.jixiao.io.form;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.internal.form.FormParser;
import org.jixiao.io.internal.form.FormSink;
import org.jixiao.io.internal.table.DecodingReader;
import org.jixiao.io.internal.table.DiagnosticSink;
import org.jixiao.io.internal.table.Msg;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads single-project self-evaluation forms (项目支出绩效自评表, the Ministry of Finance template,
 * and its variants) from a {@link CellGrid} — a worksheet adapted by the {@code jixiao-xlsx}
 * module, or a TSV/CSV — into a {@link PerformanceTable} with one {@link
 * org.jixiao.core.project.Project} per form.
 *
 * <p><b>What is read.</b> A form starts at its title (a row whose one cell names a 自评表, such as
 * {@code 项目支出绩效自评表} or {@code 绩效目标自评表}) or at its 项目名称 (部门 on a department-wide
 * form); several forms one under another become several projects. Labels are recognised by their
 * text wherever they sit, with spaces ({@code 绩 效 指 标}), brackets ({@code (50分)}, ASCII or
 * full-width), line breaks, a trailing colon and traditional characters tolerated:
 *
 * <ul>
 *   <li>项目名称, 主管部门, 实施单位 / 项目实施单位, 项目编码, 项目类型, 实施期限; other
 *       label/value pairs (项目负责人, 填报日期, 项目类别 …) are kept as stray cells. A line naming
 *       who filed the form (部门:…, 单位名称:…, 填报单位:…, 主管部门:… above its 项目名称) fills the
 *       department or unit the form leaves empty and is else kept as a stray cell (JX-I-0246); it
 *       names the project only on a department-wide form that prints no 项目名称;
 *   <li>the funds block, whose header names its columns in any order (年初预算数, 全年预算数 /
 *       调整后预算数 / 预算数(A), 全年执行数 / 预算执行数 / 执行数(B), 分值 / 权重, 执行率, 得分): the
 *       年度资金总额 (总额) row gives the budget, adjusted budget, actual, stated rate, 分值 and
 *       得分; the rows under it (其中:当年财政拨款, 上年结转资金, 财政专户管理资金, 单位资金, 其他资金 …)
 *       the fund sources. Amounts may carry thousands separators or a unit ({@code 4753.66万元});
 *       the rate may be {@code 86.19%}, a bare percentage ({@code 20}) or a fraction ({@code
 *       0.958}, told apart by the amounts). The 20/80 template's {@code (20分)} gives the
 *       execution 分值 when the block has no 分值 column. A heading the reader cannot read (OCR
 *       damage: 年初预匏数) over a figure of the total row is kept, with its figures, as stray cells
 *       (JX-I-0218), and the columns beside it are read as their headings say;
 *   <li>年度总体目标: 预期目标 (年初设定目标, 项目年度目标) and 实际完成情况;
 *   <li>the indicator block, whose header (one or two rows) names 一级 / 二级 / 三级指标, 指标性质,
 *       年度指标值 / 指标值, 度量单位, 实际完成值 / 完成值 / 全年实际值, 分值 / 权重, 得分, 偏差原因
 *       and 指标解释 in any order; 一级 and 二级 are carried down over merged or blank cells. Template
 *       rows with only a placeholder name (指标2:, ……) are skipped; 其中 breakdown rows without
 *       分值 or 得分 are kept as stray cells, not scored;
 *   <li>总分 / 合计 (the stated total; its 分值 is kept only when it is not the sum of the 分值),
 *       存在问题, 改进措施; 评价结论, 自评等级 and signatures as stray cells; footnotes (注 …) as
 *       notes of the table.
 * </ul>
 *
 * <p><b>Lenient</b> (the default): nothing is lost — what fits no field is kept as a {@link
 * org.jixiao.core.project.StrayCell} of its project (rows before the first form as notes of the
 * table) — and the {@link ReadResult}'s diagnostics say what was done, with the grid's location
 * and the offending text (rule ids in {@link FormDiagnostics} and {@link
 * org.jixiao.io.ReadDiagnostics}). <b>Strict</b>: the first WARNING or ERROR throws a {@link
 * JixiaoReadException} with its code, line, column and text.
 *
 * <p><b>Language.</b> Diagnostics and the exceptions that stop a read are worded in Chinese by
 * default, in English with {@link Builder#locale}; each has a stable code ({@code JX-I-02xx} for
 * the form reader's own, {@code JX-I-0143}–{@code 0145} shared with the table reader, listed with
 * both texts in {@link org.jixiao.io.ReadMessages}) and keeps its rule id ({@code read.form.…}) as
 * its {@code rule}. Branch on the code or the rule, never on the message.
 *
 * <p>The table's money unit is the first form's; its title and fiscal year are the first form's,
 * and another form's own title or year is kept as a stray cell of its project (标题, 年度).
 * Limits (the longest cell, the most rows, the most cells in a row; the defaults are {@link
 * TableReader}'s) throw a {@link JixiaoReadException} in either mode. Instances are immutable and
 * thread-safe.
 */
public final class FormReader {
  private final boolean strict;
  private final Locale locale;
  private final MoneyUnit defaultMoneyUnit;
  private final @Nullable TableFormat format;
  private final @Nullable Charset charset;
  private final int maxCellLength;
  private final int maxRows;
  private final int maxColumns;

  private FormReader(Builder b) {
    this.strict = b.strict;
    this.locale = b.locale;
    this.defaultMoneyUnit = b.defaultMoneyUnit;
    this.format = b.format;
    this.charset = b.charset;
    this.maxCellLength = b.maxCellLength;
    this.maxRows = b.maxRows;
    this.maxColumns = b.maxColumns;
  }

  /**
   * A builder with the defaults: lenient, 万元 assumed when a form names no unit, the format by
   * file extension (TSV otherwise), detected charset, {@link TableReader}'s limits.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every form of a grid.
   *
   * @param grid the cells (a worksheet or a text's cells)
   * @return one project per form, and the diagnostics
   * @throws JixiaoReadException in strict mode at the first problem; in either mode when a limit
   *     is exceeded
   */
  public ReadResult<PerformanceTable> read(CellGrid grid) {
    int height = grid.height();
    if (height > maxRows) {
      // The limits are the table reader's, and so are their codes and words.
      Msg msg = Msg.of("JX-I-0144").arg("limit", maxRows);
      throw JixiaoReadException.atLine(msg.code(), msg.render(locale), maxRows + 1L, 0, null, locale);
    }
    for (int r = 0; r < height; r++) {
      if (grid.width(r) > maxColumns) {
        Msg msg = Msg.of("JX-I-0145").arg("limit", maxColumns);
        Location at = grid.location(r, 0);
        throw JixiaoReadException.at(
            msg.code(),
            msg.render(locale),
            at.line().orElse(r + 1L),
            maxColumns + 1,
            at.path().orElse(null),
            null,
            null,
            locale);
      }
    }
    FormSink sink = new FormSink(strict, grid, locale);
    otherLayout(grid, sink);
    PerformanceTable table =
        new FormParser(grid, sink, defaultMoneyUnit, maxCellLength, maxColumns).parse();
    return ReadResult.of(table, sink.finish());
  }

  /**
   * Says once (ERROR) when the first rows show a disclosure table or a target declaration: read as
   * forms, a declaration's targets become a form with no actuals, without a word otherwise.
   */
  private static void otherLayout(CellGrid grid, FormSink sink) {
    String code =
        switch (DocumentLayout.detect(grid)) {
          case DISCLOSURE_TABLE -> "JX-I-0248";
          case TARGET_DECLARATION -> "JX-I-0249";
          default -> "";
        };
    if (!code.isEmpty()) {
      sink.report(FormDiagnostics.OTHER_LAYOUT, Severity.ERROR, Msg.of(code), 0, -1, null);
    }
  }

  /**
   * Reads the forms of a TSV or CSV file: the builder's format, else the file extension's
   * ({@code .csv} CSV, otherwise TSV); the builder's charset, else detected (UTF-8, else GB18030).
   *
   * @param path the file
   * @return one project per form, and the diagnostics
   * @throws IOException when the file cannot be read
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(Path path) throws IOException {
    Path file = path.getFileName();
    String name = file == null ? "" : file.toString();
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(path)) {
      return read(in, name);
    }
  }

  /**
   * Reads the forms of TSV or CSV bytes, such as an upload (the builder's format, else the name's
   * extension, else TSV; the builder's charset, else detected as for {@link #read(Path)}); the
   * stream is read to its end, not closed.
   *
   * @param in the bytes
   * @param name the name diagnostics cite (a file name), may be empty
   * @return one project per form, and the diagnostics
   * @throws IOException when reading fails
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(java.io.InputStream in, String name) throws IOException {
    // decoded here, not by readGrid, so that bytes that are not text in the charset are reported
    // (JX-I-0141), as the table reader reports them, rather than read as U+FFFD unsaid
    DecodingReader decoded = DecodingReader.open(in, charset, strict);
    decoded.refuseNotText(locale);
    ReadResult<PerformanceTable> read = read(decoded, name);
    DiagnosticSink malformed = new DiagnosticSink(strict, locale);
    malformed.reportMalformed(decoded);
    return withFirst(malformed.finish(), read);
  }

  /** The read with {@code said} (diagnostics of the text, before the forms') ahead of its own. */
  private static ReadResult<PerformanceTable> withFirst(List<Finding> said, ReadResult<PerformanceTable> read) {
    if (said.isEmpty()) {
      return read;
    }
    List<Finding> diagnostics = new java.util.ArrayList<>(said);
    diagnostics.addAll(read.diagnostics());
    return ReadResult.of(read.value(), diagnostics);
  }

  /**
   * Reads the forms of TSV or CSV text (the builder's format, else the name's extension, else
   * TSV); the reader is read to its end, not closed.
   *
   * @param in the text
   * @param name the name diagnostics cite (a file name), may be empty
   * @return one project per form, and the diagnostics
   * @throws IOException when reading fails
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(Reader in, String name) throws IOException {
    // the grid's own diagnostics (a quote kept as text, JX-I-0106) come first, as the table reader's
    ReadResult<CellGrid> grid = textReader(TableFormat.fromFileName(name)).readGridResult(in, name);
    return withFirst(grid.diagnostics(), read(grid.value()));
  }

  /**
   * Reads the forms of TSV or CSV text held in a string (the builder's format, else the name's
   * extension, else TSV).
   *
   * @param text the text
   * @param name the name diagnostics cite (a file name), may be empty
   * @return one project per form, and the diagnostics
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(String text, String name) {
    try {
      return read(new java.io.StringReader(text), name);
    } catch (IOException e) {
      // A StringReader cannot fail to be read.
      throw new java.io.UncheckedIOException(e);
    }
  }

  private TableReader textReader(Optional<TableFormat> byName) {
    TableReader.Builder b =
        TableReader.builder()
            .format(format != null ? format : byName.orElse(TableFormat.TSV))
            .strict(strict)
            .locale(locale)
            .maxCellLength(maxCellLength)
            .maxRows(maxRows)
            .maxColumns(maxColumns);
    if (charset != null) {
      b.charset(charset);
    }
    return b.build();
  }

  /** Builds {@link FormReader}s. */
  public static final class Builder {
    private boolean strict;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private MoneyUnit defaultMoneyUnit = MoneyUnit.WAN_YUAN;
    private @Nullable TableFormat format;
    private @Nullable Charset charset;
    private int maxCellLength = TableReader.DEFAULT_MAX_CELL_LENGTH;
    private int maxRows = TableReader.DEFAULT_MAX_ROWS;
    private int maxColumns = TableReader.DEFAULT_MAX_COLUMNS;

    private Builder() {}

    /**
     * Strict or lenient [lenient].
     *
     * @param strict whether to throw at the first WARNING or ERROR
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The language of the diagnostics and of the exceptions that stop a read [Chinese]: any
     * English locale ({@code Locale.ENGLISH}, {@code Locale.US} …) gives English, every other
     * Chinese. Each diagnostic keeps its rule id ({@link FormDiagnostics}) and has a stable code
     * ({@code JX-I-02xx}, see {@link org.jixiao.io.ReadMessages}) and the arguments its message
     * was made from, whatever the language; {@link org.jixiao.io.ReadMessages#localise} words it
     * again in the other.
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = java.util.Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The money unit assumed for a form that names none [万元, the template's unit]; an INFO
     * diagnostic says so.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder defaultMoneyUnit(MoneyUnit unit) {
      this.defaultMoneyUnit = unit;
      return this;
    }

    /**
     * The text format of {@link #read(Path)} and {@link #read(Reader, String)} [by extension,
     * else TSV].
     *
     * @param format TSV or CSV
     * @return this builder
     */
    public Builder format(TableFormat format) {
      this.format = format;
      return this;
    }

    /**
     * The charset of files [detected: UTF-8 with or without BOM, else GB18030].
     *
     * @param charset the charset
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /**
     * The longest cell accepted, in characters [{@value TableReader#DEFAULT_MAX_CELL_LENGTH}].
     *
     * @param maxCellLength a positive limit
     * @return this builder
     */
    public Builder maxCellLength(int maxCellLength) {
      this.maxCellLength = positive(maxCellLength, "maxCellLength");
      return this;
    }

    /**
     * The most rows accepted [{@value TableReader#DEFAULT_MAX_ROWS}].
     *
     * @param maxRows a positive limit
     * @return this builder
     */
    public Builder maxRows(int maxRows) {
      this.maxRows = positive(maxRows, "maxRows");
      return this;
    }

    /**
     * The most cells accepted in a row [{@value TableReader#DEFAULT_MAX_COLUMNS}].
     *
     * @param maxColumns a positive limit
     * @return this builder
     */
    public Builder maxColumns(int maxColumns) {
      this.maxColumns = positive(maxColumns, "maxColumns");
      return this;
    }

    /**
     * The reader.
     *
     * @return the reader
     */
    public FormReader build() {
      return new FormReader(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
