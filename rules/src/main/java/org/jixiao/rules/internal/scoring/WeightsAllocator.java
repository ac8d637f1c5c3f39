package org.jixiao.rules.internal.scoring;

import static org.jixiao.rules.internal.Decimals.divide;
import static org.jixiao.rules.internal.Decimals.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.Allocation;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.WeightAllocator;

/**
 * The built-in weights, by the profile's {@link Profile.WeightScheme}. Only scored indicators
 * get weight; not-applicable and undetermined ones are dropped and the rest rescaled so that
 * everything adds up to the profile total. Weights are rounded to cents by the largest
 * remainder, so they add up exactly.
 */
public final class WeightsAllocator implements WeightAllocator {
  @Override
  public String id() {
    return BuiltInIds.WEIGHTS;
  }

  /**
   * Whether every indicator of the project has a form 分值 (and they are not all 0): the form
   * carries its own weights.
   */
  public static boolean carriesIndicatorWeights(Project project) {
    List<Indicator> all = project.indicators().indicators();
    if (all.isEmpty()) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : all) {
      if (i.weight().isEmpty()) {
        return false;
      }
      sum = sum.add(i.weight().get());
    }
    return sum.signum() > 0;
  }

  /** The scheme in force for this project: the form's own 分值 when it carries them (see {@link Profile#formWeights()}). */
  static Profile.WeightScheme scheme(Project project, Profile profile) {
    if (profile.weightScheme() == Profile.WeightScheme.FORM) {
      return Profile.WeightScheme.FORM;
    }
    return profile.formWeights() && project.statedExecutionWeight().isPresent() && carriesIndicatorWeights(project)
        ? Profile.WeightScheme.FORM
        : Profile.WeightScheme.CATEGORY;
  }

  @Override
  public BigDecimal executionWeight(Project project, Profile profile) {
    if (profile.weightScheme() == Profile.WeightScheme.FORM || profile.formWeights()) {
      // The form's own 分值 is authoritative, in cents like every weight: the indicators share
      // the rest in cents, which a 分值 such as 10.005 would make impossible.
      Optional<BigDecimal> stated =
          project.statedExecutionWeight()
              .map(w -> w.scale() > 2 ? w.setScale(2, RoundingMode.HALF_UP) : w);
      if (stated.isPresent() && stated.get().compareTo(profile.total()) <= 0) {
        return stated.get();
      }
    }
    return profile.executionWeight();
  }

  @Override
  public Allocation allocate(
      Project project, Profile profile, boolean executionScored, List<Outcome> outcomes) {
    List<Indicator> indicators = project.indicators().indicators();
    if (indicators.size() != outcomes.size()) {
      throw new IllegalArgumentException(
          "one outcome per indicator: " + indicators.size() + " indicators, " + outcomes.size() + " outcomes");
    }
    BigDecimal execution = executionScored ? executionWeight(project, profile) : BigDecimal.ZERO;
    BigDecimal rest = profile.total().subtract(execution);
    List<Integer> scored = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) == Outcome.SCORED) {
        scored.add(i);
      }
    }
    List<BigDecimal> weights = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      weights.add(BigDecimal.ZERO.setScale(2));
    }
    List<String> notes = new ArrayList<>();
    if (scored.isEmpty()) {
      return new Allocation(execution, weights, notes);
    }
    Map<Integer, BigDecimal> shares =
        scheme(project, profile) == Profile.WeightScheme.FORM
            ? form(indicators, scored, rest, notes)
            : byCategory(indicators, outcomes, scored, rest, profile, notes);
    List<Integer> positions = new ArrayList<>(shares.keySet());
    List<BigDecimal> raw = new ArrayList<>();
    for (int i : positions) {
      raw.add(shares.get(i));
    }
    Comparator<Integer> ties = Comparator.comparing(k -> positions.get(k), byContent(indicators));
    List<BigDecimal> rounded = LargestRemainder.round(raw, rest.setScale(2), ties);
    for (int k = 0; k < positions.size(); k++) {
      weights.set(positions.get(k), rounded.get(k));
    }
    return new Allocation(execution, weights, notes);
  }

  private static Map<Integer, BigDecimal> form(
      List<Indicator> indicators, List<Integer> scored, BigDecimal rest, List<String> notes) {
    Map<Integer, BigDecimal> shares = new LinkedHashMap<>();
    if (proportional(indicators, scored)) {
      spread(indicators, scored, rest, true, shares);
    } else {
      notes.add(
          "the form gives no 分值 for every scored indicator; "
              + plain(rest)
              + " is spread equally over "
              + scored.size());
      spread(indicators, scored, rest, false, shares);
    }
    return shares;
  }

  private static Map<Integer, BigDecimal> byCategory(
      List<Indicator> indicators,
      List<Outcome> outcomes,
      List<Integer> scored,
      BigDecimal rest,
      Profile profile,
      List<String> notes) {
    Category[] poolOf = new Category[indicators.size()]; // looked up once, not once per category
    for (int i = 0; i < poolOf.length; i++) {
      poolOf[i] = pool(profile, indicators.get(i).category());
    }
    Map<Category, List<Integer>> pools = new LinkedHashMap<>();
    for (Category c : CATEGORIES) {
      for (int i : scored) {
        if (poolOf[i] == c) {
          pools.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
        }
      }
    }
    BigDecimal present = BigDecimal.ZERO;
    for (Category c : pools.keySet()) {
      present = present.add(profile.categoryWeights().getOrDefault(c, BigDecimal.ZERO));
    }
    Map<Integer, BigDecimal> shares = new LinkedHashMap<>();
    if (present.signum() == 0) {
      notes.add("no category weight of this profile applies; " + plain(rest) + " is spread equally");
      spread(indicators, scored, rest, false, shares);
      return shares;
    }
    for (Category c : CATEGORIES) {
      BigDecimal weight = profile.categoryWeights().getOrDefault(c, BigDecimal.ZERO);
      boolean inProject = false;
      for (int i = 0; i < indicators.size(); i++) {
        inProject |= poolOf[i] == c && outcomes.get(i) != Outcome.NOT_APPLICABLE;
      }
      if (weight.signum() > 0 && inProject && !pools.containsKey(c)) {
        notes.add(
            "no "
                + c.label()
                + " could be scored; its "
                + plain(weight)
                + " is spread over the other categories in proportion");
      }
    }
    for (Map.Entry<Category, List<Integer>> pool : pools.entrySet()) {
      BigDecimal weight = profile.categoryWeights().getOrDefault(pool.getKey(), BigDecimal.ZERO);
      if (weight.signum() == 0) {
        notes.add(pool.getKey().label() + " has no weight under this profile; its indicators earn nothing");
        for (int i : pool.getValue()) {
          shares.put(i, BigDecimal.ZERO);
        }
        continue;
      }
      BigDecimal share = divide(rest.multiply(weight), present);
      spread(indicators, pool.getValue(), share, proportional(indicators, pool.getValue()), shares);
    }
    return shares;
  }

  private static Category pool(Profile profile, Category category) {
    return profile.weightPools().getOrDefault(category, category);
  }

  /** Whether every listed indicator has a form weight (分值) and they are not all 0. */
  private static boolean proportional(List<Indicator> indicators, List<Integer> which) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i : which) {
      Optional<BigDecimal> w = indicators.get(i).weight();
      if (w.isEmpty()) {
        return false;
      }
      sum = sum.add(w.get());
    }
    return sum.signum() > 0;
  }

  private static void spread(
      List<Indicator> indicators, List<Integer> which, BigDecimal amount, boolean byFormWeight, Map<Integer, BigDecimal> out) {
    if (byFormWeight) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i : which) {
        sum = sum.add(indicators.get(i).weight().orElse(BigDecimal.ZERO));
      }
      for (int i : which) {
        out.put(i, divide(amount.multiply(indicators.get(i).weight().orElse(BigDecimal.ZERO)), sum));
      }
    } else {
      BigDecimal each = divide(amount, BigDecimal.valueOf(which.size()));
      for (int i : which) {
        out.put(i, each);
      }
    }
  }

  /** The categories in their order (values() copies its array at every call). */
  private static final Category[] CATEGORIES = Category.values();

  /** Indicators by what they say: made once, not at every allocation. */
  private static final Comparator<Indicator> CONTENT =
      Comparator.comparing(Indicator::category)
          .thenComparing(x -> x.subcategory().orElse(null), Comparator.nullsFirst(Comparator.<Subcategory>naturalOrder()))
          .thenComparing(x -> x.target().orElse(""))
          .thenComparing(x -> x.actual().orElse(""))
          .thenComparing(x -> x.name().orElse(""))
          .thenComparing(x -> x.weight().orElse(BigDecimal.ZERO));

  /** Orders indicators by what they say, not where they stand. */
  static Comparator<Integer> byContent(List<Indicator> indicators) {
    return Comparator.comparing(indicators::get, CONTENT);
  }
}
