package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

/** One evaluator shared by eight threads gives what it gives on one. */
class ConcurrencyTest {
  @Test
  void oneEvaluatorSharedByEightThreadsGivesTheSingleThreadResults() throws Exception {
    Evaluator evaluator = Evaluator.defaults();
    List<Project> projects = new ArrayList<>(List.of(Seed.row1(), Seed.row2(), Seed.row10(), Seed.row21(), Seed.row24(), Seed.row38()));
    projects.addAll(Seed.amountRows());
    projects.addAll(generated(200));
    assertThat(projects).hasSizeGreaterThan(200);
    List<Evaluation> expected = projects.stream().map(evaluator::evaluate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<List<Evaluation>>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        tasks.add(() -> {
          // each thread walks the projects from a different start, so threads overlap on the same ones
          List<Evaluation> out = new ArrayList<>(projects.size());
          for (int i = 0; i < projects.size(); i++) {
            out.add(null);
          }
          for (int k = 0; k < projects.size(); k++) {
            int i = (k + offset * 31) % projects.size();
            out.set(i, evaluator.evaluate(projects.get(i)));
          }
          return out;
        });
      }
      for (Future<List<Evaluation>> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Projects drawn from the generators with a fixed seed. */
  private static List<Project> generated(int count) {
    List<Project> out = new ArrayList<>();
    qt().withExamples(count).withFixedSeed(20_190_101L).forAll(Gens.projects()).checkAssert(out::add);
    return out;
  }
}
