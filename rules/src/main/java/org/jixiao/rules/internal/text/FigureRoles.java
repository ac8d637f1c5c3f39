package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a figure of an actual tells when it is not the level reached: the plan the level is set
 * against (计划培训300人，实际培训280人), a part of a total before it (培训120人，其中女性45人) or
 * something beside it (完成改造90户，还有10户正在施工; 慰问100人，另有20人接待来访). A reader who
 * meets two such figures of one unit takes the level; the scorer asks these roles only when the
 * figures would otherwise tie.
 */
public final class FigureRoles {
  private FigureRoles() {}

  /** What a figure is beside the level. */
  public enum Role {
    /** 计划培训300人, 原计划2期, 应脱贫100户, 预计完成200户: what was set, not reached. */
    PLAN,
    /** 其中女性45人: part of a figure before it, when one is. */
    PART,
    /** 还有10户正在施工, 其余20份待检测, 剩余3个乡镇未实施: beside the level, and not done. */
    PENDING,
    /**
     * 另有50人就地就业, 其余15万元由乡镇自筹: beside the level and maybe done, so the level may be the sum.
     * Only when the level alone settles the target does the sum settle it alike.
     */
    BESIDE
  }

  /** The role of the figure starting at {@code start} of {@code s} (normalised), or null for a level. */
  public static @Nullable Role of(String s, int start) {
    if (partAt(s, start) >= 0) {
      return Role.PART; // a part of a total before it, which the scorer finds among its figures
    }
    int clause = afterWhen(s, Clauses.clauseStart(s, start));
    if (Chars.startsWithAny(s, clause, BESIDE)) {
      return pending(s, start) ? Role.PENDING : Role.BESIDE;
    }
    if (clause > 0 && (clause == start || start - clause == 1 && s.charAt(clause) == '有') && pending(s, start)
        && !Differences.containsAny(s.substring(start, Clauses.clauseEnd(s, start)), REACH)) { // 280人完成培训待发放证书: done
      return Role.PENDING; // 完成改造90户，10户正在施工; 建成12个，3个因选址调整待开工: a later clause that starts with its figure
    }
    return planned(s, clause, start) ? Role.PLAN : null;
  }

  /**
   * Whether the clause of the figure at {@code start} says right before it that the figure is what was
   * actually spent or paid (实际决算金额54.6万元, 实际支出95万元, 决算金额), of this year: a reader takes it before a
   * budget of the same unit. Not 结合实际 or 按实际 (as things stand), not a part (实际支出中人员经费20万元), not of a
   * former year (上年度实际支出).
   */
  public static boolean statedAsActual(String s, int start) {
    int clause = Clauses.clauseStart(s, start);
    for (String w : ACTUAL_MONEY) {
      int at = s.lastIndexOf(w, start - 1);
      if (at >= clause && at + w.length() <= start && start - at - w.length() <= ACTUAL_GAP) {
        String gap = s.substring(at + w.length(), start);
        boolean asThingsStand = at >= 2 && (Chars.startsWith(s, at - 2, "结合") || Chars.startsWith(s, at - 2, "根据")) || at >= 1 && s.charAt(at - 1) == '按';
        if (!asThingsStand && gap.indexOf('中') < 0 && gap.indexOf('的') < 0 && !ofAnotherTime(s, clause, Clauses.clauseEnd(s, start))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the clause of the figure at {@code start} counts what was found or received, not work done (发现问题45个, 受理投诉35件). */
  public static boolean statedAsFound(String s, int start) {
    String before = s.substring(Clauses.clauseStart(s, start), start);
    int begun = before.indexOf("开工");
    return Differences.containsAny(before, FOUND) || begun >= 0 && (begun == 0 || before.charAt(begun - 1) != '新'); // 开工建设130公里; not 新开工项目12个
  }

  /**
   * Words of what was found or received, or of work only begun, which a part reached of it answers (发现问题45个，
   * 其中已整改42个; 开工建设130公里，其中完工110公里).
   */
  private static final List<String> FOUND = List.of("发现", "排查", "摸排", "查出", "检查出", "梳理", "受理", "涉及", "存在");

  /** Whether the clause of the figure at {@code start} says 实际 before it (实际工期85天, 实际发生1起). */
  public static boolean saysActual(String s, int start) {
    int at = s.lastIndexOf("实际", start - 1);
    return at >= Clauses.clauseStart(s, start);
  }

  /** Whether the clause of the figure at {@code start} sets out a budget, not what was reached (项目投资56万元, 预算80万元). */
  public static boolean statedAsBudget(String s, int start) {
    int from = Clauses.clauseStart(s, start);
    int to = Clauses.clauseEnd(s, start);
    String clause = s.substring(from, to);
    return Differences.containsAny(s.substring(from, start), BUDGETS) && !Differences.containsAny(clause, REACH);
  }

  /**
   * Whether the plan at {@code plan} and the level at {@code level} tell of the same work: the words between the
   * plan's word and its figure (计划培训300人: 培训) share a pair with the level's clause (实际培训280人), the level's
   * clause says 实际, or the plan names no work (全年计划500户). 计划培训300人，已完成就业推荐80人 is another stage.
   */
  public static boolean sameWork(String s, int plan, int level) {
    int clause = afterWhen(s, Clauses.clauseStart(s, plan));
    String levelClause = s.substring(Clauses.clauseStart(s, level), Clauses.clauseEnd(s, level));
    if (levelClause.contains("实际")) {
      return true;
    }
    String work = s.substring(clause, plan);
    for (String w : PLANS) {
      int at = work.indexOf(w);
      if (at >= 0) {
        work = work.substring(at + w.length());
        break;
      }
    }
    // the plan's work and the level's share a pair (计划培训…，实际培训), or either names no work of its own
    // (全年计划500户; 完成280人, 截至年底建成9座)
    String levelWork = withoutBare(levelClause);
    for (int k = 0; k + 1 < work.length(); k++) {
      if (Chars.isCjk(work.charAt(k)) && Chars.isCjk(work.charAt(k + 1)) && levelClause.contains(work.substring(k, k + 2))) {
        return true;
      }
    }
    return withoutBare(work).chars().noneMatch(c -> Chars.isCjk((char) c)) || levelWork.chars().noneMatch(c -> Chars.isCjk((char) c));
  }

  /** {@code text} less words of reaching, time and amount, which name no work (已完成, 截至年底, 建成, 个). */
  private static String withoutBare(String text) {
    String out = text;
    for (String w : BARE) {
      out = out.replace(w, "");
    }
    return out;
  }

  /** Words of reaching, time and amount, and classifiers. */
  private static final List<String> BARE =
      List.of("已", "完成", "实际", "累计", "共计", "共", "截至", "截止", "年底", "年末", "全年", "全部", "达到", "实现", "建成", "竣工", "完工", "投用", "到位", "合计",
          "总计", "的", "了", "年", "月", "底", "度", "为", "个", "座", "户", "人", "名", "所", "项", "次", "期", "家", "头", "公里", "亩", "万元", "元", "张", "台",
          "套", "处", "条", "场", "批");

  /** Whether the words after a plan's figure ending at {@code end}, up to the next figure, say it was all done (计划招录150人，全部到岗). */
  public static boolean planMet(String s, int end) {
    int next = end;
    while (next < s.length() && !Chars.isAsciiDigit(s.charAt(next))) {
      next++;
    }
    return Differences.containsAny(s.substring(end, next), PLAN_MET);
  }

  /**
   * Where 其中 stands before the figure at {@code start} in its clause, or before the list it closes, or -1
   * (培训120人，其中女性45人: 45; 改造120公里，其中县道40公里，乡道80公里: 40 and 80).
   */
  public static int partAt(String s, int start) {
    int own = ownPartAt(s, start);
    if (own >= 0) {
      return own;
    }
    int at = start;
    for (int items = 0; items < LIST_ITEMS; items++) {
      int previous = listedAfter(s, at);
      if (previous < 0) {
        return -1;
      }
      int part = ownPartAt(s, previous);
      if (part >= 0) {
        return part;
      }
      at = previous;
    }
    return -1;
  }

  /** Where a part's own words start (其中女性45人: 女性; 乡道80公里 after a list's 其中: 乡道), for a figure that is a part. */
  public static int partWordsAt(String s, int start) {
    int own = ownPartAt(s, start);
    return own >= 0 ? own + markerAt(s, own) : Clauses.clauseStart(s, start);
  }

  /**
   * The length of a word at {@code k} that marks the figures after it as parts of one before it, or 0: 其中, （含,
   * （包括, （包含 anywhere in the figure's clause; 含, 包括, 包含 opening a clause of their own (资助860人，含寄宿生
   * 210人), but not 含量 (含量超标3份 is a measure) nor 包含 inside a clause (服务内容包含12项: a total).
   */
  private static int markerAt(String s, int k) {
    char c = s.charAt(k);
    if (c == '其') {
      return Chars.startsWith(s, k, "其中") ? 2 : 0;
    }
    if (c == '(') {
      return Chars.startsWith(s, k, "(含") ? 2 : Chars.startsWith(s, k, "(包括") || Chars.startsWith(s, k, "(包含") ? 3 : 0;
    }
    if ((c != '含' && c != '包') || k == 0 || (s.charAt(k - 1) != ',' && s.charAt(k - 1) != ';')) {
      return 0;
    }
    if (c == '含') {
      return Chars.startsWith(s, k, "含量") ? 0 : 1;
    }
    return Chars.startsWith(s, k, "包括") || Chars.startsWith(s, k, "包含") ? 2 : 0;
  }

  /**
   * Where the figure starts that closes the clause before the one of the figure at {@code start}, when that
   * clause is an item of a list after it: a few words that name the item and the figure alone (，乡道80公里;
   * ；D级危房166户; not ，另完成桥梁3公里, ，累计120公里, ，全年新增150公里), after a comma or a semicolon; or -1.
   */
  private static int listedAfter(String s, int start) {
    int clause = start; // bounded looks: an item is short, and a long clause is none
    while (clause > 0 && start - clause <= ITEM_WORDS && !Clauses.isClauseEnd(s.charAt(clause - 1))) {
      clause--;
    }
    int end = start;
    while (end < s.length() && end - start <= ITEM_FIGURE && !Clauses.isClauseEnd(s.charAt(end))) {
      end++;
    }
    if (clause < 2 || s.charAt(clause - 1) != ',' && s.charAt(clause - 1) != ';' || start - clause > ITEM_WORDS || end - start > ITEM_FIGURE) {
      return -1;
    }
    for (int k = clause; k < start; k++) {
      if (!Chars.isCjk(s.charAt(k)) && !Chars.isAsciiLetter(s.charAt(k))) {
        return -1; // words of an item: 乡道, D级危房
      }
    }
    for (int k = start; k < end; k++) {
      if (k > start && Chars.isAsciiDigit(s.charAt(k)) && !Chars.isAsciiDigit(s.charAt(k - 1)) && s.charAt(k - 1) != '.') {
        return -1; // a second figure: no item of a list
      }
    }
    String words = s.substring(clause, start);
    if (Chars.startsWithAny(s, clause, BESIDE) || words.startsWith("另") || words.startsWith("其他") || Differences.containsAny(words, NO_ITEM)) {
      return -1;
    }
    int previousEnd = clause - 1;
    int k = previousEnd;
    while (k > 0 && !Chars.isAsciiDigit(s.charAt(k - 1)) && previousEnd - k < ITEM_FIGURE && !Clauses.isClauseEnd(s.charAt(k - 1))) {
      k--;
    }
    if (k == 0 || !Chars.isAsciiDigit(s.charAt(k - 1))) {
      return -1; // the clause before does not close with a figure
    }
    while (k > 0 && (Chars.isAsciiDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
      k--;
    }
    return k;
  }

  /** Where 其中 stands before the figure at {@code start} in its own clause, or -1. */
  private static int ownPartAt(String s, int start) {
    int clause = Clauses.clauseStart(s, start);
    if (clause >= 3 && s.charAt(clause - 1) == ':' && Chars.startsWith(s, clause - 3, "其中")) {
      clause -= 3; // 其中:电工培训120人
    }
    int part = -1;
    for (int k = start - 1; k >= clause && k >= start - PART_REACH && part < 0; k--) { // a long text must not cost its length a figure
      part = markerAt(s, k) > 0 && k + markerAt(s, k) <= start ? k : -1; // 计划改造100户（含维修加固30户）; 资助860人，含寄宿生210人
    }
    if (part < 0) {
      return -1;
    }
    int close = s.indexOf(')', part);
    return close < 0 || close > start ? part : -1; // not 其中 in brackets closed before the figure
  }

  /**
   * Whether the clause of the figure at {@code start} says it was reached (实际培训280人, 已改造180户, 完成改造90户)
   * and names no former time (去年完成培训300人, 上年度实际培训260人): a level a plan beside it is set against.
   */
  public static boolean statedAsReached(String s, int start) {
    int from = Clauses.clauseStart(s, start);
    int to = Clauses.clauseEnd(s, start);
    return Differences.containsAny(s.substring(from, to), REACH) && !ofAnotherTime(s, from, to);
  }

  /**
   * Whether the clause {@code [from, to)} names a former time (上年, 去年) or a year that another year of
   * the text is not (2022年实际培训260人 beside 2023年计划培训300人).
   */
  static boolean ofAnotherTime(String s, int from, int to) {
    if (Differences.containsAny(s.substring(from, to), FORMER) || Differences.containsAny(s.substring(from, to), SPANS)) {
      return true; // 项目实施以来累计培训1200人: over more than the year
    }
    int own = yearIn(s, from, to);
    if (own < 0) {
      return false;
    }
    for (int k = 0; k + 5 <= s.length(); k++) {
      if ((k < from || k >= to) && yearAt(s, k) >= 0 && yearAt(s, k) != own) {
        return true;
      }
    }
    return false;
  }

  /** The first year (2023年) in {@code [from, to)} of {@code s}, or -1. */
  private static int yearIn(String s, int from, int to) {
    for (int k = from; k + 5 <= to; k++) {
      int year = yearAt(s, k);
      if (year >= 0) {
        return year;
      }
    }
    return -1;
  }

  /** The year written at {@code k} (four digits, then 年, no digit before), or -1. */
  static int yearAt(String s, int k) {
    if (k + 5 > s.length() || s.charAt(k + 4) != '年' || (k > 0 && Chars.isAsciiDigit(s.charAt(k - 1)))) {
      return -1;
    }
    int year = 0;
    for (int i = k; i < k + 4; i++) {
      if (!Chars.isAsciiDigit(s.charAt(i))) {
        return -1;
      }
      year = year * 10 + s.charAt(i) - '0';
    }
    return year;
  }

  /** Whether the figure at {@code start} closes its clause with words that it is not done (还有10户正在施工, 其余20份待检测). */
  private static boolean pending(String s, int start) {
    int end = Clauses.clauseEnd(s, start);
    String rest = s.substring(start, end);
    int sentenceEnd = end;
    while (sentenceEnd < s.length() && sentenceEnd - start < SENTENCE_REACH && "。;\n".indexOf(s.charAt(sentenceEnd)) < 0) {
      sentenceEnd++;
    }
    return (Differences.containsAny(rest, PENDING) || Remainders.negatedWorkIn(s, start, end)) && !Differences.containsAny(rest, NOT_PENDING)
        && s.substring(start, sentenceEnd).indexOf('已') < 0; // 另有5座已完工待验收, 原计划于10月完工，已提前完成: done after all
  }

  /** Where a clause's words start past words of when or but (目前, 但, 同时 are not: 同时 adds work done). */
  static int afterWhen(String s, int at) {
    for (String w : WHEN) {
      if (Chars.startsWith(s, at, w)) {
        return at + w.length();
      }
    }
    return at;
  }

  /**
   * Whether the clause from {@code clause} sets out a plan that the figure at {@code start} belongs to:
   * a word of a plan at its start (after a word of scope: 全年计划500户), which no word of what was
   * reached follows before the figure (计划内完成200户, 按计划 and 计划生育 are none).
   */
  static boolean planned(String s, int clause, int start) {
    int at = clause;
    if (at + 5 <= start && yearAt(s, at) >= 0) {
      at += Chars.startsWith(s, at + 5, "度") ? 6 : 5; // 2023年度计划培训300人
    }
    for (String w : SCOPES) {
      if (Chars.startsWith(s, at, w)) {
        at += w.length();
        break;
      }
    }
    at = afterACondition(s, at, start);
    String word = null;
    for (String w : PLANS) {
      if (Chars.startsWith(s, at, w)) {
        word = w;
        break;
      }
    }
    if (word == null || at + word.length() > start) {
      return false;
    }
    int after = at + word.length();
    if (start - after > PLAN_REACH) {
      return false; // 计划实施过程中共培训1200人: the plan's word is far from the figure, of another thing
    }
    if (Chars.startsWithAny(s, after, NOT_AFTER.getOrDefault(word, List.of()))
        || (word.equals("应") && s.indexOf('尽', after) > after && s.indexOf('尽', after) <= after + 2)) { // 应保尽保200人: all who should be, were
      return false;
    }
    String between = s.substring(after, start);
    for (String w : REACHED) {
      if (between.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** The farthest a condition ending in 后 may run before a plan's word: 项目建成后预计, 设备投产后预计. */
  private static final int CONDITION = 8;

  /**
   * Where a plan's word would stand after a condition that opens the clause and ends in 后 right before it (项目建成后预计可带动就业
   * 200个以上: a forecast, review 75c); {@code at} when there is none.
   */
  static int afterACondition(String s, int at, int start) {
    for (int k = at + 1; k < Math.min(start, at + CONDITION); k++) {
      if (s.charAt(k) == '后' && (Chars.startsWith(s, k + 1, "预计") || Chars.startsWith(s, k + 1, "计划") || Chars.startsWith(s, k + 1, "拟"))) {
        return k + 1;
      }
    }
    return at;
  }

  /** Words of when or but before a clause's own words: 目前还有20户正在施工. */
  private static final List<String> WHEN = List.of("目前", "但是", "但", "截至目前", "年底", "现");

  /** Words at a clause's start that set its figure beside the level. */
  static final List<String> BESIDE =
      List.of("另有", "另外还有", "另外", "此外还有", "此外", "还有", "尚有", "仍有", "剩余", "剩下", "其余", "余下", "还剩", "尚余");

  /**
   * Words after a figure beside the level that say it is not done: 正在施工, 待检测, 将于明年, 计划于下年度,
   * 未实施. Not out of scope (另有30人不属于建档立卡户，一并参加培训: maybe done too), nor a state (仍在正常运行, 尚在质保期内), nor words that only hold them (待遇, 未成年人).
   */
  private static final List<String> PENDING =
      List.of("正在施工", "正在建设", "正在实施", "正在整改", "正在办理", "正在装修", "正在招标", "正在编制", "正在安装", "正在推进", "正在验收", "正在审核",
          "正在调试", "正在报批", "正在申报", "待验收", "待检测", "待审计", "待结算", "待支付", "待实施", "待建设", "待完工", "待安装", "待发放", "待办理", "待复检", "待审核", "待批复",
          "待招标", "待开工", "待拨付", "待完成", "将于", "将在", "计划于", "计划在", "预计于", "预计在", "拟于", "于明年", "明年继续", "下年度实施", "于下年",
          "尚未", "未完成", "未实施", "未开工", "未完工", "未验收", "未到位", "未支付", "未拨付", "未发放", "未建设", "未启动", "未安装", "未整改", "尚在施工",
          "尚在建设", "尚在实施", "在建");

  /** Words of a budget before a figure (项目投资56万元, 预算80万元), when its clause reaches nothing. */
  private static final List<String> BUDGETS = List.of("预算", "概算", "投资", "计划", "批复", "下达", "安排", "核定");

  /** The most characters between 实际支出 or 决算 and its figure (实际决算金额54.6万元: 2). */
  private static final int ACTUAL_GAP = 4;

  /** Words right before money that say it is what was spent or paid. */
  private static final List<String> ACTUAL_MONEY =
      List.of("实际支出", "实际支付", "实际决算", "实际完成投资", "实际完成", "实际到位", "实际使用", "实际拨付", "实际发放", "实际投资", "实际投入", "决算金额", "决算");

  /** Words after a plan's figure that say the plan was met (计划招录150人，全部到岗): the plan is the level. */
  private static final List<String> PLAN_MET = List.of("全部", "均已", "全面完成", "如数", "足额");

  /** Words that hold a word of {@link #PENDING} in another sense. */
  private static final List<String> NOT_PENDING = List.of("待遇", "接待", "未成年");

  /** Words of a clause that states a level reached. */
  static final List<String> REACH = List.of("实际", "已", "完成", "实现", "达到", "建成", "完工", "累计", "共计");

  /** Words of a span longer than the year. */
  private static final List<String> SPANS = List.of("以来", "期间", "十三五", "十四五", "年间");

  /** Words of a former time: a figure of another year is no level of this one's plan. */
  static final List<String> FORMER = List.of("去年", "上年", "上一年", "前年", "往年", "上期");

  /** The most characters between a plan's word and its figure (计划新建道路20公里: 4; 计划由120人增加至150人: 8). */
  private static final int PLAN_REACH = 10;

  /** The most characters after a figure beside the level that a 已 saying it is done is looked for in. */
  private static final int SENTENCE_REACH = 120;

  /** The most characters from 其中 to its part's figure in one clause (其中建档立卡脱贫户和监测户共计45户: 14). */
  private static final int PART_REACH = 60;

  /** The most items of a list after 其中 that a part is looked for through. */
  private static final int LIST_ITEMS = 8;

  /** The most characters of an item's words before its figure (，农村公路养护80公里). */
  private static final int ITEM_WORDS = 8;

  /** The most characters from an item's figure to its clause's end (80公里, 1.5万平方米, 30人左右). */
  private static final int ITEM_FIGURE = 8;

  /** Words that make a clause no item of a list after 其中: a total, a time, a level of its own. */
  private static final List<String> NO_ITEM =
      List.of("累计", "共计", "合计", "总计", "共", "总", "全年", "全部", "年度", "实际", "同比", "比上年", "较上年", "占", "已", "完成", "实现", "建成", "达到", "截至",
          "计划", "预计", "拟", "明年", "下半年", "下步", "目标", "任务");

  /** Words of scope before a word of a plan: 全年计划500户, 年度目标200人. */
  static final List<String> SCOPES = List.of("全年", "本年度", "年度", "本年", "今年", "年初", "当年", "项目");

  /** Words of a plan at a clause's start. */
  private static final List<String> PLANS = List.of("原计划", "计划", "预计", "目标任务", "目标", "任务数", "任务", "应", "拟");

  /** For each word of {@link #PLANS}, what after it makes it no plan (计划内, 计划生育, 目标任务完成, 应急, 应届). */
  static final Map<String, List<String>> NOT_AFTER = Map.of(
      "原计划", List.of("内", "外", "的", "免疫", "书", "项目"),
      "计划", List.of("内", "外", "的", "生育", "单列", "免疫", "书", "项目", "实施", "用水"),
      "预计", List.of("内", "外", "的", "使用", "寿命"),
      "目标任务", List.of("完成", "全部", "均", "责任", "考核", "管理"),
      "目标", List.of("完成", "全部", "均", "群体", "人群", "责任", "考核", "管理", "对象", "村", "户"),
      "任务数", List.of("完成"),
      "任务", List.of("完成", "全部", "均", "已", "户", "清单", "书", "外"),
      "预算", List.of("外", "内", "执行", "调整"),
      "应", List.of("急", "用", "对", "届", "聘", "征", "答", "邀", "变", "知", "试", "群众", "要求", "税", "诉", "收", "付", "季"),
      "拟", List.of("定", "订"));

  /** Words between a plan's word and its figure that tell what was reached instead (计划200户，已完成: a new clause). */
  static final List<String> REACHED = List.of("实际", "已", "超额", "超计划");
}
