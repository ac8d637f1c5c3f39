package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.project.Project;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jspecify.annotations.Nullable;

/**
 * The 分值 a form's printed 得分 imply when it prints none (推算分值). The 20/80 template (domain §1
 * B: 预算执行情况(20分), 年度绩效目标(80分), often a 得分 column and no 分值 one) states each
 * indicator's points only through its 得分: 长江禁捕 2020 prints 20, 10, 10 and 40 for four targets
 * met in full, so a reader takes those as their 分值, not the profile's 50 / 30 / 10 split of 80.
 * Where a target is met in part, the 得分 is the 分值 times the fraction earned: 施甸 2019 prints
 * 8.0 for 6 of 15 (40 % of 20) and 7.3 for 4164 of 11442 (36.4 % of 20).
 *
 * <p>The 分值 are implied only when they are beyond doubt, since a reader told the wrong ones
 * would be misled more than by the profile's: every indicator prints a 得分 (but a row not
 * applicable and not scored, which takes 0) and none a 分值; each
 * 得分 is a whole 分值 times the fraction the indicator earned, shown HALF_UP at the 得分's
 * decimals, and no neighbouring whole 分值 would show the same; at most one indicator, scored
 * above 0, whose 得分 fits no whole 分值, takes what the others leave, and only if its 得分 fits that
 * ({@code takesRest}); the 分值 add up to exactly the points the indicators carry (the total less
 * the execution weight); and they agree with the points the 一级 labels print, where they print
 * some. What none of this can see is two errors that cancel: a target met in full given a whole
 * 得分 implies that 得分 as its 分值, so a whole-point deduction beside full marks for a target not
 * met, adding up to the same points, passes. Two readings of the fraction
 * are tried, the official one first: the fraction as scored, which a target exceeded caps at 1;
 * then B / A itself for a positive target exceeded, as forms that do not cap it compute (施甸's
 * 31.9 is 12767.36 / 8000 × 20). With either, a 得分 above its 分值 is then the stated-score
 * check's to report.
 */
public final class ImpliedWeights {
  private ImpliedWeights() {}

  /**
   * The implied 分值 and how they were found.
   *
   * @param weights one per indicator, in order, whole points
   * @param uncapped whether they fit only B / A uncapped (the form's 得分 exceed their 分值)
   * @param remainder the index of the indicator given what the others leave, or -1
   */
  public record Implied(List<BigDecimal> weights, boolean uncapped, int remainder) {
    /** The project with these 分值 beside its indicators, as a form printing them would read. */
    public Project applyTo(Project project) {
      List<Indicator> given = project.indicators().indicators();
      List<Indicator> weighted = new ArrayList<>(given.size());
      for (int i = 0; i < given.size(); i++) {
        weighted.add(Indicator.builder().from(given.get(i)).weight(weights.get(i)).build());
      }
      return Project.builder().from(project).indicators(IndicatorSet.of(weighted)).build();
    }

    /** The 分值 as a reader lists them: {@code 第1个指标20、第2个指标10} (English: {@code #1 20, #2 10}). */
    public String list(boolean english) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < weights.size(); i++) {
        if (weights.get(i).signum() == 0) {
          continue; // a row not applicable and not scored
        }
        if (out.length() > 0) {
          out.append(english ? ", " : "、");
        }
        out.append(english ? "#" + (i + 1) + " " : "第" + (i + 1) + "个指标").append(weights.get(i).toPlainString());
      }
      return out.toString();
    }
  }

  /**
   * The 分值 the printed 得分 imply, when the project prints a 得分 and no 分值 for every
   * indicator and they are beyond doubt (above).
   *
   * @param verdicts the indicators' verdicts, one per indicator
   * @param part the points the indicators carry: the total less the execution weight
   */
  public static Optional<Implied> of(Project project, List<IndicatorVerdict> verdicts, BigDecimal part) {
    List<Indicator> indicators = project.indicators().indicators();
    if (indicators.isEmpty() || indicators.size() != verdicts.size() || part.signum() <= 0) {
      return Optional.empty();
    }
    boolean anyStated = false;
    for (int k = 0; k < indicators.size(); k++) {
      Indicator i = indicators.get(k);
      if (i.weight().isPresent()
          || i.statedScore().isEmpty() && verdicts.get(k).outcome() != Outcome.NOT_APPLICABLE) {
        return Optional.empty(); // the common case, a table or a form printing 分值: one look each
      }
      anyStated |= i.statedScore().isPresent();
    }
    if (!anyStated) {
      return Optional.empty();
    }
    Optional<Implied> capped = fit(project, verdicts, part, false);
    if (capped.isPresent()) {
      return capped;
    }
    return fit(project, verdicts, part, true);
  }

  private static Optional<Implied> fit(Project project, List<IndicatorVerdict> verdicts, BigDecimal part, boolean uncapped) {
    List<Indicator> indicators = project.indicators().indicators();
    BigDecimal[] weights = new BigDecimal[indicators.size()];
    int unknown = -1;
    boolean exceeded = false;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).statedScore().isEmpty()) {
        weights[i] = BigDecimal.ZERO; // a row not applicable and not scored (/, 无): no points of the form's
        continue;
      }
      BigDecimal stated = indicators.get(i).statedScore().get();
      BigDecimal earned = earned(verdicts.get(i), uncapped);
      BigDecimal weight = earned == null ? null : whole(stated, earned);
      if (earned == null || weight == null) {
        if (unknown >= 0) {
          return Optional.empty(); // two 分值 unknown: the sum cannot tell them apart
        }
        unknown = i;
        continue;
      }
      exceeded |= earned.compareTo(BigDecimal.ONE) > 0;
      weights[i] = weight;
      sum = sum.add(weight);
    }
    if (uncapped && !exceeded) {
      return Optional.empty(); // the same fractions as the capped reading, which did not fit
    }
    if (unknown >= 0) {
      BigDecimal rest = part.subtract(sum);
      if (rest.signum() <= 0 || rest.stripTrailingZeros().scale() > 0
          || !takesRest(verdicts.get(unknown), indicators.get(unknown).statedScore().orElseThrow(), rest, uncapped)) {
        return Optional.empty();
      }
      weights[unknown] = rest.setScale(0, RoundingMode.UNNECESSARY); // whole, shown as 20 whatever the scale of the total
      sum = part;
    }
    if (sum.compareTo(part) != 0 || !agreesWithLabels(project, weights)) {
      return Optional.empty();
    }
    return Optional.of(new Implied(List.of(weights), uncapped, unknown));
  }

  /**
   * Whether the indicator left without a 分值 of its own may take the {@code rest}: with the sum
   * exact by construction, its own 得分 is the only evidence, so it must be one a reader accepts as
   * earned of {@code rest}. It must be scored above 0 (an undetermined, not applicable or 0 row
   * says nothing of its points); a qualitative 得分 must lie in its band of {@code rest} (as the
   * stated-score check's leniency has it); any other must show as its fraction of {@code rest}, or
   * {@code rest} be the least whole 分值 whose share reaches it (黄冈 2020: 19.6 for a 98 % target
   * met in full takes 20, not 30). A whole-point deduction or full marks for a target not met thus
   * no longer pushes its error onto another row.
   */
  private static boolean takesRest(IndicatorVerdict verdict, BigDecimal stated, BigDecimal rest, boolean uncapped) {
    BigDecimal earned = earned(verdict, uncapped);
    if (earned == null || stated.signum() <= 0) {
      return false;
    }
    BigDecimal lower = verdict.trace().figures().get("bandLower");
    BigDecimal upper = verdict.trace().figures().get("bandUpper");
    if (lower != null && upper != null) {
      return stated.compareTo(lower.multiply(rest)) >= 0 && stated.compareTo(upper.multiply(rest)) <= 0;
    }
    return shows(rest, earned, stated)
        || Decimals.divide(stated, earned).setScale(0, RoundingMode.CEILING).compareTo(rest) == 0;
  }

  /**
   * The fraction of its 分值 the indicator's 得分 is taken to be: the verdict's, or for a positive
   * target exceeded and {@code uncapped}, B / A; null when it tells nothing (not scored, or 0).
   */
  private static @Nullable BigDecimal earned(IndicatorVerdict verdict, boolean uncapped) {
    if (verdict.outcome() != Outcome.SCORED || verdict.fraction().isEmpty() || verdict.fraction().get().signum() <= 0) {
      return null;
    }
    BigDecimal fraction = verdict.fraction().get();
    if (uncapped && verdict.parts().isEmpty()) {
      Trace trace = verdict.trace();
      BigDecimal a = trace.figures().get("target");
      BigDecimal b = trace.figures().get("actual");
      // the quantitative scorer's figures: B and A in one unit, and "positive-ratio" for ≥ and =
      if (trace.rule().equals(BuiltInIds.QUANTITATIVE) && trace.method().equals("positive-ratio")
          && a != null && b != null && a.signum() > 0 && b.compareTo(a) > 0) {
        return Decimals.divide(b, a);
      }
    }
    return fraction;
  }

  /**
   * The one whole 分值 whose share {@code earned} shows as {@code stated} (HALF_UP at the 得分's
   * decimals), or null when none does or a neighbour would too (a small fraction blurs them).
   */
  private static @Nullable BigDecimal whole(BigDecimal stated, BigDecimal earned) {
    if (stated.signum() <= 0) {
      return null;
    }
    BigDecimal guess = Decimals.divide(stated, earned).setScale(0, RoundingMode.HALF_UP);
    if (guess.signum() <= 0 || !shows(guess, earned, stated)
        || shows(guess.subtract(BigDecimal.ONE), earned, stated) || shows(guess.add(BigDecimal.ONE), earned, stated)) {
      return null;
    }
    return guess;
  }

  private static boolean shows(BigDecimal weight, BigDecimal earned, BigDecimal stated) {
    int decimals = Math.max(0, stated.scale());
    return weight.signum() > 0 && weight.multiply(earned).setScale(decimals, RoundingMode.HALF_UP).compareTo(stated) == 0;
  }

  /** Whether the 分值 of each category add up to the points its 一级 label prints, where it prints some. */
  private static boolean agreesWithLabels(Project project, BigDecimal[] weights) {
    Map<Category, BigDecimal> labels = project.statedCategoryWeights();
    if (labels.isEmpty()) {
      return true;
    }
    Map<Category, BigDecimal> sums = new EnumMap<>(Category.class);
    List<Indicator> indicators = project.indicators().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      sums.merge(indicators.get(i).category(), weights[i], BigDecimal::add);
    }
    for (Map.Entry<Category, BigDecimal> label : labels.entrySet()) {
      BigDecimal sum = sums.get(label.getKey());
      if (sum != null && sum.compareTo(label.getValue()) != 0) {
        return false;
      }
    }
    return true;
  }
}
