package org.jixiao.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.ModelGens;
import org.junit.jupiter.api.Test;

class IndicatorSetTest {

  private final Indicator quantity = Indicator.of(Subcategory.QUANTITY, "检查160家次", "完成");
  private final Indicator social = Indicator.of(Subcategory.SOCIAL, "保障安全生产", "完成");
  private final Indicator quality = Indicator.of(Subcategory.QUALITY, "每季度检查一次", "完成");
  private final Indicator bare =
      Indicator.builder().category(Category.OUTPUT).name("没有二级指标").build();

  @Test
  void viewsGroupByCategoryAndKeepPublishedOrder() {
    IndicatorSet set = IndicatorSet.of(quantity, social, quality, bare);
    assertThat(set.indicators()).containsExactly(quantity, social, quality, bare);
    assertThat(set.byCategory().keySet()).containsExactly(Category.OUTPUT, Category.BENEFIT);
    assertThat(set.of(Category.OUTPUT)).containsExactly(quantity, quality, bare);
    assertThat(set.of(Category.SATISFACTION)).isEmpty();
    assertThat(set.bySubcategory().keySet())
        .containsExactly(Subcategory.QUANTITY, Subcategory.QUALITY, Subcategory.SOCIAL);
  }

  @Test
  void anIndicatorWithoutLevelTwoAppearsOnlyInTheLevelOneView() {
    IndicatorSet set = IndicatorSet.of(bare);
    assertThat(set.of(Category.OUTPUT)).containsExactly(bare);
    assertThat(set.bySubcategory()).isEmpty();
  }

  @Test
  void viewsCannotBeModified() {
    IndicatorSet set = IndicatorSet.of(quantity);
    assertThatThrownBy(() -> set.of(Category.OUTPUT).add(social))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.byCategory().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNegativeWeightIsRejectedWithItsValue() {
    assertThatThrownBy(
            () -> Indicator.builder().category(Category.OUTPUT).weight(new BigDecimal("-0.5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("分值")
        .hasMessageContaining("-0.5");
  }

  @Test
  void groupedViewsHoldEveryIndicatorExactlyOnce() {
    qt().forAll(lists().of(ModelGens.indicators()).ofSizeBetween(0, 20))
        .checkAssert(
            (List<Indicator> indicators) -> {
              IndicatorSet set = IndicatorSet.of(indicators);
              // each indicator in its own group, as often as it was given, in the published order
              set.byCategory().forEach((category, group) -> {
                assertThat(group).allSatisfy(i -> assertThat(i.category()).isEqualTo(category));
                assertThat(group).containsExactlyElementsOf(indicators.stream().filter(i -> i.category() == category).toList());
              });
              assertThat(set.byCategory().values().stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(indicators);
              set.bySubcategory().forEach((sub, group) ->
                  assertThat(group).containsExactlyElementsOf(indicators.stream().filter(i -> i.subcategory().equals(java.util.Optional.of(sub))).toList()));
              assertThat(set.bySubcategory().values().stream().flatMap(List::stream).toList())
                  .containsExactlyInAnyOrderElementsOf(indicators.stream().filter(i -> i.subcategory().isPresent()).toList());
              assertThat(set.size()).isEqualTo(indicators.size());
              assertThat(IndicatorSet.builder().from(set).build()).isEqualTo(set);
            });
  }
}
