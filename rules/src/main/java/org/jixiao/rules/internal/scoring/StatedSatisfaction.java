package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.QuantityScanner;
import org.jixiao.rules.internal.text.ShareWords;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;

/**
 * A satisfaction rate stated by the actual against a satisfaction target that states no figure:
 * {@code 满意度较高 / 满意度达98%}, {@code 结案满意度 / 结案满意度达90%以上}. The target names the
 * satisfaction (its text or the indicator's name says 满意) but asks for no level a figure could be
 * compared with; the actual gives one. A careful evaluator reads a rate of at least
 * the profile's {@code satisfiedAt} (90 % by default, the floor forms set most often for 满意度)
 * as the satisfaction asked for; a lower rate could be short of what 较高 meant, and is left to
 * the reader.
 */
final class StatedSatisfaction {
  private StatedSatisfaction() {}

  private static final List<String> RATE_NAMES = List.of("满意度", "满意率");

  /** The most characters between 满意度 and its figure (达到, 平均为, 均在). */
  private static final int MOST_BETWEEN = 6;

  /**
   * The lowest satisfaction rate the actual states, 0 to 1, when the target is a satisfaction
   * target with no figure and every percentage of the actual is a stated satisfaction.
   */
  static Optional<BigDecimal> of(String target, String name, String actual) {
    if (!ShareWords.mayHoldAShare(actual) || !(target.contains("满意") || name.contains("满意"))) {
      return Optional.empty();
    }
    if (QuantityScanner.hasQuantity(IndicatorTexts.normalize(target)) || !Clauses.shortfalls(IndicatorTexts.normalize(actual)).isEmpty()) {
      return Optional.empty(); // a figure to compare with, or a shortfall stated: other rules decide
    }
    String n = IndicatorTexts.normalize(actual);
    boolean bareAnswers = namesTheRate(name) && plainTarget(target);
    BigDecimal lowest = null;
    for (Quantity q : IndicatorTexts.parseActual(actual)) {
      if (!q.unit().symbol().equals("%")) {
        continue;
      }
      if (q.start() > n.length() || !namedSatisfaction(n, q.start()) && !(bareAnswers && bare(n, q) && q.value().compareTo(Decimals.HUNDRED) <= 0)) {
        return Optional.empty(); // a percentage of something else: which one answers is not said
      }
      BigDecimal share = Decimals.divide(q.value(), BigDecimal.valueOf(100));
      lowest = lowest == null || share.compareTo(lowest) < 0 ? share : lowest;
    }
    return Optional.ofNullable(lowest).map(s -> s.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : s);
  }

  /** What may stand before a bare rate that is the whole actual (≥95%, 达到95%). */
  private static final List<String> BARE_BEFORE = List.of("", "≥", ">", "达", "达到", "为");

  /** What may stand after it (96%以上). */
  private static final List<String> BARE_AFTER = List.of("", "以上", "及以上");

  /**
   * Whether {@code q} is the whole of the normalised actual {@code n} but a comparison or 以上 and
   * closing punctuation: {@code 95%} under 服务对象满意度 is the rate the name names.
   */
  private static boolean bare(String n, Quantity q) {
    if (q.end() > n.length()) {
      return false;
    }
    return BARE_BEFORE.contains(n.substring(0, q.start()).strip()) && BARE_AFTER.contains(Texts.withoutClosing(n.substring(q.end())));
  }

  /**
   * Whether the indicator's name is the name of a satisfaction rate: it ends with 满意度 or 满意率
   * ((%) or 指标 aside), so that a bare rate answers it; not 满意度调查覆盖率, not 不满意率, and not a
   * name whose brackets hold more than the unit (受助对象满意度(≥95%) sets a floor of its own).
   */
  private static boolean namesTheRate(String name) {
    String n = IndicatorTexts.normalize(name).strip();
    if (n.endsWith("(%)")) {
      n = n.substring(0, n.length() - 3).strip(); // 群众满意度(%)
    }
    if (n.endsWith("指标")) {
      n = n.substring(0, n.length() - 2);
    }
    return (n.endsWith("满意度") || n.endsWith("满意率")) && !n.contains("不满意");
  }

  /** The targets a bare rate of at least the floor answers: 较高, 满意, 满意度较高 …, or none at all. */
  private static final List<String> PLAIN_TARGETS = List.of("", "高", "较高", "满意", "较满意", "比较满意", "基本满意");

  /**
   * Whether the target asks only for satisfaction or a high one, in words (满意度较高, 满意): not a
   * figure in any writing (九成五以上, ≥**%), not all (全部满意, 满分), not a comparison with a level the
   * form does not give (较上年提高, 高于全省平均水平), which a rate of 90 % may not meet.
   */
  private static boolean plainTarget(String target) {
    String t = Texts.withoutClosing(IndicatorTexts.normalize(target));
    return PLAIN_TARGETS.contains(t.replace("满意度", "").replace("满意率", "").strip());
  }

  /** Whether 满意度 or 满意率 ends at most {@link #MOST_BETWEEN} plain characters before {@code at}. */
  private static boolean namedSatisfaction(String n, int at) {
    for (String rate : RATE_NAMES) {
      int word = n.lastIndexOf(rate, at - rate.length());
      if (word < 0) {
        continue;
      }
      String between = n.substring(word + rate.length(), at);
      if (between.length() > MOST_BETWEEN) {
        continue;
      }
      boolean plain = true;
      for (int i = 0; i < between.length(); i++) {
        char c = between.charAt(i);
        plain &= !Clauses.isClauseEnd(c) && !Character.isDigit(c) && "率度比".indexOf(c) < 0;
      }
      if (plain) {
        return true;
      }
    }
    return false;
  }
}
