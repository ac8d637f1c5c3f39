package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rates that count the rest of what another counts, so that one is 100 % less the other: 逾期率 and
 * 按时完成率 (late or on time), 差错率 and 准确率, 失败率 and 成功率, 不合格率 and 合格率 (a rate and
 * the same rate negated: 未达标率, 不到位率, 未完成率, 不满意率). An actual giving one where the target
 * asks the other (按时完成率≥95% / 逾期率3%) answers it with 100 % less its figure, as a reader
 * restates it; compared as it stood, 3 % was 3.16 % of the target.
 */
public final class ComplementRates {
  private ComplementRates() {}

  /**
   * The pairs: a wanted side a rate counts, and the unwanted rest of it. Also what a denial must deny to answer a
   * share ({@code ShareDenials}: 零差评 answers 好评率, 无逾期 answers 及时率).
   *
   * <table>
   *   <caption>complements</caption>
   *   <tr><th>identifier</th><th>wanted</th><th>unwanted</th></tr>
   *   <tr><td>ON_TIME</td><td>按时 及时 准时 如期 按期</td><td>逾期 超期 超时 延期 延误 延迟 滞后 拖欠 欠薪</td></tr>
   *   <tr><td>ACCURATE</td><td>准确 正确 精准 精确</td><td>差错 错误 出错 失误 错漏; 错 or 漏 with the work's verb: 错发 漏发 错报
   *   漏报 错拨 漏拨 错付 错录 漏录 错登 漏登 错算 漏算 错填 漏填 错检 漏检</td></tr>
   *   <tr><td>SUCCEEDED</td><td>成功</td><td>失败</td></tr>
   *   <tr><td>PRAISED</td><td>好评</td><td>差评</td></tr>
   *   <tr><td>COMPLIANT</td><td>合规 规范</td><td>违规</td></tr>
   *   <tr><td>UP_TO_STANDARD</td><td>达标</td><td>超标</td></tr>
   *   <tr><td>INTACT</td><td>完好</td><td>损坏 故障</td></tr>
   *   <tr><td>PAID</td><td>支付 发放 兑付</td><td>拖欠 欠薪</td></tr>
   *   <tr><td>ENROLLED</td><td>巩固 入学</td><td>辍学 失学</td></tr>
   *   <tr><td>SURVIVED</td><td>成活 存活</td><td>死亡</td></tr>
   *   <tr><td>PASSED</td><td>通过</td><td>不合格 未通过</td></tr>
   *   <tr><td>COVERED</td><td>覆盖</td><td>遗漏 漏登 漏保 漏种 漏检 漏户</td></tr>
   *   <tr><td>REPORTED</td><td>报告 上报 报送 直报</td><td>漏报</td></tr>
   *   <tr><td>COMPLETE</td><td>完整 齐全 齐备</td><td>缺失 缺漏 遗失 缺项 缺页 丢失</td></tr>
   * </table>
   *
   * A rate and the same rate negated (合格 / 不合格, 满意 / 不满意, 达标 / 未达标) need no row: see {@link #NEGATIONS}.
   * 好评 / 差评 is no pair of 满意: a satisfaction rate is not the share of good reviews. Each unwanted side is the
   * whole rest of its share: arrears (拖欠) of what was to be paid in full and on time, pupils dropping out (辍学) of
   * those kept in school (巩固率), trees dead of those planted, items failing of those to pass, those missed (遗漏) of
   * those to be covered, cases left unreported (漏报) of those to be reported, papers missing (缺失) of a whole file.
   * An error or omission in the work's own verb (错发, 漏发, 错报) is an inaccuracy of it: 发放准确率 counts what was
   * paid to the right person in the right amount, so a payment made wrongly or left out is its rest.
   */
  enum Pair {
    ON_TIME(List.of("按时", "及时", "准时", "如期", "按期"), List.of("逾期", "超期", "超时", "延期", "延误", "延迟", "滞后", "拖欠", "欠薪")),
    ACCURATE(List.of("准确", "正确", "精准", "精确"), List.of("差错", "错误", "出错", "失误", "错漏", "错发", "漏发", "错报", "漏报", "错拨",
        "漏拨", "错付", "错录", "漏录", "错登", "漏登", "错算", "漏算", "错填", "漏填", "错检", "漏检")),
    SUCCEEDED(List.of("成功"), List.of("失败")),
    PRAISED(List.of("好评"), List.of("差评")),
    COMPLIANT(List.of("合规", "规范"), List.of("违规")),
    UP_TO_STANDARD(List.of("达标"), List.of("超标")),
    INTACT(List.of("完好"), List.of("损坏", "故障")),
    PAID(List.of("支付", "发放", "兑付"), List.of("拖欠", "欠薪")),
    ENROLLED(List.of("巩固", "入学"), List.of("辍学", "失学")),
    SURVIVED(List.of("成活", "存活"), List.of("死亡")),
    PASSED(List.of("通过"), List.of("不合格", "未通过")),
    COVERED(List.of("覆盖"), List.of("遗漏", "漏登", "漏保", "漏种", "漏检", "漏户")),
    REPORTED(List.of("报告", "上报", "报送", "直报"), List.of("漏报")),
    COMPLETE(List.of("完整", "齐全", "齐备"), List.of("缺失", "缺漏", "遗失", "缺项", "缺页", "丢失"));

    /** The words of the wanted side (0) and of the unwanted (1). */
    private final List<List<String>> sides;

    Pair(List<String> wanted, List<String> unwanted) {
      this.sides = List.of(wanted, unwanted);
    }
  }

  /** Each pair's two sides, in the order of {@link Pair}. */
  private static final List<List<List<String>>> PAIRS = java.util.Arrays.stream(Pair.values()).map(p -> p.sides).toList();

  /** Negations that make a rate count the rest of the rate they precede (不合格率, 未达标率; not 非, of 非常满意率, 非遗). */
  private static final String NEGATIONS = "不未";

  /** Verbs between a rate and a figure it is kept to (逾期率控制在3%以内, 差错率保持在1%以下). */
  private static final List<String> TO_FIGURE_WORDS = List.of("控制在", "保持在", "降至", "下降到", "降低到");

  /** The most characters of a share's wanted word that a negation before it may deny (不合格, 未办结, 未按时). */
  private static final int STEM = 3;

  /**
   * The length of a word of the rest of a share {@code asked} names (the target's text and the indicator's name) at
   * {@code at} of {@code s}: the unwanted side of a {@link Pair} whose wanted side the share counts (逾期 under 按时完成率,
   * 错发 under 发放准确率, 遗漏 under 覆盖率), or the share's own wanted word negated (不合格 under 合格率, 未办结 under
   * 办结率, 不满意 under 满意度); 0 when none stands there. The longest is taken (不合格 before 合格).
   */
  public static int restAt(String s, int at, String asked) {
    int longest = 0;
    for (List<List<String>> pair : PAIRS) {
      for (String w : pair.get(1)) {
        if (w.length() > longest && s.startsWith(w, at) && asksRate(asked, pair.get(0))) {
          longest = w.length();
        }
      }
    }
    if (at < s.length() && NEGATIONS.indexOf(s.charAt(at)) >= 0) {
      for (int n = STEM; n >= 2 && 1 + n > longest; n--) {
        if (at + 1 + n <= s.length() && Chars.isCjk(s.charAt(at + n)) && asksRate(asked, List.of(s.substring(at + 1, at + 1 + n)))) {
          return 1 + n;
        }
      }
    }
    return longest;
  }

  /**
   * Whether a word of the rest of some share may start with {@code c} ({@link #restAt} is 0 wherever it does not): a
   * negation, or the first character of a pair's unwanted side.
   */
  public static boolean mayStartRest(char c) {
    return NEGATIONS.indexOf(c) >= 0 || REST_STARTS.indexOf(c) >= 0;
  }

  /** The characters the unwanted sides of the {@link #PAIRS} start with. */
  private static final String REST_STARTS =
      PAIRS.stream().flatMap(p -> p.get(1).stream()).map(w -> w.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());

  /** Whether {@code s} names the unwanted side of any pair (逾期, 差错, 遗漏, 故障): a failure of some share. */
  public static boolean namesAnyRest(String s) {
    for (List<List<String>> pair : PAIRS) {
      if (Chars.firstIn(s, pair.get(1)) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a rate's name is negated (不合格率, 未整改率): it counts the rest of another. */
  public static boolean isNegated(String name) {
    return negationIn(name) >= 0;
  }

  /** The most characters of a rate's name before its 率 (未按时完成率, 不合格率, 办结超期率 → 超期). */
  private static final int NAME = 5;

  /** Words between a rate and its figure (逾期率为3%, 差错率仅0.5%, 逾期率均为2%, 合格率：98%). */
  private static final String TO_FIGURE = "为是达仅约均:";

  /**
   * The name of the rate stated right before the figure at {@code at} of {@code actual} (its words
   * up to 率, as printed) when {@code asked} (the target's text and the indicator's name) asks the
   * rate that counts the rest and not this one; null otherwise.
   */
  public static @Nullable String complementAt(String actual, int at, String asked) {
    String name = nameBefore(actual, at);
    return name == null ? null : complementOf(name, asked);
  }

  /**
   * The name of the rate stated right before {@code at} (逾期率 of 逾期率为3%, 项目按时完成率 of 项目按时完成率96%,
   * at most {@link #NAME} ideographs and 率), or null when no 率 stands there.
   */
  public static @Nullable String nameBefore(String actual, int at) {
    int rate = at;
    boolean moved = true;
    while (moved && rate > 0) {
      moved = false;
      if (TO_FIGURE.indexOf(actual.charAt(rate - 1)) >= 0 || actual.charAt(rate - 1) == ' ') {
        rate--;
        moved = true;
      }
      for (String w : TO_FIGURE_WORDS) {
        if (rate >= w.length() && actual.startsWith(w, rate - w.length())) {
          rate -= w.length();
          moved = true;
        }
      }
    }
    if (rate < 2 || actual.charAt(rate - 1) != '率') {
      return null;
    }
    int r = rate - 1; // the 率
    int from = Math.max(0, r - NAME);
    for (int k = from; k < r; k++) {
      if (!Chars.isCjk(actual.charAt(k)) || Clauses.isClauseEnd(actual.charAt(k))) {
        from = k + 1;
      }
    }
    return r > from ? actual.substring(from, r + 1) : null;
  }

  /** Whether {@code asked} asks the rate {@code name} itself (按时完成率 in 项目按时完成率≥95%, not in 未按时完成率). */
  public static boolean asksItself(String name, String asked) {
    String core = core(name);
    for (int at = asked.indexOf(core); at >= 0; at = asked.indexOf(core, at + 1)) {
      if ((at == 0 || NEGATIONS.indexOf(asked.charAt(at - 1)) < 0) && !qualifiedAt(asked, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of a pair ends at {@code at} of {@code asked}: 按时 before 完成率 names another rate than 完成率. */
  private static boolean qualifiedAt(String asked, int at) {
    for (List<List<String>> pair : PAIRS) {
      for (List<String> side : pair) {
        if (Chars.startOfEndingAt(asked, at, side) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code name}, the name of a rate (逾期率, 不合格率), when {@code asked} asks the rate that counts its
   * rest and not this one; null otherwise.
   */
  public static @Nullable String complementOf(String name, String asked) {
    if (asksItself(name, asked)) {
      return null; // 逾期率≤5% / 逾期率3%: the rate asked itself
    }
    for (List<List<String>> pair : PAIRS) {
      for (int side = 0; side < 2; side++) {
        if (Chars.firstIn(name, pair.get(side)) != null && asksRate(asked, pair.get(1 - side))) {
          return name;
        }
      }
    }
    int negation = negationIn(name);
    if (negation >= 0) { // 不合格率 against 合格率, 不满意率 against 满意度
      String stem = name.substring(negation + 1, name.length() - 1);
      for (String suffix : SHARE_ENDS) { // 不合格率 against 合格率, 不满意率 against 满意度, 不规范 against 规范性
        if (asksRateUnnegated(asked, stem + suffix)) {
          return name;
        }
      }
      return null;
    }
    // 合格率 against 不合格率: a negated rate asked whose stem ends the actual's
    for (int k = 0; k < asked.length(); k++) {
      if (NEGATIONS.indexOf(asked.charAt(k)) >= 0) {
        int askedRate = asked.indexOf('率', k + 1);
        if (askedRate - k >= 3 && askedRate - k <= NAME && name.endsWith(asked.substring(k + 1, askedRate + 1))) {
          return name;
        }
      }
    }
    return null;
  }

  /** Where a negation stands in a rate's name with at least two characters after it before 率 (不合格率), or -1. */
  private static int negationIn(String name) {
    for (int k = 0; k < name.length() - 3; k++) {
      if (NEGATIONS.indexOf(name.charAt(k)) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** The part of a rate's name that names it: from its negation or word of a pair (不合格率, 逾期率), else its last three characters. */
  private static String core(String name) {
    int negation = negationIn(name);
    if (negation >= 0) {
      return name.substring(negation);
    }
    for (List<List<String>> pair : PAIRS) {
      for (List<String> side : pair) {
        String w = Chars.firstIn(name, side);
        if (w != null) {
          return name.substring(name.indexOf(w));
        }
      }
    }
    return name.substring(Math.max(0, name.length() - 3));
  }

  /** The words that end the name of a share: 及时率, 拨付及时性, 好评度, 及时程度. */
  private static final List<String> SHARE_ENDS = List.of("率", "性", "度", "程度");

  /** Words ending in 度 that name no share (年度, 制度): a name goes on past them. */
  private static final List<String> NOT_SHARE_ENDS = List.of("年度", "制度");

  /** Characters that may stand inside a share's name besides ideographs: 及时(按期)完工率, 及时、足额发放率. */
  private static final String INSIDE_NAME = "()、";

  /**
   * Whether {@code asked} names a share of one of {@code words}: the word, not negated (不及时率 is the rest), and
   * later in the same name the end of a share (及时率, 补贴及时足额发放率, 及时(按期)完工率, 资金拨付及时性, 好评度).
   * Not when 满意 comes between (办事及时的满意度, 投诉及时处理满意率): the share is then one of satisfaction.
   */
  public static boolean asksRate(String asked, List<String> words) {
    for (String w : words) {
      for (int at = asked.indexOf(w); at >= 0; at = asked.indexOf(w, at + 1)) {
        if ((at == 0 || NEGATIONS.indexOf(asked.charAt(at - 1)) < 0) && shareEndsAfter(asked, at + w.length())) {
          return true;
        }
      }
    }
    return false;
  }


  /**
   * The share {@code name} asks, as a word and its head (准确率 of 识别准确率, 上报率 of 网络直报上报率, 按时率 of
   * 按时上报率, 完成率 of 年度报告审核完成率): the wanted word of a pair right before its last 率 or 性, or a word of time
   * up to four characters before that word, or else the two characters before the head; {@code name} itself when it
   * has no head. Review 68t found 漏报 read as the rest of 传染病报告及时率 and 年度报告审核完成率, through a 报告 the
   * share does not count.
   */
  public static String lastShare(String name) {
    int head = Math.max(name.lastIndexOf('率'), name.lastIndexOf('性'));
    if (head < 2) {
      return name;
    }
    String suffix = name.substring(head, head + 1);
    for (List<List<String>> pair : PAIRS) {
      for (String w : pair.get(0)) {
        int at = head - w.length();
        if (at >= 0 && name.startsWith(w, at)) {
          String timed = timedBefore(name, at);
          return (timed != null ? timed : w) + suffix;
        }
      }
    }
    String timed = timedBefore(name, head - 2); // 按时完成率, 按时办结率: a share of time
    return timed != null ? timed + suffix : name.substring(head - 2, head + 1);
  }

  /**
   * The wanted word of {@link Pair#ON_TIME} ending at most four characters before {@code at} of {@code name}, or null: it
   * makes the share one of time whatever it times (按时上报率, 及时发放率: the time, not the reporting, is asked).
   */
  private static @Nullable String timedBefore(String name, int at) {
    for (String t : Pair.ON_TIME.sides.get(0)) {
      int timed = name.lastIndexOf(t, at - 1);
      if (timed >= 0 && timed + t.length() <= at && at - timed <= 4 + t.length()) {
        return t;
      }
    }
    return null;
  }

  /** Whether the name that goes on at {@code from} of {@code asked} ends as a share's name does (…率, …性, …度). */
  private static boolean shareEndsAfter(String asked, int from) {
    for (int k = from; k < asked.length(); k++) {
      char c = asked.charAt(k);
      if (c == '率' || c == '性' || (c == '度' && Chars.startOfEndingAt(asked, k + 1, NOT_SHARE_ENDS) < 0)) {
        return true;
      }
      if (asked.startsWith("满意", k) || (!Chars.isCjk(c) && INSIDE_NAME.indexOf(c) < 0)) {
        return false;
      }
    }
    return false;
  }

  /** Whether {@code asked} names the rate {@code stem} (合格率) not negated (不合格率). */
  private static boolean asksRateUnnegated(String asked, String stem) {
    int at = asked.indexOf(stem);
    while (at >= 0) {
      if (at == 0 || NEGATIONS.indexOf(asked.charAt(at - 1)) < 0) {
        return true;
      }
      at = asked.indexOf(stem, at + 1);
    }
    return false;
  }
}
