package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * An actual that states only a bound which does not settle the target (review 74c): 达300人以上 against ≥ 350 人 may be 340 or
 * 400, 低于2% against ≤ 1.5 % may be 1 % or 1.9 %, 均在7个工作日内完成 against ≤ 5 个工作日 may be all within 5 or not. Read as its
 * figure, the bound scored a part (86 %, 67 %, 60 %) that nothing in the text says; it is undetermined ({@code
 * bound-unsettled}, JX-T-0507). A bound on the far side of the target is {@link StatedBounds}' (低于90% against ≥ 90 %:
 * short), and one on the near side that reaches it settles it (300人以上 against ≥ 300 人: met), as before. A range that the
 * target falls inside (3—5小时 against ≤ 4 小时) is unsettled too. Not a bound governed by a negation, a comparison or a
 * group ({@link StatedBounds}' tests), and not a hedge (约, 近: read elsewhere). Under a target of every case (均在30分钟内,
 * 每件不超过5个工作日, 每期≥50人) an average that meets it, the most of the cases against a floor (最多的一期68人) or the least
 * against a ceiling says nothing of every case, and is unsettled too. Part of {@link QuantitativeScorer}.
 */
final class UnsettledBounds {
  private UnsettledBounds() {}

  /** Words right before a figure saying the actual is at least it, longest first. */
  private static final List<String> AT_LEAST_BEFORE = List.of("均不低于", "均不少于", "不低于", "不少于", "不小于", "至少");

  /**
   * The same before an amount, a count or a time, with 超过 and 超出 (已超过100天仍未完工 under 工期≤180天: at least 100 days, not
   * the time taken); not before a share, where 超过 states a margin over a plan as often (超过计划5%).
   */
  private static final List<String> AT_LEAST_BEFORE_AMOUNTS = Stream.concat(AT_LEAST_BEFORE.stream(), Stream.of("超过", "超出")).toList();

  /** Words right before a figure saying the actual is at most it, longest first. */
  private static final List<String> AT_MOST_BEFORE =
      List.of("均不超过", "均不高于", "不超过", "不高于", "不大于", "不多于", "至多", "低于", "少于", "小于", "不足", "不到");

  /** Words right after a figure (and its unit) saying the actual is at least it. */
  private static final List<String> AT_LEAST_AFTER = List.of("以上");

  /**
   * Words right after a figure (and its unit) saying the actual is at most it. Not 内 or 以内: 5个工作日内办结 states the
   * time taken as forms write it, and earlier reviews key it so (70c, 72c, 73e).
   */
  private static final List<String> AT_MOST_AFTER = List.of("以下");

  /**
   * The verdict of a bound or a range {@code figure} (read as {@code b}, in the target's unit) that leaves the target {@code
   * a}..{@code upper} ({@code targetText} as printed, {@code target} as the reason shows it) unsettled; empty when it is no
   * such bound.
   */
  static Optional<IndicatorVerdict> verdict(
      String scorer, Comparison comparison, BigDecimal a, BigDecimal upper, BigDecimal b, String actualText, Quantity figure, String targetText,
      Supplier<String> target) {
    if (comparison == Comparison.BETWEEN || figure.end() > actualText.length()) {
      return Optional.empty();
    }
    boolean floor = !comparison.isReverse();
    boolean eachAsked = targetText.contains("每") || targetText.contains("均") || targetText.contains("各");
    if (everyCase(targetText) && !figure.isRange()) {
      int word = extremeBefore(actualText, figure.start());
      boolean meets = floor ? b.compareTo(a) >= 0 : b.compareTo(upper) <= 0;
      String extreme = word < 0 ? "" : actualText.substring(word, word + 2);
      boolean average = extreme.equals("平均");
      // an average that meets a target of every case, the most of them against a floor, the least against a ceiling
      if (word >= 0 && meets && (average || floor == MOSTS.contains(extreme))) {
        return Optional.of(verdict(scorer, actualText.substring(word, figure.end()), average ? Kind.AVERAGE : floor ? Kind.HIGHEST : Kind.LOWEST, target));
      }
    }
    Kind kind;
    int from = figure.start();
    int to = figure.end();
    if (figure.isRange()) {
      BigDecimal low = figure.value();
      BigDecimal high = figure.upper().orElseThrow();
      BigDecimal bound = floor ? a : upper;
      // the range's own figures are converted with b: compare in the figure's unit through the ratio b / high
      BigDecimal read = floor ? low : high; // b is the range's low end converted against a floor, its high end against a ceiling
      BigDecimal scale = read.signum() == 0 ? BigDecimal.ONE : b.divide(read, MathContext.DECIMAL64);
      boolean inside = low.multiply(scale).compareTo(bound) < 0 && high.multiply(scale).compareTo(bound) > 0;
      if (!inside || eachAsked) {
        return Optional.empty(); // 各次到场用时3至5小时不等 against 每次均不超过4小时: some time passed it, read as before
      }
      kind = Kind.RANGE;
    } else {
      int least = StatedBounds.boundWordAt(actualText, figure.start(), figure.unit().isShare() ? AT_LEAST_BEFORE : AT_LEAST_BEFORE_AMOUNTS);
      int most = StatedBounds.boundWordAt(actualText, figure.start(), AT_MOST_BEFORE);
      if (least >= 0 && most >= 0) { // the longer word is the one written: 不低于 holds 低于
        least = least <= most ? least : -1;
        most = least >= 0 ? -1 : most;
      }
      boolean leastAfter = least < 0 && most < 0 && wordAfter(actualText, figure.end(), AT_LEAST_AFTER);
      boolean mostAfter = least < 0 && most < 0 && !leastAfter && wordAfter(actualText, figure.end(), AT_MOST_AFTER);
      boolean atLeast = least >= 0 || leastAfter;
      boolean atMost = most >= 0 || mostAfter;
      if (!atLeast && !atMost || StatedBounds.namesAGroup(actualText, figure.end())
          || (least >= 0 || most >= 0) && StatedBounds.governedBefore(actualText, Math.max(least, most))) {
        return Optional.empty();
      }
      // unsettled: at least b below a floor or a ceiling, at most b above a ceiling (at most b against a floor it reaches is
      // read as b, as StatedBounds has it: 满意度低于95% against ≥ 90 %)
      boolean unsettled = atLeast ? b.compareTo(floor ? a : upper) < 0 : !floor && b.compareTo(upper) > 0;
      if (!unsettled) {
        return Optional.empty();
      }
      kind = atLeast ? Kind.LEAST : Kind.MOST;
      from = Math.max(least, most) >= 0 ? Math.max(least, most) : from;
      to = leastAfter || mostAfter ? afterEnd(actualText, to, leastAfter ? AT_LEAST_AFTER : AT_MOST_AFTER) : to;
    }
    return Optional.of(verdict(scorer, actualText.substring(from, to).strip(), kind, target));
  }

  /** What the actual gives in place of the figure asked, as the reason names it in Chinese and in English. */
  private enum Kind {
    RANGE("一个范围", "a range"),
    LEAST("下限", "a least"),
    MOST("上限", "a most"),
    AVERAGE("平均数（不说明每一件）", "an average, not every case"),
    HIGHEST("最大的一个（不说明每一个）", "the highest, not every one"),
    LOWEST("最小的一个（不说明每一个）", "the lowest, not every one");

    final String zh;
    final String en;

    Kind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  private static IndicatorVerdict verdict(String scorer, String quoted, Kind kind, Supplier<String> target) {
    return IndicatorVerdict.undetermined(
        Reasons.trace(scorer, "bound-unsettled", "JX-T-0507")
            .putArgs("actual", quoted)
            .putArgs("kind", kind.zh)
            .putArgs("kindEn", kind.en)
            .putArgs("target", target)
            .build());
  }

  /** What may stand between the two ends of a range written with both units: 92%至96%. */
  private static final List<String> RANGE_JOINS = List.of("至", "到", "-", "—", "~", "－");

  /**
   * Two tied figures that are the ends of one range written with both units (介于92%至96%之间, 在80%-85%之间, 3天至5天不等), as that
   * range; null when they are not.
   */
  static @Nullable Quantity rangeOf(List<Quantity> ties, String text) {
    if (ties.size() != 2) {
      return null;
    }
    Quantity low = ties.get(0);
    Quantity high = ties.get(1);
    if (low.end() > high.start() || high.end() > text.length() || !low.unit().equals(high.unit()) || low.isRange() || high.isRange()
        || low.value().compareTo(high.value()) >= 0 || !RANGE_JOINS.contains(text.substring(low.end(), high.start()).strip())) {
      return null;
    }
    String before = text.substring(Math.max(0, low.start() - 3), low.start());
    boolean framed = before.contains("介于") || before.endsWith("在") || text.startsWith("之间", high.end()) || text.startsWith("不等", high.end());
    return framed ? new Quantity(low.value(), Optional.of(high.value()), low.unit(), low.approximate() || high.approximate(), low.start(), high.end()) : null;
  }

  /** Words in a target that ask every case: 每件不超过5个工作日, 单件, 单次, 每期≥50人 (and 均 on its own: 均在30分钟内). */
  private static final List<String> EACH_CASE = List.of("每件", "每次", "每期", "每宗", "每批", "单件", "单次", "每户", "每人次");

  /** Whether the target asks every case: a word of {@link #EACH_CASE}, or 均 that is no average's (平均, 人均, 户均, 年均). */
  private static boolean everyCase(String target) {
    if (Texts.containsAny(target, EACH_CASE)) {
      return true;
    }
    for (int k = target.indexOf('均'); k >= 0; k = target.indexOf('均', k + 1)) {
      if (k == 0 || "平人户亩生年月日".indexOf(target.charAt(k - 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Words of the most of several cases (最多的一期68人, 最长7天); the rest of {@link #EXTREMES} are of the least, or 平均. */
  private static final List<String> MOSTS = List.of("最多", "最高", "最长", "最大");

  private static final List<String> EXTREMES = List.of("平均", "最多", "最高", "最长", "最大", "最少", "最低", "最短", "最小");

  /** How far before a figure its word of an average or an extreme may stand (最多的一期68人). */
  private static final int EXTREME_NEAR = 6;

  /** Where a word of {@link #EXTREMES} stands within {@link #EXTREME_NEAR} characters before {@code start} in its clause, or -1. */
  private static int extremeBefore(String text, int start) {
    int from = Math.max(Clauses.clauseStart(text, start), start - EXTREME_NEAR);
    for (int k = start - 2; k >= from; k--) {
      if (Texts.startsWithAny(text, k, EXTREMES)) {
        return k;
      }
    }
    return -1;
  }

  /** Where the one of {@code words} that starts right after {@code end} ends. */
  private static int afterEnd(String text, int end, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, end)) {
        return end + word.length();
      }
    }
    return end;
  }

  /** Whether one of {@code words} starts right after {@code end}. */
  private static boolean wordAfter(String text, int end, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, end)) {
        return true;
      }
    }
    return false;
  }
}
