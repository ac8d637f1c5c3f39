package org.jixiao.rules.internal.text;

import java.util.List;
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
    /** 其中女性45人, after a figure in the same sentence: part of the one before. */
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
    if (partOfTotal(s, start)) {
      return Role.PART;
    }
    int clause = afterWhen(s, Clauses.clauseStart(s, start));
    if (Chars.startsWithAny(s, clause, BESIDE)) {
      String rest = s.substring(start, Clauses.clauseEnd(s, start));
      for (String w : PENDING) {
        if (rest.contains(w)) {
          return Role.PENDING;
        }
      }
      return Role.BESIDE;
    }
    return planned(s, clause, start) ? Role.PLAN : null;
  }

  /**
   * Whether 其中 stands between an earlier figure of its sentence and {@code start} (培训120人，其中女性45人，
   * 男性75人: 45 and 75): a count that is part of a total before it.
   */
  static boolean partOfTotal(String s, int start) {
    int from = start;
    while (from > 0 && !isSentenceEnd(s.charAt(from - 1))) {
      from--;
    }
    int part = s.lastIndexOf("其中", start - 1);
    if (part < from) {
      return false;
    }
    for (int k = from; k < part; k++) {
      if (Chars.isAsciiDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == ';' || c == '\n';
  }

  /** Where a clause's words start past words of when or but (目前, 但, 同时 are not: 同时 adds work done). */
  private static int afterWhen(String s, int at) {
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
  private static boolean planned(String s, int clause, int start) {
    int at = clause;
    for (String w : SCOPES) {
      if (Chars.startsWith(s, at, w)) {
        at += w.length();
        break;
      }
    }
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
    if (Chars.startsWithAny(s, after, NOT_AFTER.get(PLANS.indexOf(word)))
        || (word.equals("应") && after + 2 < s.length() && s.charAt(after + 1) == '尽')) { // 应保尽保200人: all who should be, were
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

  /** Words of when or but before a clause's own words: 目前还有20户正在施工. */
  private static final List<String> WHEN = List.of("目前", "但是", "但", "截至目前", "年底", "现");

  /** Words at a clause's start that set its figure beside the level. */
  private static final List<String> BESIDE =
      List.of("另有", "另外还有", "另外", "此外还有", "此外", "还有", "尚有", "仍有", "剩余", "剩下", "其余", "余下", "还剩", "尚余");

  /**
   * Words after a figure beside the level that say it is not done: 正在施工, 待检测, 将于明年, 计划于下年度,
   * 未实施, 不在项目区. 仍在 is none (其余12座仍在正常运行 is a state).
   */
  private static final List<String> PENDING =
      List.of("正在", "待", "将", "计划", "预计", "拟", "未", "没有", "不在", "不纳入", "不属于", "明年", "下年", "下一年", "需", "尚");

  /** Words of scope before a word of a plan: 全年计划500户, 年度目标200人. */
  private static final List<String> SCOPES = List.of("全年", "本年度", "年度", "本年", "今年", "年初", "当年");

  /** Words of a plan at a clause's start. */
  private static final List<String> PLANS = List.of("原计划", "计划", "预计", "目标任务", "目标", "任务数", "任务", "应", "拟");

  /** For each word of {@link #PLANS}, what after it makes it no plan (计划内, 计划生育, 目标任务完成, 应急, 应届). */
  private static final List<List<String>> NOT_AFTER = List.of(
      List.of("内", "外", "的"),
      List.of("内", "外", "的", "生育", "单列"),
      List.of("内", "外", "的"),
      List.of("完成", "全部", "均"),
      List.of("完成", "全部", "均", "群体", "人群"),
      List.of("完成"),
      List.of("完成", "全部", "均", "已"),
      List.of("急", "用", "对", "届", "聘", "征", "答", "邀", "变"),
      List.of("定"));

  /** Words between a plan's word and its figure that tell what was reached instead (计划200户，已完成: a new clause). */
  private static final List<String> REACHED = List.of("实际", "已", "实现", "达到", "超额", "超计划");
}
