package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An actual that says, without a figure, that the whole of what a rate counts was done: 资金已全部到位
 * for 资金到位率, 实现全覆盖 or 覆盖全部行政村 for 覆盖率, 全部整改到位 for 整改率, 均已入户 for 入户率. A careful
 * reader takes such a share as 100 %. The action is the one the rate names (the two characters
 * before 率: 到位率 counts 到位), never another (全部开工 says nothing of a 完成率), and not a change
 * (增长率, 下降率: 全部增长 is no growth of 100 %), nor of timeliness (资金及时足额到位率).
 *
 * <p>Only a whole stated plainly, of the thing the rate counts: none where the clause holds a
 * negation or an exception (未全部到位, 除2户外全部入户), the cell a part, a remainder, a plan or work
 * going on (部分村尚在推进, 资金缺口30万元, 预计年底前全部到位, 整改中), another verb stands between
 * (全面开展整改工作, 全部列入整改清单), or the clause names another subject (项目人员全部到位 for 资金到位率).
 */
public final class Wholes {
  private Wholes() {}

  /** Words of the whole before the action: 全部到位, 全额拨付, 均已入户, 所有村覆盖, 全员参保. */
  private static final List<String> BEFORE =
      List.of("全部", "全额", "全数", "所有", "均已", "都已", "一律", "悉数", "完全", "全员", "全民");

  /** Words of the whole after the action, a few ideographs on: 覆盖全部贫困户, 覆盖全县所有行政村. */
  private static final List<String> AFTER = List.of("全部", "所有");

  /** The most ideographs between a word of the whole and the action (全部资金拨付到位: 4). */
  private static final int GAP = 6;

  /** The most ideographs between the action and a word of the whole after it (覆盖全县所有: 2). */
  private static final int AFTER_GAP = 4;

  /** Words right after 全部 or 所有 that make it another verb's (到位资金全部用于, 发放对象全部为). */
  private static final List<String> NOT_AFTER = List.of("用于", "用", "为", "是", "归", "投入");

  /** Characters of a clause that leave it no whole: a negation (未, 不, 没, 无, 非), an exception (除 … 外, 仍), a plan (拟). */
  private static final String NOT_WHOLE = "未不没无非除仍拟";

  /** Omissions whose denial stresses the whole (无死角, 无遗漏, 无一遗漏): their 无 is no negation. */
  private static final List<String> OMISSIONS = List.of("死角", "遗漏", "一遗漏", "盲区", "空白", "盲点", "例外");

  /**
   * Words anywhere in the cell that leave it no whole: a part or a remainder (部分, 基本, 大部, 个别,
   * 其余, 剩余, 缺口, 退回), work still to do or going on (尚, 正在, 计划, 即将), or an intention (预计,
   * 争取, 力争, 确保, 要求, 将于, 拟于).
   */
  private static final List<String> NOT_WHOLE_WORDS =
      List.of("部分", "基本", "大部", "个别", "其余", "剩余", "缺口", "退回", "尚", "正在", "计划", "即将");

  /** Words after 基本 or 计划 that make it a name (基本养老金, 计划生育, 基本医疗). */
  private static final List<String> NAMES_AFTER = List.of("养老", "医疗", "公共", "药物", "农田", "生活", "生育", "建设");

  /**
   * Intentions and hopes before the whole in its clause (预计年底前全部到位, 确保资金全部到位, 有望年底全部完工); after it they
   * state a purpose.
   */
  private static final List<String> INTENTIONS =
      Stream.concat(Aims.HOPES.stream(), Stream.of("预计", "确保", "要求", "将于", "拟于")).toList();

  /** Verbs standing between a word of the whole and the action that make it another's (全面开展整改, 全部列入整改清单). */
  private static final List<String> GAP_VERBS =
      List.of("开展", "启动", "部署", "推进", "列入", "纳入", "建立", "制定", "进行", "加强", "安排", "实施", "组织", "召开", "在");

  /** Characters right before a word of the whole that make it an intention (应全部到位, 将全部拨付). */
  private static final String INTENT = "应将须需要可";

  /** Characters before a 全 that make it part of another word (健全, 齐全, 安全, 周全, 保全). */
  private static final String NOT_A_WHOLE_CHARACTER = "健齐安周保";

  /** Leading words of a clause that name no subject (实现全覆盖, 已全部到位). */
  private static final List<String> NO_SUBJECT = List.of("实现", "目前", "现已", "已经", "已", "均", "都", "并", "且", "截至", "年底");

  /** The first characters of the words of the whole: an actual is looked at only where one stands. */
  private static final CharSet FIRSTS = CharSet.of(c -> c == '全' || c == '所' || c == '均' || c == '都' || c == '一' || c == '悉' || c == '完');

  /** Besides the verbs of a change in amount ({@link Changes#isVerbOfAmount}), what a rate of no share counts. */
  private static final List<String> NO_SHARES = List.of("节约", "节省", "增幅", "降幅", "变化", "波动", "偏差", "误差");

  /** Words that end a rate's name after its action. */
  private static final List<String> RATE_WORDS = List.of("率", "比例", "面");

  /** Words of a rate of timeliness: what was on time, of which a whole done says nothing. */
  private static final List<String> ON_TIME = List.of("按时", "及时", "准时", "如期", "按期");

  /** Whether {@code actual} (normalised) may state a whole: it holds 全 or another word of the whole. */
  public static boolean mayStateWhole(String actual) {
    for (int k = 0; k < actual.length(); k++) {
      char c = actual.charAt(k);
      if (FIRSTS.contains(c) && (c == '全' || k + 1 < actual.length() && SECONDS.indexOf(actual.charAt(k + 1)) >= 0 && Chars.startsWithAny(actual, k, BEFORE))) {
        return true;
      }
    }
    return false;
  }

  /** The second characters of the words of {@link #BEFORE} not starting with 全 (所有, 均已, 一律, 悉数, 完全): 完成 is looked at no further. */
  private static final String SECONDS = "有已律数全";

  /**
   * Whether an indicator of this name and target may ask a share: a rate word or a % (％ as printed),
   * or a name that is an action's (资金到位) against a target in %. Printed or normalised texts alike.
   */
  public static boolean mayAskAShare(String name, String target) {
    return ShareWords.mayHoldAShare(target) || target.indexOf('率') >= 0 || name.indexOf('率') >= 0
        || name.indexOf("比例") >= 0 || name.indexOf('面') >= 0;
  }

  /**
   * The action a rate counts, from the indicator's name or else the target (normalised): the two
   * characters before the last 率, or before 比例 or 面 ending a name (资金到位率: 到位; 覆盖面: 覆盖; a
   * 完成率 counts what its name completes, 整改完成率: 整改), or else, when the target names no rate
   * either, a name's last two (资金到位), when they are ideographs and no change. None when the
   * rate counts only what was on time (资金按时到位率, 资金及时足额到位率): a whole done says nothing of when.
   */
  public static Optional<String> rateAction(String name, String target) {
    Optional<String> fromName = actionBeforeRate(name, false);
    if (fromName.isPresent() || onTime(name)) {
      return fromName;
    }
    Optional<String> fromTarget = actionBeforeRate(target, false);
    if (fromTarget.isPresent() || onTime(target)) {
      return fromTarget;
    }
    // a name with no rate word is the action's only when the target names none (资金到位 / 100%;
    // 质量 / 公开率100%: 公开)
    return target.indexOf('率') >= 0 ? Optional.empty() : actionBeforeRate(name, true);
  }

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
    if (r >= 4 && s.startsWith("完成", r - 2) && Chars.isCjk(s.charAt(r - 4)) && Chars.isCjk(s.charAt(r - 3))) {
      r -= 2; // 整改完成率 counts what is 整改; 全部完成 is the vocabulary's anyway
    }
    if (r < 2 || !Chars.isCjk(s.charAt(r - 2)) || !Chars.isCjk(s.charAt(r - 1)) || onTime(s.substring(0, r))) {
      return Optional.empty();
    }
    String action = s.substring(r - 2, r);
    return NO_SHARES.contains(action) || Changes.isVerbOfAmount(action) ? Optional.empty() : Optional.of(action);
  }

  private static boolean onTime(String s) {
    for (String w : ON_TIME) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} without a bracket at its end (资金到位率(%)). */
  private static String withoutBrackets(String s) {
    int open = s.lastIndexOf('(');
    return open > 0 && s.endsWith(")") ? s.substring(0, open).strip() : s;
  }

  /**
   * Whether {@code actual} (normalised) says plainly that the whole of {@code action} was done, of
   * the thing {@code name} (normalised) counts.
   */
  public static boolean statesWhole(String actual, String action, String name) {
    if (!plainCell(actual)) {
      return false;
    }
    for (int k = actual.indexOf(action); k >= 0; k = actual.indexOf(action, k + 1)) {
      int end = k + action.length();
      if (end < actual.length() && (actual.charAt(end) == '中' || actual.charAt(end) == '后')) {
        continue; // 整改中, 到位后: going on, or a condition
      }
      int whole = wholeBefore(actual, k);
      int at = whole >= 0 ? whole : k;
      if ((whole >= 0 || wholeAfter(actual, end)) && plainClause(actual, k) && !intendedInClause(actual, at)
          && sameSubject(actual, at, action, name) && noOtherPart(actual, k, action)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of intention stands before {@code at} in its clause (确保资金全部到位). */
  private static boolean intendedInClause(String s, int at) {
    for (int i = Clauses.clauseStart(s, at); i < at; i++) {
      if (Chars.startsWithAny(s, i, INTENTIONS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether no other clause states the same action without a whole (中央资金全部到位，省级资金到位50万元):
   * then the whole is of a part. The action as a noun's modifier (到位资金50万元) states none.
   */
  private static boolean noOtherPart(String s, int k, String action) {
    int start = Clauses.clauseStart(s, k);
    for (int j = s.indexOf(action); j >= 0; j = s.indexOf(action, j + 1)) {
      int end = j + action.length();
      if (Clauses.clauseStart(s, j) == start || end < s.length() && Chars.isCjk(s.charAt(end)) && s.charAt(end) != '了') {
        continue; // 到位资金50万元, 发放对象为脱贫户: the action names a thing, states no part
      }
      if (wholeBefore(s, j) < 0 && !wholeAfter(s, end)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the word of the whole before the action at {@code k} starts, at most {@link #GAP}
   * ideographs before it with no verb between, or -1; 全 and 全面 right before it (全覆盖, 全面覆盖).
   */
  private static int wholeBefore(String s, int k) {
    if (k > 0 && s.charAt(k - 1) == '全' && !(k > 1 && NOT_A_WHOLE_CHARACTER.indexOf(s.charAt(k - 2)) >= 0)) {
      return intended(s, k - 1) ? -1 : k - 1;
    }
    if (k > 1 && s.startsWith("全面", k - 2)) {
      return intended(s, k - 2) ? -1 : k - 2;
    }
    for (int end = k; end >= 0 && k - end <= GAP; end--) {
      if (end < k && (!Chars.isCjk(s.charAt(end)) || gapVerbAt(s, end))) {
        return -1; // a figure, a mark or a verb between: another clause or another action
      }
      for (String w : BEFORE) {
        if (end >= w.length() && s.startsWith(w, end - w.length())) {
          return intended(s, end - w.length()) ? -1 : end - w.length();
        }
      }
    }
    return -1;
  }

  /** Whether a verb of {@link #GAP_VERBS} stands at {@code p}; 在 before a time is none (全部在年底前到位). */
  private static boolean gapVerbAt(String s, int p) {
    if (s.charAt(p) == '在') {
      return !(p + 1 < s.length() && "年月规时期当本".indexOf(s.charAt(p + 1)) >= 0);
    }
    return Chars.startsWithAny(s, p, GAP_VERBS);
  }

  /** Whether a word of the intention stands right before {@code at} (应全部到位). */
  private static boolean intended(String s, int at) {
    return at > 0 && INTENT.indexOf(s.charAt(at - 1)) >= 0;
  }

  /** A word of the whole a few ideographs after the action, no verb between (覆盖全部贫困户, 覆盖了所有村). */
  private static boolean wholeAfter(String s, int end) {
    for (int p = end; p < s.length() && p - end <= AFTER_GAP; p++) {
      if (Chars.startsWithAny(s, p, AFTER)) {
        return !Chars.startsWithAny(s, p + 2, NOT_AFTER); // 覆盖全部贫困户, not 到位资金全部用于建设
      }
      if (!Chars.isCjk(s.charAt(p)) || gapVerbAt(s, p)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the clause around {@code k} holds no negation or exception. */
  private static boolean plainClause(String s, int k) {
    int start = Clauses.clauseStart(s, k);
    int end = Clauses.clauseEnd(s, k);
    for (int i = start; i < end; i++) {
      if (NOT_WHOLE.indexOf(s.charAt(i)) >= 0 && !(s.charAt(i) == '无' && Chars.startsWithAny(s, i + 1, OMISSIONS))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the whole cell holds no word of a part, a remainder, work to do or an intention. */
  private static boolean plainCell(String s) {
    for (int i = 0; i < s.length(); i++) {
      for (String w : NOT_WHOLE_WORDS) {
        if (s.startsWith(w, i) && !(i > 0 && s.charAt(i - 1) == '全' && w.equals("部分")) // 全部分配到位
            && !((w.equals("基本") || w.equals("计划")) && Chars.startsWithAny(s, i + w.length(), NAMES_AFTER))
            && !(w.equals("缺口") && (i > 0 && s.charAt(i - 1) == '无' || i > 1 && s.startsWith("没有", i - 2)))) { // 无缺口
          return false;
        }
      }
      if (s.charAt(i) == '待' && !(i > 0 && "接对期招优看款".indexOf(s.charAt(i - 1)) >= 0)
          && !(i + 1 < s.length() && "遇业".indexOf(s.charAt(i + 1)) >= 0)) {
        return false; // 待分配, 等待: still to do (接待, 期待, 待遇, 待业 are none)
      }
    }
    return true;
  }

  /**
   * Whether the words before the whole at {@code at} in its clause, if they name a subject, name
   * the one {@code name} counts: 项目人员全部到位 says nothing of a 资金到位率. A rate of money (资金, 经费,
   * 补贴 … before its action) needs a clause naming money or nothing (实现全覆盖, 已全部到位); what
   * other rates count is named in too many ways to tell (所有乡镇全覆盖 for 项目覆盖面).
   */
  private static boolean sameSubject(String s, int at, String action, String name) {
    String before = s.substring(Clauses.clauseStart(s, at), at);
    boolean moved = true;
    while (moved) {
      moved = false;
      for (String w : NO_SUBJECT) {
        if (before.startsWith(w)) {
          before = before.substring(w.length());
          moved = true;
        }
      }
    }
    int a = name.indexOf(action);
    String subject = a > 0 ? name.substring(0, a) : "";
    return before.length() < 2 || !startsWithAnyIn(subject, MONEY) || startsWithAnyIn(before, MONEY);
  }

  /** Words of money: a rate of funds (资金到位率) is answered by a clause of funds, not of people or things. */
  private static final List<String> MONEY = List.of("资金", "经费", "款", "补贴", "补助", "资", "金");

  private static boolean startsWithAnyIn(String s, List<String> words) {
    for (int i = 0; i < s.length(); i++) {
      if (Chars.startsWithAny(s, i, words)) {
        return true;
      }
    }
    return false;
  }

}
