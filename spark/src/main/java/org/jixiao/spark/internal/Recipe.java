package org.jixiao.spark.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.rules.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * What an executor needs to build its own {@link Evaluator}: an evaluator holds compiled rules
 * and is not serializable, so the partition function carries this recipe and builds one
 * evaluator per partition.
 */
public final class Recipe implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String profile;
  private final String languageTag;
  private final boolean loadParts;
  private final boolean strict;
  private final @Nullable MoneyUnit moneyUnit;
  private final List<String> keep;

  /**
   * A recipe.
   *
   * @param profile the id of a bundled profile
   * @param locale the language of messages
   * @param loadParts whether parts are loaded by {@link java.util.ServiceLoader}
   * @param strict whether an invalid input fails the job
   * @param moneyUnit the money unit of table rows without one
   * @param keep input columns copied to the output
   */
  public Recipe(
      String profile,
      Locale locale,
      boolean loadParts,
      boolean strict,
      @Nullable MoneyUnit moneyUnit,
      List<String> keep) {
    this.profile = profile;
    this.languageTag = locale.toLanguageTag();
    this.loadParts = loadParts;
    this.strict = strict;
    this.moneyUnit = moneyUnit;
    this.keep = List.copyOf(keep);
  }

  /** Builds the evaluator; on the driver to check the recipe, on an executor once per partition. */
  public Evaluator evaluator() {
    Evaluator.Builder b = Evaluator.builder().profile(profile).locale(locale());
    if (loadParts) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      b.loadParts(loader != null ? loader : Recipe.class.getClassLoader());
    }
    return b.build();
  }

  /** The language of messages. */
  public Locale locale() {
    return Locale.forLanguageTag(languageTag);
  }

  /** Whether an invalid input fails the job. */
  public boolean strict() {
    return strict;
  }

  /** The money unit of table rows that name none. */
  public @Nullable MoneyUnit moneyUnit() {
    return moneyUnit;
  }

  /** Input columns copied to the output. */
  public List<String> keep() {
    return keep;
  }
}
