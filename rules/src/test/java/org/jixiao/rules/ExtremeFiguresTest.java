package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.rules.internal.engine.FigureRange;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Figures the model can hold but no table prints: {@code 1E+999999999}, {@code 1E-999999999}, a
 * zero of scale 10^9, a number of a million digits, and odd ones within range (a 分值 of 10.005, a
 * budget of 1E-1000). Evaluation never throws and never computes with a figure outside {@link
 * FigureRange}: such a figure is reported as an ERROR finding naming its field and left out, and
 * the evaluation is exactly that of the project without it.
 */
class ExtremeFiguresTest {
  private static final List<Evaluator> EVALUATORS =
      List.of(Evaluator.defaults(), Evaluator.of(Profiles.get("sichuan-2023")));

  private static final List<BigDecimal> IN_RANGE =
      List.of(
          BigDecimal.ZERO,
          new BigDecimal("0.00"),
          BigDecimal.ONE,
          BigDecimal.ONE.negate(),
          new BigDecimal("100"),
          new BigDecimal("250"),
          new BigDecimal("10.005"),
          new BigDecimal("99.995"),
          new BigDecimal("0.001"),
          new BigDecimal("1E+3"),
          new BigDecimal("1E+1000"),
          new BigDecimal("-1E+1000"),
          new BigDecimal("1E-1000"),
          new BigDecimal("-1E-1000"),
          new BigDecimal("9.99E+999"),
          new BigDecimal("0E-1000"),
          new BigDecimal("0E+1000"),
          new BigDecimal("123456789012345678901234567890.123456789"),
          new BigDecimal(BigInteger.TEN.pow(999).subtract(BigInteger.ONE)));

  private static final List<BigDecimal> OUT_OF_RANGE =
      List.of(
          new BigDecimal("1e999999999"),
          new BigDecimal("-1e999999999"),
          new BigDecimal("1e-999999999"),
          new BigDecimal("-1e-999999999"),
          new BigDecimal("0E-999999999"),
          new BigDecimal("0E+999999999"),
          new BigDecimal("1E+1001"),
          new BigDecimal("1E-1001"),
          new BigDecimal(BigInteger.TEN.pow(5_000)),
          new BigDecimal(BigInteger.ONE.shiftLeft(100_000), 3));

  private static Gen<Optional<BigDecimal>> figures() {
    return Generate.pick(IN_RANGE)
        .mix(Generate.pick(OUT_OF_RANGE), 30)
        .map(Optional::of)
        .mix(Generate.constant(Optional.empty()), 25);
  }

  private static Gen<Indicator> indicators() {
    return Gens.indicators()
        .zip(figures(), figures(), (i, w, s) -> Indicator.builder().from(i).weight(w.map(BigDecimal::abs)).statedScore(s).build());
  }

  private static Gen<FundSource> funds() {
    return Generate.enumValues(FundKind.class)
        .zip(figures(), figures(), (k, b, e) -> FundSource.builder().kind(k).budget(b).executed(e).build());
  }

  static Gen<Project> projects() {
    Gen<List<Optional<BigDecimal>>> amounts = lists().of(figures()).ofSize(7);
    return lists().of(indicators()).ofSizeBetween(0, 6)
        .zip(amounts, lists().of(funds()).ofSizeBetween(0, 3), integers().between(1, 99), (indicators, a, funds, seq) ->
            Project.builder()
                .seq(seq)
                .name("项目" + seq)
                .moneyUnit(MoneyUnit.WAN_YUAN)
                .budget(a.get(0))
                .adjustedBudget(a.get(1))
                .actual(a.get(2))
                .statedExecutionRate(a.get(3))
                .statedExecutionWeight(a.get(4).map(BigDecimal::abs))
                .statedExecutionScore(a.get(5))
                .statedScore(a.get(6))
                .funds(funds)
                .indicators(IndicatorSet.of(indicators))
                .build());
  }

  /** The project with the out-of-range figures removed, built independently of the guard. */
  private static Project withoutOutOfRange(Project p) {
    return Project.builder()
        .from(p)
        .budget(keep(p.budget()))
        .adjustedBudget(keep(p.adjustedBudget()))
        .actual(keep(p.actual()))
        .statedExecutionRate(keep(p.statedExecutionRate()))
        .statedExecutionWeight(keep(p.statedExecutionWeight()))
        .statedExecutionScore(keep(p.statedExecutionScore()))
        .statedScore(keep(p.statedScore()))
        .funds(
            p.funds().stream()
                .map(f -> FundSource.builder().from(f).budget(keep(f.budget())).adjustedBudget(keep(f.adjustedBudget())).executed(keep(f.executed())).build())
                .toList())
        .indicators(
            IndicatorSet.of(
                p.indicators().indicators().stream()
                    .map(i -> Indicator.builder().from(i).weight(keep(i.weight())).statedScore(keep(i.statedScore())).build())
                    .toList()))
        .build();
  }

  private static Optional<BigDecimal> keep(Optional<BigDecimal> figure) {
    return figure.filter(f -> !OUT_OF_RANGE.contains(f));
  }

  private static long outOfRangeCount(Project p) {
    List<Optional<BigDecimal>> all = new ArrayList<>(
        List.of(p.budget(), p.adjustedBudget(), p.actual(), p.statedExecutionRate(), p.statedExecutionWeight(),
            p.statedExecutionScore(), p.statedScore()));
    p.funds().forEach(f -> all.addAll(List.of(f.budget(), f.adjustedBudget(), f.executed())));
    p.indicators().forEach(i -> all.addAll(List.of(i.weight(), i.statedScore())));
    return all.stream().flatMap(Optional::stream).filter(OUT_OF_RANGE::contains).count();
  }

  private static boolean isRangeFinding(Finding f) {
    return f.rule().equals(BuiltInIds.EVALUATOR)
        && f.severity() == Severity.ERROR
        && f.code().equals("JX-R-0109");
  }

  @Test
  void anyFigureTheModelHoldsIsEvaluatedAndThoseOutOfRangeAreReportedAndLeftOut() {
    qt().withExamples(300)
        .forAll(projects())
        .checkAssert(
            project -> {
              for (Evaluator evaluator : EVALUATORS) {
                Evaluation e = evaluator.evaluate(project);
                Evaluation clean = evaluator.evaluate(withoutOutOfRange(project));
                List<Finding> range = e.findings().stream().filter(ExtremeFiguresTest::isRangeFinding).toList();
                assertThat(range).hasSize((int) outOfRangeCount(project));
                assertThat(range).allSatisfy(f -> assertThat(f.location().orElseThrow().path()).isPresent());
                List<Finding> rest = e.findings().stream().filter(f -> !isRangeFinding(f)).toList();
                assertThat(Evaluation.builder().from(e).findings(rest).build()).isEqualTo(clean);
                for (int i = 0; i < project.indicators().size(); i++) {
                  assertThat(evaluator.judge(project, i)).isEqualTo(evaluator.judge(withoutOutOfRange(project), i));
                }
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-999999999", "1e999999999", "0E-999999999", "1E-1001"})
  void anAbsurdBudgetIsNamedAndEvaluatedInUnderEightMegabytes(String figure) {
    Project project =
        Project.builder()
            .seq(3)
            .name("x")
            .moneyUnit(MoneyUnit.YUAN)
            .budget(new BigDecimal(figure))
            .actual(BigDecimal.ONE)
            .statedExecutionRate(new BigDecimal(figure))
            .build();
    long[] allocated = new long[1];
    Evaluation[] e = new Evaluation[1];
    allocated[0] = allocatedBytes(() -> e[0] = Evaluator.defaults().evaluate(project));
    assertThat(e[0].execution().rate()).isEmpty();
    assertThat(e[0].findings())
        .filteredOn(ExtremeFiguresTest::isRangeFinding)
        .extracting(f -> f.location().orElseThrow().path().orElseThrow())
        .containsExactly("budget", "statedExecutionRate");
    assertThat(e[0].findings())
        .filteredOn(ExtremeFiguresTest::isRangeFinding)
        .allSatisfy(f -> assertThat(f.location().orElseThrow().seq()).hasValue(3));
    assertThat(allocated[0]).isLessThan(8L << 20);
  }

  @Test
  void aNumberOfAMillionDigitsIsDescribedBySizeNotPrinted() {
    Project project =
        Project.builder()
            .name("x")
            .moneyUnit(MoneyUnit.YUAN)
            .actual(new BigDecimal(BigInteger.ONE.shiftLeft(3_321_929).negate()))
            .build();
    Finding f =
        Evaluator.defaults().evaluate(project).findings().stream()
            .filter(ExtremeFiguresTest::isRangeFinding)
            .findFirst()
            .orElseThrow();
    assertThat(f.args()).containsEntry("field", "actual");
    assertThat(f.args().get("value")).startsWith("a negative number of about 1000000 digits");
    assertThat(f.message()).startsWith("actual为").hasSizeLessThan(300);
  }

  @Test
  void aFormExecutionWeightWithThreeDecimalsIsTakenInCents() {
    // Found by the property above: the indicators' share (100 − 10.005) could not be rounded to
    // cents, and evaluation threw ArithmeticException("Rounding necessary").
    Project project =
        Project.builder()
            .name("x")
            .moneyUnit(MoneyUnit.YUAN)
            .budget(BigDecimal.TEN)
            .actual(BigDecimal.TEN)
            .statedExecutionWeight(new BigDecimal("10.005"))
            .indicators(IndicatorSet.of(Indicator.of(org.jixiao.core.indicator.Subcategory.QUANTITY, "不少于5人", "6人")))
            .build();
    Evaluation e = Evaluator.of(Profiles.get("sichuan-2023")).evaluate(project);
    assertThat(e.execution().weight()).isEqualByComparingTo("10.01");
    assertThat(e.indicators().get(0).weight()).isEqualByComparingTo("89.99");
    assertThat(e.score()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("100"));
  }

  @Test
  void theTotalsRowIsCheckedToo() {
    PerformanceTable table =
        PerformanceTable.builder()
            .moneyUnit(MoneyUnit.YUAN)
            .addProjects(Project.builder().seq(1).name("a").moneyUnit(MoneyUnit.YUAN).budget(BigDecimal.TEN).actual(BigDecimal.ONE).build())
            .totals(
                TotalsRow.builder()
                    .budget(new BigDecimal("1e-999999999"))
                    .actual(BigDecimal.ONE)
                    .statedExecutionRate(new BigDecimal("10.00"))
                    .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("1E+5000")))
                    .build())
            .build();
    TableEvaluation e = Evaluator.defaults().evaluate(table);
    assertThat(e.findings())
        .filteredOn(ExtremeFiguresTest::isRangeFinding)
        .extracting(f -> f.location().orElseThrow().path().orElseThrow())
        .containsExactly("totals.budget", "totals.funds[0].executed");
  }

  @Test
  void theRangeIsTheReadersRange() {
    assertThat(FigureRange.inRange(new BigDecimal("1E+1000"))).isTrue();
    assertThat(FigureRange.inRange(new BigDecimal("1E-1000"))).isTrue();
    assertThat(FigureRange.inRange(new BigDecimal("1E+1001"))).isFalse();
    assertThat(FigureRange.inRange(new BigDecimal("1E-1001"))).isFalse();
    assertThat(FigureRange.inRange(new BigDecimal(BigInteger.TEN.pow(1000)))).isTrue();
    assertThat(FigureRange.inRange(new BigDecimal(BigInteger.TEN.pow(1030)))).isFalse();
  }

  /** Bytes allocated by this thread while {@code work} runs, through reflection (see below). */
  static long allocatedBytes(Runnable work) {
    // The test classes are compiled into the module org.jixiao.rules, which does not read
    // java.management; they run on the class path, where reflection reaches it.
    try {
      Object meter = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Class<?> type = Class.forName("com.sun.management.ThreadMXBean");
      org.junit.jupiter.api.Assumptions.assumeTrue(type.isInstance(meter));
      Method allocated = type.getMethod("getThreadAllocatedBytes", long.class);
      @SuppressWarnings("deprecation")
      long id = Thread.currentThread().getId();
      long before = (Long) allocated.invoke(meter, id);
      work.run();
      return (Long) allocated.invoke(meter, id) - before;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
