package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Steps taken before or beside a project's work (招标, 设计, 方案, 立项, 审批, 采购, 合同, 审计, 结算, 测评 …): a cell that says
 * only such a step was completed (已完成招标，签订施工合同 under 工程完工率; 已完成工程结算审计 under 工程验收合格率; 按要求完成满意度测评工作
 * under 满意度 ≥ 90 %) says nothing of the work's result, which the band read as met. A step the name or target asks
 * itself (招标完成率, 完成项目立项) is its result.
 */
public final class Steps {
  private Steps() {}

  /** Steps of a project's procedure, whose completion is not the work's. */
  private static final List<String> STEPS =
      List.of("招标", "投标", "设计", "方案", "立项", "审批", "可研", "可行性研究", "审查", "采购", "合同", "审计", "结算", "测评", "调查问卷", "评审", "公示", "备案",
          "签约", "选址", "勘察", "前期工作", "前期手续", "论证", "报批", "施工许可", "挂网", "询价", "比选",
          // checks whose result is what a rate asks (已完成结业考核 under 培训合格率; 已委托第三方完成水质检测 under 水质达标率)
          "检测", "考核", "评估", "审核", "鉴定");

  /** {@link #STEPS} by their first character: looked up at every character near a word of completion. */
  private static final WordList STEP_WORDS = WordList.of(STEPS);

  /** How far after a word of completion its object is looked for (已完成工程结算审计, 按要求完成满意度测评工作). */
  private static final int REACH = 8;

  /**
   * The step after {@code at} in its clause, within {@link #REACH} characters, that {@code asked} (the name and target)
   * does not name; null when none stands there.
   */
  public static @Nullable String after(String s, int at, String asked) {
    int clauseEnd = Clauses.clauseEnd(s, at);
    int end = Math.min(clauseEnd, at + REACH);
    for (int k = at; k < end; k++) {
      String step = STEP_WORDS.at(s, k);
      if (step == null || k + step.length() > end + 2 || Chars.startOfEndingAt(s, k, BY) >= 0 || Chars.startsWith(s, k + step.length(), "的")) {
        continue; // 符合设计及规范要求, 按合同约定: what the work kept to; 采购的金额: what the words count, not a step done
      }
      boolean result = Differences.containsAny(s.substring(k + step.length(), clauseEnd), RESULTS); // 可研报告编制并通过评审
      return asked.contains(step) || result ? null : step;
    }
    return null;
  }

  /**
   * The step that ends at most three characters before {@code at} in its clause (采购已完成, 招标工作已完成, 设计已按期完成):
   * the subject of the completion at {@code at}; null when none does, or {@code asked} names it.
   */
  static @Nullable String before(String s, int at, String asked) {
    int from = Math.max(Clauses.clauseStart(s, at), at - 3 - LONGEST);
    for (int k = from; k < at; k++) {
      String step = STEP_WORDS.at(s, k);
      if (step != null && at - (k + step.length()) <= 3 && at >= k + step.length() && Chars.startOfEndingAt(s, k, BY) < 0
          && onlyLinks(s, k + step.length(), at)) {
        boolean result = Differences.containsAny(s.substring(at, Clauses.clauseEnd(s, at)), OTHER_RESULTS);
        return asked.contains(step) || result ? null : step;
      }
    }
    return null;
  }

  /** Whether {@code s[from, to)} holds only words that link a step to its completion (工作, 已, 均, 按期): not 尚未结算但控制在. */
  private static boolean onlyLinks(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (LINKS.indexOf(s.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static final String LINKS = "工作已均全部按期及时顺利";

  /** The length of the longest step. */
  private static final int LONGEST = 4;

  /** Words before a step that make it what the work kept to (符合设计, 按合同, 依据方案). */
  private static final List<String> BY = List.of("符合", "按照", "依据", "根据", "按");

  /** Words of a result a clause beside the steps may state (工程已全部完工, 设备已投入使用, 验收合格). */
  private static final List<String> RESULTS =
      List.of("完成", "完工", "竣工", "建成", "投入使用", "投用", "交付", "到位", "实现", "达到", "达标", "通过", "办结", "发放", "合格", "验收",
          "运行", "满意", "覆盖", "支付", "拨付", "兑付", "%");

  /** {@link #RESULTS} less 完成, which the word of completion after a step is itself (采购已完成). */
  private static final List<String> OTHER_RESULTS = RESULTS.subList(1, RESULTS.size());

  /** Whether a clause of {@code s} that names no step ({@link #otherClauses}) states a result: then the steps are not all it says. */
  public static boolean resultBeside(String s) {
    return Differences.containsAny(otherClauses(s), RESULTS);
  }

  /**
   * The clauses of {@code s} that name no step (工程已全部完工 of 已完成招标，工程已全部完工), joined: what the cell says besides
   * its steps, which a reader asks whether it states the work's result.
   */
  static String otherClauses(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (from < s.length()) {
      int end = Clauses.clauseEnd(s, from);
      boolean step = false;
      for (int k = from; k < end && !step; k++) {
        step = STEP_WORDS.at(s, k) != null;
      }
      if (!step) {
        out.append(s, from, Math.min(end + 1, s.length()));
      }
      from = end + 1;
    }
    return out.toString();
  }

  /**
   * The step done after every one of {@code words} at every place {@code s} (normalised) holds it (已完成招标; not 已完成招标，
   * 全部完工); null when any stands without one, or one is not found. A word ending in … (按…标准) is looked for by its
   * start.
   */
  public static @Nullable String ofEvery(String s, List<String> words, String asked) {
    String step = null;
    for (String word : words) {
      int cut = word.indexOf('…');
      String w = cut >= 0 ? word.substring(0, cut) : word;
      int at = w.isEmpty() ? -1 : s.indexOf(w);
      if (at < 0) {
        return null;
      }
      for (; at >= 0; at = s.indexOf(w, at + w.length())) {
        String found = before(s, at, asked);
        found = found != null ? found : after(s, at + w.length(), asked);
        if (found == null) {
          return null;
        }
        step = step == null ? found : step;
      }
    }
    return step;
  }
}
