package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.CompletionNouns;
import org.jixiao.rules.internal.text.ShareWords;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;

/**
 * The share of the work an actual says was done, as a percentage after its completion word:
 * 完成60%, 完成率为60%, 已完成工程量的60%, 完成了全年任务的60%, 满足需求的70%. Its completion word alone would
 * say fully achieved; the percentage says how much. Only a percentage in the clause of a 完成,
 * 达成, 实现 or 满足, with no other figure and no other rate between them (完成培训，满意度60% and
 * 完成投诉率5% are not shares of the work), and the only percentage of the text.
 */
final class StatedShare {
  private StatedShare() {}

  private static final List<String> STEMS = List.of("完成", "达成", "实现", "满足");

  /** Characters between the word and the figure that make the figure another rate. */
  private static final String OTHER_RATE = "率度比";

  /** The most characters between the completion word and its percentage (工程量的, 了全年任务的). */
  private static final int MOST_BETWEEN = 10;

  /**
   * The share done and the words that state it.
   *
   * @param share 0 to 1 (more than 100 % is all of it)
   * @param words from the completion word to the percentage: 完成率为85%
   */
  record Share(BigDecimal share, String words) {}

  /** The share done, when the text states one. */
  static Optional<Share> of(String actual) {
    if (!ShareWords.mayHoldAShare(actual)) {
      return Optional.empty(); // no percentage: nearly every actual, read no further
    }
    String n = IndicatorTexts.normalize(actual);
    Quantity percent = null;
    for (Quantity q : IndicatorTexts.parseActual(actual)) {
      if (q.unit().symbol().equals("%")) {
        if (percent != null) {
          return Optional.empty(); // two percentages: which is the share is not said
        }
        percent = q;
      }
    }
    if (percent == null || percent.upper().isPresent() || percent.start() > n.length()) {
      return Optional.empty();
    }
    int at = percent.start();
    for (String stem : STEMS) {
      int word = n.lastIndexOf(stem, at - stem.length());
      if (word < 0) {
        continue;
      }
      String between = n.substring(word + stem.length(), at);
      if (between.startsWith("率") || between.startsWith("度")) {
        between = between.substring(1); // 完成率为60%: the rate of the completion itself
      }
      if (between.length() <= MOST_BETWEEN && plain(between)) {
        BigDecimal share = Decimals.divide(percent.value(), BigDecimal.valueOf(100));
        String words = n.substring(word, Math.min(n.length(), percent.end()));
        return Optional.of(new Share(share.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : share, words));
      }
    }
    return Optional.empty();
  }

  /**
   * A share of nothing, when the actual (normalised) names a measure of the work done and states it
   * as zero (实际完成值为0, 完成数量为零, 完成进度为0; {@link CompletionNouns#nothingDone}) and the
   * indicator asks for work done: not when its target or name asks for none of something, a limit
   * kept or a fall (杜绝安全事故, 控制在预算内, 投诉次数, 降低能耗), where nothing is the aim.
   */
  static Optional<Share> nothingDone(String actual, String target, String name) {
    String words = CompletionNouns.nothingDone(actual);
    if (words == null || Absence.asksAbsence(target) || Absence.statesNoneOrLimitKept(target) || Absence.namesUnwanted(name)
        || Absence.namesUnwanted(target) || namesAFall(target) || namesAFall(name)) {
      return Optional.empty();
    }
    return Optional.of(new Share(BigDecimal.ZERO, words));
  }

  /** Words of a fall or a limit asked, which a zero may meet. */
  private static final List<String> FALLS =
      List.of("降低", "下降", "减少", "压减", "压缩", "控制", "杜绝", "避免", "防止", "不超", "以内", "以下", "节约", "零");

  private static boolean namesAFall(String text) {
    for (String word : FALLS) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * No clause end, figure, other rate or change between the word and the percentage: 完成成本降低10%
   * and 实现营业收入增长5% state what was achieved, not how much of the work was done.
   */
  private static boolean plain(String between) {
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (Clauses.isClauseEnd(c) || Character.isDigit(c) || OTHER_RATE.indexOf(c) >= 0) {
        return false;
      }
    }
    for (String change : CHANGES) {
      if (between.contains(change)) {
        return false;
      }
    }
    return true;
  }

  /** Words of a change in something measured, which a percentage after them is the size of. */
  private static final List<String> CHANGES =
      List.of("降低", "下降", "减少", "增长", "增加", "提高", "提升", "上升", "节约", "节省", "压缩", "缩短", "增幅", "降幅", "同比", "环比");
}
