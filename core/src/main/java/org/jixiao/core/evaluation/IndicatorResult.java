package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one indicator: its outcome, the weight it was scored against, the
 * fraction of that weight it earned and the points, with the trace that explains them. A cell
 * holding a numbered list of sub-targets is scored part by part; {@link #parts()} holds those.
 *
 * <p>Invariants, checked on construction: fraction within 0..1 and points within 0..weight;
 * both present exactly when the outcome is {@link Outcome#SCORED}. Instances are immutable.
 */
// Written by hand, as Trace and Finding are: every indicator of every project has one, and read
// through the generated class each optional made a new Optional at every call (the checks, the
// status, the subtotals and the total each read them), with a list and bit set per builder.
public final class IndicatorResult {
  private final int index;
  private final Category category;
  private final Optional<Subcategory> subcategory;
  private final Outcome outcome;
  private final BigDecimal weight;
  private final Optional<BigDecimal> fraction;
  private final Optional<BigDecimal> points;
  private final Trace trace;
  private final List<IndicatorResult> parts;

  private IndicatorResult(Builder b, Category category, Outcome outcome, BigDecimal weight, Trace trace) {
    this.index = b.index;
    this.category = category;
    this.subcategory = b.subcategory;
    this.outcome = outcome;
    this.weight = weight;
    this.fraction = b.fraction;
    this.points = b.points;
    this.trace = trace;
    this.parts = unmodifiable(b.parts);
    check();
  }

  /** Zero-based position of the indicator in the project's indicator set. */
  public int index() {
    return index;
  }

  /** 一级指标 of the indicator. */
  public Category category() {
    return category;
  }

  /** 二级指标 of the indicator, when it has one. */
  public Optional<Subcategory> subcategory() {
    return subcategory;
  }

  /** What became of the indicator. */
  public Outcome outcome() {
    return outcome;
  }

  /** The weight it was scored against, after any rescaling. */
  public BigDecimal weight() {
    return weight;
  }

  /** The fraction of the weight earned, 0..1; present when scored. */
  public Optional<BigDecimal> fraction() {
    return fraction;
  }

  /** The points earned, 0..weight; present when scored. */
  public Optional<BigDecimal> points() {
    return points;
  }

  /** How the result was reached. */
  public Trace trace() {
    return trace;
  }

  /** Results of the sub-targets of a numbered list, in order; empty for a single target. */
  public List<IndicatorResult> parts() {
    return parts;
  }

  private void check() {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index);
    }
    Checks.requireNonNegative(weight, "indicator weight");
    boolean scored = outcome == Outcome.SCORED;
    if (scored != fraction.isPresent() || scored != points.isPresent()) {
      throw new IllegalArgumentException(
          "fraction and points must be present exactly when the outcome is SCORED; outcome "
              + outcome);
    }
    // no lambdas: one that captures is an object per result until C2 compiles it away
    if (scored) {
      Checks.requireWithin(fraction.get(), BigDecimal.ZERO, BigDecimal.ONE, "fraction");
      Checks.requireWithin(points.get(), BigDecimal.ZERO, weight, "points");
    }
  }

  /** The parts as the result keeps them: an unmodifiable copy, shared nowhere. */
  private static List<IndicatorResult> unmodifiable(@Nullable List<IndicatorResult> parts) {
    if (parts == null || parts.isEmpty()) {
      return Collections.emptyList(); // nearly every indicator
    }
    return parts.size() == 1
        ? Collections.singletonList(parts.get(0))
        : Collections.unmodifiableList(new ArrayList<>(parts));
  }

  /** Results are equal when every attribute is. */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof IndicatorResult r
        && index == r.index
        && category.equals(r.category)
        && subcategory.equals(r.subcategory)
        && outcome.equals(r.outcome)
        && weight.equals(r.weight)
        && fraction.equals(r.fraction)
        && points.equals(r.points)
        && trace.equals(r.trace)
        && parts.equals(r.parts);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + index;
    h += (h << 5) + category.hashCode();
    h += (h << 5) + Objects.hashCode(subcategory.orElse(null));
    h += (h << 5) + outcome.hashCode();
    h += (h << 5) + weight.hashCode();
    h += (h << 5) + Objects.hashCode(fraction.orElse(null));
    h += (h << 5) + Objects.hashCode(points.orElse(null));
    h += (h << 5) + trace.hashCode();
    h += (h << 5) + parts.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("IndicatorResult{");
    s.append("index=").append(index).append(", category=").append(category);
    subcategory.ifPresent(v -> s.append(", subcategory=").append(v));
    s.append(", outcome=").append(outcome).append(", weight=").append(weight);
    fraction.ifPresent(v -> s.append(", fraction=").append(v));
    points.ifPresent(v -> s.append(", points=").append(v));
    s.append(", trace=").append(trace).append(", parts=").append(parts);
    return s.append('}').toString();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link IndicatorResult}s; index, category, outcome, weight and trace are required. Not
   * thread-safe; it may go on being used after {@link #build()}.
   */
  public static class Builder {
    private boolean indexSet;
    private int index;
    private @Nullable Category category;
    private Optional<Subcategory> subcategory = Optional.empty();
    private @Nullable Outcome outcome;
    private @Nullable BigDecimal weight;
    private Optional<BigDecimal> fraction = Optional.empty();
    private Optional<BigDecimal> points = Optional.empty();
    private @Nullable Trace trace;
    private @Nullable List<IndicatorResult> parts; // made at the first part: nearly every result has none

    /** Use {@link IndicatorResult#builder()}. */
    public Builder() {}

    /**
     * Fills the builder from {@code instance}: its attributes replace those here, except that an
     * absent subcategory, fraction or points leaves the one here; its parts are added to those here.
     */
    public final Builder from(IndicatorResult instance) {
      Objects.requireNonNull(instance, "instance");
      index(instance.index);
      category(instance.category);
      if (instance.subcategory.isPresent()) {
        subcategory = instance.subcategory;
      }
      outcome(instance.outcome);
      weight(instance.weight);
      if (instance.fraction.isPresent()) {
        fraction = instance.fraction;
      }
      if (instance.points.isPresent()) {
        points = instance.points;
      }
      trace(instance.trace);
      return addAllParts(instance.parts);
    }

    /** Zero-based position of the indicator (required). */
    public final Builder index(int index) {
      this.index = index;
      indexSet = true;
      return this;
    }

    /** 一级指标 of the indicator (required). */
    public final Builder category(Category category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /** 二级指标 of the indicator. */
    public final Builder subcategory(Subcategory subcategory) {
      this.subcategory = Optional.of(Objects.requireNonNull(subcategory, "subcategory"));
      return this;
    }

    /** 二级指标 of the indicator, or none. */
    public final Builder subcategory(Optional<? extends Subcategory> subcategory) {
      this.subcategory = present(subcategory);
      return this;
    }

    /** What became of the indicator (required). */
    public final Builder outcome(Outcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /** The weight it was scored against (required). */
    public final Builder weight(BigDecimal weight) {
      this.weight = Objects.requireNonNull(weight, "weight");
      return this;
    }

    /** The fraction of the weight earned. */
    public final Builder fraction(BigDecimal fraction) {
      this.fraction = Optional.of(Objects.requireNonNull(fraction, "fraction"));
      return this;
    }

    /** The fraction of the weight earned, or none. */
    public final Builder fraction(Optional<? extends BigDecimal> fraction) {
      this.fraction = present(fraction);
      return this;
    }

    /** The points earned. */
    public final Builder points(BigDecimal points) {
      this.points = Optional.of(Objects.requireNonNull(points, "points"));
      return this;
    }

    /** The points earned, or none. */
    public final Builder points(Optional<? extends BigDecimal> points) {
      this.points = present(points);
      return this;
    }

    /** How the result was reached (required). */
    public final Builder trace(Trace trace) {
      this.trace = Objects.requireNonNull(trace, "trace");
      return this;
    }

    /** Adds a part. */
    public final Builder addParts(IndicatorResult element) {
      parts().add(Objects.requireNonNull(element, "parts element"));
      return this;
    }

    /** Adds parts, in order. */
    public final Builder addParts(IndicatorResult... elements) {
      for (IndicatorResult element : elements) {
        addParts(element);
      }
      return this;
    }

    /** Replaces every part by {@code elements}. */
    public final Builder parts(Iterable<? extends IndicatorResult> elements) {
      if (parts != null) {
        parts.clear();
      }
      return addAllParts(elements);
    }

    /** Adds parts, in order. */
    public final Builder addAllParts(Iterable<? extends IndicatorResult> elements) {
      for (IndicatorResult element : elements) {
        addParts(element);
      }
      return this;
    }

    private List<IndicatorResult> parts() {
      List<IndicatorResult> p = parts;
      if (p == null) {
        p = new ArrayList<>();
        parts = p;
      }
      return p;
    }

    /**
     * An optional as this class keeps it: the one given (an {@code Optional} never changes, so one
     * of a subtype serves as it is), the shared empty one when empty.
     */
    @SuppressWarnings("unchecked")
    private static <T> Optional<T> present(Optional<? extends T> given) {
      return given.isPresent() ? (Optional<T>) given : Optional.empty();
    }

    /**
     * The result.
     *
     * @throws IllegalStateException when a required attribute is not set
     * @throws IllegalArgumentException when the result breaks an invariant of {@link IndicatorResult}
     */
    public IndicatorResult build() {
      Category c = category;
      Outcome o = outcome;
      BigDecimal w = weight;
      Trace t = trace;
      if (!indexSet || c == null || o == null || w == null || t == null) {
        throw new IllegalStateException(missing());
      }
      return new IndicatorResult(this, c, o, w, t);
    }

    private String missing() {
      List<String> attributes = new ArrayList<>();
      if (!indexSet) {
        attributes.add("index");
      }
      if (category == null) {
        attributes.add("category");
      }
      if (outcome == null) {
        attributes.add("outcome");
      }
      if (weight == null) {
        attributes.add("weight");
      }
      if (trace == null) {
        attributes.add("trace");
      }
      return "Cannot build IndicatorResult, some of required attributes are not set " + attributes;
    }
  }
}
