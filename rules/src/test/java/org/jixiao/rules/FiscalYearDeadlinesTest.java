package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deadline that names no year (全年完成, 9月底前) is in the year the table reports: a date done in a
 * later year is late (review 49d, left open: 全年完成 against 2020年3月完成 was on time by the month
 * alone, both sides taken in one year). Without a known year nothing changes.
 */
class FiscalYearDeadlinesTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  private static Project project(String target, String actual) {
    Indicator timely =
        Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.TIMELINESS).name("完成时间").target(target).actual(actual).build();
    return Project.builder().name("培训项目").moneyUnit(MoneyUnit.WAN_YUAN).indicators(IndicatorSet.of(timely)).build();
  }

  private static IndicatorResult only(Evaluation e) {
    return e.indicators().get(0);
  }

  @ParameterizedTest(name = "{0} / {1} in {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a later year than the one evaluated: late, whatever the month
        "全年完成 | 2020年3月完成 | 2019 | 0.70",
        "年底前完成 | 2020年1月完成 | 2019 | 0.70",
        "9月底前完成 | 2020年8月完成 | 2019 | 0.70",
        // the year evaluated, or an earlier one: the month decides, as before
        "全年完成 | 2019年12月完成 | 2019 | 1",
        "9月底前完成 | 2019年10月完成 | 2019 | 0.70",
        "9月底前完成 | 2019年8月完成 | 2019 | 1",
        "9月底前完成 | 2018年11月完成 | 2019 | 1",
        // the same words on a 2020 table: on time
        "全年完成 | 2020年3月完成 | 2020 | 1",
        // a year printed in the target is the target's, whatever the table's
        "2019年全年完成 | 2020年3月完成 | 2020 | 0.70",
      })
  void aDeadlineWithNoYearIsInTheYearEvaluated(String target, String actual, int year, String expected) {
    IndicatorResult r = only(EVALUATOR.evaluate(project(target, actual), year));
    assertThat(r.fraction()).as(r.trace().reason()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(expected));
  }

  @Test
  void theReasonShowsTheDeadlineInTheYearEvaluated() {
    IndicatorResult r = only(EVALUATOR.evaluate(project("全年完成", "2020年3月完成"), 2019));
    assertThat(r.trace().reason()).isEqualTo("完成情况表明完成于2020-03，期限为“全年”（2019-12）→ 逾期 → 70%");
  }

  @Test
  void withoutAYearBothSidesAreTakenInOneYear() {
    IndicatorResult r = only(EVALUATOR.evaluate(project("全年完成", "2020年3月完成")));
    assertThat(r.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(BigDecimal.ONE));
    assertThat(r.trace().reason()).contains("（12）");
  }

  @Test
  void aTableGivesItsFiscalYear() {
    PerformanceTable table =
        PerformanceTable.builder().moneyUnit(MoneyUnit.WAN_YUAN).addProjects(project("全年完成", "2020年3月完成")).fiscalYear(2019).build();
    IndicatorResult r = only(EVALUATOR.evaluate(table).evaluations().get(0));
    assertThat(r.fraction()).as(r.trace().reason()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.70"));
  }

  @Test
  void aStreamTakesTheYearItLearntBeforeItsFirstProject() {
    int[] asked = {0};
    Stream<Project> projects = Stream.of(project("全年完成", "2020年3月完成"), project("全年完成", "2019年5月完成"));
    List<BigDecimal> fractions;
    try (Stream<Evaluated> each = EVALUATOR.evaluateEach(projects, 2, () -> {
      asked[0]++;
      return OptionalInt.of(2019);
    })) {
      fractions = each.map(e -> only(e.evaluation()).fraction().orElseThrow()).collect(Collectors.toList());
    }
    assertThat(fractions).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.70"), BigDecimal.ONE);
    assertThat(asked[0]).isEqualTo(1);
  }
}
