package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/**
 * Rates that are a share of a whole and so cannot pass 100 %: satisfaction (满意度), and the
 * shares of things that passed, reached or were covered (合格率, 达标率, 覆盖率, 知晓率 …). A
 * completion rate (完成率) or a growth rate (增长率) can pass 100 % and is not one. A target
 * asking at least 290 % of such a share is a misprint (OCR of 90 %, a stray digit), which a
 * careful reader questions instead of scoring the actual against it.
 */
public final class WholeShares {
  private WholeShares() {}

  /** Endings of an indicator name that make it a share of a whole. */
  private static final List<String> ENDINGS =
      List.of("满意度", "满意率", "合格率", "达标率", "覆盖率", "知晓率", "普及率", "准确率", "正确率", "及格率", "优良率", "通过率",
          "完好率", "到位率", "入学率", "参保率", "接种率", "出勤率", "受益率", "签约率", "检测率", "建档率", "就诊率", "治愈率");

  /** The lowest share a misread floor is taken for: a floor of a whole share below 60 % (200.5%, 210%, 250%) is no target a form sets. */
  private static final BigDecimal FLOOR = BigDecimal.valueOf(60);

  /**
   * The share a figure of {@code text} above 100 % reads as when its leading 2 is ≥ misread by OCR:
   * 290% is ≥90%, 2100% is ≥100% (seen on scanned forms: 满意度 290%, 接种率 290%). Only a figure
   * of three digits or more before its point that starts with 2 and leaves a share from 60 to 100;
   * the caller asks it only of a whole share's target that states no comparison and names no bad
   * share (不满意率, 投诉率).
   */
  public static Optional<BigDecimal> atLeastPrintedAsTwo(String text, Quantity q) {
    if (q.isRange() || !q.unit().symbol().equals("%") || q.value().compareTo(Decimals.HUNDRED) <= 0 || q.start() >= text.length()
        || text.charAt(q.start()) != '2') {
      return Optional.empty();
    }
    int digits = q.value().precision() - q.value().scale(); // digits before the point
    if (digits < 3) {
      return Optional.empty();
    }
    BigDecimal rest = q.value().subtract(BigDecimal.valueOf(2).scaleByPowerOfTen(digits - 1));
    return rest.compareTo(FLOOR) >= 0 && rest.compareTo(Decimals.HUNDRED) <= 0 ? Optional.of(rest) : Optional.empty();
  }

  /**
   * {@code target} read with its leading 2 as ≥ (290% is ≥90%: {@link #atLeastPrintedAsTwo}), when it
   * is a whole share's that states no comparison and the indicator has no nature; else empty.
   */
  public static Optional<Target> misreadAtLeast(Indicator indicator, Target target, String targetText) {
    Optional<Quantity> printed = target.quantity();
    if (printed.isEmpty() || target.explicit() || indicator.nature().isPresent()) {
      return Optional.empty();
    }
    Quantity q = printed.get();
    return atLeastPrintedAsTwo(targetText, q)
        .filter(rest -> isWholeShare(indicator) && !namesABadShare(indicator))
        .map(rest -> new Target(target.text(), Comparison.AT_LEAST, true,
            Optional.of(new Quantity(rest, Optional.empty(), q.unit(), q.approximate(), q.start(), q.end(), q.per())), Optional.empty()));
  }

  /** Whether {@code indicator}'s name is of a share that is better low (不满意率, 投诉率, 差评率, 未…) or of a change (满意度提升幅度, 增长). */
  public static boolean namesABadShare(Indicator indicator) {
    String name = indicator.name().orElse("");
    for (String word : NO_PLAIN_SHARE) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NO_PLAIN_SHARE = List.of("不", "投诉", "差评", "未", "幅", "增", "提升", "提高", "变化", "下降", "降低");

  /** Whether {@code indicator} is a share of a whole, by its category or the end of its name. */
  public static boolean isWholeShare(Indicator indicator) {
    if (indicator.category() == Category.SATISFACTION) {
      return true;
    }
    String name = indicator.name().orElse("").strip();
    if (name.contains("满意")) {
      return true;
    }
    for (String ending : ENDINGS) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
