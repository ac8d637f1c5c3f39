package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Chars;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.CompletionNouns;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.Deadline;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Vocabulary;
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
   * @param ofTheWhole whether it is a share of the whole work, as far as its words say: no part or object named
   *     before or between (其中主体工程完成100%, 完成招标采购100%) and no noun after (已完成100%的设备采购)
   */
  record Share(BigDecimal share, String words, boolean ofTheWhole) {
    Share(BigDecimal share, String words) {
      this(share, words, true);
    }
  }

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
      }
      if (between.length() <= MOST_BETWEEN && plain(between)) {
        BigDecimal share = Decimals.divide(percent.value(), BigDecimal.valueOf(100));
        String words = n.substring(word, Math.min(n.length(), percent.end()));
        boolean whole = onlyWholeWords(n.substring(Clauses.clauseStart(n, word), word)) && onlyWholeWords(between)
            && !(percent.end() < n.length() && n.charAt(percent.end()) == '的') && !outstandingAfter(n, percent.end());
        return Optional.of(new Share(share.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : share, words, whole));
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
   * A share of nothing, when the actual states a measure of the indicator's own work as zero (实际完成值为0, 完成
   * 数量为零, 完成进度为0: {@link CompletionNouns#zeroStated}) and the target asks for work: a verb of work (建设,
   * 开展, 完成, 培训 …) or a dated deadline (2021年4月15日). Its 完成 read as done, met in full (东江 2020, a real
   * row). Not when the target or the name is of something to avoid or keep (安全, 规范, 延期交付次数, 杜绝, 控制, 降低
   * …), where a zero may be the aim, nor when the rest of the actual says done (完成值为0，已全部完成).
   */
  static Optional<Share> nothingDone(IndicatorInput input, Vocabulary vocabulary) {
    String actual = IndicatorTexts.normalize(input.actual());
    String words = CompletionNouns.zeroStated(actual);
    if (words == null) {
      return Optional.empty();
    }
    String target = IndicatorTexts.normalize(input.target());
    String name = input.indicator().name().orElse("");
    if (CompletionNouns.namesTheAvoided(name) || CompletionNouns.namesTheAvoided(target) || Absence.asksAbsence(target)
        || Absence.statesNoneOrLimitKept(target) || namesAFall(target) || namesAFall(name) || !asksWork(input, target)
        || !namesOnlyTheWork(name, target) || Chars.withoutWords(target, FORBIDDING).length() < target.length()) {
      return Optional.empty();
    }
    String others = actual.replace(words, "，");
    Optional<Reading> rest = vocabulary.read(others);
    if (rest.isPresent() && rest.get().band() != Band.NOT_ACHIEVED || !Chars.withoutWords(others, ELSEWHERE).equals(others)) {
      return Optional.empty(); // 完成值为0，已全部完成; …，建设任务已在上年度提前实施: the work may be done elsewhere or earlier
    }
    return Optional.of(new Share(BigDecimal.ZERO, words));
  }

  /** Words that put the work in another year or another's hands (已在上年度提前实施, 已由省级统一实施). */
  private static final List<String> ELSEWHERE = List.of("上年", "去年", "往年", "以前", "提前", "已由", "统一实施");

  /** Words of a target that forbids its work (严禁新建楼堂馆所, 不再新建高耗能项目): a zero is what it asks. */
  private static final List<String> FORBIDDING = List.of("严禁", "禁止", "不得", "不再", "不");

  /** What a name may add to the target's work: a measure of it (管网建设完成率 against 实施管网建设). */
  private static final List<String> MEASURE_WORDS =
      List.of("完成", "数量", "个数", "户数", "人数", "人次", "数", "率", "进度", "情况", "金额", "面积", "长度", "里程", "时间", "工作", "任务", "项目");

  /**
   * Whether the indicator's name is empty or names only the target's work and a measure of it: every pair of its
   * characters less the measure words stands in the target. 剩余危房户数, 未开工项目数, 工程停工天数 or 退学人数 against
   * 完成…, 按期…, 开展… count something else, whose zero may be the aim (review 60e).
   */
  private static boolean namesOnlyTheWork(String name, String target) {
    String work = Chars.withoutWords(name.strip(), MEASURE_WORDS);
    for (int k = 0; k + 1 < work.length(); k++) {
      if (!target.contains(work.substring(k, k + 2))) {
        return false;
      }
    }
    return work.length() != 1 || target.contains(work);
  }

  /** Verbs of work a target may ask for, whose measure stated as zero is none of it done. */
  private static final List<String> WORK =
      List.of("建设", "建成", "新建", "修建", "改造", "开展", "实施", "完成", "引进", "上线", "培育", "培训", "举办", "开工", "竣工", "采购", "购置",
          "安装", "修缮", "整治", "发放", "编制", "印发", "出版", "交付");

  private static boolean asksWork(IndicatorInput input, String target) {
    for (String verb : WORK) {
      if (target.contains(verb)) {
        return true;
      }
    }
    // a deadline of a date (2021年4月15日, 2023年底前), not of a word alone (全年, 年底前: a state kept all year may be asked)
    return hasDigit(target) && TargetParser.parse(target, TargetContext.of(input.indicator())).deadline().flatMap(Deadline::by).isPresent();
  }

  private static boolean hasDigit(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
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
