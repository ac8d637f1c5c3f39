package org.jixiao.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import picocli.CommandLine.Help.Ansi;

/**
 * The human-readable report of {@code evaluate}: one aligned row per project, the findings
 * grouped by severity, and a summary.
 */
final class TextReport {
  private static final int NAME_WIDTH = 28;

  private final Ansi ansi;
  private final CliText t;

  TextReport(Ansi ansi, CliText t) {
    this.ansi = ansi;
    this.t = t;
  }

  void print(PerformanceTable table, TableEvaluation result, List<Finding> readFindings, PrintWriter out) {
    table.title().ifPresent(t -> out.println(ansi.string("@|bold " + escape(t) + "|@")));
    out.println(t.get("label.profile") + " " + result.profile() + " · " + t.get("label.unit") + " " + unitLabel(table.moneyUnit()) + " · " + table.projects().size() + " " + t.get(table.projects().size() == 1 ? "label.projects.one" : "label.projects"));
    out.println();
    printRows(table, result, out);
    List<Finding> all = new ArrayList<>(readFindings);
    all.addAll(result.findings());
    for (Evaluation e : result.evaluations()) {
      all.addAll(e.findings());
    }
    printFindings(all, out);
    printSummary(table, result, out);
    out.flush();
  }

  private void printRows(PerformanceTable table, TableEvaluation result, PrintWriter out) {
    String[] header = header();
    int[] widths = {4, NAME_WIDTH, 10, 10, 8, 7, 4, 8};
    out.println(ansi.string("@|bold " + escape(row(header, widths)) + "|@"));
    List<Project> projects = table.projects();
    for (int i = 0; i < result.evaluations().size(); i++) {
      Evaluation e = result.evaluations().get(i);
      Optional<Project> p = i < projects.size() ? Optional.of(projects.get(i)) : Optional.empty();
      out.println(colour(e, row(cells(p, e), widths)));
    }
    if (result.evaluations().stream().anyMatch(Evaluation::provisional)) {
      out.println(t.get("label.provisional"));
    }
  }

  private String colour(Evaluation e, String line) {
    Optional<Grade> grade = e.grade();
    if (grade.isEmpty()) {
      return ansi.string("@|faint " + escape(line) + "|@");
    }
    return switch (grade.get()) {
      case POOR -> ansi.string("@|red " + escape(line) + "|@");
      case FAIR -> ansi.string("@|yellow " + escape(line) + "|@");
      default -> line;
    };
  }

  /** A project's row: 序号, name, budget, spent, rate, score, grade, status. */
  private String[] cells(Optional<Project> p, Evaluation e) {
    return new String[] {
      e.seq().isPresent() ? Integer.toString(e.seq().getAsInt()) : "",
      DisplayWidth.truncate(e.project(), NAME_WIDTH),
      // the budget the rate is of: 全年预算数 (adjusted) when printed, as the summary counts it
      p.flatMap(Project::effectiveBudget).map(BigDecimal::toPlainString).orElse("—"),
      p.flatMap(Project::actual).map(BigDecimal::toPlainString).orElse("—"),
      e.execution().rate().map(BigDecimal::toPlainString).orElse("—"),
      e.score().map(BigDecimal::toPlainString).orElse("—") + (e.provisional() ? "*" : ""),
      e.grade().map(t::label).orElse("—"),
      t.label(e.status())
    };
  }

  private static String row(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      // Text columns are left-aligned, numbers right-aligned.
      boolean text = i == 1 || i >= 6;
      line.append(text ? DisplayWidth.padRight(cells[i], widths[i]) : DisplayWidth.padLeft(cells[i], widths[i]));
    }
    return line.toString().stripTrailing();
  }

  private void printFindings(List<Finding> findings, PrintWriter out) {
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.println();
      String style = severity == Severity.ERROR ? "red" : severity == Severity.WARNING ? "yellow" : "faint";
      // the Chinese label beside the code names the severity for a Chinese reader; an English one needs none
      String name = t.english() ? severity.toString() : severity + " (" + severity.label() + ")";
      out.println(ansi.string("@|bold," + style + " " + name + ": " + group.size() + "|@"));
      for (Finding f : group) {
        out.println("  " + escape(describe(f, t)));
      }
    }
  }

  private void printSummary(PerformanceTable table, TableEvaluation result, PrintWriter out) {
    printSummary(TableSummary.of(result), SeqGaps.describe(table.projects()), out);
  }

  /** The summary a dashboard shows: counts, why scores were withheld, totals, the lowest projects. */
  private void printSummary(TableSummary s, String gaps, PrintWriter out) {
    out.println();
    out.println(ansi.string("@|bold " + t.get("label.summary") + "|@"));
    out.println("  " + t.get("label.count") + ": " + s.projects());
    out.println("  " + t.get("label.grades") + ": " + labels(nonZero(s.byGrade())));
    if (s.provisional() > 0) { // grades that stand only until a missing figure is given
      out.println("  " + t.get("label.provisional-grades") + ": " + t.get("label.no-score-count", "count", s.provisional())
          + " — " + labels(nonZero(s.provisionalByGrade())));
    }
    out.println("  " + t.get("label.statuses") + ": " + labels(nonZero(s.byStatus())));
    out.println(
        "  " + t.get("label.totals") + ": " + t.get("label.budget") + " " + s.totalBudget().toPlainString()
            + " · " + t.get("label.actual") + " " + s.totalActual().toPlainString() + " " + unitLabel(s.moneyUnit())
            + s.executionRate().map(r -> " · " + t.get("label.execution") + " " + r.toPlainString() + "%").orElse(""));
    s.meanScore().ifPresent(m -> out.println("  " + t.get("label.mean") + ": " + m.toPlainString()));
    if (s.withheld() > 0) {
      out.println("  " + t.get("label.no-score") + ": " + t.get("label.no-score-count", "count", s.withheld()) + " — " + labels(nonZero(s.byWithheldReason())));
    }
    if (s.ungraded() > s.withheld()) { // scores that no grade band covers
      out.println("  " + t.get("label.no-grade") + ": " + t.get("label.no-score-count", "count", s.ungraded() - s.withheld()));
    }
    if (!s.lowest().isEmpty()) {
      out.println("  " + t.get("label.lowest") + ":");
      for (TableSummary.LowProject low : s.lowest()) {
        String seq = low.seq().isPresent() ? t.get("label.seq") + " " + low.seq().getAsInt() + " " : "";
        String loss =
            low.losses().isEmpty()
                ? ""
                : " — " + low.losses().get(0).subcategory().map(t::label).or(() -> low.losses().get(0).category().map(t::label)).orElse(t.get("label.execution"))
                    + " −" + low.losses().get(0).lost().toPlainString() + ": " + DisplayWidth.truncate(low.losses().get(0).reason(), 60);
        out.println("    " + seq + DisplayWidth.truncate(low.project(), NAME_WIDTH) + " " + low.score().toPlainString() + escape(loss));
      }
    }
    out.println("  " + t.get("label.gaps") + ": " + (gaps.isEmpty() ? t.get("label.none") : gaps));
  }

  /** One finding as a line: its code and rule id (both stable; scripts branch on them), where it is, its message. */
  static String describe(Finding f, CliText t) {
    String where = f.location().map(l -> where(l, t)).filter(s -> !s.isEmpty()).map(s -> " [" + s + "]").orElse("");
    String id = f.code().equals(f.rule()) ? f.code() : f.code() + " " + f.rule();
    return id + where + ": " + f.message();
  }

  /**
   * Where a finding is, in the reader's language ({@code 序号 3，第16行第19列} or {@code No. 3, line 16,
   * column 19}); {@link Location#describe()} is the same in every language, for logs.
   */
  static String where(Location l, CliText t) {
    List<String> parts = new ArrayList<>();
    l.seq().ifPresent(s -> parts.add(t.get("label.seq") + " " + s));
    if (l.line().isPresent() && l.column().isPresent()) {
      parts.add(t.get("location.line-column", "line", l.line().getAsLong(), "column", l.column().getAsInt()));
    } else {
      l.line().ifPresent(n -> parts.add(t.get("location.line", "line", n)));
      l.column().ifPresent(n -> parts.add(t.get("location.column", "column", n)));
    }
    l.path().ifPresent(parts::add);
    l.text().ifPresent(x -> parts.add("'" + x + "'"));
    return String.join(t.get("location.separator"), parts);
  }

  private String[] header() {
    return new String[] {
      t.get("label.seq"), t.get("label.project"), t.get("label.budget"), t.get("label.actual"),
      t.get("label.rate"), t.get("label.score"), t.get("label.grade"), t.get("label.status")
    };
  }

  private String unitLabel(org.jixiao.core.money.MoneyUnit unit) {
    if (!t.english()) {
      return unit.label();
    }
    return switch (unit) {
      case YUAN -> "yuan (元)";
      case WAN_YUAN -> "10k yuan (万元)";
      case YI_YUAN -> "100M yuan (亿元)";
    };
  }

  private static <E extends Enum<E>> Map<E, Integer> nonZero(Map<E, Integer> counts) {
    Map<E, Integer> out = new java.util.LinkedHashMap<>();
    counts.forEach((k, n) -> {
      if (n > 0) {
        out.put(k, n);
      }
    });
    return out;
  }

  /** A report written as the projects come, for a table read row at a time. */
  Streamed streamed(PrintWriter out) {
    return new Streamed(out);
  }

  /**
   * The same report, one row per project as it is evaluated; the findings and the summary at
   * the end. At most {@link #MAX_FINDINGS} project findings are kept for the end (the rest are
   * counted), so that a long table does not fill memory with them.
   */
  final class Streamed {
    static final int MAX_FINDINGS = 10_000;

    private final PrintWriter out;
    private final int[] widths = {4, NAME_WIDTH, 10, 10, 8, 7, 4, 8};
    private final List<Finding> projectFindings = new ArrayList<>();
    // Totals in the table's own unit once it is known (start); 万元 until then.
    private TableSummary.Accumulator summary = TableSummary.accumulator(TableSummary.DEFAULT_LOWEST, org.jixiao.core.money.MoneyUnit.WAN_YUAN);
    private final List<String> gaps = new ArrayList<>();
    private long droppedFindings;
    private boolean provisional;
    private int previousSeq;
    private boolean seenSeq;

    private Streamed(PrintWriter out) {
      this.out = out;
    }

    void start(Optional<String> title, String profile, Optional<org.jixiao.core.money.MoneyUnit> unit) {
      unit.ifPresent(u -> summary = TableSummary.accumulator(TableSummary.DEFAULT_LOWEST, u));
      title.ifPresent(t -> out.println(ansi.string("@|bold " + escape(t) + "|@")));
      out.println(t.get("label.profile") + " " + profile + unit.map(u -> " · " + t.get("label.unit") + " " + unitLabel(u)).orElse(""));
      out.println();
      out.println(ansi.string("@|bold " + escape(TextReport.row(header(), widths)) + "|@"));
    }

    void row(Project p, Evaluation e) {
      out.println(colour(e, TextReport.row(cells(Optional.of(p), e), widths)));
      provisional |= e.provisional();
      summary.add(e);
      for (Finding f : e.findings()) {
        if (projectFindings.size() < MAX_FINDINGS) {
          projectFindings.add(f);
        } else {
          droppedFindings++;
        }
      }
      if (p.seq().isPresent()) {
        int s = p.seq().getAsInt();
        if (seenSeq && s > previousSeq + 1 && gaps.size() < 100) {
          gaps.add(s - 1 == previousSeq + 1 ? Integer.toString(previousSeq + 1) : (previousSeq + 1) + "–" + (s - 1));
        }
        seenSeq = true;
        previousSeq = Math.max(previousSeq, s);
      }
    }

    void finish(List<Finding> tableFindings, org.jixiao.core.money.MoneyUnit unit) {
      if (provisional) {
        out.println(t.get("label.provisional"));
      }
      List<Finding> all = new ArrayList<>(tableFindings);
      all.addAll(projectFindings);
      printFindings(all, out);
      if (droppedFindings > 0) {
        out.println("  " + t.get("label.more-findings", "count", droppedFindings, "limit", MAX_FINDINGS));
      }
      summary.addFindings(tableFindings);
      printSummary(summary.summary(), String.join(", ", gaps), out);
      out.flush();
    }
  }

  private <E extends Enum<E> & Labelled> String labels(Map<E, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, n) -> parts.add(t.label(k) + " " + n));
    return parts.isEmpty() ? t.get("label.none") : String.join(" · ", parts);
  }

  /** Escapes picocli's markup characters in data. */
  private static String escape(String text) {
    return text.replace("@|", "@ |").replace("|@", "| @");
  }
}
