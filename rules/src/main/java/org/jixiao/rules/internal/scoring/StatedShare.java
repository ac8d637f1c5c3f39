package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Chars;
import org.jixiao.rules.internal.text.Clauses;
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
   * @param onlyTheShare whether the words between the completion word and the percentage name nothing but the work's
   *     share (完成85%, 完成进度80%, 完成工程量的90%, 完成率97%; not 完成验收并支付90%, a share of what was paid)
   * @param ofTheWhole whether it is a share of the whole work, as far as its words say: {@code onlyTheShare}, no part
   *     named before (其中主体工程完成100%), no noun after (已完成100%的设备采购) and nothing outstanding after it
   */
  record Share(BigDecimal share, String words, boolean onlyTheShare, boolean ofTheWhole) {}

  /** Words that name no part of the work before a completion word or between it and its share: the whole. */
  private static final List<String> WHOLE_WORDS =
      List.of("实际", "总体", "整体", "全年", "年度", "本年度", "项目", "累计", "共", "已", "基本", "全部", "了", "为", "达到", "达", "是",
          ":", "计划", "任务", "目标", "工作", "工作量", "工程量", "的", "进度", "比例");

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
      } else if (between.startsWith("进度")) {
        between = between.substring(2); // 完成进度80%: how far the work is done
      }
      if (between.length() <= MOST_BETWEEN && plain(between)) {
        BigDecimal share = Decimals.divide(percent.value(), BigDecimal.valueOf(100));
        String words = n.substring(word, Math.min(n.length(), percent.end()));
        boolean onlyTheShare = onlyWholeWords(between);
        boolean whole = onlyTheShare && onlyWholeWords(n.substring(Clauses.clauseStart(n, word), word))
            && !(percent.end() < n.length() && n.charAt(percent.end()) == '的') && !outstandingAfter(n, percent.end());
        return Optional.of(new Share(share.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : share, words, onlyTheShare, whole));
      }
    }
    return Optional.empty();
  }

  /** Words of work or faults still outstanding (尚余少量收尾工作, 有待提升, 不含验收, 仍有问题待整改). */
  private static final List<String> OUTSTANDING = List.of("尚余", "尚有", "仍有", "还有", "待", "不含", "未", "尚在", "部分", "个别", "问题");

  private static boolean outstandingAfter(String n, int end) {
    String after = n.substring(end);
    for (String word : OUTSTANDING) {
      if (after.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyWholeWords(String words) {
    return Chars.withoutWords(words.strip(), WHOLE_WORDS).isEmpty();
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
