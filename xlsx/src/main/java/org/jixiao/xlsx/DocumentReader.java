package org.jixiao.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.io.form.FormReader;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableReader;
import org.jixiao.xlsx.internal.SafeWorkbooks;
import org.jixiao.xlsx.internal.XlsxProblems;
import org.jspecify.annotations.Nullable;

/**
 * Reads a document of any of the three layouts and either kind — a workbook (.xlsx, .xls) or text
 * (TSV, CSV) — choosing the reader by content, as a person who opens the file would: a workbook
 * is told by its bytes (a zip or an OLE2 file), whatever its name, and read by {@link
 * WorkbookReader}; text is told apart by the header words of its first rows ({@link
 * DocumentLayout#detect}) and read by {@link TableReader} (disclosure table), {@link FormReader}
 * (single-project forms) or {@link DeclarationReader} (target declarations).
 *
 * <p>Text that shows none of the layouts is read as a disclosure table, whose reader says what it
 * could not find (no header row, JX-I-0126) and where; a workbook that shows none is a {@link
 * JixiaoReadException} (JX-X-0218), as {@link WorkbookReader} has it. Text is CSV when the
 * builder says so or the name ends in {@code .csv}, TSV otherwise — unless, with no format set,
 * only the other separator splits its first rows into a layout: then it is read split so, and an
 * INFO says so first (JX-X-0119; {@link #formatOfText}); its charset is UTF-16 when it
 * starts with a byte order mark (Excel's "Unicode text"), UTF-8 when the bytes are UTF-8, GB18030
 * otherwise, as every reader decides. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * DocumentReader.Read read = DocumentReader.builder().build().read(Path.of("自评表.tsv"));
 * read.layout();                    // SINGLE_PROJECT_FORM
 * Evaluator.defaults().evaluate(read.result().value());
 * }</pre>
 */
public final class DocumentReader {
  /** What was read: the layout it was read as, and the table with its diagnostics. */
  public record Read(DocumentLayout layout, ReadResult<PerformanceTable> result) {
    /** Checks the parts. */
    public Read {
      Objects.requireNonNull(layout, "layout");
      Objects.requireNonNull(result, "result");
    }
  }

  /** How much of a text file is looked at to tell its layout. */
  private static final int HEAD_BYTES = 64 * 1024;

  private final WorkbookLimits limits;
  private final boolean strict;
  private final @Nullable MoneyUnit defaultMoneyUnit;
  private final @Nullable TableFormat format;
  private final Locale locale;

  private DocumentReader(Builder b) {
    this.limits = b.limits;
    this.strict = b.strict;
    this.defaultMoneyUnit = b.defaultMoneyUnit;
    this.format = b.format;
    this.locale = b.locale;
  }

  /** A builder: lenient, default limits, each reader's own unit when a document states none. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file: a workbook by its bytes, else text, told apart by its first rows (at most 64 KB
   * are looked at; the file is then read by the reader of its layout).
   *
   * @param file a workbook or a text
   * @return the layout and the table
   * @throws IOException when the file cannot be read
   * @throws JixiaoReadException when a workbook shows no layout or breaks a limit, a declaration
   *     text holds no declaration, the file is a PDF (JX-X-0221) or a Word document (JX-X-0222),
   *     or (strict) at the first problem
   */
  public Read read(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    refuseOtherKinds(head, nameOf(file));
    if (SafeWorkbooks.isWorkbook(head)) {
      WorkbookReader.Read read = workbooks().read(file);
      return new Read(read.layout(), read.result());
    }
    Text text = textOf(head, nameOf(file));
    TableFormat textFormat = text.format();
    Read read =
        switch (text.layout()) {
          case SINGLE_PROJECT_FORM -> new Read(text.layout(), forms(textFormat).read(file));
          case TARGET_DECLARATION -> new Read(text.layout(), declarations().readText(file, textFormat));
          default -> new Read(DocumentLayout.DISCLOSURE_TABLE, table(textFormat).read(file));
        };
    return said(text, read, nameOf(file));
  }

  /**
   * Reads a document held in bytes, such as an upload (see {@link #read(Path)}).
   *
   * @param bytes a workbook or a text
   * @param name the document's file name: diagnostics cite it, and a text named {@code .csv} is
   *     CSV; may be empty
   * @return the layout and the table
   * @throws JixiaoReadException as {@link #read(Path)}, or when a workbook exceeds {@link
   *     WorkbookLimits#maxFileBytes()} (text is bounded by the layout readers' own limits)
   */
  public Read read(byte[] bytes, String name) {
    refuseOtherKinds(bytes, name);
    if (SafeWorkbooks.isWorkbook(bytes)) {
      SafeWorkbooks.checkSize(bytes, limits, locale);
      WorkbookReader.Read read = workbooks().read(bytes);
      return new Read(read.layout(), read.result());
    }
    Text text = textOf(bytes, name);
    TableFormat textFormat = text.format();
    DocumentLayout layout = text.layout();
    try {
      Read read =
          switch (layout) {
            case SINGLE_PROJECT_FORM -> new Read(layout, forms(textFormat).read(new ByteArrayInputStream(bytes), name));
            case TARGET_DECLARATION -> new Read(layout, declarations().readText(new ByteArrayInputStream(bytes), name, textFormat));
            default -> new Read(DocumentLayout.DISCLOSURE_TABLE, table(textFormat).read(bytes));
          };
      return said(text, read, name);
    } catch (IOException e) {
      throw new IllegalStateException("bytes in memory cannot fail to be read", e);
    }
  }

  /**
   * The layout of a text file, told from its first rows (at most 64 KB, cut at a line end): a file
   * of any length is not read whole just to be told apart. Text that cannot even be split into
   * cells there is {@link DocumentLayout#UNKNOWN}, left to the table reader, whose errors say where.
   *
   * @param file the text
   * @param format TSV or CSV
   * @return the layout, {@link DocumentLayout#UNKNOWN} when none shows
   * @throws IOException when the file cannot be read
   */
  public static DocumentLayout layoutOfText(Path file, TableFormat format) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return layoutOfText(head, format, nameOf(file));
  }

  private static DocumentLayout layoutOfText(byte[] bytes, TableFormat format, String name) {
    int end = Math.min(bytes.length, HEAD_BYTES);
    if (end < bytes.length || end == HEAD_BYTES) {
      while (end > 0 && bytes[end - 1] != '\n') {
        end--; // a whole last line: a character cut in two would read as undecodable
      }
    }
    try {
      // decoded as the reader of its layout will decode it (UTF-16 by its mark, UTF-8, GB18030)
      ByteArrayInputStream head = new ByteArrayInputStream(bytes, 0, end);
      return DocumentLayout.detect(TableReader.builder().format(format).build().readGridResult(head, name).value());
    } catch (JixiaoReadException e) {
      return DocumentLayout.UNKNOWN;
    } catch (IOException e) {
      throw new IllegalStateException("bytes in memory cannot fail to be read", e);
    }
  }

  /**
   * The format a text file is read in, told as {@link #read(Path)} tells it when no format is set:
   * the one its name suggests ({@code .csv} CSV, else TSV), unless its first rows (at most 64 KB)
   * show no layout split that way and do show one split by the other separator — a table saved as
   * CSV under a {@code .txt} name, or tab-separated text named {@code .csv}, as people rename
   * files.
   *
   * @param file the text
   * @return the format
   * @throws IOException when the file cannot be read
   */
  public static TableFormat formatOfText(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return textOf(head, nameOf(file), null).format();
  }

  /** What a text is read as: its format, its layout, and whether its content chose the format. */
  private record Text(TableFormat format, DocumentLayout layout, boolean byContent) {}

  private Text textOf(byte[] head, String name) {
    return textOf(head, name, format);
  }

  /**
   * The format and layout of a text: a format that is set is kept; else the name's, unless only
   * the other separator splits the first rows into a layout. A person who opens the file sees
   * its commas or tabs, whatever its name says.
   */
  private static Text textOf(byte[] head, String name, @Nullable TableFormat set) {
    if (set != null) {
      return new Text(set, layoutOfText(head, set, name), false);
    }
    TableFormat named = TableFormat.fromFileName(name).orElse(TableFormat.TSV);
    DocumentLayout layout = layoutOfText(head, named, name);
    if (layout == DocumentLayout.UNKNOWN) {
      TableFormat other = named == TableFormat.TSV ? TableFormat.CSV : TableFormat.TSV;
      DocumentLayout shown = layoutOfText(head, other, name);
      if (shown != DocumentLayout.UNKNOWN) {
        return new Text(other, shown, true);
      }
    }
    return new Text(named, layout, false);
  }

  /** The read, with an INFO first when the content, not the name, chose the separator (JX-X-0119). */
  private Read said(Text text, Read read, String name) {
    if (!text.byContent()) {
      return read;
    }
    List<Finding> diagnostics = new ArrayList<>();
    diagnostics.add(splitByContent(name, text.format(), locale));
    diagnostics.addAll(read.result().diagnostics());
    return new Read(read.layout(), ReadResult.of(read.result().value(), diagnostics));
  }

  /**
   * The INFO (JX-X-0119) that a text named {@code name} was split by {@code format}'s separator,
   * which its content shows, not the one its name suggests; the declaration reader says it as
   * this reader does.
   */
  static Finding splitByContent(String name, TableFormat format, Locale locale) {
    Location.Builder at = Location.builder().line(1);
    if (!name.isEmpty()) {
      at.path(name);
    }
    return XlsxProblems.diagnostic(
        "read.xlsx", "JX-X-0119", Severity.INFO, at.build(), locale,
        "name", name,
        "format", XlsxProblems.part(format == TableFormat.CSV ? "JX-X-0156" : "JX-X-0157"));
  }

  /**
   * Refuses the documents people upload in place of a table, by their bytes: a PDF (the published
   * copy, whose table must first be extracted) and a Word document (.docx, a zip of word/ parts),
   * each with a code that says what it is (JX-X-0221, JX-X-0222), where reading it as text or as a
   * workbook would only say that no header or no workbook was found.
   */
  private void refuseOtherKinds(byte[] head, String name) {
    if (head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
      throw XlsxProblems.problem("JX-X-0221", locale, "name", name);
    }
    if (SafeWorkbooks.isWorkbook(head) && contains(head, "word/") && !contains(head, "xl/")) {
      throw XlsxProblems.problem("JX-X-0222", locale, "name", name);
    }
  }

  /** Whether the ASCII text occurs in the first 64 KB of the bytes (a zip names its parts there). */
  private static boolean contains(byte[] bytes, String ascii) {
    int n = Math.min(bytes.length, HEAD_BYTES) - ascii.length();
    outer:
    for (int i = 0; i <= n; i++) {
      for (int k = 0; k < ascii.length(); k++) {
        if (bytes[i + k] != ascii.charAt(k)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString();
  }

  private WorkbookReader workbooks() {
    WorkbookReader.Builder b = WorkbookReader.builder().limits(limits).strict(strict).locale(locale);
    if (defaultMoneyUnit != null) {
      b.defaultMoneyUnit(defaultMoneyUnit);
    }
    return b.build();
  }

  private TableReader table(TableFormat textFormat) {
    TableReader.Builder b = TableReader.builder().format(textFormat).strict(strict).locale(locale);
    if (defaultMoneyUnit != null) {
      b.defaultMoneyUnit(defaultMoneyUnit);
    }
    return b.build();
  }

  private FormReader forms(TableFormat textFormat) {
    FormReader.Builder b = FormReader.builder().format(textFormat).strict(strict).locale(locale);
    if (defaultMoneyUnit != null) {
      b.defaultMoneyUnit(defaultMoneyUnit);
    }
    return b.build();
  }

  private DeclarationReader declarations() {
    return DeclarationReader.builder().limits(limits).strict(strict).locale(locale).build();
  }

  /** Builds {@link DocumentReader}s. */
  public static final class Builder {
    private WorkbookLimits limits = WorkbookLimits.DEFAULTS;
    private boolean strict;
    private @Nullable MoneyUnit defaultMoneyUnit;
    private @Nullable TableFormat format;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Builder() {}

    /** The language of messages and diagnostics (Chinese unless set; English for any English locale). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The limits a workbook read is bounded by ({@link WorkbookLimits#DEFAULTS} unless set). */
    public Builder limits(WorkbookLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether the first problem stops the read (default: lenient, problems as diagnostics). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** The unit of amounts when a document states none (unless set, each layout reader's own). */
    public Builder defaultMoneyUnit(MoneyUnit unit) {
      this.defaultMoneyUnit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /** The format of a text, whatever its name (unless set: CSV for a {@code .csv} name, else TSV). */
    public Builder format(TableFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** The reader; immutable and thread-safe. */
    public DocumentReader build() {
      return new DocumentReader(this);
    }
  }
}
