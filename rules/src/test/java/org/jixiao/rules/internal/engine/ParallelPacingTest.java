package org.jixiao.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

/**
 * {@link ParallelEvaluation} leaves the JIT compiler a core while it is busy: one worker fewer
 * than asked, the last one once the compiler has settled; the results keep their order either way.
 * (A pool below its size starts a new thread for each task submitted, with that task: so the
 * number of thread names seen is the number of workers, whatever the scheduling.)
 */
class ParallelPacingTest {
  private static final List<Project> PROJECTS =
      IntStream.rangeClosed(1, 3_200)
          .mapToObj(i -> Project.builder().seq(i).name("项目" + i).moneyUnit(MoneyUnit.YUAN).budget(BigDecimal.TEN).build())
          .toList();

  @Test
  void whileTheCompilerIsBusyOneWorkerFewerThanAskedRuns() {
    CompilerActivity neverSettles = CompilerActivity.of(() -> 0, () -> 0); // its window never ends
    Set<String> workers = ConcurrentHashMap.newKeySet();
    assertThat(names(PROJECTS, 3, neverSettles, workers)).isEqualTo(PROJECTS.stream().map(Project::name).toList());
    assertThat(workers).hasSize(2);
  }

  @Test
  void theLastWorkerStartsOnceTheCompilerHasSettled() {
    AtomicInteger clockReads = new AtomicInteger();
    // No compilation at all; the clock stands still for the first reads (the stream's first chunks)
    // and then jumps past a window, so the compiler settles in the middle of the stream.
    CompilerActivity settlesLater =
        CompilerActivity.of(() -> 0, () -> clockReads.incrementAndGet() < 10 ? 0 : CompilerActivity.WINDOW_NANOS);
    ParallelEvaluation<String> it = ParallelEvaluation.over(PROJECTS.iterator(), Project::name, 3, settlesLater);
    assertThat(it.workers()).isEqualTo(2);
    List<String> names = new java.util.ArrayList<>();
    try (Stream<String> s = ParallelEvaluation.stream(it, PROJECTS.stream())) {
      s.forEach(names::add);
      assertThat(it.workers()).isEqualTo(3);
    }
    assertThat(names).isEqualTo(PROJECTS.stream().map(Project::name).toList());
    assertThat(clockReads.get()).isEqualTo(10); // settled at the 10th read (of 100 chunks), never read since
  }

  @Test
  void shortStreamsShareTheProcessWideWindowSoALaterStreamGetsEveryWorker() {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
    CompilerActivity shared = CompilerActivity.of(() -> 0, now::get);
    Set<String> first = ConcurrentHashMap.newKeySet();
    names(PROJECTS.subList(0, 640), 3, shared, first); // each stream shorter than a window
    now.set(CompilerActivity.WINDOW_NANOS / 2);
    Set<String> second = ConcurrentHashMap.newKeySet();
    names(PROJECTS.subList(0, 640), 3, shared, second);
    now.set(CompilerActivity.WINDOW_NANOS);
    Set<String> third = ConcurrentHashMap.newKeySet();
    names(PROJECTS.subList(0, 640), 3, shared, third);
    assertThat(first).hasSize(2);
    assertThat(second).hasSize(2);
    assertThat(third).hasSize(3);
    // the window the streams of a process share is one object: a new one per call would share nothing
    assertThat(CompilerActivity.thisJvm()).isSameAs(CompilerActivity.thisJvm());
  }

  @Test
  void oneThreadAskedIsOneWorkerEvenWhileTheCompilerIsBusy() {
    Set<String> workers = ConcurrentHashMap.newKeySet();
    assertThat(names(PROJECTS.subList(0, 100), 1, CompilerActivity.of(() -> 0, () -> 0), workers)).hasSize(100);
    assertThat(workers).hasSize(1).allSatisfy(n -> assertThat(n).startsWith("jixiao-evaluate-"));
  }

  private static List<String> names(List<Project> projects, int threads, CompilerActivity jit, Set<String> workers) {
    try (Stream<String> s =
        ParallelEvaluation.map(
            projects.stream(),
            p -> {
              workers.add(Thread.currentThread().getName());
              return p.name();
            },
            threads,
            jit)) {
      return s.toList();
    }
  }
}
