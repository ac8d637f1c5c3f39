package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * A group named by what it lacked, which the work then served: 有60名未就业高校毕业生实现就业, 对35户未脱贫户实施
 * 结对帮扶, 为10所未配备校医的学校配备了校医, or that a verb of the work right before its figure served: 劝返8名未入学
 * 适龄儿童. Its 未 negates no work; read as one, the clause's figure was voided
 * and its words decided (70 %). A group with no work done on it after it (还有20户未脱贫户) is still what is
 * left, and one in a clause of a remainder or an addition (其余40名未入学适龄儿童劝返入学, 另有20公里未养护路段纳入
 * 下年度计划) is read by its words as before: the figure may be all that was done or beside it.
 */
final class Groups {
  private Groups() {}

  /**
   * Whether the 未 at {@code i} of {@code s} starts the name of a group (未就业人员, 未脱贫户, 未通硬化路的自然村)
   * that a verb of work done follows in its clause (实现就业, 实施帮扶, 完成改造, 配备了), not negated, or that one
   * right before its figure served, when the clause ends with the group and nothing more is told after it.
   */
  static boolean servedAt(String s, int i) {
    int end = i;
    while (end < s.length() && end < i + REACH + DONE_REACH && !Clauses.isClauseEnd(s.charAt(end))) {
      end++; // a bounded look: a run of 未 must not cost the square of its length
    }
    int start = i;
    while (start > 0 && start > i - BACK_REACH && !Clauses.isClauseEnd(s.charAt(start - 1)) && s.charAt(start - 1) != '(') {
      start--;
    }
    boolean clauseStart = start == 0 || Clauses.isClauseEnd(s.charAt(start - 1)) || s.charAt(start - 1) == '(';
    if (clauseStart && (Chars.startsWithAny(s, FigureRoles.afterWhen(s, start), FigureRoles.BESIDE)
        || Chars.startsWithAny(s, FigureRoles.afterWhen(s, start), OTHERS))) {
      return false; // 此外还有5户未纳入建档立卡的边缘户也实现稳定增收: a remainder or an addition, read by its words as before
    }
    boolean counted = false; // 有60名未就业…: the figure counts the group served; 未开工的项目3个 counts what is undone
    for (int k = start; k < i; k++) {
      counted = counted || Chars.isAsciiDigit(s.charAt(k)) || ChineseNumerals.isStart(s.charAt(k));
    }
    if (!counted) {
      return false;
    }
    int head = -1;
    for (int k = i + 3; k < Math.min(end, i + 1 + REACH); k++) { // 未入户, 未到村: a verb and its place, no group
      char c = s.charAt(k);
      if (!Chars.isCjk(c)) {
        return false;
      }
      if (c == '的' && k + 1 < end && Chars.isCjk(s.charAt(k + 1))) {
        head = k + 1; // 未通硬化路的自然村
        break;
      }
      int h = headAt(s, k);
      if (h > 0) {
        head = k + h; // 未脱贫户, 未就业人员
        break;
      }
    }
    if (head < 0) {
      return false;
    }
    if (Chars.startsWith(s, head, "中")) {
      return false; // 8名未入学适龄儿童中已有5名劝返入学: a part of the group follows
    }
    for (int k = head; k < end; k++) {
      char c = s.charAt(k);
      if (c == '未' || c == '没' || Chars.startsWithAny(s, k, TO_COME)) {
        return false; // 未脱贫户尚未实施帮扶, 计划于明年实施帮扶, 已纳入2024年改造计划: undone still
      }
    }
    if (servedBefore(s, start, i) && !moreToldAfter(s, head) && objectEnds(s, head, end)) {
      return true; // 劝返8名未入学适龄儿童, 资助120名未就业困难人员: the work was done on the group counted
    }
    for (int k = head; k < end; k++) {
      String done = null;
      for (String w : DONE) {
        done = done == null && s.startsWith(w, k) ? w : done;
      }
      if (done != null) {
        // 已完成设计招标: a step before the work; 开展入户核查: a check of the group, no work for it
        return !Chars.startsWithAny(s, k + done.length(), STEPS) && !Differences.containsAny(s.substring(k + done.length(), end), CHECKS);
      }
    }
    return false;
  }

  /**
   * Whether a verb of work done on a group stands right before the figure that counts the group whose 未 is at
   * {@code i}, in the clause from {@code start} (劝返8名未入学适龄儿童, 共资助了120名未就业人员): the figure
   * and its classifier close up to the 未, and nothing before the verb negates it or puts it to come (未能劝返8名…,
   * 计划劝返8名…, 需帮扶35户…). Not 发现, 摸排, 登记 or 还有 before the figure: a group found or left is no work.
   */
  private static boolean servedBefore(String s, int start, int i) {
    int figure = i;
    while (figure > start && !Chars.isAsciiDigit(s.charAt(figure - 1))) {
      figure--;
    }
    if (figure == start || i - figure > CLASSIFIER) {
      return false; // 劝返8名未入学…: only a classifier between the figure and 未
    }
    while (figure > start && (Chars.isAsciiDigit(s.charAt(figure - 1)) || s.charAt(figure - 1) == '.')) {
      figure--;
    }
    for (String w : DONE_BEFORE) {
      int at = -1;
      for (int k = figure - w.length(); k >= start && k >= figure - w.length() - VERB_GAP && at < 0; k--) {
        at = Chars.startsWith(s, k, w) ? k : -1;
      }
      if (at >= 0) {
        String before = s.substring(start, at) + s.substring(at + w.length(), figure);
        return before.indexOf('未') < 0 && before.indexOf('没') < 0 && before.indexOf('不') < 0 && !Differences.containsAny(before, TO_COME)
            && !Differences.containsAny(before, FOUND_OR_LEFT) && !Differences.containsAny(before, NOT_SERVED);
      }
    }
    return false;
  }

  /**
   * Whether the group ends its clause as the verb's object: nothing after its head, or 的 and a few words of what it
   * was given (补发312户未领取补贴农户的耕地地力保护补贴); not 劝返8名…的方案通过评审, …的资金已到位.
   */
  private static boolean objectEnds(String s, int head, int end) {
    int k = head;
    while (k < end && Chars.isCjk(s.charAt(k)) && headAt(s, k) > 0) {
      k += headAt(s, k); // 未脱贫户户: a head may repeat
    }
    if (k >= end) {
      return true;
    }
    String rest = s.substring(k, end);
    return rest.startsWith("的") && rest.length() <= OBJECT_REACH && rest.indexOf('已') < 0 && !Differences.containsAny(rest, OTHER_WORK);
  }

  /** The most characters of 的 and what a served group was given (的耕地地力保护补贴: 9). */
  private static final int OBJECT_REACH = 12;

  /** Words after a group's 的 that tell of other work than its service (方案, 评审, 报批, 立项, 资金, 项目). */
  private static final List<String> OTHER_WORK = List.of("方案", "评审", "报批", "立项", "资金", "项目", "编制", "审批", "计划");

  /**
   * Whether a figure, a 未 or a remainder's word follows in the sentence from {@code at} (督促整改23个未销号问题，已销号18个;
   * 劝返8名…，但仍有部分学生未复学): what was reached of the group is told apart, and its own figure is no level.
   */
  private static boolean moreToldAfter(String s, int at) {
    for (int k = at; k < s.length() && k < at + SENTENCE_REACH && s.charAt(k) != '。' && s.charAt(k) != ';' && s.charAt(k) != '\n'; k++) {
      if (Chars.isAsciiDigit(s.charAt(k)) || s.charAt(k) == '未' || Chars.startsWithAny(s, k, FigureRoles.BESIDE)) {
        return true; // …，但仍有部分学生未复学: a remainder in words
      }
    }
    return false;
  }

  /** The most characters looked through for a later figure in a group's sentence. */
  private static final int SENTENCE_REACH = 60;

  /** The most characters of a classifier between a group's figure and its 未 (8名, 35户, 12个). */
  private static final int CLASSIFIER = 2;

  /** The most characters between a verb and the group's figure (劝返了8名, 共资助120名: 了, none). */
  private static final int VERB_GAP = 2;

  /** Verbs of work done on a group that stand before it (劝返8名未入学适龄儿童, 帮扶35户未脱贫户). */
  private static final List<String> DONE_BEFORE =
      List.of("劝返", "资助", "救助", "帮扶", "安置", "改造", "慰问", "培训", "吸纳", "招用", "接收", "补助", "救治", "转移", "帮助", "扶持",
          "覆盖", "接通", "配备", "补发", "整改", "安排", "复耕", "硬化", "接入", "供养", "代缴", "治理", "维修", "修缮");

  /**
   * Words before the verb that make it no work done for the group: asked or aimed at (应, 任务为, 力争, 要求, 列入…名单,
   * 申请), not possible (无法, 难以), or a penalty (停止供养, 核减补助, 责令整改).
   */
  private static final List<String> NOT_SERVED =
      List.of("应", "任务", "力争", "争取", "要求", "列入", "名单", "申请", "无法", "难以", "停止", "暂停", "核减", "责令", "约谈", "取消", "处罚", "清退", "正在",
          "启动", "目标", "确保", "申报", "上报", "确定", "拟定", "研究", "资金");

  /** Words before a group of finding it or of its being left, not of work done on it (发现, 排查出, 还有, 仍有). */
  private static final List<String> FOUND_OR_LEFT =
      List.of("发现", "排查", "摸排", "摸底", "查出", "登记", "统计", "核实", "核查", "确认", "认定", "还有", "仍有", "尚有", "剩余", "其余", "另有");

  /** The length of a group's head at {@code k}, or 0. */
  private static int headAt(String s, int k) {
    for (String h : HEADS) {
      if (s.startsWith(h, k)) {
        return h.length();
      }
    }
    return 0;
  }

  /** The most characters from 未 to a group's head (未通硬化路的自然村: 6). */
  private static final int REACH = 9;

  /** The most characters from a group's head to the verb of the work done on it (实施结对帮扶). */
  private static final int DONE_REACH = 16;

  /** The most characters back from 未 to its clause's start, for words of a remainder there (剩余常年在外务工人员家庭等12户未…). */
  private static final int BACK_REACH = 24;

  /** Words that end the name of a group after what it lacked: 未脱贫户, 未就业人员, 未达标学校. */
  private static final List<String> HEADS =
      List.of("户", "人员", "人口", "学生", "毕业生", "学校", "村", "家庭", "企业", "儿童", "群众", "居民", "对象", "老人", "残疾人", "劳动力", "地块", "路段", "危房",
          "站点", "单位", "问题", "撂荒地", "耕地", "老年人");

  /**
   * Verbs of work done on a group; not of registering or planning (纳入, 列入, 登记, 核实, 摸排, 统计), which a
   * remainder undone is as often given (20名未脱贫人员已纳入兜底保障).
   */
  private static final List<String> DONE =
      List.of("实现", "完成", "配备", "实施", "接受", "参加", "解决", "安置", "落实", "发放", "提供", "覆盖", "建成", "改造", "劝返", "搬入", "入住", "签约", "补植",
          "帮扶", "接通", "补种", "安装", "代缴", "追回", "开展");

  /** Words of checking, counting or telling a group, which are no work done for it (开展入户核查, 开展专项督查). */
  private static final List<String> CHECKS = List.of("核查", "督查", "检查", "排查", "摸底", "摸排", "调查", "走访", "宣传", "动员", "统计", "登记", "核实");

  /** Words of work still to come on a group (计划于明年实施帮扶, 拟通过公益岗位安置, 待资金到位后实施, 需持续开展). */
  private static final List<String> TO_COME = List.of("计划", "拟", "待", "需", "将", "预计", "明年", "下年", "下一年", "下期");

  /** Steps before the work that a verb of it may take as its object (完成设计招标, 完成前期手续, 完成选址), or a noun it starts (安置房). */
  private static final List<String> STEPS = List.of("设计", "前期", "选址", "招标", "方案", "规划", "立项", "审批", "登记", "摸底", "调查", "公示", "房");

  /** Words at a clause's start of other items than those counted (其他14户未改厕农户, 另对12名未享受补贴的老人). */
  private static final List<String> OTHERS = List.of("其他", "另对", "另");
}
