package org.jixiao.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;

/**
 * The 分值 a generated project states, the way single-project forms print them (see {@link
 * GeneratorSettings#statedWeightsPercent()}): the execution 分值 and each indicator's.
 */
final class StatedWeights {
  /**
   * The official split of the indicators' 90 (产出 50, 效益 30, 满意度 10), in halves of a point.
   * In an {@link EnumMap}, iterated in category order: the split draws choices category by
   * category, and {@code Map.of} iterates in an order that changes from one JVM to the next, so
   * the same seed gave other projects in another run.
   */
  private static final Map<Category, Integer> MOF_HALVES =
      new EnumMap<>(Map.of(Category.OUTPUT, 100, Category.BENEFIT, 60, Category.SATISFACTION, 20));

  /** The execution 分值 (if stated) and the indicators carrying theirs. */
  record Stated(Optional<BigDecimal> execution, IndicatorSet indicators) {}

  private StatedWeights() {}

  static Stated draw(Choices c, GeneratorSettings settings, IndicatorSet set) {
    if (!c.percent(settings.statedWeightsPercent())) {
      return new Stated(Optional.empty(), set);
    }
    int shape = c.between(0, 19);
    if (shape >= 14 && shape < 17) {
      // the 20/80 template: 预算执行情况 20, the indicators only 得分
      return new Stated(Optional.of(BigDecimal.valueOf(20)), set);
    }
    boolean executionStated = shape < 14;
    int variant = c.between(0, 9);
    int execution = !executionStated || variant < 8 ? 10 : variant == 8 ? 9 : 20;
    List<Indicator> indicators = set.indicators();
    if (indicators.isEmpty()) {
      return new Stated(executionStated ? Optional.of(BigDecimal.valueOf(execution)) : Optional.empty(), set);
    }
    int excess = c.percent(settings.overweightPercent()) ? c.pick(List.of(10, 20)) : 0;
    // halves of a point on one form in five (2.5, 7.5), whole points on the others
    boolean halves = c.percent(20);
    int[] units = new int[indicators.size()];
    int restHalves = 2 * (100 - execution + excess);
    if (execution == 10 && excess == 0 && set.byCategory().keySet().containsAll(MOF_HALVES.keySet())) {
      for (Map.Entry<Category, Integer> share : MOF_HALVES.entrySet()) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
          if (indicators.get(i).category() == share.getKey()) {
            positions.add(i);
          }
        }
        spread(c, share.getValue(), halves, positions, units);
      }
    } else {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < indicators.size(); i++) {
        all.add(i);
      }
      spread(c, restHalves, halves, all, units);
    }
    List<BigDecimal> weights = new ArrayList<>();
    for (int u : units) {
      weights.add(u % 2 == 0 ? BigDecimal.valueOf(u / 2) : BigDecimal.valueOf(u * 5L, 1));
    }
    if (c.percent(settings.edgeAmountPercent())) {
      int at = c.between(0, weights.size() - 1);
      weights.set(
          at,
          switch (c.between(0, 2)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> new BigDecimal("0.005");
            default -> weights.get(at).add(new BigDecimal("0.005"));
          });
    }
    List<Indicator> weighted = new ArrayList<>(indicators.size());
    for (int i = 0; i < indicators.size(); i++) {
      weighted.add(Indicator.builder().from(indicators.get(i)).weight(weights.get(i)).build());
    }
    return new Stated(executionStated ? Optional.of(BigDecimal.valueOf(execution)) : Optional.empty(), IndicatorSet.of(weighted));
  }

  /**
   * Splits {@code total} halves of a point over the indicators at {@code positions}: in whole
   * points unless {@code halves} (when the total is whole), each at least one, in random
   * proportions; what rounding down leaves goes to the last, so they add up exactly.
   */
  private static void spread(Choices c, int total, boolean halves, List<Integer> positions, int[] units) {
    if (positions.isEmpty()) {
      return;
    }
    int step = halves || total % 2 != 0 ? 1 : 2;
    int steps = total / step;
    int[] parts = new int[positions.size()];
    int sum = 0;
    for (int i = 0; i < parts.length; i++) {
      parts[i] = c.between(1, 10);
      sum += parts[i];
    }
    int given = 0;
    for (int i = 0; i < parts.length; i++) {
      // every part gets a step or more: there are at least 10 steps a part (30 over 效益's
      // three indicators, 80 over seven), so the rounded-down shares leave the last its own
      int share = i == parts.length - 1 ? steps - given : Math.max(1, steps * parts[i] / sum);
      units[positions.get(i)] = share * step;
      given += share;
    }
  }
}
