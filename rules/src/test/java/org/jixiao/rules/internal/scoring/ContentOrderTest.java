package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.Comparator;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The order that breaks ties between equal remainders ({@link WeightsAllocator#compareContent})
 * is written out by hand; it must be the order the chain of comparators it replaced gave, or a
 * project's weights would move a cent from one indicator to another.
 */
class ContentOrderTest {
  /** The order as it was written before: category, subcategory (none first), target, actual, name, weight. */
  private static final Comparator<Indicator> CHAINED =
      Comparator.comparing(Indicator::category)
          .thenComparing(x -> x.subcategory().orElse(null), Comparator.nullsFirst(Comparator.<Subcategory>naturalOrder()))
          .thenComparing(x -> x.target().orElse(""))
          .thenComparing(x -> x.actual().orElse(""))
          .thenComparing(x -> x.name().orElse(""))
          .thenComparing(x -> x.weight().orElse(BigDecimal.ZERO));

  // few values each, so that pairs often agree on the first fields and the later ones decide
  private static final String[] TEXTS = {"", "10人", "10 人", "完成", "甲"};
  private static final String[] WEIGHTS = {"0", "1", "1.0", "2.5"};

  /** An indicator from few values; an index past its array leaves the field out. */
  private static final Gen<Indicator> INDICATORS =
      integers().between(0, Subcategory.values().length)
          .zip(integers().between(0, Category.values().length - 1), (sub, cat) -> new int[] {sub, cat})
          .zip(integers().between(0, TEXTS.length), integers().between(0, TEXTS.length), (a, t, u) -> new int[] {a[0], a[1], t, u})
          .zip(integers().between(0, TEXTS.length), integers().between(0, WEIGHTS.length), (a, n, w) -> build(a[0], a[1], a[2], a[3], n, w));

  private static Indicator build(int sub, int cat, int target, int actual, int name, int weight) {
    Indicator.Builder b = Indicator.builder();
    b.category(Category.values()[cat]); // stored apart from the subcategory, which may sit elsewhere
    if (sub < Subcategory.values().length) {
      b.subcategory(Subcategory.values()[sub]);
    }
    if (target < TEXTS.length) {
      b.target(TEXTS[target]);
    }
    if (actual < TEXTS.length) {
      b.actual(TEXTS[actual]);
    }
    if (name < TEXTS.length) {
      b.name(TEXTS[name]);
    }
    if (weight < WEIGHTS.length) {
      b.weight(new BigDecimal(WEIGHTS[weight]));
    }
    return b.build();
  }

  @Test
  void theWrittenOutOrderIsTheChainedComparatorsOrder() {
    qt().withExamples(3000)
        .forAll(INDICATORS, INDICATORS)
        .checkAssert((x, y) ->
            assertThat(Integer.signum(WeightsAllocator.compareContent(x, y)))
                .as("%s vs %s", x, y)
                .isEqualTo(Integer.signum(CHAINED.compare(x, y))));
  }

  @Test
  void equalContentInAnotherObjectIsATie() {
    qt().forAll(INDICATORS)
        .checkAssert(x -> assertThat(WeightsAllocator.compareContent(x, Indicator.builder().from(x).build())).isZero());
  }

  @Test
  void anIndicatorWithoutASubcategoryComesBeforeOneWithIt() {
    Indicator without = Indicator.builder().category(Category.OUTPUT).target("甲").build();
    Indicator with = Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUANTITY).build();
    assertThat(WeightsAllocator.compareContent(without, with)).isNegative();
    assertThat(WeightsAllocator.compareContent(with, without)).isPositive();
  }
}
