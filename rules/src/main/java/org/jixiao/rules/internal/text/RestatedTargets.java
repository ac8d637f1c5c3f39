package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.stream.Stream;

/**
 * A target restated in brackets after the level (实际完成486户（年度目标500户）, 培训280人（计划300人）,
 * 实际支出52.3万元（预算56万元）): the bracket's figure is what was set, and the figure before it is what was
 * reached against it, when its clause says so of this year and of the same work. A reader takes the level; a
 * figure of the past (上年完成培训320人（目标300人）), of part of the year (第四季度完成改造120户（全年计划500户）),
 * found or assigned (排查农村危房486户（目标改造500户）) or of other work (完成道路硬化12公里（计划绿化15公里）)
 * answers no such plan.
 */
public final class RestatedTargets {
  private RestatedTargets() {}

  /** Whether {@code s} opens a bracket at all, which an aside needs (a quick test before {@link #asideAt}). */
  public static boolean mayHoldAside(String s) {
    for (int k = 0; k < OPENS.length(); k++) {
      if (s.indexOf(OPENS.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the bracket opens that sets the figure at {@code start} beside a figure before it as what was
   * planned (实际完成486户（年度目标500户）, 完成率98%【目标值:95%】), or -1. The bracket's words start with a
   * word of a plan, after a year or a word of scope, and come close to the figure; not 上年480人, 其中县道40公里,
   * 调整后目标450户, 预算外 nor 计划内 (a plan's exclusions hold).
   */
  public static int asideAt(String s, int start) {
    int open = -1;
    for (int k = start - 1; k >= 0 && start - k <= REACH; k--) {
      char c = s.charAt(k);
      if (OPENS.indexOf(c) >= 0) {
        open = k;
        break;
      }
      if (Chars.isAsciiDigit(c) && k >= 3 && FigureRoles.yearAt(s, k - 3) >= 0) {
        k -= 3; // (2023年度目标500户): a year is no figure
        continue;
      }
      if (CLOSES.indexOf(c) >= 0 || c != ':' && Clauses.isClauseEnd(c) || Chars.isAsciiDigit(c)) {
        return -1; // 目标值:95% holds a colon; another figure or clause between is no aside of this one
      }
    }
    if (open < 1 || !figureBefore(s, open)) {
      return -1; // the bracket must follow a figure in its clause: 486户(, 98%(, 12所学校校舍维修(
    }
    int at = wordsAt(s, open);
    for (String w : PLANS) {
      if (Chars.startsWith(s, at, w)) {
        int after = at + w.length();
        String between = s.substring(after, start);
        boolean excluded = Chars.startsWithAny(s, after, FigureRoles.NOT_AFTER.getOrDefault(w, List.of()));
        return !excluded && between.length() <= WORDS && !Differences.containsAny(between, FigureRoles.REACHED) ? open : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the figure at {@code level}, before the bracket opening at {@code open} of the aside at {@code plan}, is
   * what was reached against it. Its clause up to the bracket (at most {@link #LEVEL_REACH} characters of it) names no
   * other time (上年, 以来, two years), no part of the year (第四季度, 上半年, 首批), nothing found, assigned, begun or
   * forecast (排查, 下达, 开工, 可完成). Under a {@code ceiling}, a word of what was spent or taken stands right before
   * it (实际支出, 决算, 实际用时) and no words of unfinished work follow the bracket: a contract's period or an estimate
   * is no cost or time taken. Else its clause says it was reached (实际, 已, 完成 …), every pair of the indicator's
   * {@code name} less its measure stands there (脱贫户危房改造户数 is not answered by 已完成改造486户), and the level's
   * words name no more than the bracket's work and the name, ending with that work when the bracket names one
   * (实际培训280人（计划培训300人）; not 完成改厕入户宣传2000户（目标改厕2000户）, 已完成招标12个（目标12个）).
   */
  public static boolean answered(String s, int open, int plan, int level, String name, boolean ceiling) {
    if (level > open) {
      return false;
    }
    int from = windowStart(s, open);
    String clause = s.substring(from, open);
    String before = s.substring(from, level);
    if (FigureRoles.ofAnotherTime(s, from, open) || Differences.containsAny(clause, PART_OF_YEAR) || Differences.containsAny(clause, NOT_REACHED)
        || Differences.containsAny(clause, MORE_THAN_A_YEAR) || yearsIn(clause) > 1 || partOfAYear(clause)
        || clause.contains("累计") && !Differences.containsAny(clause, THIS_YEAR)) {
      return false; // 近三年累计新增就业3460人, 2021—2023年累计完成造林3.2万亩: more than the year the plan is of
    }
    if (ceiling) {
      // 实际用时85天（计划工期90天）; 实际到位资金 or 合同工期 is no cost or time taken, nor time so far (…，工程尚未完工)
      return actualRightBefore(s, from, level) && !unfinishedAfter(s, open);
    }
    if (!nameSaidThere(clause, name)) {
      return false; // 脱贫户危房改造户数 against 已完成改造486户（目标500户）: the name asks more than the level says
    }
    if (!Differences.containsAny(before, REACHED)) {
      return false; // 开工12个（目标12个）, 培训280人（目标300人）: nothing says it was reached
    }
    String work = s.substring(wordsAt(s, open), plan);
    for (String w : PLANS) {
      if (work.startsWith(w)) {
        work = work.substring(w.length());
        break;
      }
    }
    String own = work;
    for (String w : FILLERS) {
      own = own.replace(w, "");
    }
    if (own.chars().noneMatch(c -> Chars.isCjk((char) c))) {
      return namesOnlyTheWork(before, name); // (目标500户) names no work: the level's words must (已完成招标12个 is another work)
    }
    int k = level;
    while (k > from && !Chars.isCjk(s.charAt(k - 1)) || k > from + 1 && "共了计达".indexOf(s.charAt(k - 1)) >= 0) {
      k--;
    }
    // the words right before the figure are the bracket's work: 实际培训280人（计划培训300人）, not 完成改厕入户宣传2000户（目标改厕2000户）,
    // and the level names no more than it and the name (已完成女性技能培训126人（计划培训300人）: a subset)
    return k >= from + 2 && work.contains(s.substring(k - 2, k)) && namesOnlyTheWork(before, work + "|" + name);
  }

  /**
   * Whether every pair of characters of {@code name}, less the word of what it measures, stands in the level's
   * {@code words} (危房改造户数 against 完成危房改造486户; not 脱贫户危房改造户数 against 已完成改造486户, nor 培训取证人数
   * against 实际培训226人): a name that asks a subset or a later step is not answered by a total.
   */
  private static boolean nameSaidThere(String words, String name) {
    String core = withoutMeasure(name);
    for (int k = 0; k + 1 < core.length(); k++) {
      if (Chars.isCjk(core.charAt(k)) && Chars.isCjk(core.charAt(k + 1)) && !words.contains(core.substring(k, k + 2))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sentence after the bracket at {@code open} says the work is not finished (，工程尚未完工). */
  private static boolean unfinishedAfter(String s, int open) {
    int end = Math.min(s.length(), open + AFTER_REACH);
    for (int k = open; k < end && s.charAt(k) != '。' && s.charAt(k) != ';'; k++) {
      if (Chars.startsWithAny(s, k, UNFINISHED)) {
        return true;
      }
    }
    return false;
  }

  /** A name without the word of what it measures at its end (培训人数: 培训; 新增养老床位数: 新增养老床位). */
  public static String withoutMeasure(String name) {
    for (String measure : MEASURES) {
      if (name.endsWith(measure)) {
        return name.substring(0, name.length() - measure.length());
      }
    }
    return name;
  }

  /** Words at a name's end that say what it measures, not what it counts. */
  private static final List<String> MEASURES = List.of("人数", "户数", "人次", "数量", "个数", "次数", "规模", "总量", "总数", "里程", "面积", "长度", "数", "量");

  /** Words after a bracket that say the work is not finished. */
  private static final List<String> UNFINISHED = List.of("尚未", "未完", "正在", "仍在", "在建");

  /** The most characters after a bracket that words of unfinished work are looked for in. */
  private static final int AFTER_REACH = 40;

  /**
   * Whether the words before a level, less words of reaching, time and amount, name only the indicator's work: each
   * pair of characters left is the name's (已完成改造486户 against 危房改造户数; not 已完成招标12个, 女性已实现就业120人,
   * 已改造C级危房320户, 问卷回收率达92%): a reach word goes before any work, so the work must be the one asked.
   */
  private static boolean namesOnlyTheWork(String before, String name) {
    String words = before;
    for (List<String> fillers : List.of(REACHED, FigureRoles.SCOPES, THIS_YEAR, FILLERS, LEVEL_FILLERS)) {
      for (String w : fillers) {
        words = words.replace(w, " ");
      }
    }
    for (int k = 0; k < words.length(); k++) {
      char c = words.charAt(k);
      boolean alone = (k == 0 || !Chars.isCjk(words.charAt(k - 1))) && (k + 1 == words.length() || !Chars.isCjk(words.charAt(k + 1)));
      if (Chars.isCjk(c) && (alone || k + 1 < words.length() && Chars.isCjk(words.charAt(k + 1)) && !name.contains(words.substring(k, k + 2)))) {
        return false;
      }
      if (Chars.isAsciiLetter(c)) {
        return false; // C级危房: a grade, a subset
      }
    }
    return true;
  }

  /** Words before a level that name no work (工作, 任务, 项目, 了, 度). */
  private static final List<String> LEVEL_FILLERS = List.of("工作", "任务", "了", "度", "底", "止", "截", "至", "本", "全", "今");

  /** Whether a word of what was spent or taken stands right before the figure at {@code level} (实际支出54万元, 实际用时85天). */
  private static boolean actualRightBefore(String s, int from, int level) {
    String before = s.substring(from, level); // the window before a bracket: a bounded look
    for (String w : ACTUAL) {
      int at = before.lastIndexOf(w);
      if (at >= 0 && before.length() - at - w.length() <= ACTUAL_GAP) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code clause} names a month other than the year's last (1-9月, 第三季度 is caught apart): not the year's whole. */
  private static boolean partOfAYear(String clause) {
    int month = clause.indexOf('月');
    return month > 0 && !clause.contains("12月") && !clause.contains("年底") && !clause.contains("年末");
  }

  /**
   * Where the words before the bracket at {@code open} that a level answering it stands among start: its clause's
   * start, or {@link #LEVEL_REACH} characters back in a long clause (a text of one clause must not cost its length a figure).
   */
  public static int windowStart(String s, int open) {
    int k = open;
    while (k > 0 && open - k < LEVEL_REACH && !Clauses.isClauseEnd(s.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** How many distinct years (four digits from 19 or 20, no digit around) {@code clause} names: 2021—2023年 is two. */
  private static int yearsIn(String clause) {
    int first = -1;
    for (int k = 0; k + 4 <= clause.length(); k++) {
      boolean run = (clause.startsWith("19", k) || clause.startsWith("20", k)) && Chars.isAsciiDigit(clause.charAt(k + 2)) && Chars.isAsciiDigit(clause.charAt(k + 3))
          && (k == 0 || !Chars.isAsciiDigit(clause.charAt(k - 1))) && (k + 4 == clause.length() || !Chars.isAsciiDigit(clause.charAt(k + 4)));
      if (run) {
        int year = Integer.parseInt(clause.substring(k, k + 4));
        if (first >= 0 && year != first) {
          return 2;
        }
        first = year;
      }
    }
    return first < 0 ? 0 : 1;
  }

  /** Where the bracket's words start past a year and a word of scope ((2023年度目标…, (全年计划…). */
  private static int wordsAt(String s, int open) {
    int at = open + 1;
    if (at + 5 <= s.length() && FigureRoles.yearAt(s, at) >= 0) {
      at += Chars.startsWith(s, at + 5, "度") ? 6 : 5;
    }
    for (String w : FigureRoles.SCOPES) {
      if (Chars.startsWith(s, at, w)) {
        return at + w.length();
      }
    }
    return at;
  }

  /** Whether a figure stands in the clause before {@code open}, outside brackets (完成12所学校校舍维修(: 12). */
  private static boolean figureBefore(String s, int open) {
    for (int k = open - 1; k >= 0 && !Clauses.isClauseEnd(s.charAt(k)) && CLOSES.indexOf(s.charAt(k)) < 0 && OPENS.indexOf(s.charAt(k)) < 0; k--) {
      if (Chars.isAsciiDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** The most characters before a bracket that its level and the words about it are looked for in. */
  private static final int LEVEL_REACH = 40;

  /** Brackets that set a figure aside (normalised: （ is '(' and ［ is '['). */
  private static final String OPENS = "([【〔";

  /** Brackets that close an aside. */
  private static final String CLOSES = ")]】〕";

  /** The most characters from an aside's bracket to its figure ((2023年度目标任务数:500户): 14). */
  private static final int REACH = 15;

  /** The most characters between an aside's word of a plan and its figure (目标值:, 计划数为, 任务数). */
  private static final int WORDS = 3;

  /** Words of a plan that open an aside: a plan's words, words of a target set (指标值500户) and of a budget (预算56万元). */
  private static final List<String> PLANS = List.of("原计划", "计划", "预计", "目标任务", "目标", "任务数", "任务", "指标值", "考核值", "预算", "概算");

  /** Words of a part of the year, which a yearly plan is not set against (第四季度, 12月份, 上半年, 一期工程, 首批, 春季). */
  private static final List<String> PART_OF_YEAR =
      List.of("季", "月份", "本月", "当月", "上半年", "下半年", "半年", "一期", "二期", "三期", "第", "阶段", "同期", "首批", "首期", "首月", "本轮", "黄金周");

  /** Words of what was found, applied for, assigned or set, not reached (排查, 申报, 下达任务, 核定, 合同工期, 控制价). */
  private static final List<String> NOT_REACHED =
      List.of("排查", "摸排", "摸底", "申报", "申请", "登记", "审核", "受理", "发现", "分配", "提交", "下达", "核定", "预计", "批复", "招标", "招投标", "合同", "设计",
          "勘察", "控制", "法定", "进度款", "开工", "封顶", "立项", "到货", "报名", "纳入", "识别", "认定", "意向", "核准", "建档", "到位", "安排", "筹集", "拨付",
          "预期", "预估", "估算", "测算", "有望", "力争", "可带动", "可实现", "将", "其中", "至今", "年来", "上个", "上一",
          "主体", "基础工程", "路基", "前期", "支付", "可完成", "可达", "年底前", "实施起", "开始");

  /** Words of reaching before a level that answers a plan: a clause's words of a level reached, and 竣工, 共, 合计 (共培训). */
  private static final List<String> REACHED = Stream.concat(FigureRoles.REACH.stream(), Stream.of("竣工", "共", "合计")).toList();

  /** The most characters between a word of what was spent or taken and its figure under a ceiling (实际支出了54万元). */
  private static final int ACTUAL_GAP = 2;

  /** Words of spans longer than a year (近三年, 历年, 建设期内). */
  private static final List<String> MORE_THAN_A_YEAR = List.of("近两年", "近三年", "近五年", "历年", "建设期", "多年", "以来");

  /** Words that keep a sum within the year (全年累计, 本年度累计). */
  private static final List<String> THIS_YEAR = List.of("全年", "本年", "年度", "今年", "当年");

  /** Words of a bracket that name no work of its own (目标值:, 计划完成, 任务数为). */
  private static final List<String> FILLERS = List.of("完成", "实现", "达到", "累计", "共计", "全部", "任务", "值", "数", "为", "的", ":", "约", "共", "总", "年");

  /** Words that say a figure under a ceiling is the actual one (实际支出, 决算金额). */
  private static final List<String> ACTUAL =
      List.of("实际支出", "实际决算", "决算金额", "决算", "实际成本", "实际用时", "实际工期", "实际耗时", "实际发生", "实际花费", "实际使用", "用时", "历时");
}
