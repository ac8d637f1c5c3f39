package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.Unit;

/**
 * Denials of the rest of a share (否认比率的其余部分): under a share of something wanted (合格率, 准确率, 办结率, 覆盖率),
 * a denial of its unwanted rest says the share is whole. 无一例不合格 under 合格率, 未出现识别错误 under 识别准确率, 无一件未办结
 * under 办结率, 无一户遗漏 under 覆盖率: none failed, none was wrong, none was left open, none was missed. The rest is
 * what {@link ComplementRates#restAt} reads: a pair's unwanted side (逾期, 差错, 错发, 遗漏, 故障) or the share's wanted
 * word negated (不合格, 未办结, 不满意), so a double negation (无…不合格) is such a denial.
 *
 * <p>Between the denial (无, 未, 没有, 不存在) and the rest only words that leave it whole may stand: of occurrence
 * (出现, 发生, 发现), 任何, the share's own field as its name says it (识别 of 识别准确率, 设备 of 设备完好率), and a count of
 * one (一例, 一人, 一台设备, 一个项目: 一, its measure word and what it counts, up to four characters). Not a degree
 * (无重大差错, 无一起严重差错: the lesser are left), nor a hedge before the denial (基本无逾期), nor 无一例外 (without
 * exception, the opposite), nor a report after the rest (无未办结投诉: the complaints are denied), nor anything else
 * (未全部合格, 没有全部办结, 无法按期完成: a shortfall, not a denial of the rest).
 */
public final class RestDenials {
  private RestDenials() {}

  /** The heads of a denial (否定词). 杜绝 is an aim as often as a result (未能杜绝逾期), 零 is read elsewhere. */
  private static final List<String> HEADS = List.of("不存在", "没有", "没", "无", "未");

  /** The characters the {@link #HEADS} start with. */
  private static final String HEAD_STARTS = "不没无未";

  /** Words of occurrence that leave a denial whole (未出现, 没有发生, 未发现, 没有一台出现故障). */
  private static final List<String> OCCURRENCE = List.of("出现", "发生", "发现", "存在", "有过", "有", "过", "任何");

  /** The most characters between a denial and the rest (没有出现一台设备 …). */
  private static final int MOST_BETWEEN = 7;

  /** The most characters after 一 that a count of one may take: its measure word and what it counts (批次, 个项目, 名学生). */
  private static final int MOST_COUNTED = 4;

  /** After 一, words that make no count of one: 无一例外 (without exception), 一般 (a grade). */
  private static final List<String> NOT_COUNTS = List.of("例外", "般");

  /**
   * The spans {@code [start, end)} of {@code actual} (normalised) that deny the rest of the share {@code asked} (the
   * target's text and the indicator's name, normalised), in order; {@code name} is the name alone, whose words may stand
   * between the denial and the rest. Empty when none does.
   */
  public static List<int[]> spans(String asked, String name, String actual) {
    List<int[]> spans = new ArrayList<>();
    char[] chars = CharArrays.of(actual);
    for (int i = 0; i < chars.length; i++) {
      if (HEAD_STARTS.indexOf(chars[i]) < 0) {
        continue; // most characters start no denial: asked before the words are matched
      }
      String head = Chars.firstAt(actual, i, HEADS);
      if (head == null || ShareDenials.hedgedAt(actual, i) || namesWord(name, actual, i)
          || !leadsWhole(actual.substring(Clauses.clauseStart(actual, i), i), name)) {
        continue;
      }
      int end = restAfter(asked, name, actual, chars, i + head.length());
      if (end > 0) {
        spans.add(new int[] {i, end});
        i = end - 1;
      }
    }
    return spans;
  }

  /**
   * Whether {@code actual} (normalised) may hold a denial {@link #spans} reads, under any share: a character a denial
   * starts with and, close enough after it, one a word of a rest may start with. A look before the share is known:
   * most texts the band reads below met hold no such pair (未完成, 因不可抗力因素取消).
   */
  public static boolean mayDenyARest(String actual) {
    int reach = -1; // the last index a rest may start at after the heads seen so far
    for (int i = 0; i < actual.length(); i++) {
      char c = actual.charAt(i);
      if (i <= reach && ComplementRates.mayStartRest(c)) {
        return true;
      }
      if (HEAD_STARTS.indexOf(c) >= 0) {
        reach = i + LONGEST_HEAD + MOST_BETWEEN;
      }
    }
    return false;
  }

  /** The most characters of a head (不存在). */
  private static final int LONGEST_HEAD = 3;

  /**
   * Where the rest that the denial ending at {@code from} denies ends, or 0: the first word of the rest in the clause
   * within {@link #MOST_BETWEEN} characters, when what stands between leaves the denial whole and no report follows it.
   */
  private static int restAfter(String asked, String name, String actual, char[] chars, int from) {
    int last = Math.min(chars.length, from + MOST_BETWEEN);
    for (int j = from; j < last + 1 && j < chars.length; j++) {
      int rest = ComplementRates.restAt(actual, j, asked);
      if (rest > 0) {
        String between = actual.substring(from, j);
        boolean whole = leavesWhole(between, name) && ShareDenials.degreeIn(between) == null;
        int end = joined(actual, j + rest, asked);
        return whole && ShareDenials.headAfter(actual, chars, end) < 0 && !Chars.startsWithAny(actual, end, CONSEQUENCES) ? end : 0;
      }
      if (!Chars.isCjk(chars[j]) || Clauses.isClauseEnd(chars[j])) {
        return 0;
      }
    }
    return 0;
  }

  /** Words after the rest that make it the cause of what is denied (无漏报导致的疫情扩散: the spread is denied, review 68t). */
  private static final List<String> CONSEQUENCES = List.of("导致", "造成", "引发", "引起", "的");

  /** Characters that join two words of the rest, both denied (错发、漏发, 漏报和错报). */
  private static final String JOINING = "、和及与或";

  /** The end of the words of the rest that go on from {@code end}, one joined to the next (错发漏发, 错发、漏发). */
  private static int joined(String actual, int end, String asked) {
    int at = end;
    while (true) {
      int next = at < actual.length() && JOINING.indexOf(actual.charAt(at)) >= 0 ? at + 1 : at;
      int rest = ComplementRates.restAt(actual, next, asked);
      if (rest == 0) {
        return at;
      }
      at = next + rest;
    }
  }

  /**
   * Whether the text left when the {@code spans} are taken out of {@code actual} still names a failure of some share (无一处
   * 错误，但有一处遗漏; 逾期, 不合格, 遗漏 …): what the denial says whole, the words beside it say is not.
   */
  public static boolean failureBeside(String asked, String actual, List<int[]> spans) {
    StringBuilder left = new StringBuilder();
    int from = 0;
    for (int[] span : spans) {
      left.append(actual, from, span[0]).append('，');
      from = span[1];
    }
    left.append(actual, from, actual.length());
    String s = left.toString();
    if (ComplementRates.namesAnyRest(s)) {
      return true;
    }
    for (int k = 0; k < s.length(); k++) {
      if (ComplementRates.restAt(s, k, asked) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words that may open a clause before its denial and leave it said of the whole (全年, 经核查, 所有, 全县): a time of the
   * whole year, a check, all of those counted.
   */
  private static final List<String> WHOLE =
      List.of("全年度", "全年", "本年度", "年度内", "年内", "全部", "所有", "全体", "各类", "辖区内", "辖区", "本项目", "项目", "均", "都",
          "始终", "全程", "经核查", "经核实", "经检查", "经审核", "经抽查", "经抽检", "经验收", "经复核", "经自查", "目前", "至今", "截至年底");

  /**
   * Whether {@code before}, what opens the denial's clause, leaves the denial said of the whole that the share counts:
   * nothing, or only words of {@link #WHOLE}, 全 and a place (全县, 全市) and the name's own words. Review 68t found the
   * denial read met after a question (有无遗漏, 有没有缺失), an aim (确保无遗漏, 目标是无漏报, 力争), a denial of it (并非没有
   * 遗漏, 很难说没有漏报) and a part of the base (城区无遗漏, 本月无漏报, 多数乡镇无遗漏).
   */
  private static boolean leadsWhole(String before, String name) {
    int k = 0;
    while (k < before.length()) {
      char c = before.charAt(k);
      if (c == ' ') {
        k++;
        continue;
      }
      String w = Chars.firstAt(before, k, WHOLE);
      if (w != null) {
        k += w.length();
        continue;
      }
      if (c == '全' && k + 1 < before.length() && Chars.isCjk(before.charAt(k + 1))) {
        k += 2; // 全县, 全市, 全镇
        continue;
      }
      int n = ofName(before, k, name);
      if (n == 0) {
        return false;
      }
      k += n;
    }
    return true;
  }

  /** Whether {@code between} holds only words of occurrence, the name's own words and a count of one. */
  private static boolean leavesWhole(String between, String name) {
    int k = 0;
    while (k < between.length()) {
      String w = Chars.firstAt(between, k, OCCURRENCE);
      if (w != null) {
        k += w.length();
        continue;
      }
      if (between.charAt(k) == '一') { // 无一例, 没有一个项目: the count and what it counts run up to the rest
        String counted = between.substring(k + 1);
        return !counted.isEmpty() && counted.length() <= MOST_COUNTED && !Chars.startsWithAny(counted, 0, NOT_COUNTS)
            && countsOne(counted);
      }
      int n = ofName(between, k, name);
      if (n == 0) {
        return false;
      }
      k += n;
    }
    return true;
  }

  /**
   * Whether {@code counted}, after 一, opens with a measure word of things counted (例, 人, 件, 户, 台 …) and holds no
   * word of a kind or a whole (无一类不合格项, 无一级缺失, 无一村整村遗漏: review 68t).
   */
  private static boolean countsOne(String counted) {
    char c = counted.charAt(0);
    boolean measure = Unit.of(counted.substring(0, 1)).filter(Unit::isCount).isPresent()
        || (Chars.isCjk(c) && FigureUnits.NOT_UNITS.indexOf(c) < 0); // 一笔, 一宗: a measure word of its own
    return measure && counted.indexOf('整') < 0 && counted.indexOf('类') < 0 && counted.indexOf('级') < 0;
  }

  /** The length of the longest word of two or more characters at {@code k} of {@code s} that {@code name} holds; 0 if none. */
  private static int ofName(String s, int k, String name) {
    for (int n = s.length() - k; n >= 2; n--) {
      if (name.contains(s.substring(k, k + n))) {
        return n;
      }
    }
    return 0;
  }

  /** Whether the denial at {@code i} begins a word of the name (无人机 of 无人机完好率, 未成年人 of 未成年人…覆盖率): no denial. */
  private static boolean namesWord(String name, String actual, int i) {
    return i + 2 <= actual.length() && name.contains(actual.substring(i, i + 2));
  }

  /** Words beside a denial that say some of the base is not whole (个别对象信息有误, 另有部分案件转下年度办理, 仍在办理中). */
  private static final List<String> PART_WORDS = List.of("部分", "个别", "少数", "少量", "另有", "仍有", "尚有", "仍在", "尚在", "待");

  /** Whether the text outside the {@code spans} of {@code actual} names a part of the base left (review 68t). */
  public static boolean partBeside(String actual, List<int[]> spans) {
    int from = 0;
    for (int[] span : spans) {
      if (Chars.firstIn(actual.substring(from, span[0]), PART_WORDS) != null) {
        return true;
      }
      from = span[1];
    }
    return Chars.firstIn(actual.substring(from), PART_WORDS) != null;
  }

  /** Whether {@code name} joins two shares (覆盖率和准确率, 办结率及满意度): a denial of one rest tells one of them. */
  public static boolean twoShares(String name) {
    int heads = 0;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      heads += c == '率' || c == '性' || (c == '度' && k > 0 && name.charAt(k - 1) == '意') ? 1 : 0;
    }
    return heads >= 2 && Chars.firstIn(name, List.of("和", "及", "与", "、", "并")) != null;
  }
}
