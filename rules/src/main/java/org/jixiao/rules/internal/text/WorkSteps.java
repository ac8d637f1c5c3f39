package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The steps a work of building takes, in their order: 立项 → 设计 → 招标 → 签订合同 → 开工 → 主体完工 → 完工 (竣工, 建成) → 验收 →
 * 结算 → 投入使用. A target that names one step from 开工 to 验收 (按期开工, 12月底前竣工, 年底前完成验收) asks that step; not
 * one it names as the point a time counts from (验收后30日内拨付, 开工前7日内报送, 自开工之日起180天内完成), nor entry into use,
 * which actuals tell in words of every kind (通车, 入住, 开馆运行).
 *
 * <p>A clause of the actual that says only that earlier steps were done, in so many words (已完成招标, 2023年5月完成招标,
 * 招标工作已完成, 已完成项目立项及可研批复, 8月开工 against a deadline of completion), says the tender was done, not the
 * building: its 完成 is no word of the step asked. Not a clause that names an earlier step beside other work (立项批复的建设
 * 内容已全部完成, 已完成设计施工, 已完成设备采购安装), nor a purchase (采购, often the whole work), nor a step done that ends in
 * its own word (已建成, 已完工). A clause that says the step asked or a later one was taken, its word right after the word of
 * taking and nothing after it (已开工, 项目已于3月开工, 施工队伍已进场, 已通过竣工验收, 验收已完成), says it was taken; not 已办理
 * 开工手续, 已申请验收, 已确定开工时间 nor 设计单位已进场开展勘察. Texts are normalised.
 */
public final class WorkSteps {
  private WorkSteps() {}

  /** The steps' names as the reasons print them, by rank. */
  private static final String[] NAMES = {"立项", "设计", "招标", "签订合同", "开工", "主体工程", "完工", "验收", "结算", "投入使用"};

  private static final String[] NAMES_EN = {"approval", "design", "tender", "contract", "start of works", "main structure",
      "completion", "acceptance", "settlement", "entry into use"};

  private static final int PLANNED = 0;
  private static final int DESIGNED = 1;
  private static final int TENDERED = 2;
  private static final int CONTRACTED = 3;
  /** The rank of 开工, the first step a target may ask. */
  public static final int STARTED = 4;
  private static final int STRUCTURE = 5;
  private static final int FINISHED = 6;
  private static final int ACCEPTED = 7;
  private static final int SETTLED = 8;
  private static final int IN_USE = 9;
  private static final int NONE = -1; // a word of a step used of something else: read past it
  private static final int BARE = -2; // 施工, 建设: the building done only beside 完成

  private static final Map<String, Integer> RANKS = ranks();

  /** The words, longest first, so that 竣工验收 is found before 竣工 and 施工单位 before 施工. */
  private static final WordList WORDS = WordList.of(sortedWords());

  private static Map<String, Integer> ranks() {
    Map<String, Integer> m = new HashMap<>();
    put(m, PLANNED, "立项", "可行性研究", "可研", "前期手续", "施工许可");
    put(m, DESIGNED, "施工图设计", "初步设计", "方案设计", "勘察设计", "设计", "施工图");
    put(m, TENDERED, "招投标", "招标", "施工招标", "监理招标", "比选", "采购");
    put(m, CONTRACTED, "签订合同", "合同签订", "签订施工合同", "施工合同");
    put(m, STARTED, "开工", "动工", "进场");
    put(m, STRUCTURE, "主体工程", "主体结构", "主体完工", "主体施工", "主体建设", "封顶");
    put(m, FINISHED, "竣工", "完工", "建成");
    put(m, ACCEPTED, "竣工验收", "验收");
    put(m, SETTLED, "竣工结算", "竣工决算", "结算", "决算");
    put(m, IN_USE, "投入使用", "交付使用", "投入运营", "投入运行", "正式运行", "投用", "通车", "启用");
    put(m, BARE, "施工", "建设");
    // of something else: the parties, the papers, the rules and the money of a step
    put(m, NONE, "设计单位", "设计院", "设计要求", "设计标准", "设计规范", "设计费", "设计文件", "设计图纸", "设计理念", "设计合理",
        "招标文件", "招标代理", "招标单位", "招标控制价", "采购资金", "采购金额", "采购价格", "采购成本", "采购文件", "采购计划", "采购单位",
        "验收标准", "验收规范", "验收合格率", "施工单位", "施工方", "施工队", "施工企业", "施工现场", "施工进度", "施工期", "施工中",
        "施工阶段", "施工安全", "施工质量", "施工管理", "施工准备", "施工人员", "施工工期", "建设单位", "建设项目", "建设用地",
        "建设内容", "建设规模", "建设资金", "建设标准", "建设方案", "建设工期", "建设任务", "建设期", "建设中", "建设进度", "建设目标");
    return m;
  }

  private static void put(Map<String, Integer> m, int rank, String... words) {
    for (String w : words) {
      m.put(w, rank);
    }
  }

  private static List<String> sortedWords() {
    List<String> words = new ArrayList<>(RANKS.keySet());
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return words;
  }

  /** Words before a step that make it a rule to follow, not a step taken: 按设计, 符合设计. */
  private static final List<String> BY = List.of("按照", "依照", "依据", "根据", "符合", "满足", "按");

  /** Words of completion that make bare 施工 or 建设 the building done: 已完成招标及施工, 施工已完成. */
  private static final List<String> DONE_AFTER = List.of("已全部完成", "全部完成", "已经完成", "已完成", "完成", "完毕");

  /** A step named in a text: where, and its rank (0 立项 … 9 投入使用). */
  record Named(int at, int end, int rank) {}

  /** The steps {@code s} names, in order. */
  static List<Named> named(String s) {
    List<Named> out = new ArrayList<>(2);
    for (int i = 0; i < s.length(); ) {
      String w = WORDS.at(s, i);
      if (w == null) {
        i++;
        continue;
      }
      int rank = RANKS.getOrDefault(w, NONE);
      int end = i + w.length();
      if (rank == BARE) {
        boolean afterAStep = !out.isEmpty() && out.get(out.size() - 1).end() == i; // 主体工程建设: of the step before
        rank = !afterAStep && (doneBefore(s, i) || doneAfter(s, end)) ? FINISHED : NONE;
      }
      if (rank >= 0 && Chars.startOfEndingAt(s, i, BY) < 0) {
        out.add(new Named(i, end, rank));
      }
      i = end;
    }
    return out;
  }

  /** Whether 完成 stands before {@code at} in its clause: 已完成招标及施工. */
  private static boolean doneBefore(String s, int at) {
    for (int k = Clauses.clauseStart(s, at); k < at - 1; k++) { // a clause's start is at most Clauses.MOST back
      if (s.charAt(k) == '完' && s.charAt(k + 1) == '成') {
        return true;
      }
    }
    return false;
  }

  /** Whether the building's word at its {@code end} is followed by its completion, and nothing after it: 施工已完成. */
  private static boolean doneAfter(String s, int end) {
    for (String w : DONE_AFTER) {
      if (s.startsWith(w, end)) {
        int k = end + w.length();
        return k >= s.length() || Clauses.isClauseEnd(s.charAt(k)); // not 施工已完成80%
      }
    }
    return false;
  }

  /** Words that may follow the step a target asks: 按期开工建设, 年底前完成竣工验收工作. */
  private static final List<String> ASKED_AFTER = List.of("建设", "施工", "工作");

  /** Words after which the step a target names is still the one it asks: 12月底前竣工并投入使用, 按期完工率. */
  private static final String ASKED_THEN = "率并及和、";

  /**
   * The step a target asks, its rank, or -1 when it names none, several (2023年完成设计，2024年开工: which one this year asks
   * is the stages' question), one before 开工 or after 验收, or names a step as the point a time counts from or of a thing:
   * the step's word must end the target or its clause (验收后30日内拨付, 开工建设后6个月内, 开工报告按时报送, 竣工资料 are not).
   */
  public static int asked(String target) {
    if (!mayAsk(target)) {
      return -1; // nearly every target: no word of a step it could ask
    }
    int rank = -1;
    for (Named n : named(target)) {
      int k = n.end();
      k = Chars.startsWithAny(target, k, ASKED_AFTER) ? k + 2 : k;
      if (k < target.length() && !Clauses.isClauseEnd(target.charAt(k)) && ASKED_THEN.indexOf(target.charAt(k)) < 0) {
        return -1; // 验收后30日内拨付: the payment is asked, not the acceptance
      }
      if (rank >= 0 && n.rank() != rank) {
        return -1;
      }
      rank = n.rank();
    }
    return rank >= STARTED && rank <= ACCEPTED ? rank : -1;
  }

  /**
   * The first two characters of the words of the steps a target may ask (开工 … 验收, and 施工, 建设 beside 完成): the
   * first characters, and at the same position the second ones each may take.
   */
  private static final CharTable ASKED_FIRSTS = CharTable.of("开动进主封竣完建验施".toCharArray());

  private static final String[] ASKED_SECONDS = {"工", "工", "场", "体", "顶", "工", "工", "成设", "收", "工"};

  /** Whether {@code s} holds the first two characters of a word of a step it may ask: most targets hold none. */
  private static boolean mayAsk(String s) {
    for (int k = 0; k + 1 < s.length(); k++) {
      int first = ASKED_FIRSTS.indexOf(s.charAt(k));
      if (first >= 0 && ASKED_SECONDS[first].indexOf(s.charAt(k + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} holds a word of a step, even of one used of something else: an actual that holds none is read as before. */
  public static boolean mayName(String s) {
    return WORDS.occursIn(s);
  }

  /** Whether {@code s} names a step of building (项目竣工验收合格率, 计划完工率). */
  public static boolean namesAStep(String s) {
    for (Named n : named(s)) {
      if (n.rank() >= STARTED) {
        return true;
      }
    }
    return false;
  }

  /** The name of a step, as reasons print it. */
  public static String name(int rank) {
    return NAMES[rank];
  }

  /** The English name of a step. */
  public static String englishName(int rank) {
    return NAMES_EN[rank];
  }

  /** A date as a clause may start with: 2023年5月, 5月底, 2023年11月20日. */
  private static final String DATE = "(?:\\d{2,4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:底|初|末|份|上旬|中旬|下旬)?";

  /** Words a clause may start with before what it says was done: 项目, 目前, 已于2023年5月. */
  private static final String LEAD = "(?:本项目|该项目|项目|工程|目前|现)?(?:已经|已)?于?" + DATE + "(?:已经|已)?";

  /** An earlier step, with the few words that may go before it (项目, 施工, 全部) and after it (批复, 工作). */
  private static final String EARLY_ITEM = "(?:项目|工程|施工|监理|全部|相关)*"
      + "(可行性研究|可研|立项|初步设计|施工图设计|方案设计|勘察设计|设计|施工招标|监理招标|招投标|招标|比选|签订合同|合同签订)"
      + "(?:批复|审批|审查|编制|文件编制)?";

  private static final String EARLY_LIST = EARLY_ITEM + "(?:[、和及与]" + EARLY_ITEM + ")*(?:等)?(?:前期)?(?:工作|手续|程序)?";

  /** 已完成招标, 2023年5月完成招标, 已完成项目立项及可研批复 …: done, and nothing but earlier steps. */
  private static final Pattern EARLY_DONE = Pattern.compile("^" + LEAD + "(?:完成了|完成|办理完成|办理完)" + EARLY_LIST + "$");

  /** 招标工作已完成, 设计已完毕. */
  private static final Pattern EARLY_DONE_AFTER =
      Pattern.compile("^(?:本项目|该项目|项目|工程)?" + EARLY_LIST + "(?:已经|已|均已|已全部|全部)?(?:完成|完毕|结束)$");

  /** 8月开工, 已于5月开工, 项目已进场施工: the start alone, against a deadline of a later step. */
  private static final Pattern STARTED_ONLY = Pattern.compile("^" + LEAD + "(?:开工|动工|进场)(?:建设|施工)?$");

  /**
   * The latest earlier step a clause says alone was done ({@link #EARLY_DONE}, {@link #STARTED_ONLY}), its rank, or -1.
   */
  private static int earlyOnly(String clause, int asked) {
    if (asked > STARTED && STARTED_ONLY.matcher(clause).matches()) {
      return STARTED;
    }
    Matcher m = EARLY_DONE.matcher(clause);
    if (!m.matches()) {
      m = EARLY_DONE_AFTER.matcher(clause);
      if (!m.matches()) {
        return -1;
      }
    }
    int latest = -1;
    for (Named n : named(clause)) {
      latest = Math.max(latest, n.rank());
    }
    return latest < asked ? latest : -1;
  }

  /**
   * {@code actual} without its clauses that say only that steps before {@code asked} were done (已完成招标，正在施工 against
   * 按期完工: the first), each left as its clause's end; {@code actual} itself when there is none.
   */
  public static String withoutEarlierSteps(String actual, int asked) {
    if (WORDS_ANYWHERE.occursIn(actual) || actual.indexOf("工") >= 0) {
      StringBuilder out = null;
      int copied = 0;
      for (int start = 0; start < actual.length(); ) {
        int end = clauseEnd(actual, start);
        if (earlyOnly(actual.substring(start, end).strip(), asked) >= 0) {
          if (out == null) {
            out = new StringBuilder(actual.length());
          }
          out.append(actual, copied, start);
          copied = end;
        }
        start = end + 1;
      }
      return out == null ? actual : out.append(actual, copied, actual.length()).toString();
    }
    return actual;
  }

  /** What the clauses left after {@link #withoutEarlierSteps} say of the work. */
  public enum Rest {
    /** Nothing, or only that the work is not done, not begun or planned (尚未开工, 拟于明年开工). */
    NOT_DONE,
    /** That the building is under way (正在施工, 工程建设中): begun, not done. */
    UNDER_WAY,
    /** Anything else: words that may say the work was done (工程于11月竣工, 道路全线贯通), read as before. */
    OTHER
  }

  /** Words of a clause saying the work is not done, not begun or only planned. */
  private static final List<String> NOT_DONE_WORDS =
      List.of("尚未", "未", "没有", "拟", "计划于", "计划在", "预计", "将于", "即将", "准备", "待");

  /** Words of a clause saying the building is under way. */
  private static final List<String> UNDER_WAY_WORDS = List.of("正在", "施工中", "建设中", "进行中", "开始施工", "开始建设", "推进中");

  /**
   * Words of what comes after the building is done: a clause that says one of them is pending or under way (待竣工验收,
   * 正在试运行, 待质保期满后支付尾款, 正在办理移交手续) says the building was done.
   */
  private static final List<String> AFTER_BUILDING =
      List.of("试运行", "运行", "质保", "移交", "归档", "审计", "尾款", "效益", "搬迁", "通车", "使用", "决算", "结算", "资料");

  /**
   * What the clauses of {@code rest} say of the step {@code asked} ({@link Rest}): a clause of words not done or under
   * way that names a later step or what follows the building (待竣工验收 against 按期完工) says nothing is left of it.
   */
  public static Rest rest(String rest, int asked) {
    boolean underWay = false;
    for (int start = 0; start < rest.length(); ) {
      int end = clauseEnd(rest, start);
      String clause = rest.substring(start, end).strip();
      if (!clause.isEmpty()) {
        if (namesALaterStep(clause, asked) || Chars.firstIn(clause, AFTER_BUILDING) != null) {
          return Rest.OTHER;
        }
        if (Chars.firstIn(clause, NOT_DONE_WORDS) == null) {
          if (Chars.firstIn(clause, UNDER_WAY_WORDS) == null) {
            return Rest.OTHER;
          }
          underWay = true;
        }
      }
      start = end + 1;
    }
    return underWay ? Rest.UNDER_WAY : Rest.NOT_DONE;
  }

  private static boolean namesALaterStep(String clause, int asked) {
    for (Named n : named(clause)) {
      if (n.rank() > asked) {
        return true;
      }
    }
    return false;
  }

  /** Words of what is done before the building starts: a clause under way that holds one is not of the building. */
  private static final List<String> BEFORE_BUILDING =
      List.of("手续", "许可", "审批", "征地", "拆迁", "合同", "招标", "设计", "备案", "评审", "勘察", "测绘", "三通一平");

  /**
   * Whether the clauses of {@code rest} say only that the building is under way, each of it and not of what comes before
   * it: 目前正在施工, 桩基施工中, 施工单位正在进场 (not 正在办理施工许可证, 正在进行施工招标, 施工合同正在签订中).
   */
  public static boolean onlyUnderWay(String rest) {
    if (rest(rest, STARTED) != Rest.UNDER_WAY || Chars.firstIn(rest, BEFORE_BUILDING) != null) {
      return false;
    }
    for (Named n : named(rest)) {
      if (n.rank() < STARTED) {
        return false;
      }
    }
    return Chars.firstIn(rest, NOT_DONE_WORDS) == null;
  }

  /** The latest earlier step {@link #withoutEarlierSteps} leaves out of {@code actual}, its rank, or -1 when none. */
  public static int earlierStep(String actual, int asked) {
    int latest = -1;
    for (int start = 0; start < actual.length(); ) {
      int end = clauseEnd(actual, start);
      latest = Math.max(latest, earlyOnly(actual.substring(start, end).strip(), asked));
      start = end + 1;
    }
    return latest;
  }

  /** The steps' words, for a look whether a text names any before its clauses are matched. */
  private static final WordList WORDS_ANYWHERE =
      WordList.of(List.of("立项", "可研", "可行性", "设计", "招标", "招投标", "比选", "合同", "进场"));

  /** Where the clause starting at {@code start} ends: its end's index, or the text's length. */
  private static int clauseEnd(String s, int start) {
    int k = start;
    while (k < s.length() && !Clauses.isClauseEnd(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /** A step from 开工 on, right after the words saying it was taken, and nothing after it but 建设, 施工 or 工作. */
  private static final Pattern TAKEN = Pattern.compile(
      "(?:已经|已|均已|已全部|全部|通过|已通过|已完成|完成)(?:于" + DATE + ")?"
          + "(开工|动工|进场|主体工程|主体结构|封顶|竣工验收|验收|竣工|完工|建成|投入使用|交付使用|投入运营|投入运行|正式运行|投用|通车|启用)"
          + "(?:建设|施工|工作)?$");

  /** 验收已完成, 竣工验收工作已结束. */
  private static final Pattern TAKEN_AFTER = Pattern.compile(
      "(开工|主体工程|主体结构|竣工验收|验收)(?:工作)?(?:已经|已|均已|已全部)(?:完成|完毕|结束)$");

  /**
   * Words that may stand before the words of taking: the work as a whole or who builds it (项目, 施工队伍), not a part or
   * something else (部分路段已通车, 材料已进场, 勘察单位已进场, 中间验收工作已结束).
   */
  private static final List<String> WHOLE =
      List.of("本项目", "该项目", "项目", "本工程", "该工程", "工程", "全部", "整体", "全线", "道路", "施工单位", "施工队伍", "施工方", "目前", "现");

  /** Words saying work remains, anywhere in the actual: 全线已通车，绿化工程仍在施工. */
  private static final List<String> REMAINING = List.of("仍在", "尚在", "正在", "尚未", "未完成", "剩余", "还有", "仍有", "待");

  /** Characters of a date and its 于 that may stand before the words of taking: 项目已于11月底全部完工. */
  private static final String DATE_CHARS = "0123456789年月日号底初末旬上中下份于已经";

  /** Whether what stands before the words of taking is the work as a whole ({@link #WHOLE}) and a date. */
  private static boolean ofTheWhole(String before) {
    String rest = Chars.withoutWords(before, WHOLE);
    for (int k = 0; k < rest.length(); k++) {
      if (DATE_CHARS.indexOf(rest.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of {@code actual} saying a step at or after {@code asked} was taken (项目已开工, 已进场施工, 验收已完成), or
   * null when it says none.
   */
  public static @Nullable String saysTaken(String actual, int asked) {
    for (int start = 0; start < actual.length(); ) {
      int end = clauseEnd(actual, start);
      String clause = actual.substring(start, end).strip();
      for (Pattern p : List.of(TAKEN, TAKEN_AFTER)) {
        Matcher m = p.matcher(clause);
        int rank = m.find() ? RANKS.getOrDefault(m.group(1), NONE) : NONE;
        if (rank >= asked && (asked <= FINISHED || rank == ACCEPTED)
            && ofTheWhole(clause.substring(0, m.start())) && Chars.firstIn(actual, REMAINING) == null) {
          return m.group(); // not 道路已通车 against 竣工验收 (a road opens before its acceptance)
        }
      }
      start = end + 1;
    }
    return null;
  }
}
