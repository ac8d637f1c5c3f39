package org.jixiao.examples.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesReader;
import org.jixiao.io.table.TableStream;
import org.jspecify.annotations.Nullable;

/**
 * Projects read one at a time, with what a streamed command writes around them: a disclosure
 * table in TSV or CSV ({@link TableStream}) or JSON Lines of projects ({@code jixiao.project/1},
 * one a line, as {@code convert --to jsonl} writes them).
 */
interface ProjectSource extends Closeable {
  /** The remaining projects, in order; closing the stream closes the source. */
  Stream<org.jixiao.core.project.Project> projects();

  /** The table without its projects, once every project has been read. */
  PerformanceTable table();

  /** What the reader reported so far. */
  List<Finding> diagnostics();

  /** The title, when the source has one. */
  Optional<String> title();

  /** The money unit of the table, when the source states one. */
  Optional<MoneyUnit> moneyUnit();

  /**
   * Two money units the projects read so far state, when they differ (a table has one unit, so
   * such projects make no table); empty while they agree.
   */
  default Optional<List<MoneyUnit>> mixedUnits() {
    return Optional.empty();
  }

  /** A disclosure table read row by row. */
  static ProjectSource of(TableStream table) {
    return new ProjectSource() {
      @Override
      public Stream<org.jixiao.core.project.Project> projects() {
        return table.projects();
      }

      @Override
      public PerformanceTable table() {
        return table.table();
      }

      @Override
      public List<Finding> diagnostics() {
        return table.diagnostics();
      }

      @Override
      public Optional<String> title() {
        return table.title();
      }

      @Override
      public Optional<MoneyUnit> moneyUnit() {
        return table.moneyUnit();
      }

      @Override
      public void close() throws IOException {
        table.close();
      }
    };
  }

  /**
   * JSON Lines of projects, read line by line in constant memory. A bad line stops the command
   * with the reader's error, which names the line; each project carries its own money unit, so
   * the table states none.
   */
  static ProjectSource lines(Path file, java.util.Locale locale) throws IOException {
    BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    JsonLinesReader<org.jixiao.core.project.Project> lines = JixiaoJson.builder().locale(locale).build().projectLines(text);
    return new ProjectSource() {
      private @Nullable MoneyUnit first;
      private @Nullable MoneyUnit other;

      @Override
      public Stream<org.jixiao.core.project.Project> projects() {
        return lines.stream().peek(this::seen).onClose(this::closeQuietly);
      }

      private void seen(org.jixiao.core.project.Project p) {
        MoneyUnit unit = p.moneyUnit();
        if (first == null) {
          first = unit;
        } else if (other == null && unit != first) {
          other = unit;
        }
      }

      @Override
      public PerformanceTable table() {
        MoneyUnit unit = first;
        // no project read, no amount: the unit of the empty frame is the forms' usual 万元
        return PerformanceTable.builder().moneyUnit(unit == null ? MoneyUnit.WAN_YUAN : unit).build();
      }

      @Override
      public List<Finding> diagnostics() {
        return List.of();
      }

      @Override
      public Optional<String> title() {
        return Optional.empty();
      }

      @Override
      public Optional<MoneyUnit> moneyUnit() {
        return Optional.ofNullable(first);
      }

      @Override
      public Optional<List<MoneyUnit>> mixedUnits() {
        MoneyUnit a = first;
        MoneyUnit b = other;
        return a != null && b != null ? Optional.of(List.of(a, b)) : Optional.empty();
      }

      @Override
      public void close() throws IOException {
        lines.close();
      }

      private void closeQuietly() {
        try {
          close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
