package org.jixiao.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.rules.review.BudgetYear;
import org.jixiao.rules.review.Opinion;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.ReviewVerdict;
import org.jixiao.rules.review.Reviewer;
import org.jixiao.rules.review.TableReview;
import org.jixiao.xlsx.DeclarationReader;
import org.jixiao.xlsx.ReviewWorkbook;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code review FILE}: target review of declarations (绩效目标审核); exit 1 when any is returned. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Review declared performance targets (绩效目标申报表): per project the verdict (通过 / 修改后通过 / 退回) and the opinions.",
      "FILE is a declaration workbook (.xlsx, .xls: one sheet per project), declarations printed as text (.tsv, .txt, .csv: one after another) or a jixiao.table/1 JSON document.",
      "Exit code 1 when any project is returned (退回), 0 otherwise."
    })
final class ReviewCommand implements Callable<Integer> {
  /** Exit code when a declaration is returned. */
  static final int RETURNED = 1;

  @Parameters(index = "0", paramLabel = "FILE", description = "The declarations (.xlsx .xls .xlsm .tsv .txt .csv .json).")
  Path file = Path.of("");

  @Option(names = "--format", defaultValue = "text", description = "text, json or xlsx (default: ${DEFAULT-VALUE}); xlsx needs --output.")
  String format = "text";

  @Option(names = "--profile", defaultValue = "default", description = "Review profile (default: ${DEFAULT-VALUE}).")
  String profile = "default";

  @Option(names = "--year", description = "The budget year dates are judged against, when the document states none.")
  @Nullable Integer year;

  @Mixin CommonOptions common = new CommonOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CliText t = common.text();
    Locale locale = t.locale();
    if (!profile.equals("default")) {
      throw t.error("JX-C-0106", "profile", profile);
    }
    ReadResult<PerformanceTable> read = read();
    Reviewer reviewer = Reviewer.builder().locale(locale).build();
    TableReview reviews = reviewer.review(read.value(), year == null ? OptionalInt.empty() : OptionalInt.of(year));
    switch (format) {
      case "text" -> write(out -> text(reviews, read.diagnostics(), t, out));
      case "json" -> write(out -> json(reviews, read.diagnostics(), out));
      case "xlsx" -> {
        try (OutputStream out = common.binaryOut("xlsx")) {
          ReviewWorkbook.write(reviews, out, locale);
        }
        // the workbook has no place for what the reader said: its count on stderr, as convert's
        Outputs.remarks(spec.commandLine().getErr(), t, file, read.diagnostics().size());
      }
      default -> throw t.error("JX-C-0107", "format", format, "known", "text, json, xlsx");
    }
    return reviews.anyReturned() ? RETURNED : 0;
  }

  private ReadResult<PerformanceTable> read() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw common.text().error("JX-C-0101", "file", file);
    }
    return switch (Inputs.extension(file)) {
      case "xlsx", "xls", "xlsm", "tsv", "txt", "csv" -> DeclarationReader.builder().strict(common.strict).locale(common.text().locale()).build().read(file);
      case "json" -> Outputs.readTableJson(file, common.text().locale());
      default -> throw common.text().error("JX-C-0108", "file", file);
    };
  }

  /** Something that writes to a stream. */
  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private void write(Body body) throws IOException {
    Path output = common.output;
    if (output != null) {
      try (OutputStream out = OutputFiles.open(output)) {
        body.write(out);
      }
      return;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    body.write(out);
    PrintWriter w = spec.commandLine().getOut();
    w.print(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    w.flush();
  }

  private static void text(TableReview reviews, List<Finding> diagnostics, CliText t, OutputStream stream) {
    boolean en = t.english();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8));
    BudgetYear y = reviews.budgetYear();
    String source =
        switch (y.source()) {
          case DOCUMENT -> t.get("label.year-document");
          case GIVEN -> t.get("label.year-given");
          case INFERRED -> t.get("label.year-inferred");
          case CURRENT -> t.get("label.year-current");
        };
    out.println(t.get("label.budget-year") + (en ? ": " : "：") + y.year() + (en ? " (" + source + ")" : "（" + source + "）"));
    for (Finding f : diagnostics) {
      // and how the text was split when its content, not its name, chose the separator, as evaluate says it
      if (f.severity() != org.jixiao.core.evaluation.Severity.INFO || f.code().equals("JX-X-0119")) {
        out.println(t.get("label.reader") + " " + f.severity() + " " + TextReport.describe(f, t));
      }
    }
    int n = 0;
    for (Review r : reviews.reviews()) {
      n++;
      out.println();
      out.println("[" + n + "/" + reviews.reviews().size() + "] " + r.code().map(c -> c + " ").orElse("") + r.project() + " — " + (en ? r.verdict().name() : r.verdict().label()));
      for (Opinion o : r.opinions()) {
        out.println("  " + (en ? o.aspect().name() : o.aspect().label()) + " " + o.finding().severity() + " " + o.finding().code() + " " + o.finding().message() + printedOn(o.finding(), t));
      }
    }
    out.println();
    Map<ReviewVerdict, Integer> counts = reviews.byVerdict();
    out.println(t.get("label.review-summary", "pass", counts.getOrDefault(ReviewVerdict.PASS, 0), "changes", counts.getOrDefault(ReviewVerdict.PASS_AFTER_CHANGES, 0), "returned", counts.getOrDefault(ReviewVerdict.RETURN, 0)));
    StringBuilder flagged = new StringBuilder(t.get("label.flagged") + " ");
    reviews.declarationsFlaggedByCheck().forEach((id, count) -> flagged.append(t.check(id)).append(' ').append(count).append("  "));
    out.println(flagged.toString().strip());
    out.flush();
  }

  /**
   * The {@code jixiao.review/1} document: the reviews, and what the reader said of the file
   * ({@code readDiagnostics}, as in an evaluation document): a 项目编码 stored as a number that
   * lost its last digits shows there, as on the text report.
   */
  private static void json(TableReview reviews, List<Finding> diagnostics, OutputStream stream) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(stream).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("schema", "jixiao.review/1");
      g.writeStringField("profile", reviews.profile());
      g.writeNumberField("budgetYear", reviews.budgetYear().year());
      g.writeStringField("budgetYearSource", reviews.budgetYear().source().name());
      g.writeArrayFieldStart("reviews");
      for (Review r : reviews.reviews()) {
        g.writeStartObject();
        if (r.seq().isPresent()) {
          g.writeNumberField("seq", r.seq().getAsInt());
        }
        if (r.code().isPresent()) {
          g.writeStringField("code", r.code().get());
        }
        g.writeStringField("project", r.project());
        g.writeStringField("verdict", r.verdict().name());
        g.writeArrayFieldStart("opinions");
        for (Opinion o : r.opinions()) {
          g.writeStartObject();
          g.writeStringField("aspect", o.aspect().name());
          findingFields(g, o.finding());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("readDiagnostics");
      for (Finding f : diagnostics) {
        g.writeStartObject();
        findingFields(g, f);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      for (Map.Entry<ReviewVerdict, Integer> e : reviews.byVerdict().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** The line an opinion's row is printed on ({@code [第5行]}), when the opinion knows it; else nothing. */
  private static String printedOn(Finding f, CliText t) {
    if (f.location().isEmpty() || f.location().get().line().isEmpty()) {
      return "";
    }
    return " [" + t.get("location.line", "line", f.location().get().line().getAsLong()) + "]";
  }

  /** Rule, code, severity, message, and where (path, line, text) when the finding says. */
  private static void findingFields(JsonGenerator g, Finding f) throws IOException {
    g.writeStringField("rule", f.rule());
    g.writeStringField("code", f.code());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("message", f.message());
    if (f.location().flatMap(l -> l.path()).isPresent()) {
      g.writeStringField("path", f.location().flatMap(l -> l.path()).get());
    }
    if (f.location().isPresent() && f.location().get().line().isPresent()) {
      g.writeNumberField("line", f.location().get().line().getAsLong()); // the source line of the row the opinion is about
    }
    if (f.location().flatMap(l -> l.text()).isPresent()) {
      g.writeStringField("text", f.location().flatMap(l -> l.text()).get());
    }
  }
}
