package org.jixiao.core.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's indicators in published order, with views grouped by level-1 and level-2
 * category. Indicators without a level-2 category appear only in the level-1 view.
 */
@Value.Immutable
public abstract class IndicatorSet implements Iterable<Indicator> {
  IndicatorSet() {}

  private static final IndicatorSet EMPTY = builder().build();

  /** The indicators in published order. */
  public abstract List<Indicator> indicators();

  /** The indicators grouped by level-1 category, in {@link Category} order; each group ordered. */
  @Value.Lazy
  public Map<Category, List<Indicator>> byCategory() {
    Map<Category, List<Indicator>> groups = new EnumMap<>(Category.class);
    for (Indicator indicator : indicators()) {
      groups.computeIfAbsent(indicator.category(), c -> new ArrayList<>()).add(indicator);
    }
    return freeze(groups);
  }

  /** The indicators grouped by level-2 category, in {@link Subcategory} order; each ordered. */
  @Value.Lazy
  public Map<Subcategory, List<Indicator>> bySubcategory() {
    Map<Subcategory, List<Indicator>> groups = new EnumMap<>(Subcategory.class);
    for (Indicator indicator : indicators()) {
      Optional<Subcategory> subcategory = indicator.subcategory();
      subcategory.ifPresent(
          s -> groups.computeIfAbsent(s, k -> new ArrayList<>()).add(indicator));
    }
    return freeze(groups);
  }

  private static <K extends Enum<K>> Map<K, List<Indicator>> freeze(Map<K, List<Indicator>> groups) {
    groups.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(groups);
  }

  /** The indicators of one level-1 category, in order; empty when there are none. */
  public List<Indicator> of(Category category) {
    return byCategory().getOrDefault(category, List.of());
  }

  /** The number of indicators. */
  public int size() {
    return indicators().size();
  }

  /** Whether there are no indicators. */
  public boolean isEmpty() {
    return indicators().isEmpty();
  }

  @Override
  public Iterator<Indicator> iterator() {
    return indicators().iterator();
  }

  /** The empty set. */
  public static IndicatorSet empty() {
    return EMPTY;
  }

  /** A set of the given indicators, in that order. */
  public static IndicatorSet of(Iterable<? extends Indicator> indicators) {
    return builder().addAllIndicators(indicators).build();
  }

  /** A set of the given indicators, in that order. */
  public static IndicatorSet of(Indicator... indicators) {
    return builder().addIndicators(indicators).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorSet}s. */
  public static class Builder extends ImmutableIndicatorSet.Builder {}
}
