package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/**
 * A single-project form that prints its own 分值 (execution 10, 9 or 20; the 20/80 template) is
 * evaluated with them by the default evaluator, without picking a profile; a form whose own 分值
 * do not add up to 100 gets a WARNING naming the sum (domain §1 B: rows adding up to 110 or 120).
 */
class FormWeightsTest {
  /** An indicator of a form that prints its 分值. */
  static Indicator weighted(Subcategory sub, String target, String actual, String weight) {
    return Indicator.builder()
        .category(sub.category())
        .subcategory(sub)
        .target(target)
        .actual(actual)
        .weight(new BigDecimal(weight))
        .build();
  }

  private static Project form(String executionWeight, Indicator... indicators) {
    return Project.builder()
        .name("项目支出绩效自评表")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("100"))
        .actual(new BigDecimal("90"))
        .statedExecutionWeight(new BigDecimal(executionWeight))
        .indicators(IndicatorSet.of(List.of(indicators)))
        .build();
  }

  @Test
  void theFormsOwnWeightsAreUsedByDefault() {
    // execution 20 (the 20/80 template), then 50 : 20 : 10 as printed
    Project p =
        form(
            "20",
            weighted(Subcategory.QUANTITY, "≥10场", "12场", "50"),
            weighted(Subcategory.SOCIAL, "明显提升", "明显提升", "20"),
            weighted(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10"));

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(e.execution().weight()).isEqualByComparingTo("20");
    assertThat(e.execution().points()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("18.00"));
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("50.00", "20.00", "10.00");
    assertThat(e.score()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("98.00"));
    assertThat(e.findings()).noneMatch(f -> f.rule().equals(BuiltInIds.FORM_WEIGHTS));
  }

  @Test
  void anExecutionWeightOfNineIsTheForms() {
    Project p = form("9", weighted(Subcategory.QUANTITY, "≥10场", "12场", "91"));

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(e.execution().weight()).isEqualByComparingTo("9");
    assertThat(e.indicators().get(0).weight()).isEqualByComparingTo("91");
  }

  @Test
  void theProfileCanImposeItsOwnWeights() {
    Project p =
        form("20", weighted(Subcategory.QUANTITY, "≥10场", "12场", "60"), weighted(Subcategory.SOCIAL, "明显提升", "明显提升", "20"));
    Profile fixed = Profiles.defaultProfile().toBuilder().id("fixed").formWeights(false).build();

    Evaluation e = Evaluator.of(fixed).evaluate(p);

    // execution 10; 产出 50 and 效益 30 share the other 90 in proportion: 56.25 and 33.75
    assertThat(e.execution().weight()).isEqualByComparingTo("10");
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("56.25", "33.75");
  }

  @Test
  void formWeightsThatDoNotAddUpTo100AreReportedWithTheirSum() {
    Project p =
        form(
            "10",
            weighted(Subcategory.QUANTITY, "≥10场", "12场", "70"),
            weighted(Subcategory.SOCIAL, "明显提升", "明显提升", "20"),
            weighted(Subcategory.SERVED_SATISFACTION, "≥95%", "≥95%", "10"));

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(e.findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.FORM_WEIGHTS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.code()).isEqualTo("JX-R-0206");
              assertThat(f.args()).containsEntry("sum", "110").containsEntry("execution", "10").containsEntry("indicators", "100");
              assertThat(f.message()).isEqualTo("表中自带的分值合计为110（预算执行10，指标100），不等于100；各指标分值按扣除预算执行分值后的余数等比折算");
            });
    // the indicators' 110 − 10 are rescaled to the 90 the execution weight leaves
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("63.00", "18.00", "9.00");
  }

  /**
   * A form printing 分值 for its indicators only: under mof-2020 they are not followed as printed
   * (the categories come first), so the finding that says they were rescaled in proportion
   * (JX-R-0207) would be false and is not given; under sichuan-2023 they are, and it is given
   * when they do not leave the profile's execution weight (it was given for 90, which is not
   * rescaled, and not for 100, which is).
   */
  @Test
  void theFindingOfAFormWithoutAnExecutionWeightSaysWhatTheProfileDid() {
    Indicator[] hundred = {
      weighted(Subcategory.QUANTITY, "≥10场", "5场", "60"),
      weighted(Subcategory.SOCIAL, "明显提升", "明显提升", "30"),
      weighted(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10")
    };
    Indicator[] ninety = {
      weighted(Subcategory.QUANTITY, "≥10场", "5场", "60"),
      weighted(Subcategory.SOCIAL, "明显提升", "明显提升", "20"),
      weighted(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10")
    };
    Evaluator mof = Evaluator.defaults();
    Evaluator sichuan = Evaluator.of(Profiles.get("sichuan-2023"));
    assertThat(mof.evaluate(withoutExecutionWeight(hundred)).findings()).noneMatch(f -> f.rule().equals(BuiltInIds.FORM_WEIGHTS));
    Evaluation rescaled = sichuan.evaluate(withoutExecutionWeight(hundred));
    // 60 : 30 : 10 of the 90 the execution weight of 10 leaves: 90 × 0.6, 90 × 0.3, 90 × 0.1
    assertThat(rescaled.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("54.00", "27.00", "9.00");
    assertThat(rescaled.findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.FORM_WEIGHTS))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("表中自带的指标分值合计为100，未列预算执行分值，不等于100扣除预算执行分值10后的90；各指标分值按90等比折算"));
    Evaluation exact = sichuan.evaluate(withoutExecutionWeight(ninety));
    assertThat(exact.findings()).noneMatch(f -> f.rule().equals(BuiltInIds.FORM_WEIGHTS));
    assertThat(exact.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("60.00", "20.00", "10.00");
  }

  /**
   * An execution 分值 of the whole total beside indicators that print their own (a funds row
   * printing 100 where the template has 10: 鄂州 2021, examples' forms/SOURCES.md) would leave the
   * indicators nothing: it is no weight. The profile's 10 is used, the indicators' 分值 share the
   * other 90 as printed, and a WARNING says so instead of JX-R-0206 on a sum of 180.
   */
  @Test
  void anExecutionWeightOfTheWholeTotalIsAMisprintNotAWeight() {
    Project p =
        form(
            "100",
            weighted(Subcategory.QUANTITY, "≥10场", "12场", "60"),
            weighted(Subcategory.SOCIAL, "明显提升", "明显提升", "20"),
            weighted(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10"));

    Evaluation e = Evaluator.defaults().evaluate(p);

    assertThat(e.execution().weight()).isEqualByComparingTo("10");
    assertThat(e.execution().points()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("9.00"));
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("60.00", "20.00", "10.00");
    assertThat(e.score()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("99.00"));
    assertThat(e.findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.FORM_WEIGHTS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("JX-R-0208");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.location().orElseThrow().path()).hasValue("statedExecutionWeight");
              assertThat(f.location().orElseThrow().text()).hasValue("100");
              assertThat(f.message()).isEqualTo("填报的预算执行分值100不小于总分100，各指标将没有分值，不按此计：预算执行按方案的10分计，各指标分享其余90分");
            });
    Evaluation english = Evaluator.builder().profile(Profiles.defaultProfile()).locale(java.util.Locale.ENGLISH).build().evaluate(p);
    assertThat(english.findings()).filteredOn(f -> f.code().equals("JX-R-0208")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the execution 分值 printed, 100, is not below the total 100"));
  }

  @Test
  void anExecutionWeightAboveTheTotalIsNoWeightEitherButAloneItHarmsNothing() {
    Evaluation above = Evaluator.defaults().evaluate(form("120", weighted(Subcategory.QUANTITY, "≥10场", "12场", "90")));
    assertThat(above.execution().weight()).isEqualByComparingTo("10");
    assertThat(above.findings()).extracting(f -> f.code()).contains("JX-R-0208").doesNotContain("JX-R-0206");
    // a project with no indicator: the whole total may be the execution rate's, and no finding is true
    Evaluation alone = Evaluator.defaults().evaluate(form("100"));
    assertThat(alone.findings()).noneMatch(f -> f.code().equals("JX-R-0208"));
    // the weight just below the total is still the form's
    Evaluation ninetyNine = Evaluator.defaults().evaluate(form("99", weighted(Subcategory.QUANTITY, "≥10场", "12场", "1")));
    assertThat(ninetyNine.execution().weight()).isEqualByComparingTo("99");
    assertThat(ninetyNine.findings()).noneMatch(f -> f.code().equals("JX-R-0208"));
  }

  private static Project withoutExecutionWeight(Indicator... indicators) {
    return Project.builder().from(form("10", indicators)).statedExecutionWeight(java.util.Optional.empty()).build();
  }
}
