package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A clause that says the target itself was missed, as a whole: 未完成绩效目标任务, 没有达到年度目标, 未完成
 * 任务。 It is a verdict on the indicator, so a figure beside it that meets the target contradicts it
 * (完成1个，未完成绩效目标任务). Only when the words end their clause (未完成目标任务的原因 and 未完成任务的部分 say
 * why or what; 未完成任务：无 is a label) and nothing but a connective or a cause stands before them in it (无未完成目标
 * 任务 and 不存在未完成任务 deny it; 考核通过率未达到预期目标, 2.就业指导未完成目标 and 已弥补上年未完成任务 are of
 * something else).
 */
public final class MissedTargets {
  private MissedTargets() {}

  private static final List<String> MISSED = List.of("未能完成", "没有完成", "未完成", "未能达到", "没有达到", "未达到", "未达成", "未实现");

  /** What target: 年度, 绩效, 预期 … before 目标, 任务 or 指标. */
  private static final List<String> WHICH =
      List.of("年度绩效", "年度既定", "预期绩效", "本年度", "绩效", "年度", "既定", "预期", "预定", "计划", "全年", "整体", "项目", "年初");

  private static final List<String> WHAT = List.of("目标任务", "工作任务", "目标值", "目标", "任务", "指标");

  /** Words that may stand before the miss in its clause: it is still the indicator's own (但未完成目标任务). */
  private static final List<String> CONNECTIVES = List.of("但是", "但", "然而", "而", "仍", "仍然", "还", "却", "故", "因此", "所以", "最终", "总体", "整体", "全年", "年度", "项目");

  /**
   * Whether the words {@code before} the miss in its clause leave it the indicator's own: nothing, a connective, or a
   * cause (因疫情影响, 由于资金未到位); not a subject of its own (学员, 通过率, 个别乡镇, 2.就业指导), another time or
   * someone else's miss (弥补上年, 整改), nor a denial (无, 未出现, 不能说).
   */
  private static boolean ownClause(String before) {
    String rest = before.strip();
    boolean caused = rest.startsWith("因") || rest.startsWith("由于") || rest.startsWith("受");
    int cause = caused ? Math.max(rest.lastIndexOf("原因"), Math.max(rest.lastIndexOf("影响"), rest.lastIndexOf("因素"))) : -1;
    if (cause >= 0) {
      rest = rest.substring(cause + 2);
    } else if (caused) {
      return false;
    }
    return Chars.withoutWords(rest, CONNECTIVES).isEmpty();
  }

  /**
   * The words saying the target was missed after a figure ending at {@code figureEnd}, in its sentence, or null: only
   * clauses of a cause (因…, 由于…, 受…影响) between the figure's clause and the miss, and the miss ends its sentence:
   * what follows it may make it good, scope it or answer it (…，今年一并完成; …，系就业率一项; …，无). A miss before the
   * figure is of an earlier time or stage (截至9月底，未达到年度目标，…累计培训126人).
   */
  public static @Nullable String after(String s, int figureEnd) {
    String words = words(s, figureEnd);
    if (words == null) {
      return null;
    }
    int at = s.indexOf(words, figureEnd);
    for (int k = Clauses.clauseEnd(s, figureEnd); k < at; k = Clauses.clauseEnd(s, k + 1)) {
      if (k >= s.length() || s.charAt(k) == '。' || s.charAt(k) == ';' || s.charAt(k) == '\n') {
        return null; // another sentence
      }
      int next = Clauses.clauseEnd(s, k + 1);
      if (next < at && !isCause(s.substring(k + 1, next).strip())) {
        return null; // 培训120人，满意度82%，未达到预期目标: what missed may be the other clause's
      }
    }
    int end = at + words.length();
    while (end < s.length() && (Clauses.isClauseEnd(s.charAt(end)) || s.charAt(end) == ' ') && s.charAt(end) != ':') {
      if (s.charAt(end) == '。' || s.charAt(end) == ';' || s.charAt(end) == '\n') {
        return words;
      }
      end++;
    }
    return end >= s.length() ? words : null; // …，今年一并完成; …，系就业率一项; …，无: what follows scopes, answers or undoes it
  }

  /** A clause of a cause: 因…, 由于…, 受…; not one of an earlier time (此前因场地原因). */
  private static boolean isCause(String clause) {
    return clause.startsWith("因") || clause.startsWith("由于") || clause.startsWith("受");
  }

  /** The first words from {@code from} on saying the target was missed, or null when {@code s} (normalised) holds none. */
  private static @Nullable String words(String s, int from) {
    for (String missed : MISSED) {
      for (int at = s.indexOf(missed, from); at >= 0; at = s.indexOf(missed, at + missed.length())) {
        if (!ownClause(s.substring(Clauses.clauseStart(s, at), at))) {
          continue; // 无未完成目标任务, 考核通过率未达到预期目标, 已弥补上年未完成任务: of something else, or denied
        }
        int k = at + missed.length();
        for (String which : WHICH) {
          if (s.startsWith(which, k)) {
            k += which.length();
            break;
          }
        }
        for (String what : WHAT) {
          if (s.startsWith(what, k)) {
            int end = k + what.length();
            if (end == s.length() || (Clauses.isClauseEnd(s.charAt(end)) && s.charAt(end) != ':') || s.charAt(end) == '。') { // not 未完成任务：无
              return s.substring(at, end);
            }
          }
        }
      }
    }
    return null;
  }
}
