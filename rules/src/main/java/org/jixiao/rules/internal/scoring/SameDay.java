package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Aims;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A ceiling on a time taken (办理时限 ≤ 3 个工作日, 响应时间 ≤ 2 小时) answered, with no figure of time, by words of
 * handling on the day or at once (当日办结, 当天受理, 即时办结, 当场办理, 即来即办): the day's work is within a ceiling of a
 * day or more, and work done at once within any ceiling. Part of {@link QuantitativeScorer}. Not when the words are
 * denied (未能当日办结) or aimed at (确保当日办结), nor 当日 against a ceiling shorter than a day (≤ 2 小时): the day says
 * no hour. The next day (次日办结) is within two days, 48 hours or a working day. Words of the day denied (未能当日办结)
 * leave the ceiling undetermined ({@code day-denied}, JX-T-0298): the work may still have been done within it. Not where a share or a part of the work
 * is said (95%的事项当日办结, 大部分当日办结): what the rest took is not.
 */
final class SameDay {
  private SameDay() {}

  /** The verdict of met when the actual says the work was handled on the day or at once within the ceiling; empty otherwise. */
  static Optional<IndicatorVerdict> verdict(IndicatorInput input, Target target, String printedAs, List<Quantity> figures) {
    Comparison comparison = input.indicator().nature().flatMap(Comparison::of).orElse(target.comparison());
    if (!comparison.isReverse() || target.quantity().isEmpty()) {
      return Optional.empty();
    }
    Quantity wanted = target.quantity().get();
    Unit unit = wanted.unit();
    if (!unit.isDuration() || wanted.isRange() || wanted.per().isPresent() || wanted.value().signum() <= 0) {
      return Optional.empty();
    }
    for (Quantity q : figures) {
      if (q.unit().isCompatibleWith(unit)) {
        return Optional.empty(); // 3个工作日内办结: the figure answers
      }
    }
    String s = IndicatorTexts.normalize(input.actual());
    if (s.indexOf('%') >= 0 || Texts.containsAny(s, PARTS)) {
      return Optional.empty(); // 95%的事项当日办结, 大部分当日办结: the rest is not said
    }
    String denied = deniedAt(s);
    if (denied != null) { // 未能当日办结 under ≤ 3 个工作日: not on the day, which says nothing of three days
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(BuiltInIds.QUANTITATIVE, "day-denied", "JX-T-0298")
                  .putArgs("actual", Texts.shorten(input.actual()))
                  .putArgs("words", denied)
                  .putArgs("comparison", comparison.symbol())
                  .putArgs("wanted", () -> wanted.describe() + printedAs)
                  .build()));
    }
    if (Texts.containsAny(s, LATER)) {
      return Optional.empty(); // 当月受理，次月办结: the work went on past every stretch read here
    }
    String word = null;
    Within within = null;
    for (Within w : WITHIN) { // the widest first: 当日受理，次日办结 took into the next day
      word = handledAt(s, w.words());
      if (word != null) {
        within = w;
        break;
      }
    }
    if (word == null) {
      word = handledAt(s, AT_ONCE);
    } else if (within == null || !within.holds(wanted)) {
      return Optional.empty(); // 当日 against ≤ 2 小时: which hour is not said
    }
    if (word == null) {
      return Optional.empty();
    }
    String said = word;
    return Optional.of(
        IndicatorVerdict.scored(
            BigDecimal.ONE,
            Reasons.trace(BuiltInIds.QUANTITATIVE, "same-day", "JX-T-0296")
                .putArgs("actual", Texts.shorten(input.actual()))
                .putArgs("words", said)
                .putArgs("comparison", comparison.symbol())
                .putArgs("wanted", () -> wanted.describe() + printedAs)
                .putFigures("target", wanted.value())
                .putFigures("fraction", Decimals.fraction(BigDecimal.ONE))
                .build()));
  }

  /** Whether {@code s} (normalised) holds a word of handling at once, on the day or the next, which {@link #verdict} reads. */
  static boolean mayHold(String s) {
    return Texts.containsAny(s, ALL_WORDS); // String.indexOf, an intrinsic, beats a pass of table look-ups on cells this short
  }

  /**
   * The first of {@code words} in {@code s} said of handling (see {@link #handling}), none of them in an aim's clause;
   * null when there is none, or when any is aimed at (确保当日办结). Denied ones were answered before ({@link #deniedAt}).
   */
  private static @Nullable String handledAt(String s, List<String> words) {
    String found = null;
    for (String word : words) {
      for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length())) {
        if (!handling(s, at, word)) {
          continue; // 当日10时, 当天的会议: no handling said
        }
        if (Aims.aimBefore(s, at) != null) {
          return null;
        }
        found = found == null ? word : found;
      }
    }
    return found;
  }

  /** The first word of handling at once, on the day or the next that a denial stands right before (未能当日办结), or null. */
  private static @Nullable String deniedAt(String s) {
    for (int k = -1; k < WITHIN.size(); k++) {
      for (String word : k < 0 ? AT_ONCE : WITHIN.get(k).words()) {
        for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length())) {
          if (Texts.endsWithAnyAt(s, at, DENIALS) && handling(s, at, word)) {
            return word;
          }
        }
      }
    }
    return null;
  }

  /** Whether {@code word} at {@code at} is said of handling: a verb of it follows (当日办结), or the word holds one (即来即办). */
  private static boolean handling(String s, int at, String word) {
    return word.endsWith("办") || Texts.startsWithAny(s, at + word.length(), VERBS);
  }

  /** Words of handling at once: within any ceiling of time. */
  private static final List<String> AT_ONCE = List.of("即来即办", "随到随办", "即时", "立即", "当场", "现场", "即办");

  /**
   * Words of handling within a stretch of the calendar, and the least ceilings that stretch is within: in days (a day
   * is 1440 minutes), in working days, in months (0: none).
   */
  private record Within(List<String> words, int days, int workingDays, int months) {
    boolean holds(Quantity wanted) {
      Unit unit = wanted.unit();
      if (DAY.isCompatibleWith(unit)) {
        return wanted.value().compareTo(DAY.convert(BigDecimal.valueOf(days), unit)) >= 0;
      }
      if (WORKING_DAY.isCompatibleWith(unit)) {
        return wanted.value().compareTo(BigDecimal.valueOf(workingDays)) >= 0;
      }
      return months > 0 && MONTH.isCompatibleWith(unit) && wanted.value().compareTo(MONTH.convert(BigDecimal.valueOf(months), unit)) >= 0;
    }
  }

  /**
   * The day (当日办结: within a day, or a working day), the next (次日: within two days, 48 hours, or a working day), the
   * week (本周内办结: within 7 days or 5 working days) and the month (当月办结: within 30 days, the most two dates of one
   * month lie apart, 22 working days, or a month).
   */
  private static final List<Within> WITHIN;

  /** Words of handling on the day: within a ceiling of a day or a working day or more. */
  private static final List<String> ON_THE_DAY = List.of("当日", "当天", "即日");

  /** Words of handling the day after: within a ceiling of two days, 48 hours or a working day or more (次日办结). */
  private static final List<String> NEXT_DAY = List.of("次日", "第二天", "隔日", "翌日");

  /** Words of part of the work: what the rest took is not said. */
  private static final List<String> PARTS = List.of("部分", "多数", "基本", "少数", "个别", "其余", "其中");

  /** Verbs of handling right after the words (当日办结, 即时受理, 当场答复). */
  private static final List<String> VERBS =
      List.of("办结", "办理", "办", "受理", "处理", "处置", "完成", "答复", "回复", "解决", "审批", "审核", "发放", "到账", "兑付", "出具", "结算",
          "反馈", "核查", "调处", "送达", "响应", "转办");

  /** Denials right before the words (未能当日办结, 不能即时办理). */
  private static final List<String> DENIALS = List.of("未能", "未", "不能", "没能", "没有", "无法", "不");

  /** Words of a stretch later than any read here: the work they are said of took longer. */
  private static final List<String> LATER = List.of("次月", "下月", "下个月", "次年", "下周", "次周", "跨月", "跨年");

  /** Words of handling within the week or the month it was asked in. */
  private static final List<String> THIS_WEEK = List.of("当周", "本周内", "本周");

  private static final List<String> THIS_MONTH = List.of("当月", "本月内", "本月");

  private static final Unit DAY = Unit.ofWord("天");
  private static final Unit WORKING_DAY = Unit.ofWord("工作日");
  private static final Unit MONTH = Unit.ofWord("个月");

  /** Every word {@link #verdict} reads: asked of every cell with no figure. */
  private static final List<String> ALL_WORDS;

  static {
    WITHIN = List.of(
        new Within(THIS_MONTH, 30, 22, 1), new Within(THIS_WEEK, 7, 5, 0), new Within(NEXT_DAY, 2, 1, 0), new Within(ON_THE_DAY, 1, 1, 0));
    List<String> all = new ArrayList<>(AT_ONCE);
    WITHIN.forEach(w -> all.addAll(w.words()));
    ALL_WORDS = List.copyOf(all);
  }
}
