package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.indicator.Category;
import org.jixiao.rules.text.Vocabulary;
import org.junit.jupiter.api.Test;

/** A profile's defaults and every consistency rule, at its edges. */
class ProfileSettingsTest {
  private static Profile.Builder minimal() {
    return Profile.builder().id("p").putGradeBands(Grade.POOR, BigDecimal.ZERO);
  }

  /** The profile the change builds: its caller checks that the setting was kept as given. */
  private static Profile accepted(UnaryOperator<Profile.Builder> change) {
    return change.apply(minimal()).build();
  }

  private static void rejected(UnaryOperator<Profile.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(minimal()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theDefaultsOfAProfileBuiltFromNothing() {
    Profile p = minimal().build();
    assertThat(p.description()).isEmpty();
    assertThat(p.total()).isEqualTo(d("100"));
    assertThat(p.executionWeight()).isEqualTo(BigDecimal.TEN);
    assertThat(p.categoryWeights()).isEmpty();
    assertThat(p.weightPools()).isEmpty();
    assertThat(p.weightScheme()).isEqualTo(Profile.WeightScheme.CATEGORY);
    assertThat(p.vocabulary()).isSameAs(Vocabulary.defaults());
    assertThat(p.reverseRule()).isEqualTo(Profile.ReverseRule.DEPLOYED);
    assertThat(p.executionOverrun()).isEqualTo(Profile.ExecutionOverrun.CAP);
    assertThat(p.combination()).isEqualTo(Profile.Combination.MEAN);
    assertThat(p.statedScoreTolerance()).isEqualTo(d("0.1"));
    assertThat(p.mostlyCompletedAt()).isEqualTo(d("0.80"));
    assertThat(p.partiallyCompletedAt()).isEqualTo(d("0.60"));
    assertThat(p.cancelledShare()).isEqualTo(d("0.5"));
    assertThat(p.satisfiedAt()).isEqualTo(d("0.90"));
    assertThat(p.undeterminedShare()).isEqualTo(d("0.5"));
    assertThat(p.explanationBelowRate()).isEmpty();
    assertThat(p.overAchievementRatio()).isEmpty();
    assertThat(p.requiredCategories()).isEmpty();
    assertThat(p.disabledParts()).isEmpty();
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void aProfileNeedsAnIdAPositiveTotalAndAnExecutionWeightWithinIt() {
    rejected(b -> b.id(" "), "a profile needs an id");
    rejected(b -> b.total(BigDecimal.ZERO), "total must be positive");
    rejected(b -> b.total(d("-1")), "total must be positive");
    Profile small = accepted(b -> b.total(d("0.01")).executionWeight(BigDecimal.ZERO));
    assertThat(small.total()).isEqualTo(d("0.01"));
    assertThat(small.executionWeight()).isEqualTo(BigDecimal.ZERO);
    rejected(b -> b.executionWeight(d("-0.01")), "execution weight must be within 0..total");
    assertThat(accepted(b -> b.executionWeight(BigDecimal.ZERO)).executionWeight()).isEqualTo(BigDecimal.ZERO);
    assertThat(accepted(b -> b.executionWeight(d("100"))).executionWeight()).isEqualTo(d("100"));
    rejected(b -> b.executionWeight(d("100.01")), "execution weight must be within 0..total");
  }

  @Test
  void aCategoryWeightMayBeZeroButNotNegativeAndAProfileNeedsGradeBands() {
    rejected(b -> b.putCategoryWeights(Category.OUTPUT, d("-0.01")), "weight of OUTPUT must not be negative");
    assertThat(accepted(b -> b.putCategoryWeights(Category.OUTPUT, BigDecimal.ZERO)).categoryWeights()).containsEntry(Category.OUTPUT, BigDecimal.ZERO);
    assertThatThrownBy(() -> Profile.builder().id("p").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grade bands");
  }

  @Test
  void everyShareIsWithinZeroAndOne() {
    record Share(java.util.function.BiFunction<Profile.Builder, BigDecimal, Profile.Builder> set, java.util.function.Function<Profile, BigDecimal> get) {}
    Map<String, Share> shares =
        Map.of(
            "mostlyCompletedAt", new Share((b, v) -> b.mostlyCompletedAt(v).partiallyCompletedAt(BigDecimal.ZERO), Profile::mostlyCompletedAt),
            "partiallyCompletedAt", new Share((b, v) -> b.partiallyCompletedAt(v).mostlyCompletedAt(BigDecimal.ONE), Profile::partiallyCompletedAt),
            "cancelledShare", new Share(Profile.Builder::cancelledShare, Profile::cancelledShare),
            "satisfiedAt", new Share(Profile.Builder::satisfiedAt, Profile::satisfiedAt),
            "undeterminedShare", new Share(Profile.Builder::undeterminedShare, Profile::undeterminedShare));
    shares.forEach(
        (name, share) -> {
          rejected(b -> share.set().apply(b, d("-0.01")), name + " must be within 0..1, was -0.01");
          // both ends are shares a profile may set, and keeps as given
          assertThat(share.get().apply(accepted(b -> share.set().apply(b, BigDecimal.ZERO)))).as(name).isEqualTo(BigDecimal.ZERO);
          assertThat(share.get().apply(accepted(b -> share.set().apply(b, BigDecimal.ONE)))).as(name).isEqualTo(BigDecimal.ONE);
          rejected(b -> share.set().apply(b, d("1.01")), name + " must be within 0..1, was 1.01");
        });
  }

  /** Settings that would make every project ungraded, 差, flagged or unflagged are refused. */
  @Test
  void gradeBandsThresholdsAndPoolsThatCannotWorkAreRefused() {
    Profile mof = Profiles.defaultProfile();
    assertThatThrownBy(() -> mof.toBuilder().id("m").putGradeBands(Grade.EXCELLENT, d("500")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the lowest score of EXCELLENT must be within 0..100, was 500");
    assertThatThrownBy(() -> mof.toBuilder().id("m").total(BigDecimal.TEN).executionWeight(BigDecimal.ONE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be within 0..10");
    assertThatThrownBy(() -> mof.toBuilder().id("m").putGradeBands(Grade.POOR, d("95")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be below that of FAIR");
    assertThatThrownBy(() -> mof.toBuilder().id("m").putGradeBands(Grade.GOOD, d("90")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the lowest score of GOOD (90) must be below that of EXCELLENT (90)");
    rejected(b -> b.statedScoreTolerance(d("-5")), "statedScoreTolerance must not be negative");
    rejected(b -> b.explanationBelowRate(d("500")), "explanationBelowRate is a rate in percent, within 0..100, was 500");
    rejected(b -> b.explanationBelowRate(d("-5")), "within 0..100, was -5");
    assertThat(accepted(b -> b.explanationBelowRate(d("90"))).explanationBelowRate()).hasValue(d("90"));
    rejected(b -> b.overAchievementRatio(BigDecimal.ZERO), "overAchievementRatio must be above 1");
    rejected(b -> b.overAchievementRatio(BigDecimal.ONE), "overAchievementRatio must be above 1");
    assertThat(accepted(b -> b.overAchievementRatio(d("1.5"))).overAchievementRatio()).hasValue(d("1.5"));
    rejected(b -> b.putWeightPools(Category.OUTPUT, Category.BENEFIT).putWeightPools(Category.BENEFIT, Category.OUTPUT), "which is itself pooled in");
    rejected(b -> b.putWeightPools(Category.COST, Category.OUTPUT).putWeightPools(Category.OUTPUT, Category.BENEFIT), "pool COST in BENEFIT directly");
    assertThat(accepted(b -> b.putWeightPools(Category.COST, Category.OUTPUT)).weightPools()).containsExactly(Map.entry(Category.COST, Category.OUTPUT));
    // the built-in profiles keep every rule
    for (String id : Profiles.ids()) {
      assertThat(Profiles.get(id).toBuilder().build()).isEqualTo(Profiles.get(id));
    }
  }

  @Test
  void partiallyCompletedMustNotExceedMostlyCompleted() {
    Profile equal = accepted(b -> b.mostlyCompletedAt(d("0.7")).partiallyCompletedAt(d("0.7")));
    assertThat(equal.mostlyCompletedAt()).isEqualTo(d("0.7"));
    assertThat(equal.partiallyCompletedAt()).isEqualTo(d("0.7"));
    rejected(
        b -> b.mostlyCompletedAt(d("0.7")).partiallyCompletedAt(d("0.71")),
        "partiallyCompletedAt must not exceed mostlyCompletedAt");
  }
}
