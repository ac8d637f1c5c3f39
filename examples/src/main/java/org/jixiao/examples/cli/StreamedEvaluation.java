package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.json.EvaluationDocumentWriter;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;
import org.jixiao.rules.Evaluator;

/**
 * {@code evaluate} of a TSV or CSV table, row at a time: each project is read, evaluated and
 * written before the next is read, so a table of any length streams from file to output in the
 * memory of one project (text and JSON output; TSV output rewrites the whole table and holds it).
 *
 * <p>Checks of the table as a whole (its 序号, its 合计 row) need every project. Up to {@link
 * #TABLE_CHECK_LIMIT} projects (a department's table has tens to hundreds; 5,000 fit well in a
 * 256 MB heap with their evaluations) are kept for them and the table is checked at the end; beyond
 * that they are dropped and an INFO finding says the table checks were not run.
 */
final class StreamedEvaluation {
  /** The most projects kept for the checks of the whole table. */
  static final int TABLE_CHECK_LIMIT = 5_000;

  /** Rule id of the finding that says the table checks were skipped. */
  static final String TABLE_CHECKS_SKIPPED = "cli.table-checks-skipped";


  private final Evaluator evaluator;
  private final Outputs.EvaluationJson json;
  private final CliText text;
  private final picocli.CommandLine.Help.Ansi ansi;
  private final int threads;
  private final List<Project> kept = new ArrayList<>();
  private final List<Evaluation> keptEvaluations = new ArrayList<>();
  private boolean overflow;

  StreamedEvaluation(
      Evaluator evaluator,
      Outputs.EvaluationJson json,
      CliText text,
      picocli.CommandLine.Help.Ansi ansi,
      int threads) {
    this.evaluator = evaluator;
    this.threads = threads;
    this.json = json;
    this.text = text;
    this.ansi = ansi;
  }

  void run(ProjectSource stream, EvaluateCommand.Format format, PrintWriter out, PrintWriter err)
      throws IOException {
    switch (format) {
      case json -> json(stream, out);
      case jsonl -> jsonl(stream, out);
      case tsv -> tsv(stream, out);
      default -> text(stream, out, err);
    }
    out.flush();
  }

  /**
   * The projects of the stream with their evaluations, in table order, evaluated on {@code
   * threads} threads (the stream is read on this thread as the results are taken).
   */
  private java.util.stream.Stream<org.jixiao.rules.Evaluated> evaluated(ProjectSource stream) {
    return evaluator.evaluateEach(stream.projects(), threads).peek(e -> count.incrementAndGet());
  }

  /** How many projects were evaluated (taken from the stream, on this thread). */
  private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

  /** How many projects the runs so far evaluated. */
  long count() {
    return count.get();
  }

  /** Keeps a project and its evaluation for the table checks, while there are few enough. */
  private Evaluation keep(Project project, Evaluation evaluation) {
    if (!overflow && kept.size() < TABLE_CHECK_LIMIT) {
      kept.add(project);
      keptEvaluations.add(evaluation);
    } else {
      overflow = true;
      kept.clear();
      keptEvaluations.clear();
    }
    return evaluation;
  }

  /** The findings about the whole table, once the stream is exhausted. */
  private List<Finding> tableFindings(ProjectSource stream) {
    java.util.Optional<List<org.jixiao.core.money.MoneyUnit>> mixed = stream.mixedUnits();
    if (mixed.isPresent()) {
      return List.of(
          Finding.builder()
              .rule(TABLE_CHECKS_SKIPPED)
              .code("JX-C-0302")
              .severity(Severity.INFO)
              .message(text.get("JX-C-0302", "first", mixed.get().get(0).label(), "other", mixed.get().get(1).label()))
              .args(java.util.Map.of("first", mixed.get().get(0).label(), "other", mixed.get().get(1).label()))
              .build());
    }
    if (overflow) {
      return List.of(
          Finding.builder()
              .rule(TABLE_CHECKS_SKIPPED)
              .code("JX-C-0301")
              .severity(Severity.INFO)
              .message(text.get("JX-C-0301", "limit", TABLE_CHECK_LIMIT))
              .args(java.util.Map.of("limit", Integer.toString(TABLE_CHECK_LIMIT)))
              .build());
    }
    PerformanceTable table = PerformanceTable.builder().from(stream.table()).projects(kept).build();
    // The evaluator runs its table checks on a whole table; its per-project work is repeated for
    // at most TABLE_CHECK_LIMIT projects (rules has no entry point for the table checks alone).
    return evaluator.evaluate(table).findings();
  }

  /** Opens a JSON writer on the command's output, as text or as UTF-8 bytes. */
  @FunctionalInterface
  private interface Open<T> {
    T open(org.jixiao.io.json.JixiaoJson json) throws IOException;
  }

  /**
   * Writes JSON or JSON Lines as UTF-8 bytes to {@code out} (the faster way: the text is encoded
   * once); the same bytes as {@link #run} writes as text.
   */
  void runBytes(ProjectSource stream, EvaluateCommand.Format format, java.io.OutputStream out) throws IOException {
    String profile = evaluator.profile().id();
    switch (format) {
      case json -> {
        json(stream, j -> j.evaluationDocumentWriter(profile, out));
        out.write(System.lineSeparator().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      case jsonl -> jsonl(stream, j -> j.evaluationLinesWriter(out));
      default -> throw new IllegalArgumentException("not a JSON format: " + format);
    }
    out.flush();
  }

  private void json(ProjectSource stream, PrintWriter out) throws IOException {
    json(stream, j -> j.evaluationDocumentWriter(evaluator.profile().id(), out));
    out.println();
  }

  /** A project with its evaluation, serialised on the worker that evaluated it. */
  private record Encoded(Project project, org.jixiao.io.json.EncodedEvaluation encoded) {}

  /**
   * The projects of the stream with their evaluations serialised by {@code encode} on the
   * threads that evaluate them: the thread that reads and writes then only copies bytes, and
   * stops being the limit of how many threads can evaluate. (On one thread everything runs on
   * this one, and the copy is all the encoding costs beyond writing directly.)
   */
  private java.util.stream.Stream<Encoded> encoded(
      ProjectSource stream, java.util.function.Function<Evaluation, org.jixiao.io.json.EncodedEvaluation> encode) {
    return evaluator.evaluateEach(stream.projects(), threads, e -> new Encoded(e.project(), encode.apply(e.evaluation())))
        .peek(e -> count.incrementAndGet());
  }

  private void json(ProjectSource stream, Open<EvaluationDocumentWriter> open) throws IOException {
    org.jixiao.io.json.JixiaoJson documents = json.documents();
    EvaluationDocumentWriter document = open.open(documents);
    try (java.util.stream.Stream<Encoded> each = encoded(stream, documents::encodeForDocument)) {
      for (Encoded e : (Iterable<Encoded>) each::iterator) {
        keep(e.project(), e.encoded().evaluation());
        document.write(e.encoded());
      }
    }
    document.finish(tableFindings(stream), stream.diagnostics());
  }

  /** One evaluation a line, as each project is read; no table checks (they need the table). */
  private void jsonl(ProjectSource stream, PrintWriter out) throws IOException {
    jsonl(stream, j -> j.evaluationLinesWriter(out));
  }

  private void jsonl(ProjectSource stream, Open<org.jixiao.io.json.JsonLinesWriter<Evaluation>> open) throws IOException {
    org.jixiao.io.json.JixiaoJson lineJson = json.lines();
    org.jixiao.io.json.JsonLinesWriter<Evaluation> lines = open.open(lineJson);
    try (java.util.stream.Stream<Encoded> each = encoded(stream, lineJson::encodeLine)) {
      for (Encoded e : (Iterable<Encoded>) each::iterator) {
        lines.writeEncoded(e.encoded());
      }
    }
    lines.flush();
  }

  private void tsv(ProjectSource stream, PrintWriter out) throws IOException {
    List<Project> projects = new ArrayList<>();
    List<Evaluation> evaluations = new ArrayList<>();
    try (java.util.stream.Stream<org.jixiao.rules.Evaluated> each = evaluated(stream)) {
      for (org.jixiao.rules.Evaluated e : (Iterable<org.jixiao.rules.Evaluated>) each::iterator) {
        projects.add(e.project());
        evaluations.add(e.evaluation());
      }
    }
    PerformanceTable table = PerformanceTable.builder().from(stream.table()).projects(projects).build();
    TableEvaluation result =
        TableEvaluation.builder().profile(evaluator.profile().id()).evaluations(evaluations).build();
    TableWriter.builder().format(TableFormat.TSV).build().write(table, result, out);
  }

  private void text(ProjectSource stream, PrintWriter out, PrintWriter err) {
    TextReport.Streamed report = new TextReport(ansi, text).streamed(out);
    Progress progress = Terminal.interactive() ? new Progress(err, -1, text) : null;
    boolean started = false;
    try (java.util.stream.Stream<org.jixiao.rules.Evaluated> each = evaluated(stream)) {
      for (org.jixiao.rules.Evaluated pe : (Iterable<org.jixiao.rules.Evaluated>) each::iterator) {
        if (!started) {
          report.start(stream.title(), evaluator.profile().id(), stream.moneyUnit());
          started = true;
        }
        Evaluation e = keep(pe.project(), pe.evaluation());
        report.row(pe.project(), e);
        if (progress != null) {
          progress.accept(e);
        }
      }
    }
    if (!started) {
      report.start(stream.title(), evaluator.profile().id(), stream.moneyUnit());
    }
    if (progress != null) {
      progress.done();
    }
    List<Finding> findings = new ArrayList<>(stream.diagnostics());
    findings.addAll(tableFindings(stream));
    report.finish(findings, stream.table().moneyUnit());
  }
}
