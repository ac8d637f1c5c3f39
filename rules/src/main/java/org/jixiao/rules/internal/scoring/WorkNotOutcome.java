package org.jixiao.rules.internal.scoring;

import java.util.List;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.IndicatorTexts;
import org.jspecify.annotations.Nullable;

/**
 * A rate of what came of the work (苗木成活率, 培训合格率, 水质达标率, 就业率) answered only by words saying the work was
 * done, of work the words name (已完成植树造林500亩, 已完成培训300人, 完成技能培训500人): the work done says nothing of how
 * much of it survived, passed or met the standard, so the indicator is undetermined ({@code work-not-outcome},
 * JX-T-0297). It read met by 完成. Not a completion that names nothing (已完成, 全部完成: the form's shorthand, read as
 * before), nor one whose words name the outcome (培训合格人员已全部完成取证, 已完成且全部合格), nor a cell with a share.
 */
final class WorkNotOutcome {
  private WorkNotOutcome() {}

  /**
   * Undetermined when the indicator's name is a rate of an outcome and each of {@code words} (the completion words read,
   * all of them saying done) names other work in its clause; null otherwise.
   */
  static @Nullable IndicatorVerdict verdict(String scorer, IndicatorInput input, List<String> words) {
    String name = input.indicator().name().orElse("").strip();
    String outcome = outcomeOf(name);
    if (outcome == null || words.isEmpty()) {
      return null;
    }
    String s = IndicatorTexts.normalize(input.actual());
    if (s.indexOf('%') >= 0) {
      return null; // a share in the cell says how far; the figures' scorer reads it
    }
    String work = null;
    for (String word : words) {
      if (!COMPLETIONS.contains(word)) {
        return null; // 全部合格, 按时: a word of the outcome or of how the work was done
      }
      int at = s.indexOf(word);
      if (at < 0) {
        return null;
      }
      String clause = s.substring(Clauses.clauseStart(s, at), Clauses.clauseEnd(s, at));
      String named = withoutFillers(clause.replace(word, ""));
      if (named.length() < 2 || clause.contains(outcome)) {
        return null; // 已完成: nothing named; 已完成且全部合格: the outcome said
      }
      work = work == null ? clause.replace(word, "").strip() : work; // as printed: 植树造林500亩
    }
    if (work == null || Texts.containsAny(s, OUTCOMES)) {
      return null; // 完成培训300人，考核合格285人: the outcome said in another clause
    }
    return IndicatorVerdict.undetermined(
        Reasons.trace(scorer, "work-not-outcome", "JX-T-0297")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("work", work)
            .putArgs("outcome", outcome)
            .putArgs("name", name)
            .build());
  }

  /** The outcome a rate's name counts (合格 of 培训合格率, 成活 of 苗木成活率), or null when the name is no such rate. */
  private static @Nullable String outcomeOf(String name) {
    int rate = name.lastIndexOf('率');
    if (rate < 2) {
      return null;
    }
    for (String outcome : OUTCOMES) {
      if (name.startsWith(outcome, rate - outcome.length())) {
        return outcome;
      }
    }
    return null;
  }

  /** The clause less its marks, figures and words that say nothing of which work (已, 全部, 均, 按时 …). */
  private static String withoutFillers(String clause) {
    StringBuilder letters = new StringBuilder();
    for (int k = 0; k < clause.length(); k++) {
      char c = clause.charAt(k);
      if (Character.isLetter(c)) { // no digits, marks or spaces
        letters.append(c);
      }
    }
    String out = letters.toString();
    for (String filler : FILLERS) {
      out = out.replace(filler, "");
    }
    return out;
  }

  /** Outcomes a rate counts of work done: what survived, passed, met a standard, found work, recovered, is known or used. */
  private static final List<String> OUTCOMES =
      List.of("成活", "保存", "存活", "合格", "达标", "优良", "优秀", "及格", "通过", "就业", "治愈", "好转", "知晓", "取证", "入住", "使用",
          "利用", "出勤");

  /** The completion words read that say only that the work was done. */
  private static final List<String> COMPLETIONS = List.of("完成", "已完成", "全部完成", "顺利完成", "圆满完成", "均已完成", "已全部完成");

  /** Words of a clause that name no work (已完成 is taken off before them). */
  private static final List<String> FILLERS =
      List.of("已经", "已", "全部", "均", "都", "按时", "按期", "如期", "顺利", "圆满", "任务", "工作", "目标", "年度", "全年", "项目", "本年", "今年",
          "截至", "年底", "共", "累计", "实际", "了");
}
