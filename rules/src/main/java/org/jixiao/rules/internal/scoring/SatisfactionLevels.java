package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction told in its levels (review 74d): 非常满意占35%、满意占58%、基本满意5%、不满意2% under 服务对象满意度 ≥ 90 % is at
 * least 93 % satisfied, met; the four shares read tied. The satisfied levels (非常满意, 很满意, 比较满意, 满意) are added; 基本满意 is
 * added only when the cell says it counts (满意度按满意与基本满意合计, 含基本满意), and when the target is met without it it is not
 * needed. Every figure must be the share of a level, and the shares together no more than the whole. Otherwise (基本满意
 * would decide, not said to count) the figures stay as they were. Part of {@link QuantitativeScorer}.
 */
final class SatisfactionLevels {
  private SatisfactionLevels() {}

  /** The share made and how: （35 % + 58 %）. */
  record Made(Quantity quantity, String note) {}

  private enum Level {
    SATISFIED,
    BASIC,
    NOT
  }

  /** Words in a cell that count 基本满意 as satisfied. */
  private static final List<String> BASIC_COUNTS = List.of("与基本满意合计", "和基本满意合计", "及基本满意合计", "含基本满意", "包括基本满意", "基本满意合计",
      "满意和基本满意", "满意与基本满意", "满意及基本满意");

  private static final BigDecimal WHOLE = new BigDecimal("100.5");

  /** The satisfied share of {@code candidates} (shares in %, of the normalised {@code actual}) against a floor {@code a}; null when none is made. */
  static @Nullable Made of(List<Quantity> candidates, String actual, BigDecimal a) {
    if (candidates.size() < 2 || actual.indexOf("满意") < 0) {
      return null;
    }
    BigDecimal satisfied = BigDecimal.ZERO;
    BigDecimal basic = BigDecimal.ZERO;
    BigDecimal all = BigDecimal.ZERO;
    int satisfiedLevels = 0;
    StringBuilder shown = new StringBuilder();
    StringBuilder shownBasic = new StringBuilder();
    for (Quantity q : candidates) {
      Level level = levelOf(actual, q);
      if (level == null || q.isRange() || !q.unit().isShare()) {
        return null;
      }
      all = all.add(q.value());
      if (level == Level.SATISFIED) {
        satisfied = satisfied.add(q.value());
        satisfiedLevels++;
        shown.append(shown.length() > 0 ? " + " : "").append(q.describe());
      } else if (level == Level.BASIC) {
        basic = basic.add(q.value());
        shownBasic.append(" + ").append(q.describe());
      }
    }
    if (satisfiedLevels == 0 || all.compareTo(WHOLE) > 0 || satisfiedLevels == 1 && basic.signum() == 0) {
      return null; // 满意88%，不满意12%: the one satisfied share answers as it is
    }
    Quantity first = candidates.get(0);
    Quantity last = candidates.get(candidates.size() - 1);
    if (satisfied.compareTo(a) >= 0 || basic.signum() == 0) {
      return made(satisfied, first, last, shown.toString());
    }
    if (Texts.containsAny(actual, BASIC_COUNTS)) {
      return made(satisfied.add(basic), first, last, shown + shownBasic.toString());
    }
    return null; // 基本满意 would decide it, and the cell does not say it counts
  }

  private static Made made(BigDecimal value, Quantity first, Quantity last, String parts) {
    Quantity q = new Quantity(value, Optional.empty(), first.unit(), first.approximate(), first.start(), last.end());
    return new Made(q, "（" + parts + "）");
  }

  /** The level the words right before {@code q} in its clause name (非常满意占, 满意, 基本满意为), or null. */
  private static @Nullable Level levelOf(String actual, Quantity q) {
    int from = Math.max(Clauses.clauseStart(actual, q.start()), q.start() - 8);
    String label = actual.substring(from, q.start());
    int cut = Math.max(label.lastIndexOf('、'), label.lastIndexOf(','));
    label = cut >= 0 ? label.substring(cut + 1) : label;
    if (!label.contains("满意")) {
      return null;
    }
    if (label.contains("不满意") || label.contains("不太满意")) {
      return Level.NOT;
    }
    if (label.contains("基本满意")) {
      return Level.BASIC;
    }
    return Level.SATISFIED;
  }
}
