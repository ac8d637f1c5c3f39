package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.indicator.Category;

/**
 * The bundled profiles.
 *
 * <ul>
 *   <li>{@value #MOF_2020}, the default: Ministry of Finance practice — execution rate 10,
 *       产出 50, 效益 30, 满意度 10; grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60; reverse indicators by the
 *       deployed (1 − (B − A)/A) rule; execution points capped at the weight.
 *   <li>{@value #SICHUAN_2023}: execution rate 10 plus 90 spread over the form's own 分值
 *       ({@link Profile.WeightScheme#FORM}); a rate below 90 % calls for an explanation.
 * </ul>
 */
public final class Profiles {
  private Profiles() {}

  /** The id of the Ministry of Finance profile, the default. */
  public static final String MOF_2020 = "mof-2020";

  /** The id of the Sichuan 2023 profile. */
  public static final String SICHUAN_2023 = "sichuan-2023";

  private static final Profile MOF = mof();
  private static final Profile SICHUAN = sichuan();
  private static final Map<String, Profile> BY_ID = Map.of(MOF_2020, MOF, SICHUAN_2023, SICHUAN);

  /** The default profile, {@value #MOF_2020}. */
  public static Profile defaultProfile() {
    return MOF;
  }

  /** The ids of the bundled profiles. */
  public static List<String> ids() {
    return List.of(MOF_2020, SICHUAN_2023);
  }

  /** The bundled profile with this id, if any. */
  public static Optional<Profile> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The bundled profile with this id.
   *
   * @throws IllegalArgumentException naming the id and the known ids when there is none
   */
  public static Profile get(String id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown profile '" + id + "'; known: " + String.join(", ", ids())));
  }

  private static Profile mof() {
    Map<Category, BigDecimal> weights = new LinkedHashMap<>();
    weights.put(Category.OUTPUT, new BigDecimal("50"));
    weights.put(Category.BENEFIT, new BigDecimal("30"));
    weights.put(Category.SATISFACTION, new BigDecimal("10"));
    Map<Grade, BigDecimal> bands = new LinkedHashMap<>();
    bands.put(Grade.EXCELLENT, new BigDecimal("90"));
    bands.put(Grade.GOOD, new BigDecimal("80"));
    bands.put(Grade.FAIR, new BigDecimal("60"));
    bands.put(Grade.POOR, BigDecimal.ZERO);
    return Profile.builder()
        .id(MOF_2020)
        .description(
            "Ministry of Finance practice: execution rate 10, 产出 50, 效益 30, 满意度 10; "
                + "优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60")
        .putAllCategoryWeights(weights)
        .putWeightPools(Category.COST, Category.OUTPUT)
        .putAllGradeBands(bands)
        .addRequiredCategories(Category.OUTPUT, Category.BENEFIT, Category.SATISFACTION)
        .build();
  }

  private static Profile sichuan() {
    return MOF.toBuilder()
        .id(SICHUAN_2023)
        .description(
            "Sichuan 2023: execution rate 10 plus 90 spread over the form's own 分值; "
                + "a rate below 90 % needs an explanation")
        .weightScheme(Profile.WeightScheme.FORM)
        .explanationBelowRate(new BigDecimal("90"))
        .build();
  }
}
