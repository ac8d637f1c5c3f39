package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Optional;

/**
 * An actual that says, without a figure, that the whole of what a rate counts was done: 资金已全部到位
 * for 资金到位率, 实现全覆盖 or 覆盖全部行政村 for 覆盖率, 全部整改到位 for 整改率, 均已入户 for 入户率. A careful
 * reader takes such a share as 100 %. The action is the one the rate names (the two characters
 * before 率: 到位率 counts 到位), never another (全部开工 says nothing of a 完成率), and not a change
 * (增长率, 下降率: 全部增长 is no growth of 100 %).
 *
 * <p>Only a whole stated plainly: a clause holding a negation, a part or an exception (未全部到位,
 * 基本全覆盖, 部分到位, 除2户外全部入户, 尚未全部拨付) states none.
 */
public final class Wholes {
  private Wholes() {}

  /** Words of the whole before the action: 全部到位, 全额拨付, 均已入户, 所有村覆盖. */
  private static final List<String> BEFORE = List.of("全部", "全额", "全数", "全面", "所有", "均已", "都已", "一律", "悉数");

  /** Words of the whole after the action: 覆盖全部贫困户, 覆盖所有村. */
  private static final List<String> AFTER = List.of("全部", "所有");

  /** The most characters between a word of the whole and the action (全部资金拨付到位: 4). */
  private static final int GAP = 6;

  /** Characters of a clause that leave it no whole: a negation (未, 不, 没, 无, 非, 尚), an exception (除 … 外, 仍), a plan (拟). */
  private static final String NOT_WHOLE = "未不没无非尚除仍拟";

  /** Omissions whose denial stresses the whole (无死角, 无遗漏, 无一遗漏): their 无 is no negation. */
  private static final List<String> OMISSIONS = List.of("死角", "遗漏", "一遗漏", "盲区", "空白", "盲点", "例外");

  /** Words of a clause that leave it no whole: a part (部分, 基本, 大部, 个别) or work still to do (计划, 即将, 正在). */
  private static final List<String> NOT_WHOLE_WORDS = List.of("部分", "基本", "大部", "个别", "计划", "即将", "正在");

  /** The first characters of the words of the whole: an actual is looked at only where one stands. */
  private static final CharSet FIRSTS = CharSet.of(c -> c == '全' || c == '所' || c == '均' || c == '都' || c == '一' || c == '悉');

  /** Verbs of a change in amount: their rates are no share of a whole. */
  private static final List<String> CHANGES =
      List.of("增长", "提高", "提升", "增加", "上升", "增多", "扩大", "上涨", "降低", "下降", "减少", "减轻", "缩小", "回落", "下滑",
          "减小", "节约", "节省", "增幅", "降幅", "变化", "波动", "偏差", "误差");

  /** Whether {@code actual} (normalised) may state a whole: it holds 全 or another word of the whole. */
  public static boolean mayStateWhole(String actual) {
    for (int k = 0; k < actual.length(); k++) {
      char c = actual.charAt(k);
      if (FIRSTS.contains(c) && (c == '全' || startsWithAny(actual, k, BEFORE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The action a rate counts, from the indicator's name or else the target (normalised): the two
   * characters before the last 率, or before 比例 or 面 ending a name (资金到位率: 到位; 覆盖面: 覆盖),
   * or else, when the target names no rate either, a name's last two (资金到位), when they are
   * ideographs and no change. None when the rate counts only what was on
   * time (资金按时到位率): a whole done says nothing of when.
   */
  public static Optional<String> rateAction(String name, String target) {
    Optional<String> fromName = actionBeforeRate(name, false);
    if (fromName.isPresent()) {
      return fromName;
    }
    Optional<String> fromTarget = actionBeforeRate(target, false);
    // a name with no rate word is the action's only when the target names none (资金到位 / 100%;
    // 质量 / 公开率100%: 公开)
    return fromTarget.isPresent() || target.indexOf('率') >= 0 ? fromTarget : actionBeforeRate(name, true);
  }

  /** Words that end a rate's name after its action. */
  private static final List<String> RATE_WORDS = List.of("率", "比例", "面");

  /** Words before an action that make its rate one of timeliness. */
  private static final List<String> ON_TIME = List.of("按时", "及时", "准时", "如期", "按期");

  private static Optional<String> actionBeforeRate(String text, boolean wholeName) {
    String s = withoutBrackets(text.strip());
    int r = s.lastIndexOf('率');
    for (String w : RATE_WORDS) {
      if (s.endsWith(w)) {
        r = s.length() - w.length(); // 覆盖面, 到位比例: only at the end (全面, 面积 are none)
      }
    }
    if (r < 0 && wholeName) {
      r = s.length(); // 资金到位: the name is the action's
    }
    if (r < 2 || !Chars.isCjk(s.charAt(r - 2)) || !Chars.isCjk(s.charAt(r - 1))) {
      return Optional.empty();
    }
    String action = s.substring(r - 2, r);
    for (String w : ON_TIME) {
      if (s.startsWith(w, r - 2 - w.length())) {
        return Optional.empty();
      }
    }
    return CHANGES.contains(action) ? Optional.empty() : Optional.of(action);
  }

  /** {@code s} without a bracket at its end (资金到位率(%)). */
  private static String withoutBrackets(String s) {
    int open = s.lastIndexOf('(');
    return open > 0 && s.endsWith(")") ? s.substring(0, open).strip() : s;
  }

  /** Whether {@code actual} (normalised) says in a clause of its own that the whole of {@code action} was done. */
  public static boolean statesWhole(String actual, String action) {
    for (int k = actual.indexOf(action); k >= 0; k = actual.indexOf(action, k + 1)) {
      if ((wholeBefore(actual, k) || wholeAfter(actual, k + action.length())) && plainClause(actual, k)) {
        return true;
      }
    }
    return false;
  }

  /** A word of the whole ending at most {@link #GAP} ideographs before {@code k}; 全 alone right before it (全覆盖). */
  private static boolean wholeBefore(String s, int k) {
    if (k > 0 && s.charAt(k - 1) == '全') {
      return true;
    }
    for (int end = k; end >= 0 && k - end <= GAP; end--) {
      if (end < k && !Chars.isCjk(s.charAt(end))) {
        return false; // a figure or a mark between: another clause or another thing
      }
      for (String w : BEFORE) {
        if (end >= w.length() && s.startsWith(w, end - w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word of the whole right after the action, 了 between allowed (覆盖全部贫困户, 覆盖了所有村). */
  private static boolean wholeAfter(String s, int end) {
    int p = end < s.length() && s.charAt(end) == '了' ? end + 1 : end;
    for (String w : AFTER) {
      if (s.startsWith(w, p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause around {@code k} holds nothing that leaves it no whole. */
  private static boolean plainClause(String s, int k) {
    int start = k;
    while (start > 0 && !Clauses.isClauseEnd(s.charAt(start - 1))) {
      start--;
    }
    int end = k;
    while (end < s.length() && !Clauses.isClauseEnd(s.charAt(end))) {
      end++;
    }
    for (int i = start; i < end; i++) {
      if (NOT_WHOLE.indexOf(s.charAt(i)) >= 0 && !(s.charAt(i) == '无' && startsWithAny(s, i + 1, OMISSIONS))) {
        return false;
      }
      for (String w : NOT_WHOLE_WORDS) {
        if (s.startsWith(w, i) && i + w.length() <= end && !(i > 0 && s.charAt(i - 1) == '全' && w.equals("部分"))) { // 全部分配到位
          return false;
        }
      }
    }
    return true;
  }

  private static boolean startsWithAny(String s, int k, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w, k)) {
        return true;
      }
    }
    return false;
  }
}
