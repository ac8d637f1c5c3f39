package org.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.junit.jupiter.api.Test;

/**
 * Concurrency (issue 7): one evaluator shared by many threads over generated tables — realistic
 * and hostile (edge amounts, control characters, formula triggers, long cells) — gives exactly the
 * results it gives on one thread. Threads start together at a barrier and walk the tables in
 * different orders, through every entry point: whole tables (with a listener), single
 * projects, lazy streams and single indicators. This lives in testkit's tests because rules
 * cannot depend on the testkit (the testkit depends on rules); rules' own {@code
 * ConcurrencyTest} covers its generators.
 */
class SharedEvaluatorTest {
  private static final int THREADS = 8;

  /** The hostile settings with 1 000-character long cells (10 000 make the test slow, not harder). */
  private static final ModelGenerators HOSTILE =
      new ModelGenerators(new GeneratorSettings(0, 20, 12, 30, 30, 30, 30, 1_000));

  private static List<PerformanceTable> tables() {
    List<PerformanceTable> tables = new ArrayList<>();
    for (long seed = 1; seed <= 6; seed++) {
      tables.add(ModelGenerators.realistic().table().generate(Choices.seeded(seed)));
      tables.add(HOSTILE.table().generate(Choices.seeded(1_000 + seed)));
    }
    return tables;
  }

  /** What one thread computes, in the order of the tables whatever order it walks them in. */
  private record Results(
      List<TableEvaluation> tables, List<List<Evaluation>> projects, List<List<Object>> judged) {}

  private static Results compute(Evaluator evaluator, List<PerformanceTable> tables, int offset) {
    int n = tables.size();
    List<TableEvaluation> byTable = new ArrayList<>(java.util.Collections.nCopies(n, (TableEvaluation) null));
    List<List<Evaluation>> byProject = new ArrayList<>(java.util.Collections.nCopies(n, (List<Evaluation>) null));
    List<List<Object>> judged = new ArrayList<>(java.util.Collections.nCopies(n, (List<Object>) null));
    for (int k = 0; k < n; k++) {
      int i = (k + offset * 7) % n;
      PerformanceTable table = tables.get(i);
      List<Evaluation> heard = new ArrayList<>();
      byTable.set(i, evaluator.evaluate(table, heard::add));
      assertThat(heard).isEqualTo(byTable.get(i).evaluations());
      List<Evaluation> projects =
          offset % 2 == 0
              ? table.projects().stream().map(evaluator::evaluate).toList()
              : evaluator.evaluateAll(table.projects().stream()).collect(Collectors.toList());
      byProject.set(i, projects);
      List<Object> verdicts = new ArrayList<>();
      for (Project p : offset % 3 == 0 ? table.projects() : List.<Project>of()) {
        for (int x = 0; x < p.indicators().size(); x++) {
          verdicts.add(evaluator.judge(p, x));
        }
      }
      judged.set(i, verdicts);
    }
    return new Results(byTable, byProject, judged);
  }

  @Test
  void oneEvaluatorSharedByEightThreadsGivesTheSequentialResultsOnGeneratedTables() throws Exception {
    List<PerformanceTable> tables = tables();
    assertThat(tables.stream().mapToInt(t -> t.projects().size()).sum()).isGreaterThan(80);
    for (Evaluator evaluator :
        List.of(Evaluator.defaults(), Evaluator.of(Profiles.get("sichuan-2023")))) {
      Results expected = compute(evaluator, tables, 0); // judges every indicator too
      Results unjudged =
          new Results(
              expected.tables(),
              expected.projects(),
              expected.judged().stream().map(j -> List.<Object>of()).toList());
      for (int i = 0; i < tables.size(); i++) {
        assertThat(expected.projects().get(i)).isEqualTo(expected.tables().get(i).evaluations());
      }
      CyclicBarrier start = new CyclicBarrier(THREADS);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Callable<Results>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int offset = t + 1;
          tasks.add(
              () -> {
                start.await();
                return compute(evaluator, tables, offset); // every third thread judges too
              });
        }
        List<Future<Results>> results = pool.invokeAll(tasks);
        for (int t = 0; t < THREADS; t++) {
          assertThat(results.get(t).get()).isEqualTo((t + 1) % 3 == 0 ? expected : unjudged);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
