package org.jixiao.io.internal.json;

import static org.jixiao.io.internal.json.ModelReader.build;
import static org.jixiao.io.internal.json.ModelReader.optionalNonNegative;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Reads an indicator result of either version of the evaluation document: /1's flat trace and
 * {@code level1}, /2's {@code trace} object, and {@code category}, which the two versions mean
 * differently, read as the version known by then says (see {@link EvaluationForm}).
 */
final class IndicatorResultReader {
  private IndicatorResultReader() {}

  /** What an indicator result's category fields said, resolved once its version is known. */
  private static final class CategoryFields {
    @Nullable String category;
    @Nullable Category level1;
    @Nullable Subcategory subcategory;
    boolean subcategoryGiven;
  }

  /** An indicator result on its own: every trace it lacks is an error at once. */
  static IndicatorResult indicatorResult(JsonIn in, EvaluationForm form) throws IOException {
    IndicatorResult result = indicatorResult(in, form, null);
    if (result == null) {
      throw new IllegalStateException("a missing trace is thrown without a census");
    }
    return result;
  }

  /**
   * An indicator result of an evaluation.
   *
   * @param census where a missing trace is held (see {@link TraceCensus}); null to throw it
   * @return the result, or null when its trace is missing and the census holds that
   */
  static @Nullable IndicatorResult indicatorResult(
      JsonIn in, EvaluationForm form, @Nullable TraceCensus census) throws IOException {
    in.expectObject(JsonWords.INDICATOR_RESULT);
    String path = in.path();
    Required required = new Required(path, "index", "outcome", "weight");
    Required flat = new Required(path, "rule", "method", "reason");
    IndicatorResult.Builder result = IndicatorResult.builder();
    Trace.Builder flatTrace = Trace.builder();
    TraceReader.CodedReason coded = new TraceReader.CodedReason();
    boolean[] flatSeen = new boolean[1];
    List<Trace> trace = new ArrayList<>(1);
    CategoryFields category = new CategoryFields();
    List<IndicatorResult> parts = new ArrayList<>();
    in.fields(
        name -> {
          required.saw(name);
          flat.saw(name);
          switch (name) {
            case "index":
              int index = in.integer();
              if (index < 0) {
                throw in.error(Msg.of("JX-I-0308"), Integer.toString(index));
              }
              result.index(index);
              break;
            case "category":
              category.category = in.string();
              break;
            case "level1":
              form.shows(in, 1, name);
              category.level1 = in.enumValue(Category.class);
              break;
            case "subcategory":
              category.subcategoryGiven = true;
              if (!in.isNull()) {
                category.subcategory = in.enumValue(Subcategory.class);
              }
              break;
            case "outcome":
              result.outcome(in.enumValue(Outcome.class));
              break;
            case "weight":
              result.weight(in.nonNegative());
              break;
            case "fraction":
              result.fraction(optionalNonNegative(in));
              break;
            case "points":
              result.points(optionalNonNegative(in));
              break;
            case "trace":
              form.shows(in, 2, name);
              saw(census);
              trace.add(TraceReader.trace(in, form));
              break;
            case "rule":
            case "method":
            case "reason":
            case "reasonCode":
            case "reasonArgs":
            case "figures":
              form.shows(in, 1, name);
              flatSeen[0] = true;
              saw(census);
              TraceReader.traceField(in, name, flatTrace, coded);
              break;
            case "parts":
              saw(census);
              in.elements(
                  () -> {
                    IndicatorResult part = indicatorResult(in, form, census);
                    if (part != null) {
                      parts.add(part);
                    }
                  });
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    Trace resolvedTrace = null;
    if (!trace.isEmpty()) {
      resolvedTrace = trace.get(0);
    } else if (flatSeen[0]) {
      flat.check(in); // part of a flat trace: damaged, whatever the rest of the evaluation
      coded.applyTo(flatTrace);
      resolvedTrace = build(in, path, flatTrace::build);
    } else if (census == null) {
      throw in.missing(path, form.version() == 1 ? "rule" : "trace");
    } else {
      census.missing(in, path, form.version() == 1 ? "rule" : "trace");
    }
    resolveCategory(in, path, category, form.version());
    if (resolvedTrace == null) {
      return null; // the census throws once the evaluation is read
    }
    Trace theTrace = resolvedTrace;
    Category level1 = category.level1;
    if (level1 == null) {
      throw new IllegalStateException("unresolved category at " + path);
    }
    result.category(level1).subcategory(Optional.ofNullable(category.subcategory));
    return build(in, path, () -> result.trace(theTrace).parts(parts).build());
  }

  private static void saw(@Nullable TraceCensus census) {
    if (census != null) {
      census.saw();
    }
  }

  /**
   * Sets {@code fields.level1} (and, for a /1 {@code category} naming a level-2 category alone,
   * {@code fields.subcategory}).
   *
   * <ul>
   *   <li>/1 with {@code level1}: {@code category} is the most specific category and must agree.
   *   <li>/2: {@code category} is the level-1 category ({@code IndicatorResult.category()}).
   *   <li>/1 without {@code level1}, or a version not known: {@code category} is looked up as a
   *       level-1 category, else as a level-2 one (whose level 1 it then gives). For a level-1
   *       name that is what /2 means too, so every document both versions can write reads the
   *       same.
   * </ul>
   */
  private static void resolveCategory(
      JsonIn in, String path, CategoryFields fields, int version) {
    String category = fields.category;
    Category level1 = fields.level1;
    if (level1 != null) {
      if (category != null) {
        Subcategory sub = fields.subcategory;
        String expected = sub != null ? sub.name() : level1.name();
        if (!category.equals(expected)) {
          throw in.error(
              path + ".category", Msg.of("JX-I-0326").arg("expected", expected), category, null);
        }
      }
      return;
    }
    if (category == null) {
      String missing = version == 1 ? "level1" : "category";
      throw in.missing(path, missing);
    }
    Optional<Category> asCategory = enumByName(Category.class, category);
    if (asCategory.isPresent()) {
      fields.level1 = asCategory.get();
      return;
    }
    Optional<Subcategory> asSub = enumByName(Subcategory.class, category);
    if (version != 2 && asSub.isPresent()) {
      if (fields.subcategoryGiven && fields.subcategory != asSub.get()) {
        Subcategory given = fields.subcategory;
        throw in.error(
            path + ".category",
            Msg.of("JX-I-0327").arg("subcategory", given != null ? given.name() : "null"),
            category,
            null);
      }
      fields.subcategory = asSub.get();
      fields.level1 = asSub.get().category();
      return;
    }
    throw in.error(
        path + ".category",
        version == 2
            ? Msg.of("JX-I-0329")
                .arg("schema", EvaluationWriter.SCHEMA_2)
                .arg("values", Arrays.toString(Category.values()))
            : Msg.of("JX-I-0328"),
        category,
        null);
  }

  private static <E extends Enum<E>> Optional<E> enumByName(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
