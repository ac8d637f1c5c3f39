package org.jixiao.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.io.json.EvaluationDetail;
import org.jixiao.io.json.EvaluationDocumentWriter;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;

/**
 * What a project costs in the steady state by what is done with its evaluation, on one thread:
 * passes over the 10 k varied pool of {@link BenchData#projects}, each project
 * <ol>
 *   <li>{@code evaluate}: evaluated and its findings counted, as row 2 of the suite measures it;
 *   <li>{@code read}: evaluated and every reason, argument and finding message read. Reasons,
 *       arguments and messages are worded when first read, so this is what a consumer that reads
 *       them (a report, a reviewer's screen) pays on top of {@code evaluate};
 *   <li>{@code json}: evaluated and written as the command line's {@code evaluate --format json}
 *       writes it (indented, full detail, UTF-8 to a stream that drops the bytes); {@code
 *       summary}: the same in summary detail.
 * </ol>
 * Each project goes through one of the four at a time, so that its evaluation is still in the
 * caches when it is read or written, as in the command line; the four take turns by pass, in a
 * rotating order. It prints the median µs per project of each over the last half of the passes,
 * and what reading and writing add. Pin it to one core ({@code taskset -c 1 java
 * -XX:ActiveProcessorCount=1 …}); results are the machine's, so compare versions with {@code
 * PairedRounds}, not with two runs of this.
 *
 * <p>Usage: {@code java -Xmx2g -cp bench/target/benchmarks.jar org.jixiao.bench.ProjectCost
 * [PASSES]} (passes of each of the four; 24 by default)
 */
public final class ProjectCost {
  private ProjectCost() {}

  private static final String[] WAYS = {"evaluate", "read", "json", "summary"};

  public static void main(String[] args) throws IOException {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 24;
    List<Project> pool = BenchData.projects(EvaluateBench.POOL).collect(Collectors.toList());
    Evaluator evaluator = Evaluator.of(Profiles.get(Profiles.MOF_2020));
    Counting out = new Counting();
    JixiaoJson full = JixiaoJson.builder().prettyPrint(true).build();
    JixiaoJson summary = JixiaoJson.builder().prettyPrint(true).evaluationDetail(EvaluationDetail.SUMMARY).build();
    EvaluationDocumentWriter fullWriter = full.evaluationDocumentWriter(Profiles.MOF_2020, out);
    EvaluationDocumentWriter summaryWriter = summary.evaluationDocumentWriter(Profiles.MOF_2020, out);
    List<List<Double>> times = new ArrayList<>();
    long[] bytes = new long[WAYS.length];
    for (int w = 0; w < WAYS.length; w++) {
      times.add(new ArrayList<>());
    }
    long sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      for (int turn = 0; turn < WAYS.length; turn++) {
        int way = (pass + turn) % WAYS.length;
        long written = out.count;
        long start = System.nanoTime();
        for (Project project : pool) {
          Evaluation e = evaluator.evaluate(project);
          switch (way) {
            case 0 -> sink += e.findings().size();
            case 1 -> sink += readAll(e);
            case 2 -> fullWriter.write(e);
            default -> summaryWriter.write(e);
          }
        }
        double us = (System.nanoTime() - start) / 1e3 / pool.size();
        if (pass >= passes / 2) {
          times.get(way).add(us);
        }
        bytes[way] = (out.count - written) / pool.size();
      }
    }
    double[] median = new double[WAYS.length];
    for (int w = 0; w < WAYS.length; w++) {
      List<Double> t = times.get(w);
      Collections.sort(t);
      median[w] = t.get(t.size() / 2);
    }
    System.out.printf(Locale.ROOT, "µs per project, median of the last %d passes of each: evaluate %.1f; and read every reason, argument and message %.1f (+%.1f);"
            + " and write JSON, full detail %.1f (+%.1f, %d bytes a project), summary %.1f (+%.1f, %d bytes)%n",
        times.get(0).size(), median[0], median[1], median[1] - median[0], median[2], median[2] - median[0], bytes[2],
        median[3], median[3] - median[0], bytes[3]);
    System.out.printf(Locale.ROOT, "(counted: %d)%n", sink);
  }

  /** Reads what a report shows: every trace's reason and arguments and every finding's message. */
  private static long readAll(Evaluation e) {
    long n = read(e.execution().trace());
    if (e.statusTrace().isPresent()) {
      n += read(e.statusTrace().get());
    }
    for (IndicatorResult r : e.indicators()) {
      n += read(r.trace());
      for (IndicatorResult part : r.parts()) {
        n += read(part.trace());
      }
    }
    for (Finding f : e.findings()) {
      n += f.message().length() + f.args().size();
    }
    return n;
  }

  private static long read(Trace trace) {
    return trace.reason().length() + trace.args().size() + trace.figures().size();
  }

  /** Drops what it is given and counts the bytes, so that nothing is kept between passes. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
