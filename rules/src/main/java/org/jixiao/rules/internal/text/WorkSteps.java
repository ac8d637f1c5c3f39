package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The steps a work of building takes, in their order: 立项 → 设计 → 招标 → 签订合同 → 开工 → 主体完工 → 完工 (竣工, 建成) → 验收 →
 * 结算 → 投入使用. A target that names one step (按期开工, 12月底前竣工, 年底前完成验收) asks that step. An actual whose clauses
 * of completion name only earlier steps (已完成招标, 2023年5月完成招标) says the tender was done, not the building: its
 * 完成 is no word of the step asked. One that says the step asked, or a later one, was done (已开工, 已进场施工, 已竣工验收)
 * says the step was done, though no completion word of the vocabulary is there.
 *
 * <p>A word of a step used of something else is no step: 设计 of 按设计要求 or 设计单位, 招标 of 招标文件, 施工 of 施工单位 or
 * 施工进度. Bare 施工 and 建设 name the building done only after 完成 in their clause (已完成招标及施工) or before 完成
 * (施工已完成); elsewhere (正在施工, 施工已完成80%的主体) they name no step. Texts are normalised.
 */
public final class WorkSteps {
  private WorkSteps() {}

  /** The steps' names as the reasons print them, by rank. */
  private static final String[] NAMES = {"立项", "设计", "招标", "签订合同", "开工", "主体工程", "完工", "验收", "结算", "投入使用"};

  private static final String[] NAMES_EN = {"approval", "design", "tender", "contract", "start of works", "main structure",
      "completion", "acceptance", "settlement", "entry into use"};

  private static final int DESIGNED = 1;
  private static final int TENDERED = 2;
  private static final int STARTED = 4;
  private static final int STRUCTURE = 5;
  private static final int FINISHED = 6;
  private static final int NONE = -1; // a word of a step used of something else: read past it
  private static final int BARE = -2; // 施工, 建设: the building done only beside 完成

  private static final Map<String, Integer> RANKS = ranks();

  /** The words, longest first, so that 竣工验收 is found before 竣工 and 施工单位 before 施工. */
  private static final WordList WORDS = WordList.of(sortedWords());

  private static Map<String, Integer> ranks() {
    Map<String, Integer> m = new HashMap<>();
    put(m, 0, "立项", "可行性研究", "可研", "前期手续", "施工许可");
    put(m, DESIGNED, "施工图设计", "初步设计", "方案设计", "勘察设计", "设计", "施工图");
    put(m, TENDERED, "招投标", "招标", "施工招标", "监理招标", "比选", "采购");
    put(m, 3, "签订合同", "合同签订", "签订施工合同", "施工合同");
    put(m, STARTED, "开工", "动工", "进场");
    put(m, STRUCTURE, "主体工程", "主体结构", "主体完工", "主体施工", "主体建设", "封顶");
    put(m, FINISHED, "竣工", "完工", "建成");
    put(m, 7, "竣工验收", "验收");
    put(m, 8, "竣工结算", "竣工决算", "结算", "决算");
    put(m, 9, "投入使用", "交付使用", "投入运营", "投用");
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

  /**
   * The step a target asks, its rank, or -1 when it names none or several (2023年完成设计，2024年开工: which one this
   * year asks is the stages' question).
   */
  public static int asked(String target) {
    int rank = -1;
    for (Named n : named(target)) {
      if (rank >= 0 && n.rank() != rank) {
        return -1;
      }
      rank = n.rank();
    }
    return rank;
  }

  /** The name of a step, as reasons print it. */
  public static String name(int rank) {
    return NAMES[rank];
  }

  /** The English name of a step. */
  public static String englishName(int rank) {
    return NAMES_EN[rank];
  }

  /**
   * {@code actual} without its clauses that name steps and only steps before {@code asked} (已完成招标，正在施工 against
   * 按期完工: the first), each left as its clause's end; {@code actual} itself when there is none.
   */
  public static String withoutEarlierSteps(String actual, int asked) {
    List<Named> named = named(actual);
    if (named.isEmpty()) {
      return actual;
    }
    StringBuilder out = null;
    int copied = 0;
    int k = 0;
    while (k < named.size()) {
      int start = Clauses.clauseStart(actual, named.get(k).at());
      int end = Clauses.clauseEnd(actual, named.get(k).at());
      boolean earlier = true;
      while (k < named.size() && named.get(k).at() < end) {
        earlier &= named.get(k).rank() < asked;
        k++;
      }
      if (earlier) {
        if (out == null) {
          out = new StringBuilder(actual.length());
        }
        out.append(actual, copied, start);
        copied = end;
      }
    }
    return out == null ? actual : out.append(actual, copied, actual.length()).toString();
  }

  /** The latest step before {@code asked} that {@code actual} names, its rank, or -1 when none. */
  public static int earlierStep(String actual, int asked) {
    int latest = -1;
    for (Named n : named(actual)) {
      if (n.rank() < asked) {
        latest = Math.max(latest, n.rank());
      }
    }
    return latest;
  }

  /** Words before a step that say it was taken: 已开工, 项目已于…开工, 均已进场. */
  private static final List<String> TAKEN = List.of("已经", "已", "完成", "通过");

  /** Words between that say it was not, or not yet: 尚未开工, 正在验收, 拟于…开工. */
  private static final List<String> NOT_TAKEN =
      List.of("未", "没有", "正在", "待", "拟", "计划于", "预计", "将于", "准备", "即将", "无法", "不能");

  /**
   * The words of {@code actual} saying a step at or after {@code asked} was taken (项目已开工, 已进场施工, 验收已完成), or
   * null when it says none, or says the step asked was not (已进场，尚未开工).
   */
  public static @Nullable String saysTaken(String actual, int asked) {
    @Nullable String taken = null;
    for (Named n : named(actual)) {
      if (n.rank() < asked) {
        continue;
      }
      int start = Clauses.clauseStart(actual, n.at());
      String before = actual.substring(start, n.at());
      int mark = lastOf(before, TAKEN);
      int not = lastOf(before, NOT_TAKEN); // 未完成验收, 尚未开工, 正在验收: a word of taking denied
      boolean denied = not >= 0 && (mark < 0 || not >= mark - 2);
      boolean said = mark >= 0 && !denied || not < 0 && doneAfter(actual, n.end());
      if (!said && n.rank() == asked && not >= 0) {
        return null; // 尚未开工: the step asked, not taken
      }
      if (said && taken == null) {
        taken = actual.substring(mark >= 0 ? start + mark : n.at(), n.end());
      }
    }
    return taken;
  }

  /** Where the last of {@code words} starts in {@code s}, or -1. */
  private static int lastOf(String s, List<String> words) {
    int last = -1;
    for (String w : words) {
      last = Math.max(last, s.lastIndexOf(w));
    }
    return last;
  }
}
