package org.jixiao.rules.internal.text;

import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clauses of an actual text that state a shortfall: a negation (未, 没有, 尚未, 无法, 不能,
 * 没能, 难以, 未能) or a word of shortfall (不到位, 滞后, 延期, 推迟, 取消, 暂缓, 存在…问题/以下/以上).
 * A figure inside such a clause is not an achievement: {@code 1-2期未能及时培训} does not say two
 * periods were trained, {@code 存在18岁以下} does not say anyone was 18. Statements that something
 * unwanted did not happen (未发生安全事故) are not shortfalls. One pass, linear.
 */
public final class Clauses {
  private Clauses() {}

  /** Negation markers, longest first. */
  static final List<String> NEGATIONS = List.of("尚未", "没有", "无法", "不能", "没能", "难以", "未能", "未曾", "未");

  /** Words of shortfall that need no negation. */
  static final List<String> SHORTFALLS = List.of("不到位", "不及时", "滞后", "延期", "推迟", "延迟", "取消", "暂缓", "逾期", "无人申请");

  /** Words that, before a gap, say one is left (还有差距, 仍有一定差距, 尚有较大距离, 仍存在差距). */
  static final List<String> GAP_LEADS = List.of("仍然存在", "依然存在", "仍然有", "依然有", "依旧有", "还存在", "仍存在", "尚存在", "还有", "仍有", "尚有");

  private static final WordList NEGATION_WORDS = WordList.of(NEGATIONS);
  private static final WordList SHORTFALL_WORDS = WordList.of(SHORTFALLS);

  /**
   * Every character a negation or a word of shortfall (存在 included) can start with, from the
   * words themselves ({@link #negationAt} finds only a word of {@link #NEGATIONS}): one lookup turns away nearly every character of an actual, where the two
   * tests took two lookups and a comparison each.
   */
  private static final CharTable MARKER_STARTS = markerStarts();

  private static CharTable markerStarts() {
    StringBuilder chars = new StringBuilder();
    for (String word : NEGATIONS) {
      add(chars, word.charAt(0));
    }
    for (String word : SHORTFALLS) {
      add(chars, word.charAt(0));
    }
    add(chars, '存');
    for (String word : GAP_LEADS) {
      add(chars, word.charAt(0));
    }
    return CharTable.of(chars.toString().toCharArray());
  }

  private static void add(StringBuilder chars, char c) {
    if (chars.indexOf(String.valueOf(c)) < 0) {
      chars.append(c);
    }
  }

  /** What 存在 must be followed by, in its clause, to state a shortfall. */
  static final List<String> EXISTING_PROBLEMS = List.of("问题", "以下", "以上", "情况", "不足", "差距", "偏差", "隐患", "困难", "现象", "行为");

  private static final WordList GAP_LEAD_WORDS = WordList.of(GAP_LEADS);

  /** How large a gap left is said to be: 还有一段距离 (a 距离 needs one, or nothing, before it). */
  private static final List<String> GAP_SIZES = List.of("一定的", "一段的", "较大的", "很大的", "不小的", "一定", "一段", "较大", "很大", "不小");

  /** The most characters between a word of {@link #GAP_LEADS} and its gap (一定的, 较大的, 5个百分点的). */
  private static final int GAP_WINDOW = 8;

  /**
   * The length of a word saying a gap is left at {@code i} (与年度目标仍有一定差距, 距满足需求还有差距, 离目标
   * 尚有距离): the target was not reached in full; 0 when none ({@link #gapEnd}).
   */
  static int gapLeftAt(String s, char[] chars, int i) {
    String lead = GAP_LEAD_WORDS.at(s, chars[i], i);
    return lead != null && gapEnd(s, chars, i) > 0 ? lead.length() : 0;
  }

  /** What a lead word of {@link #GAP_LEADS} is part of when one of these follows it: 还有效, 仍有助于, 还有所提升. */
  private static final String NOT_A_GAP_LEAD = "效力助利望所";

  /** Verbs of closing a gap: 仍有缩小差距的空间, 还有效减少了差距 is work on the gap, not a gap left. */
  private static final List<String> CLOSING = List.of("缩小", "减少", "减小", "缩短", "弥合", "拉近", "消除", "控制", "待");

  /** Words of peers a gap may be measured against, which is no shortfall of the target (与先进地区仍有差距). */
  private static final List<String> PEERS =
      List.of("先进", "发达", "兄弟", "周边", "同类", "同行", "其他", "平均", "一流", "标杆");

  /**
   * Where a gap left that starts with a lead word at {@code i} ends (after its 差距 or 距离), or -1: 还有,
   * 仍有, 尚有, 仍存在 … then 差距 within {@link #GAP_WINDOW} characters of the clause, or 距离 right after
   * the lead or a size (一定, 一段) and not a distance of something (距离较远). Not a lead that is part of
   * another word (还有效), a gap being closed (缩小, 减少 … between), a gap of some things (仍有差距的学校), nor a
   * gap to peers named before it in its clause (与先进地区仍有差距).
   */
  static int gapEnd(String s, char[] chars, int i) {
    String lead = GAP_LEAD_WORDS.at(s, chars[i], i);
    if (lead == null) {
      return -1;
    }
    int from = i + lead.length();
    if ((from < chars.length && NOT_A_GAP_LEAD.indexOf(chars[from]) >= 0) || peersBefore(s, i)) {
      return -1;
    }
    String size = Chars.firstAt(s, from, GAP_SIZES);
    int far = from + (size == null ? 0 : size.length());
    if (s.startsWith("距离", far)) { // 尚有距离, 还有一段距离; not 还有距离较远的自然村
      int end = far + 2;
      return end < chars.length && (Chars.isCjk(chars[end]) || (chars[end] >= '0' && chars[end] <= '9')) ? -1 : end;
    }
    for (int k = from; k < chars.length && k - from <= GAP_WINDOW; k++) {
      if (isClauseEnd(chars[k]) || Chars.startsWithAny(s, k, CLOSING)) {
        return -1;
      }
      if (s.startsWith("差距", k)) {
        int end = k + 2;
        return end < chars.length && chars[end] == '的' ? -1 : end; // 仍有差距的学校: which schools
      }
    }
    return -1;
  }

  private static boolean peersBefore(String s, int at) {
    int from = clauseStart(s, at);
    for (int k = from; k < at; k++) {
      if (Chars.startsWithAny(s, k, PEERS)) {
        return true;
      }
    }
    return false;
  }


  /** Words before 存在 that make it work done on problems, not a problem (整改存在问题). */
  static final List<String> WORK_ON = List.of("解决", "整改", "排查", "发现", "针对", "处理", "梳理", "查找", "纠正", "对");

  /**
   * The most characters a clause reaches on either side of a position. No clause of the published
   * forms, the corpus or the reviews is longer than 150; a hostile cell without punctuation (1人(目标1人)
   * 32,000 characters long) is read in windows of this size, so that each of its figures costs no more
   * than one of ordinary text: its clause was looked up to the text's start for every figure, and
   * judging it took time quadratic in its length.
   */
  public static final int MOST = 256;

  /**
   * Where the clause holding {@code at} starts: just after the clause end before it, or 0; at most
   * {@link #MOST} characters before {@code at}.
   */
  public static int clauseStart(String s, int at) {
    int k = at;
    int least = Math.max(0, at - MOST);
    while (k > least && !isClauseEnd(s.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /**
   * Where the clause holding {@code at} ends: at the next clause end, or the text's end; at most
   * {@link #MOST} characters after {@code at}.
   */
  public static int clauseEnd(String s, int at) {
    int k = at;
    int most = Math.min(s.length(), at + MOST);
    while (k < most && !isClauseEnd(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * Past an item's number, an opening bracket or quote that opens a clause at {@code at} of {@code s} (normalised:
   * 1.力争…, 2、…, (3)…, （力争…）, “…): where the clause's own words start. A year (2023年) is no item's number.
   */
  public static int afterItemMark(String s, int at) {
    int k = at;
    while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '(' || s.charAt(k) == '"' || s.charAt(k) == '“')) {
      k++;
    }
    int digits = k;
    while (digits < s.length() && digits - k < 3 && Chars.isAsciiDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits > k && digits - k <= 2 && digits < s.length() && ".、)".indexOf(s.charAt(digits)) >= 0) {
      k = digits + 1;
      while (k < s.length() && s.charAt(k) == ' ') {
        k++;
      }
    }
    return k;
  }

  /** Whether {@code c} ends a clause. */
  public static boolean isClauseEnd(char c) {
    return c == ',' || c == ';' || c == '。' || c == ':' || c == '!' || c == '?' || c == '\n';
  }

  /**
   * The clauses of {@code s} that state a shortfall, as {@code [start, end)} pairs in order, none overlapping
   * another: a gap's words inside a clause of shortfall are in that clause's pair.
   */
  public static List<int[]> shortfalls(String s) {
    return Memo.get(SHORTFALLS_MEMO, s, Boolean.TRUE, (t, unused) -> Collections.unmodifiableList(computeShortfalls(t)));
  }

  private static final Object SHORTFALLS_MEMO = new Object();

  private static List<int[]> computeShortfalls(String s) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    boolean marked = false;
    char[] chars = CharArrays.of(s);
    int n = chars.length;
    for (int i = 0; i <= n; i++) {
      if (i == n || isClauseEnd(chars[i])) {
        if (marked) {
          out.add(new int[] {start, i});
        }
        start = i + 1;
        marked = false;
        continue;
      }
      if (!marked && MARKER_STARTS.indexOf(chars[i]) >= 0) {
        int gap = gapEnd(s, chars, i);
        if (gap > 0) { // 还有5个百分点的差距: the gap's size is no work done; the clause's other figures stand
          out.add(new int[] {i, gap});
        } else if (negationAt(s, chars, i) > 0 || shortfallAt(s, chars, i) > 0) {
          marked = true;
        }
      }
    }
    return merged(out);
  }

  /**
   * {@code pairs} in order of start, overlapping ones joined: a clause marked after a gap in it was added after
   * the gap's pair. {@link #inside} then finds a position by halving, not by a look at every pair (a hostile cell
   * of thousands of clauses, each with a 未, made judging it quadratic).
   */
  private static List<int[]> merged(List<int[]> pairs) {
    if (pairs.size() < 2) {
      return pairs;
    }
    pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> out = new ArrayList<>(pairs.size());
    int[] last = null;
    for (int[] p : pairs) {
      if (last != null && p[0] < last[1]) {
        last[1] = Math.max(last[1], p[1]);
      } else {
        last = new int[] {p[0], p[1]};
        out.add(last);
      }
    }
    return out;
  }

  /**
   * Whether 满 and a figure stand at {@code k}: 未满30天 is less than 30 days, 未满18周岁的120户 a group,
   * neither a negation of work.
   */
  private static boolean boundOfAFigure(char[] chars, int k) {
    return k + 1 < chars.length && chars[k] == '满' && (Chars.isAsciiDigit(chars[k + 1]) || ChineseNumerals.isStart(chars[k + 1]));
  }

  /** Whether position {@code at} lies in one of the clauses, in order and apart as {@link #shortfalls} gives them. */
  public static boolean inside(List<int[]> clauses, int at) {
    int lo = 0;
    int hi = clauses.size() - 1;
    while (lo <= hi) { // the pairs are in order and apart (shortfalls)
      int mid = (lo + hi) >>> 1;
      int[] c = clauses.get(mid);
      if (at < c[0]) {
        hi = mid - 1;
      } else if (at >= c[1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of a negation marker at {@code i}, 0 when there is none. 未来 and 未成年 are not
   * negations, nor is a statement that something unwanted did not happen (未发生事故). {@code chars}
   * holds the characters of {@code s} (the array its scanner loops over).
   */
  public static int negationAt(String s, char[] chars, int i) {
    if (!isNegationStart(chars[i])) {
      return 0;
    }
    if (Absence.absenceAt(s, chars, i) > 0 || Absence.withinLimitAt(s, chars, i) > 0) {
      return 0; // 未发生事故, 未超预算: what should not happen did not
    }
    for (String word : NEGATION_WORDS.startingWith(chars[i])) {
      if (s.startsWith(word, i)) {
        if (word.equals("未") && (Chars.startsWith(s, i + 1, "来") || Chars.startsWith(s, i + 1, "成年") || boundOfAFigure(chars, i + 1)
            || Groups.servedAt(s, i))) {
          return 0; // 有60名未就业高校毕业生实现就业: whom the work served, not work undone
        }
        return namesARate(chars, i + word.length()) ? 0 : word.length();
      }
    }
    return 0;
  }

  /**
   * Whether a rate's 率 with its figure follows {@code from} within five ideographs: the negation
   * starts its name (未到位率5%, 未按时完成率3%, 未完成率为0), not a verb's (未达及格率).
   */
  private static boolean namesARate(char[] chars, int from) {
    for (int k = from; k < chars.length && k - from <= 5; k++) {
      if (chars[k] == '率') {
        int f = k + 1;
        while (f < chars.length && (chars[f] == '为' || chars[f] == '是' || chars[f] == '均' || chars[f] == ':' || chars[f] == ' ')) {
          f++;
        }
        return k > from && f < chars.length && ((chars[f] >= '0' && chars[f] <= '9') || chars[f] == '零');
      }
      if (!Chars.isCjk(chars[k])) {
        return false;
      }
    }
    return false;
  }

  /** Whether a negation of {@link #negationAt} can start with {@code c}: 0 there otherwise. */
  public static boolean isNegationStart(char c) {
    return c == '尚' || c == '没' || c == '无' || c == '不' || c == '难' || c == '未';
  }

  /** Words of lateness whose rates are as bad as a shortfall's (超期率, 超时率). */
  private static final List<String> LATE_RATES = List.of("超期", "超时");

  /**
   * The name of a rate of shortfall (逾期率, 不到位率, 超期率) ending right before {@code at}, 为, 是, 达,
   * 仅 or a colon between allowed, or null: its figure counts what went wrong, not what a positive rate
   * counts.
   */
  public static @Nullable String shortfallRateBefore(String s, int at) {
    int p = at;
    while (p > 0 && "为是达仅:".indexOf(s.charAt(p - 1)) >= 0) {
      p--;
    }
    if (p < 1 || s.charAt(p - 1) != '率') {
      return null;
    }
    for (List<String> words : List.of(SHORTFALLS, LATE_RATES)) {
      for (String w : words) {
        if (p - 1 >= w.length() && s.startsWith(w, p - 1 - w.length())) {
          return w + "率";
        }
      }
    }
    return null;
  }

  /**
   * The length of a word of shortfall at {@code i} (存在…问题 counts up to 存在), 0 when none;
   * {@code chars} holds the characters of {@code s}.
   */
  public static int shortfallAt(String s, char[] chars, int i) {
    String word = SHORTFALL_WORDS.at(s, chars[i], i);
    if (word != null) {
      int end = i + word.length();
      return end < chars.length && chars[end] == '率' ? 0 : word.length(); // 逾期率3%: a rate's name, no shortfall
    }
    if (s.startsWith("存在", i) && !workedOn(s, i) && !deniedBefore(chars, i) && problemFollows(s, i + 2)) {
      return 2;
    }
    return 0;
  }

  /** Whether 不, 没, 未 or 无 stands right before {@code at}: 不存在问题 is no problem (并不存在, 没有存在). */
  private static boolean deniedBefore(char[] chars, int at) {
    int p = at > 0 && chars[at - 1] == '有' ? at - 1 : at;
    return p > 0 && (chars[p - 1] == '不' || chars[p - 1] == '没' || chars[p - 1] == '未' || chars[p - 1] == '无');
  }

  private static boolean workedOn(String s, int at) {
    for (int k = Math.max(0, at - 4); k < at; k++) {
      for (String w : WORK_ON) {
        if (s.startsWith(w, k) && k + w.length() <= at) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean handledAfter(String s, int from) {
    for (int k = from; k < Math.min(s.length(), from + 3); k++) {
      for (String w : List.of("整改", "解决", "处理", "纠正", "销号")) {
        if (s.startsWith(w, k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean problemFollows(String s, int from) {
    int end = Math.min(s.length(), from + 16);
    for (int k = from; k < end; k++) {
      if (isClauseEnd(s.charAt(k))) {
        return false;
      }
      for (String p : EXISTING_PROBLEMS) {
        if (s.startsWith(p, k)) {
          return !handledAfter(s, k + p.length()); // 存在问题的整改 is work done
        }
      }
    }
    return false;
  }
}
