package org.jixiao.rules.internal.scoring;

import static org.jixiao.rules.internal.Decimals.divide;
import static org.jixiao.rules.internal.Decimals.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.Allocation;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.WeightAllocator;
import org.jspecify.annotations.Nullable;

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
  public static Profile.WeightScheme scheme(Project project, Profile profile) {
    if (profile.weightScheme() == Profile.WeightScheme.FORM) {
      return Profile.WeightScheme.FORM;
    }
    return profile.formWeights() && project.statedExecutionWeight().isPresent() && carriesIndicatorWeights(project)
        ? Profile.WeightScheme.FORM
        : Profile.WeightScheme.CATEGORY;
  }

  @Override
  public BigDecimal executionWeight(Project project, Profile profile) {
    if (takesFormExecutionWeight(profile)) {
      Optional<BigDecimal> stated = usableExecutionWeight(project, profile);
      if (stated.isPresent()) {
        return stated.get();
      }
    }
    return profile.executionWeight();
  }

  /** Whether the profile takes a form's printed execution 分值 as the execution weight at all. */
  public static boolean takesFormExecutionWeight(Profile profile) {
    return profile.weightScheme() == Profile.WeightScheme.FORM || profile.formWeights();
  }

  /**
   * The form's own execution 分值 when it can be the execution weight, in cents like every weight
   * (the indicators share the rest in cents, which a 分值 such as 10.005 would make impossible):
   * at most the total, and below it when the project has indicators. A 分值 of the whole total
   * beside indicators would leave them nothing to weigh (a funds row printing 100 where the
   * template has 10): it is no weight, and the profile's is used; the form-weights check says so
   * (JX-R-0208).
   */
  public static Optional<BigDecimal> usableExecutionWeight(Project project, Profile profile) {
    Optional<BigDecimal> stated = project.statedExecutionWeight();
    if (stated.isEmpty()) {
      return stated;
    }
    BigDecimal w = stated.get().scale() > 2 ? stated.get().setScale(2, RoundingMode.HALF_UP) : stated.get();
    int vsTotal = w.compareTo(profile.total());
    boolean leavesNothing = vsTotal == 0 && !project.indicators().indicators().isEmpty();
    return vsTotal > 0 || leavesNothing ? Optional.empty() : Optional.of(w);
  }

  /** The allocation with its notes in Chinese, the language of built-in messages by default. */
  @Override
  public Allocation allocate(
      Project project, Profile profile, boolean executionScored, List<Outcome> outcomes) {
    return allocate(project, profile, executionScored, outcomes, false);
  }

  /**
   * The allocation with its notes worded in English or Chinese: the engine asks for its own
   * language, since a note is quoted in a finding as it is given (the SPI's notes are plain text).
   */
  public Allocation allocate(
      Project project, Profile profile, boolean executionScored, List<Outcome> outcomes, boolean english) {
    List<Indicator> indicators = project.indicators().indicators();
    if (indicators.size() != outcomes.size()) {
      throw new IllegalArgumentException(
          "one outcome per indicator: " + indicators.size() + " indicators, " + outcomes.size() + " outcomes");
    }
    BigDecimal execution = executionScored ? executionWeight(project, profile) : BigDecimal.ZERO;
    BigDecimal rest = profile.total().subtract(execution);
    // Arrays of positions, not lists and maps of boxed ones: this runs once or twice for every
    // project, and the collections' code made two of a first pass's largest compilations.
    int n = outcomes.size();
    int[] scored = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (outcomes.get(i) == Outcome.SCORED) {
        scored[count++] = i;
      }
    }
    scored = Arrays.copyOf(scored, count);
    BigDecimal[] weights = new BigDecimal[n];
    Arrays.fill(weights, ZERO_CENTS);
    Notes notes = new Notes(english);
    if (count == 0) {
      return new Allocation(execution, Arrays.asList(weights), notes.list);
    }
    Shares shares = new Shares(count);
    if (scheme(project, profile) == Profile.WeightScheme.FORM) {
      form(indicators, scored, rest, notes, shares);
    } else {
      byCategory(indicators, outcomes, scored, rest, categoryTable(project, profile, notes), notes, shares);
    }
    int[] positions = shares.positions;
    BigDecimal[] rounded =
        LargestRemainder.round(
            shares.values,
            rest.setScale(2),
            (a, b) -> compareContent(indicators.get(positions[a]), indicators.get(positions[b])));
    for (int k = 0; k < rounded.length; k++) {
      weights[positions[k]] = rounded[k];
    }
    return new Allocation(execution, Arrays.asList(weights), notes.list);
  }

  /**
   * Notes on how the weights were set, worded from the message files (JX-T-04xx) in one language
   * by the format the built-in trace reasons use.
   */
  private static final class Notes {
    final List<String> list = new ArrayList<>(1);
    private final Trace.ReasonFormat format;

    Notes(boolean english) {
      this.format = english ? Reasons.EN : Reasons.ZH;
    }

    void add(String code, Map<String, String> args) {
      list.add(format.format(code, args));
    }
  }

  /** Weights before rounding, in the order they were given: each scored position once. */
  private static final class Shares {
    final int[] positions;
    final BigDecimal[] values;
    private int size;

    Shares(int capacity) {
      positions = new int[capacity];
      values = new BigDecimal[capacity];
    }

    void put(int position, BigDecimal value) {
      positions[size] = position;
      values[size++] = value;
    }
  }

  private static void form(
      List<Indicator> indicators, int[] scored, BigDecimal rest, Notes notes, Shares shares) {
    if (proportional(indicators, scored)) {
      spread(indicators, scored, rest, true, shares);
    } else {
      notes.add("JX-T-0401", Map.of("rest", plain(rest), "n", String.valueOf(scored.length)));
      spread(indicators, scored, rest, false, shares);
    }
  }

  private static void byCategory(
      List<Indicator> indicators,
      List<Outcome> outcomes,
      int[] scored,
      BigDecimal rest,
      CategoryTable table,
      Notes notes,
      Shares shares) {
    Category[] poolOf = new Category[indicators.size()]; // looked up once, not once per category
    for (int i = 0; i < poolOf.length; i++) {
      poolOf[i] = table.pools[indicators.get(i).category().ordinal()];
    }
    // the scored positions of each pool, found in one pass over them rather than one per
    // category (C2 spends a quarter of its compiling on loops); empty when none was scored
    int[] sizes = new int[CATEGORIES.length];
    for (int i : scored) {
      sizes[poolOf[i].ordinal()]++;
    }
    int[][] pools = new int[CATEGORIES.length][];
    BigDecimal present = BigDecimal.ZERO;
    for (Category c : CATEGORIES) {
      pools[c.ordinal()] = new int[sizes[c.ordinal()]];
      if (sizes[c.ordinal()] > 0) {
        present = present.add(table.weights[c.ordinal()]);
      }
    }
    int[] filled = new int[CATEGORIES.length];
    for (int i : scored) {
      int c = poolOf[i].ordinal();
      pools[c][filled[c]++] = i;
    }
    if (present.signum() == 0) {
      notes.add("JX-T-0402", Map.of("rest", plain(rest)));
      spread(indicators, scored, rest, false, shares);
      return;
    }
    boolean[] inProject = new boolean[CATEGORIES.length]; // an applicable indicator in the pool
    for (int i = 0; i < poolOf.length; i++) {
      if (outcomes.get(i) != Outcome.NOT_APPLICABLE) {
        inProject[poolOf[i].ordinal()] = true;
      }
    }
    for (Category c : CATEGORIES) {
      BigDecimal weight = table.weights[c.ordinal()];
      if (weight.signum() > 0 && inProject[c.ordinal()] && pools[c.ordinal()].length == 0) {
        notes.add("JX-T-0403", Map.of("category", c.label(), "weight", plain(weight)));
      }
    }
    for (Category c : CATEGORIES) {
      int[] pool = pools[c.ordinal()];
      if (pool.length == 0) {
        continue;
      }
      BigDecimal weight = table.weights[c.ordinal()];
      if (weight.signum() == 0) {
        notes.add("JX-T-0404", Map.of("category", c.label()));
        for (int i : pool) {
          shares.put(i, BigDecimal.ZERO);
        }
        continue;
      }
      BigDecimal share = divide(rest.multiply(weight), present);
      spread(indicators, pool, share, proportional(indicators, pool), shares);
    }
  }

  /**
   * The category weights in force: the points the form prints in its 一级 labels (产出指标（40分）)
   * when the profile follows a form's weights and the form prints them for every category it has
   * indicators of, else the profile's. Printed points weigh each category on its own (no pools):
   * the form has set them. Only some categories printing points says nothing of the others, so
   * the profile's weights stay, with a note saying so.
   */
  private static CategoryTable categoryTable(Project project, Profile profile, Notes notes) {
    Map<Category, BigDecimal> printed = project.statedCategoryWeights();
    if (printed.isEmpty() || !profile.formWeights()) {
      return CategoryTable.of(profile);
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean all = true;
    for (Indicator i : project.indicators().indicators()) {
      all &= printed.containsKey(i.category());
    }
    for (BigDecimal points : printed.values()) {
      sum = sum.add(points);
    }
    if (!all || sum.signum() == 0) {
      notes.add("JX-T-0406", Map.of("points", points(printed)));
      return CategoryTable.of(profile);
    }
    notes.add("JX-T-0405", Map.of("points", points(printed)));
    return new CategoryTable(printed);
  }

  /** 产出指标40、效益指标30: the printed points as a note quotes them. */
  private static String points(Map<Category, BigDecimal> printed) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<Category, BigDecimal> e : printed.entrySet()) {
      out.append(out.length() == 0 ? "" : "、").append(e.getKey().label()).append(plain(e.getValue()));
    }
    return out.toString();
  }

  /**
   * A profile's category weights and weight pools by category ordinal. The allocator runs once or
   * twice for every project, and looking each up in the profile's maps, for every category and
   * indicator, was a fifth of its time; the table of the profile last used is kept.
   */
  private static final class CategoryTable {
    final @Nullable Profile profile;
    final BigDecimal[] weights = new BigDecimal[CATEGORIES.length];
    final Category[] pools = new Category[CATEGORIES.length];

    private CategoryTable(Profile profile) {
      this.profile = profile;
      for (Category c : CATEGORIES) {
        weights[c.ordinal()] = profile.categoryWeights().getOrDefault(c, BigDecimal.ZERO);
        pools[c.ordinal()] = profile.weightPools().getOrDefault(c, c);
      }
    }

    /** The table of a form's printed points: each category its own pool. */
    CategoryTable(Map<Category, BigDecimal> printed) {
      this.profile = null;
      for (Category c : CATEGORIES) {
        weights[c.ordinal()] = printed.getOrDefault(c, BigDecimal.ZERO);
        pools[c.ordinal()] = c;
      }
    }

    /** The table of {@code profile}: the last one made when it was for this profile (a profile never changes). */
    static CategoryTable of(Profile profile) {
      CategoryTable t = last;
      if (t == null || t.profile != profile) {
        t = new CategoryTable(profile);
        last = t; // a race only makes a table twice: each is complete when published through the volatile field
      }
      return t;
    }

    private static volatile @Nullable CategoryTable last;
  }

  /** Whether every listed indicator has a form weight (分值) and they are not all 0. */
  private static boolean proportional(List<Indicator> indicators, int[] which) {
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
      List<Indicator> indicators, int[] which, BigDecimal amount, boolean byFormWeight, Shares out) {
    if (byFormWeight) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i : which) {
        sum = sum.add(indicators.get(i).weight().orElse(BigDecimal.ZERO));
      }
      for (int i : which) {
        out.put(i, divide(amount.multiply(indicators.get(i).weight().orElse(BigDecimal.ZERO)), sum));
      }
    } else {
      BigDecimal each = divide(amount, BigDecimal.valueOf(which.length));
      for (int i : which) {
        out.put(i, each);
      }
    }
  }

  /** A weight of nothing, in cents as every weight is. */
  private static final BigDecimal ZERO_CENTS = BigDecimal.ZERO.setScale(2);

  /** The categories in their order (values() copies its array at every call). */
  private static final Category[] CATEGORIES = Category.values();

  /**
   * Orders indicators by what they say, not where they stand: category, subcategory (none
   * first), target, actual, name, form weight (none as 0). Written out rather than chained
   * comparators, since it runs whenever cents are shared among equal remainders.
   */
  static int compareContent(Indicator x, Indicator y) {
    int c = x.category().compareTo(y.category());
    if (c != 0) {
      return c;
    }
    Optional<Subcategory> xs = x.subcategory();
    Optional<Subcategory> ys = y.subcategory();
    if (xs.isPresent() != ys.isPresent()) {
      return xs.isPresent() ? 1 : -1;
    }
    if (xs.isPresent() && ys.isPresent()) {
      c = xs.get().compareTo(ys.get());
      if (c != 0) {
        return c;
      }
    }
    c = x.target().orElse("").compareTo(y.target().orElse(""));
    if (c != 0) {
      return c;
    }
    c = x.actual().orElse("").compareTo(y.actual().orElse(""));
    if (c != 0) {
      return c;
    }
    c = x.name().orElse("").compareTo(y.name().orElse(""));
    if (c != 0) {
      return c;
    }
    return x.weight().orElse(BigDecimal.ZERO).compareTo(y.weight().orElse(BigDecimal.ZERO));
  }
}
