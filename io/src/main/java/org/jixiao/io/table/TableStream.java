package org.jixiao.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.internal.table.DecodingReader;
import org.jixiao.io.internal.table.DiagnosticSink;
import org.jixiao.io.internal.table.TableAssembler;
import org.jixiao.io.internal.table.TextRows;
import org.jspecify.annotations.Nullable;

/**
 * The projects of a disclosure table, read row at a time ({@link TableReader#stream}): each
 * project is built when the next project row starts, so memory holds one project and what the
 * table says about itself, never the list of projects. Everything {@link TableReader#read} does
 * is done here too — header blocks, realignment of shifted rows, the 合计 row, notes — with the
 * same diagnostics.
 *
 * <p>What comes before the projects (the title, department, year and 单位 lines, the header) is
 * known once the first project has been returned; the 合计 row, the notes and the full {@link
 * #table() frame} of the table once the stream is exhausted. Diagnostics accumulate as rows are
 * read ({@link #diagnostics()}). In strict mode the first problem throws a {@link
 * JixiaoReadException} from {@link #hasNext()} or {@link #next()}.
 *
 * <p>Not thread-safe. Close it (or the {@link #projects() Stream}) to close the input.
 */
public final class TableStream implements Iterator<Project>, Closeable {
  private final TextRows rows;
  private final DiagnosticSink sink;
  private final TableAssembler assembler;
  private final @Nullable DecodingReader decoded;
  private final ArrayDeque<Project> ready = new ArrayDeque<>(2);
  private @Nullable PerformanceTable frame;
  private @Nullable List<Finding> finished;

  TableStream(
      TextRows rows,
      DiagnosticSink sink,
      MoneyUnit defaultUnit,
      @Nullable DecodingReader decoded) {
    this.rows = rows;
    this.sink = sink;
    this.decoded = decoded;
    this.assembler = new TableAssembler(sink, defaultUnit, ready::add);
  }

  /**
   * Whether another project follows; reads rows until one is complete or the input ends.
   *
   * @throws JixiaoReadException in strict mode at the first problem, in either mode when a
   *     limit is exceeded or the text cannot be split into cells
   */
  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && frame == null) {
      if (rows.next()) {
        assembler.accept(rows.cells(), rows.count(), rows.line());
      } else {
        sink.reportQuotes(rows.quotesKept());
        frame = assembler.finish();
        DecodingReader d = decoded;
        if (d != null) {
          sink.reportMalformed(d);
        }
        finished = sink.finish();
      }
    }
    return !ready.isEmpty();
  }

  /** The next project, in table order. */
  @Override
  public Project next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more projects");
    }
    return ready.remove();
  }

  /** The remaining projects as a sequential, ordered stream; closing it closes this. */
  public Stream<Project> projects() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The table's title, once read (title lines come before the first header). */
  public Optional<String> title() {
    return Optional.ofNullable(assembler.title());
  }

  /** The department of the 部门名称 line, once read. */
  public Optional<String> department() {
    return Optional.ofNullable(assembler.department());
  }

  /** The fiscal year of the title or 年度 line, once read. */
  public OptionalInt fiscalYear() {
    int year = assembler.fiscalYear();
    return year >= 0 ? OptionalInt.of(year) : OptionalInt.empty();
  }

  /** The money unit of the 单位 line, once read; the projects carry the unit they were read in. */
  public Optional<MoneyUnit> moneyUnit() {
    return Optional.ofNullable(assembler.moneyUnit());
  }

  /**
   * The header text of each column of the header block the last project was read under (for
   * example 产出目标/数量指标/年度指标内容); empty before the first header.
   */
  public List<String> header() {
    return assembler.header();
  }

  /** The 合计 row, once the stream is exhausted (empty before, or when the table has none). */
  public Optional<TotalsRow> totals() {
    PerformanceTable f = frame;
    return f == null ? Optional.empty() : f.totals();
  }

  /**
   * The table without its projects — title, department, year, unit, notes, metadata and 合计
   * row — once the stream is exhausted.
   *
   * @throws IllegalStateException before the last project has been read
   */
  public PerformanceTable table() {
    PerformanceTable f = frame;
    if (f == null) {
      throw new IllegalStateException("the table is complete only once every project is read");
    }
    return f;
  }

  /** Whether every row has been read. */
  public boolean exhausted() {
    return frame != null;
  }

  /**
   * The diagnostics so far (at most 10,000 are kept; once exhausted, with
   * a last one counting those not kept).
   */
  public List<Finding> diagnostics() {
    List<Finding> all = finished;
    return all != null ? List.copyOf(all) : sink.snapshot();
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
