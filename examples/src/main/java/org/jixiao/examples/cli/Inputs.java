package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jixiao.xlsx.DocumentReader;
import org.jixiao.xlsx.WorkbookReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the document a command names, or the bundled sample. The format follows the extension
 * (.tsv .txt .csv .json .xlsx .xls .xlsm; a text's separator its content, when the name's shows no
 * layout); the layout — disclosure table, single-project form,
 * target declaration — follows the content, so a TSV that holds single-project forms is read as
 * forms.
 */
final class Inputs {
  /** The bundled sample: the Longgang HR bureau's 2019 table, exactly as extracted from its PDF. */
  static final String SAMPLE = "/org/jixiao/examples/longgang-hr-2019.tsv";

  /** What a command read: the layout it was read as, and the table with the reader's diagnostics. */
  record Input(DocumentLayout layout, ReadResult<PerformanceTable> read) {
    PerformanceTable table() {
      return read.value();
    }
  }

  private Inputs() {}

  static Input read(@Nullable Path file, CommonOptions common) throws IOException {
    boolean strict = common.strict;
    CliText text = common.text();
    if (file == null) {
      try (InputStream in = sample()) {
        return new Input(DocumentLayout.DISCLOSURE_TABLE, tableReader(TableFormat.TSV, common).read(in));
      }
    }
    if (!Files.isRegularFile(file)) {
      throw text.error("JX-C-0101", "file", file);
    }
    return switch (extension(file)) {
      case "tsv", "txt", "csv" -> {
        // the layout follows the content, and so does the separator when the name's (.csv CSV,
        // else TSV) shows no layout, as the library's DocumentReader tells them
        DocumentReader.Read read = DocumentReader.builder().strict(strict).locale(text.locale()).build().read(file);
        yield new Input(read.layout(), read.result());
      }
      case "json" -> new Input(DocumentLayout.DISCLOSURE_TABLE, Outputs.readTableJson(file, text.locale()));
      case "jsonl" -> new Input(DocumentLayout.DISCLOSURE_TABLE, ReadResult.of(projectLines(file, text), List.of()));
      case "xlsx", "xls", "xlsm" -> {
        WorkbookReader.Read read = WorkbookReader.builder().strict(strict).locale(text.locale()).build().read(file);
        yield new Input(read.layout(), read.result());
      }
      default -> throw text.error("JX-C-0102", "file", file);
    };
  }

  /**
   * The table a command names as a row-at-a-time stream, or null when the input is not a
   * disclosure table in TSV or CSV (JSON, workbooks and forms are read whole). Without a file, the
   * bundled sample.
   */
  static @Nullable ProjectSource stream(@Nullable Path file, CommonOptions common) throws IOException {
    if (file == null) {
      return ProjectSource.of(tableReader(TableFormat.TSV, common).stream(sample()));
    }
    if (!Files.isRegularFile(file)) {
      throw common.text().error("JX-C-0101", "file", file);
    }
    return switch (extension(file)) {
      // only a table streams: forms and declarations are read whole, and so is a text whose
      // separator is not the one its name suggests, so that the reader's note on it is shown
      case "tsv", "txt", "csv" -> {
        TableFormat named = TableFormat.fromFileName(file.toString()).orElse(TableFormat.TSV);
        yield DocumentReader.formatOfText(file) == named && streamsAsTable(DocumentReader.layoutOfText(file, named))
            ? ProjectSource.of(tableReader(named, common).stream(file))
            : null;
      }
      case "jsonl" -> ProjectSource.lines(file, common.text().locale());
      default -> null;
    };
  }

  /** Whether a text file of this layout is read as a disclosure table, as {@link #read} reads it. */
  private static boolean streamsAsTable(DocumentLayout layout) {
    return layout != DocumentLayout.SINGLE_PROJECT_FORM && layout != DocumentLayout.TARGET_DECLARATION;
  }

  /** JSON Lines of projects as one table: they must state one money unit, as a table does. */
  private static PerformanceTable projectLines(Path file, CliText text) throws IOException {
    List<Project> projects = new ArrayList<>();
    try (ProjectSource source = ProjectSource.lines(file, text.locale()); Stream<Project> each = source.projects()) {
      for (Project p : (Iterable<Project>) each::iterator) {
        if (!projects.isEmpty() && p.moneyUnit() != projects.get(0).moneyUnit()) {
          throw text.error(
              "JX-C-0115", "file", file, "first", projects.get(0).moneyUnit().label(), "line", projects.size() + 1, "other", p.moneyUnit().label());
        }
        projects.add(p);
      }
    }
    return PerformanceTable.builder()
        .moneyUnit(projects.isEmpty() ? MoneyUnit.WAN_YUAN : projects.get(0).moneyUnit())
        .projects(projects)
        .build();
  }

  private static InputStream sample() {
    InputStream in = Inputs.class.getResourceAsStream(SAMPLE);
    if (in == null) {
      throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
    }
    return in;
  }

  private static TableReader tableReader(TableFormat format, CommonOptions common) {
    return TableReader.builder().format(format).strict(common.strict).locale(common.text().locale()).build();
  }

  static String extension(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString();
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The evaluator of a profile id, or an input error listing the known ids. */
  static Evaluator evaluator(String profile, CliText text) {
    if (Profiles.find(profile).isEmpty()) {
      throw text.error("JX-C-0103", "profile", profile, "known", String.join(", ", Profiles.ids()));
    }
    // No ServiceLoader here: the examples jar carries example 2's parts, which are not policy.
    return Evaluator.builder().profile(profile).locale(text.locale()).build();
  }
}
