package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.ProjectCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Evaluator#evaluateAll(Stream, int)}: the evaluations of several threads come in the
 * order of the projects and equal the sequential ones; a failure arrives after the evaluations
 * before it and names the project; a source that fails stops the stream in its place; the source
 * is read only a bounded window ahead; closing the stream early stops the workers.
 */
class ParallelEvaluationTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  @Test
  void evaluationsOnSeveralThreadsComeInOrderAndEqualTheSequentialOnes() {
    qt().withExamples(20)
        .forAll(lists().of(Gens.projects()).ofSizeBetween(0, 300), integers().between(1, 4))
        .checkAssert(
            (projects, threads) -> {
              List<Evaluation> sequential = projects.stream().map(EVALUATOR::evaluate).toList();
              List<Evaluation> parallel;
              try (Stream<Evaluation> s = EVALUATOR.evaluateAll(projects.stream(), threads)) {
                parallel = s.toList();
              }
              assertThat(parallel).isEqualTo(sequential);
              List<Evaluated> each;
              try (Stream<Evaluated> s = EVALUATOR.evaluateEach(projects.stream(), threads)) {
                each = s.toList();
              }
              assertThat(each).extracting(Evaluated::project).containsExactlyElementsOf(projects);
              assertThat(each).extracting(Evaluated::evaluation).containsExactlyElementsOf(sequential);
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aFailingPartStopsTheStreamAfterTheEvaluationsBeforeItAndNamesTheProject(int threads) {
    Evaluator failing = Evaluator.builder().add(new FailsOn(777)).build();
    List<Project> projects = numbered(1_000);
    List<Integer> seen = new ArrayList<>();
    try (Stream<Evaluation> s = failing.evaluateAll(projects.stream(), threads)) {
      Iterator<Evaluation> it = s.iterator();
      assertThatThrownBy(
              () -> {
                while (it.hasNext()) {
                  seen.add(it.next().seq().orElseThrow());
                }
              })
          .isInstanceOf(PartFailureException.class)
          .hasMessageContaining("序号 777")
          .satisfies(
              e -> {
                assertThat(((PartFailureException) e).seq()).hasValue(777);
                assertThat(e.getSuppressed()).anySatisfy(n -> assertThat(n.getMessage()).contains("project 777 of the stream"));
                // the note is of a type a user can name, not one of the engine's internals
                assertThat(e.getSuppressed()).allSatisfy(n -> assertThat(n.getClass().getName()).doesNotContain(".internal."));
              });
    }
    assertThat(seen).isEqualTo(IntStream.rangeClosed(1, 776).boxed().toList());
    awaitNoWorkers();
  }

  /**
   * A reader meeting a malformed line throws from the projects' stream while the evaluator reads
   * ahead. What comes before it must still arrive, and the same on any number of threads: on 8
   * threads the read-ahead window (1,024 projects) once swallowed all 999.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void aSourceThatFailsStopsTheStreamInItsPlaceWhateverTheThreads(int threads) {
    UncheckedIOException malformed = new UncheckedIOException(new IOException("line 1000: not JSON"));
    Iterator<Project> lines =
        new Iterator<>() {
          private int next = 1;

          @Override
          public boolean hasNext() {
            return next <= 5_000;
          }

          @Override
          public Project next() {
            if (next == 1_000) {
              throw malformed;
            }
            return project(next++);
          }
        };
    Stream<Project> source = StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false);
    Iterator<Evaluation> it = EVALUATOR.evaluateAll(source, threads).iterator(); // not closed: the failure stops the workers
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> it.forEachRemaining(e -> seen.add(e.seq().orElseThrow()))).isSameAs(malformed);
    assertThat(seen).isEqualTo(IntStream.range(1, 1_000).boxed().toList());
    assertThat(it.hasNext()).isFalse();
    awaitNoWorkers();
  }

  @Test
  void theSourceIsReadOnlyABoundedWindowAhead() {
    AtomicInteger pulled = new AtomicInteger();
    Stream<Project> endless = Stream.iterate(1, i -> i + 1).map(i -> project(i)).peek(p -> pulled.incrementAndGet());
    try (Stream<Evaluation> s = EVALUATOR.evaluateAll(endless, 2)) {
      List<Evaluation> first = s.limit(1_000).toList();
      assertThat(first).hasSize(1_000);
      assertThat(first.get(999).seq()).hasValue(1_000);
    }
    // 2 threads × 4 chunks × 32 projects may be in flight beyond what was consumed
    assertThat(pulled.get()).isLessThanOrEqualTo(1_000 + 2 * 4 * 32);
    awaitNoWorkers();
  }

  @Test
  void closingTheStreamEarlyStopsTheWorkersAndClosesTheSource() {
    AtomicBoolean sourceClosed = new AtomicBoolean();
    Stream<Project> source = numbered(5_000).stream().onClose(() -> sourceClosed.set(true));
    Stream<Evaluation> s = EVALUATOR.evaluateAll(source, 3);
    Iterator<Evaluation> it = s.iterator();
    for (int i = 0; i < 10; i++) {
      assertThat(it.next().seq()).hasValue(i + 1);
    }
    s.close();
    assertThat(sourceClosed).isTrue();
    assertThat(it.hasNext()).isFalse();
    awaitNoWorkers();
  }

  @Test
  void oneThreadIsTheSequentialStreamAndFewerIsRefused() {
    assertThat(EVALUATOR.evaluateAll(numbered(50).stream(), 1).toList())
        .isEqualTo(numbered(50).stream().map(EVALUATOR::evaluate).toList());
    assertThatThrownBy(() -> EVALUATOR.evaluateAll(Stream.<Project>empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void aLastStepRunsOnTheWorkerThreadsAndItsResultsComeInOrder() {
    List<Project> projects = numbered(500);
    List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> made;
    try (Stream<String> s =
        EVALUATOR.evaluateEach(
            projects.stream(),
            2,
            e -> {
              threads.add(Thread.currentThread().getName());
              return e.project().name() + "=" + e.evaluation().score().map(BigDecimal::toPlainString).orElse("-");
            })) {
      made = s.toList();
    }
    assertThat(made)
        .isEqualTo(projects.stream().map(p -> p.name() + "=" + EVALUATOR.evaluate(p).score().map(BigDecimal::toPlainString).orElse("-")).toList());
    assertThat(threads).hasSize(500).allSatisfy(t -> assertThat(t).startsWith("jixiao-evaluate-"));
    awaitNoWorkers();
  }

  @Test
  void aLastStepThatFailsOrReturnsNullStopsTheStreamAfterTheResultsBeforeIt() {
    List<String> seen = new ArrayList<>();
    try (Stream<String> s =
        EVALUATOR.evaluateEach(
            numbered(300).stream(),
            2,
            e -> {
              if (e.project().seq().orElse(0) == 250) {
                throw new IllegalStateException("cannot render 250");
              }
              return e.project().name();
            })) {
      Iterator<String> it = s.iterator();
      assertThatThrownBy(() -> it.forEachRemaining(seen::add)).isInstanceOf(IllegalStateException.class).hasMessage("cannot render 250");
    }
    assertThat(seen).hasSize(249).last().isEqualTo("项目249");
    assertThatThrownBy(() -> EVALUATOR.evaluateEach(numbered(3).stream(), 1, e -> null).toList())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("then returned null");
    awaitNoWorkers();
  }

  private static List<Project> numbered(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(ParallelEvaluationTest::project).toList();
  }

  private static Project project(int seq) {
    return Project.builder()
        .seq(seq)
        .name("项目" + seq)
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(BigDecimal.valueOf(100 + seq % 50))
        .actual(BigDecimal.valueOf(60 + seq % 70))
        .indicators(
            IndicatorSet.of(
                Indicator.of(Subcategory.QUANTITY, "不少于" + (seq % 90 + 10) + "人", (seq % 120) + "人"),
                Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", seq % 3 == 0 ? "基本满意" : "满意度" + (80 + seq % 20) + "%")))
        .build();
  }

  /** Worker threads end soon after their stream stops (they are named jixiao-evaluate-…). */
  private static void awaitNoWorkers() {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      boolean any = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("jixiao-evaluate-") && t.isAlive());
      if (!any) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("worker threads still alive: "
        + Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith("jixiao-evaluate-")).toList());
  }

  /** A check that throws on one project, as a buggy custom part would. */
  private static final class FailsOn implements ProjectCheck {
    private final int seq;

    FailsOn(int seq) {
      this.seq = seq;
    }

    @Override
    public String id() {
      return "fails-on-" + seq;
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      if (project.seq().orElse(0) == seq) {
        throw new IllegalStateException("boom");
      }
      return List.of();
    }
  }
}
