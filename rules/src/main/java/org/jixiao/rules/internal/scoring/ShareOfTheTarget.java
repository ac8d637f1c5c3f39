package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A share of the target done, under a target that is no share (review 75b): 完成年度目标的86% under ≥500户 is 430 户, 86 %. It
 * was read by its word 完成 as met. The share must follow a word of the target or the plan (目标的, 计划的, 任务的, 年度任务) in a
 * clause that says it was done (完成, 实现), and be no more than 100 % (a share past the plan says it was met, which the words
 * read as before). Part of {@link QuantitativeScorer}, asked when no figure of the target's unit answered.
 */
final class ShareOfTheTarget {
  private ShareOfTheTarget() {}

  /** Words right before the share: the target or the plan it is a share of. */
  private static final List<String> OF_THE_TARGET = List.of("目标的", "计划的", "任务的", "任务量的", "目标任务", "年度目标", "年度计划", "年度任务");

  /** Words of done in the share's clause. */
  private static final List<String> DONE = List.of("完成", "实现", "达到");

  /** The figure in the target's unit a share of the target in {@code figures} makes, with how it was made; null when none. */
  static RatesFromCounts.@Nullable Rate of(List<Quantity> figures, String actual, Quantity wanted) {
    Quantity share = null;
    for (Quantity q : figures) {
      if (q.unit().isShare()) {
        if (share != null || !q.unit().symbol().equals("%") || q.isRange() || q.value().signum() <= 0
            || q.value().compareTo(Decimals.HUNDRED) > 0 || !Texts.endsWithAnyAt(actual, q.start(), OF_THE_TARGET)) {
          return null; // two shares, or one of something else
        }
        share = q;
      }
    }
    if (share == null || !Texts.containsAny(actual.substring(Clauses.clauseStart(actual, share.start()), share.start()), DONE)) {
      return null;
    }
    BigDecimal value = wanted.value().multiply(share.value()).divide(Decimals.HUNDRED, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    Quantity made = new Quantity(value, Optional.empty(), wanted.unit(), share.approximate(), share.start(), share.end(), wanted.per());
    return new RatesFromCounts.Rate(made, "（" + share.describe() + " × " + wanted.describe() + "）");
  }
}
