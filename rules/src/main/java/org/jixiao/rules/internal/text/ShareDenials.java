package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Denials (无投诉, 未发生安全事故, 零差评) under a target that sets a floor on a share of something wanted (满意度≥95%,
 * 合格率100%, 投诉办结率100%). A denial answers the share only when what it denies is all of the unwanted rest of what
 * the share counts ({@link ComplementRates}: 差评 of 好评率, 不合格 of 合格率, 不满意 of 满意度, 逾期 of 及时率) or,
 * under a share of items passing a check, a problem of quality (未发现质量问题 under 验收合格率: a problem found is
 * what fails an item). Any other denial leaves the share unreported: no complaints is no satisfaction rate, a rate of
 * handling complaints (投诉办结率) had nothing to count when none came, and no serious errors (无重大差错) or hardly
 * any delays (基本无逾期) leave the lesser ones uncounted.
 */
public final class ShareDenials {
  private ShareDenials() {}

  /** Shares of quality or compliance (合格率, 验收合格率, 达标率, 合规性, 规范率) that a denial of a problem of quality answers. */
  private static final List<String> QUALITY = List.of("合格", "达标", "合规", "规范");

  /**
   * Shares of people passing a test or of days and samples within a standard (考试合格率, 体检合格率, 学生体质健康达标率,
   * 空气质量达标率): no problem found in the work reports none of them.
   */
  private static final List<String> NOT_ITEMS =
      List.of("考试", "考核", "培训", "体检", "体质", "鉴定", "空气", "大气", "水质", "地表水", "环境", "噪声", "优良", "天数", "排放");

  /** The unwanted word general enough to be any failure of an item (未发现问题, 无质量问题). */
  private static final String PROBLEM = "问题";

  /** The kinds of a problem that fail an item (质量问题, 工程质量问题, 质量安全问题). */
  private static final List<String> OF_QUALITY = List.of("质量", "质量安全");

  /** Words of one that may stand between a denial and its thing without narrowing it (未发现任何问题, 无一起延期). */
  private static final List<String> ANY = List.of("任何", "一起", "一例", "一次", "一个", "一件", "一项", "一处");

  /** Degrees that make a denial one of part of the thing (无重大差错, 未出现恶意差评, 无明显超标: the lesser are left). */
  private static final List<String> DEGREES = List.of("重大", "重特大", "特大", "较大", "严重", "明显", "恶意", "一般以上", "大面积",
      "批量", "大规模", "突出", "较多", "大量", "大的");

  /** Hedges before a denial (基本无逾期, 总体未出现差错): some of the thing may have happened. */
  private static final List<String> HEDGES = List.of("基本", "总体", "大致", "大体", "原则上", "几乎", "大部分");

  /** Characters that may stand between a hedge and its denial (基本上无, 基本均未发生). */
  private static final String AFTER_HEDGE = "上均都也";

  /**
   * Words of a report by those served: after the share's rest they are what is denied (无差评投诉, 无不满意投诉,
   * 无逾期投诉, 无不合格反映: none complained, which says nothing of how many items were late or failed), or a report
   * filed (无设备损坏报告: none was reported; review 68u). Other
   * unwanted words after it are no head of it (违规违纪问题, 逾期问题: the breach and the delay are denied too).
   */
  private static final List<String> REPORTS = List.of("投诉", "举报", "信访", "上访", "反映", "反馈", "差评", "报告");

  /** Joining words: two unwanted words with one between are both denied (没有延期和投诉), neither qualifies the other. */
  private static final String JOINING = "和及与、或并";

  /**
   * The thing {@code actual} (normalised) denies when no denial in it answers the share {@code asked} (the target's
   * text and the indicator's name, normalised); null when one does, or when a word read is no denial of an occurrence
   * (未超预算: a limit kept; 逾期率为0: a rate at zero, which {@code ComplementRates} reads) or when no denial names a
   * thing (未发生, 全年零发生: it may be of the rest of the share, as {@link OccurrenceDenials#otherThingDenied} takes
   * it). {@code words} are the words of the reading, each a denial ({@code CompletionReader#statesNone}: 无…,
   * 无不合格…, 未出现延误…). A denial of part (无重大差错, 基本无逾期) names what it denied and answers nothing.
   */
  public static @Nullable String unanswered(String asked, String actual, List<String> words) {
    String named = null;
    char[] chars = CharArrays.of(actual);
    for (String word : words) {
      String w = word.endsWith("…") ? word.substring(0, word.length() - 1) : word;
      String denial = longestDenialAt(w);
      if (denial == null || w.indexOf('率') >= 0) {
        return null;
      }
      String rest = w.substring(denial.length());
      int at = actual.indexOf(w);
      // 无不满意投诉: the term's rest qualifies another thing, which is what was denied
      int head = at < 0 || rest.isEmpty() ? -1 : headAfter(actual, chars, at + w.length());
      if (head >= 0) {
        String report = thingAt(actual, head);
        rest = actual.substring(at + denial.length(), head + (report == null ? 0 : report.length()));
      } else if (!rest.isEmpty() && answers(rest, "", asked) && (at < 0 || (!hedgedAt(actual, at) && degreeIn(rest) == null))) {
        return null; // 无不合格, 未发现不合格产品: the term names the rest of the share, neither hedged nor of a degree
      }
      named = named != null || rest.isEmpty() ? named : rest;
    }
    String thing = null;
    for (int i = 0; i < chars.length; i++) {
      int length = Absence.absenceAt(actual, chars, i);
      if (length == 0) {
        continue;
      }
      int start = Absence.unwantedStart(actual, chars, i + length);
      String denied;
      if (start >= 0) {
        int head = headOf(actual, chars, start);
        String word = thingAt(actual, head);
        String between = actual.substring(i + length, head);
        String degree = degreeIn(actual.substring(i + length, start));
        boolean part = degree != null || hedgedAt(actual, i);
        if (!part && word != null && answers(word, between, asked)) {
          return null; // 零差评 under 好评率, 无逾期 under 及时率, 未发现违规问题 under 合规率
        }
        // what was denied, with the degree that narrows it (重大差错, 恶意差评)
        denied = degree != null && word != null ? actual.substring(actual.indexOf(degree, i + length), head + word.length()) : word;
      } else { // a bare denial names its thing before it, if at all (安全事故零发生)
        denied = OccurrenceDenials.lastUnwanted(actual, Clauses.clauseStart(actual, i), i);
        if (denied != null && !hedgedAt(actual, i) && answers(denied, "", asked)) {
          return null;
        }
      }
      thing = thing != null ? thing : denied;
      i += length - 1;
    }
    return thing != null ? thing : named;
  }

  /**
   * Whether denying {@code thing}, with {@code kind} between the denial and it (质量 of 未发现质量问题), answers the
   * share {@code asked}: its rest, or a problem of quality under a share of items passing a check.
   */
  private static boolean answers(String thing, String kind, String asked) {
    if (ComplementRates.complementOf(thing + "率", asked) != null) {
      return true;
    }
    if (!thing.equals(PROBLEM) || !ComplementRates.asksRate(asked, QUALITY) || Chars.firstIn(asked, NOT_ITEMS) != null) {
      return false;
    }
    String k = kind;
    for (String any : ANY) {
      k = k.startsWith(any) ? k.substring(any.length()) : k;
    }
    return k.isEmpty() || Chars.startOfEndingAt(k, k.length(), OF_QUALITY) >= 0;
  }

  /** Where the head of what a denial denies starts, given its first unwanted word at {@code start}: a report after it, else itself. */
  private static int headOf(String s, char[] chars, int start) {
    String word = Absence.unwantedAt(s, start);
    int report = headAfter(s, chars, start + (word == null ? 1 : word.length()));
    return report >= 0 ? report : start;
  }

  /** The word at {@code at} of a head {@link #headOf} found: a report or an unwanted word, or null. */
  private static @Nullable String thingAt(String s, int at) {
    String report = Chars.firstAt(s, at, REPORTS);
    return report != null ? report : Absence.unwantedAt(s, at);
  }

  /**
   * Where a report ({@link #REPORTS}) that the words ending at {@code from} qualify starts: within four characters,
   * in the clause, with no joining word between (没有延期和投诉: both denied); -1 when none does.
   */
  static int headAfter(String s, char[] chars, int from) {
    int end = Math.min(chars.length, from + 4);
    for (int k = from; k < end; k++) {
      char c = chars[k];
      if (Clauses.isClauseEnd(c) || JOINING.indexOf(c) >= 0 || !Chars.isCjk(c)) {
        return -1;
      }
      if (Chars.startsWithAny(s, k, REPORTS)) {
        return k;
      }
    }
    return -1;
  }

  /** The first word of {@link #DEGREES} in {@code between}, or null. */
  static @Nullable String degreeIn(String between) {
    String first = null;
    int at = between.length();
    for (String d : DEGREES) {
      int k = between.indexOf(d);
      if (k >= 0 && k < at) {
        first = d;
        at = k;
      }
    }
    return first;
  }

  /** Whether a hedge ends right before the denial at {@code at} (基本无, 基本上未发生, 总体未出现). */
  static boolean hedgedAt(String s, int at) {
    int end = at > 0 && AFTER_HEDGE.indexOf(s.charAt(at - 1)) >= 0 ? at - 1 : at;
    return Chars.startOfEndingAt(s, end, HEDGES) >= 0 || Chars.startOfEndingAt(s, at, HEDGES) >= 0;
  }

  /** The longest word of {@link Absence#NONE_WORDS} that {@code w} starts with, or null. */
  private static @Nullable String longestDenialAt(String w) {
    String longest = null;
    for (String d : Absence.NONE_WORDS) {
      if (w.startsWith(d) && (longest == null || d.length() > longest.length())) {
        longest = d;
      }
    }
    return longest;
  }
}
