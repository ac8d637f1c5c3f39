package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Words saying the work's due date has not come (未到完工日期, 尚未到期, 未到合同约定的完成时间, 工期未满,
 * 尚在建设工期内): the work is not done, but not late either, and whether it will be on time cannot
 * be told yet. Not 未到位 or 未到达 (no date), a date passed (已到期, 逾期), a time taken (工期未满30天) nor a thing
 * named (尚未到期的贷款, 未到期款项): the phrase ends its clause or goes on only to what follows from it (故, 暂 …).
 */
public final class NotYetDue {
  private NotYetDue() {}

  /** What may stand between 未到 and the word of a date: whose date, and of what work. */
  private static final List<String> WHOSE = List.of("合同约定", "合同规定", "合同", "约定", "规定", "计划", "预定", "项目");

  private static final List<String> WORK = List.of("完工", "竣工", "完成", "交付", "验收", "结算", "实施", "建设");

  /** Words of a due date, longest first. */
  private static final List<String> DATES = List.of("日期", "期限", "时间", "时限", "工期", "时候", "期");

  /** A period of work still under way: 工期未满, 尚在建设工期内. */
  private static final List<String> UNDER_WAY = List.of("工期未满", "工期尚未届满", "工期未届满", "尚在工期内", "仍在工期内", "尚在建设工期内",
      "仍在建设工期内", "尚在施工工期内", "尚在合同工期内", "仍在合同工期内", "处于建设工期内");

  /**
   * The words saying the due date has not come, or null when {@code s} (normalised) says none, or dates what was
   * done (2023年4月10日开工建设，尚在建设工期内: the date answers a deadline of that step).
   */
  public static @Nullable String words(String s) {
    if (s.indexOf("工期") < 0 && s.indexOf("未到") < 0) {
      return null; // every phrase holds one of them: nearly every actual, read no further
    }
    if (datesAStep(s)) {
      return null;
    }
    for (String w : UNDER_WAY) {
      int at = s.indexOf(w);
      if (at >= 0 && endsAStatement(s, at + w.length()) && ofTheWork(s, at)) { // 工期未满30天 is a time taken
        return w;
      }
    }
    for (int at = s.indexOf("未到"); at >= 0; at = s.indexOf("未到", at + 2)) {
      int k = at + 2;
      k = skip(s, k, WHOSE);
      k = s.startsWith("的", k) ? k + 1 : k;
      k = skip(s, k, WORK);
      k = s.startsWith("的", k) ? k + 1 : k;
      for (String date : DATES) {
        if (s.startsWith(date, k) && endsAStatement(s, k + date.length()) && ofTheWork(s, at)) { // 未到期, 未到完工日期; not 未到期限3天, 未到期的贷款
          return s.substring(at, k + date.length());
        }
      }
    }
    return null;
  }

  /** Words after which the phrase says what it says of the work: 未到期 of 尚未到期的贷款 or 未到期款项 names a thing. */
  private static final List<String> GOING_ON = List.of("故", "因此", "所以", "暂", "尚", "无法", "不能", "还", "。", "(");

  /** Whether the phrase ending at {@code k} ends its clause or goes on only to what follows from it. */
  private static boolean endsAStatement(String s, int k) {
    return k >= s.length() || Clauses.isClauseEnd(s.charAt(k)) || Chars.startsWithAny(s, k, GOING_ON);
  }

  /** Words that may stand before the phrase in its clause and leave it about the work itself: 项目尚未到期. */
  private static final List<String> OF_THE_WORK =
      List.of("本项目", "该项目", "项目", "工程", "建设", "施工", "目前", "当前", "因", "由于", "但", "且", "尚", "仍", "还", "已", "均", "整体", "全部");

  /**
   * Whether the phrase at {@code at} is of the work: nothing but {@link #OF_THE_WORK} before it in its clause. 质保期尚未
   * 到期, 部分贷款尚未到期, 管护合同尚未到期 and 施工工期未满 (after a design done) are of something else.
   */
  private static boolean ofTheWork(String s, int at) {
    return Chars.withoutWords(s.substring(Clauses.clauseStart(s, at), at).strip(), OF_THE_WORK).isEmpty();
  }

  /** Words that date a step done more coarsely than a month: 已于2023年获批, 四季度结束, 上半年开工. */
  private static final List<String> STEP_DATES = List.of("季度", "上半年", "下半年", "已于", "于20");

  /** Whether {@code s} dates a step done: a month or a day (4月10日开工, 5月18日招标结束), a quarter or a half. */
  private static boolean datesAStep(String s) {
    for (String word : STEP_DATES) {
      if (s.contains(word)) {
        return true;
      }
    }
    for (int k = 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if ((c == '月' || c == '日') && (Chars.isAsciiDigit(s.charAt(k - 1)) || ChineseNumerals.isStart(s.charAt(k - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static int skip(String s, int k, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w, k)) {
        return k + w.length();
      }
    }
    return k;
  }
}
