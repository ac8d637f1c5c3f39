package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.IndicatorTexts;
import org.jspecify.annotations.Nullable;

/**
 * Work asked to be finished, reported still going on (review 73c): 正在验收 under 12月底前完成竣工验收, 正在整理归档 under 档案资料归档率
 * 100%, 主体封顶，室内装修施工中 under 2023年12月前竣工, 按计划推进 under 工程完工率 100%. No word of the vocabulary is in them, so
 * they were undetermined; a self-evaluation is written after the year, and work still going on then is partly achieved
 * ({@code work-underway}, JX-T-0505, the vocabulary's mixed fraction). Part of {@link QualitativeScorer}, read only where
 * the vocabulary read nothing.
 *
 * <p>The target or the name must ask the work finished: a verb of finishing (完成, 完工, 竣工, 建成, 验收, 归档, 投用 …) or a
 * rate of it (完成率, 完工率). Not a target of the process itself (有序推进, 持续开展) or a bare 完成 with no time, a rate of
 * another kind (验收合格率), a later step going on (正在回访 under 工单办结率), an actual that says the asked verb done
 * (主体已封顶 under 年内封顶), nor a thing in use (正在使用, 正在运行: done and working).
 */
final class WorkUnderway {
  private WorkUnderway() {}

  /** Words of work going on, not finished. */
  private static final List<String> UNDERWAY =
      List.of("正在", "推进中", "进行中", "施工中", "在建", "建设中", "实施中", "办理中", "整改中", "安装中", "调试中", "验收中", "审计中", "编制中",
          "筹建中", "按计划推进", "有序推进", "稳步推进", "加快推进", "积极推进", "待验收", "待组织", "待审计", "待结算", "待实施", "待完成", "待办结");

  /** 正在 before these says the thing is done and at work. */
  private static final List<String> IN_USE = List.of("正在使用", "正在运行", "正在运营", "正在发挥", "正在服务");

  /** Verbs of finishing asked by a target or a name. */
  private static final List<String> FINISHING =
      List.of("完成", "完工", "竣工", "建成", "封顶", "验收", "归档", "投用", "投入使用", "交付", "上线", "办结", "结案", "到位");

  /** Words of a target that asks the process itself, which going on meets (有序推进, 持续开展). */
  private static final List<String> PROCESS = List.of("推进", "开展", "持续", "实施中", "进行");

  /**
   * Partly achieved when the actual of {@code input} says work asked to be finished is still going on; null otherwise.
   * {@code mixed} is the vocabulary's fraction for partly done.
   */
  static @Nullable IndicatorVerdict verdict(String scorer, IndicatorInput input, BigDecimal mixed) {
    String actual = IndicatorTexts.normalize(input.actual());
    @Nullable String words = underway(actual);
    if (words == null) {
      return null; // nearly every actual the vocabulary did not read: nothing going on said
    }
    String target = IndicatorTexts.normalize(input.target());
    String name = input.indicator().name().orElse("");
    @Nullable String asked = Texts.firstContained(target, FINISHING);
    if (asked == null) {
      asked = Texts.firstContained(name, FINISHING);
    }
    if (asked == null || Texts.containsAny(target, PROCESS) && Texts.firstContained(target, FINISHING) == null) {
      return null; // 有序推进 / 有序推进中: the process asked, and going on
    }
    if (rateOfAnotherKind(name) || bareCompletion(target, name) || laterStep(actual, words, target, name) || shareShortOfAll(target)) {
      return null; // 验收合格率 | 正在组织交工验收: no pass rate yet; 完成 | 稳步推进; 工单办结率 | 正在回访
    }
    for (String verb : FINISHING) {
      if ((target.contains(verb) || name.contains(verb)) && (actual.contains("已" + verb) || actual.contains("已经" + verb) || actual.contains("全部" + verb))) {
        return null; // 主体已封顶，装修正在进行 under 年内封顶: what is asked is done
      }
    }
    Trace.Builder trace =
        Reasons.trace(scorer, "work-underway", "JX-T-0505")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("words", clauseOf(actual, words));
    return IndicatorVerdict.scored(mixed, QualitativeScorer.banded(trace, mixed).build());
  }

  /** The first word of work going on in {@code actual}, or null (正在 of a thing in use is none). */
  private static @Nullable String underway(String actual) {
    for (String word : UNDERWAY) {
      int at = actual.indexOf(word);
      while (at >= 0) {
        if (!Texts.startsWithAny(actual, at, IN_USE)) {
          return word;
        }
        at = actual.indexOf(word, at + word.length());
      }
    }
    return null;
  }

  /** Steps after the work itself: going on, they leave the work done (正在回访 after 办结, 正在验收 after 完工). */
  private static final List<String> LATER =
      List.of("回访", "公示", "审计", "决算", "结算", "评价", "评估", "运维", "管护", "备案", "移交", "绩效", "验收", "使用", "运行");

  /** The clause of {@code actual} that holds {@code words}. */
  private static String clauseOf(String actual, String words) {
    int at = actual.indexOf(words);
    return actual.substring(Clauses.clauseStart(actual, at), Clauses.clauseEnd(actual, at)).strip();
  }

  /** Whether the clause of {@code words} names a step after the work that neither the target nor the name asks. */
  private static boolean laterStep(String actual, String words, String target, String name) {
    String clause = clauseOf(actual, words);
    for (String later : LATER) {
      if (clause.contains(later) && !target.contains(later) && !name.contains(later)) {
        return true;
      }
    }
    return false;
  }

  /** Rates of finishing (完成率, 完工率, 归档率 …): the two characters before 率. */
  private static final List<String> FINISHING_RATES =
      List.of("完成", "完工", "竣工", "建成", "归档", "办结", "到位", "结案", "交付", "投用", "上线", "进度");

  /** Whether the name asks a rate, and not of finishing (验收合格率: a rate of passing, which work going on has none of). */
  private static boolean rateOfAnotherKind(String name) {
    int rate = name.lastIndexOf('率');
    return rate >= 2 && !FINISHING_RATES.contains(name.substring(rate - 2, rate));
  }

  /**
   * Whether the target asks a share short of the whole (道路改造完成率 ≥90%): work going on may have reached it (review
   * 73e); 100% it has not.
   */
  private static boolean shareShortOfAll(String target) {
    Target t = TargetParser.parse(target);
    return t.quantity().map(q -> q.unit().symbol().equals("%") && q.value().compareTo(Decimals.HUNDRED) < 0).orElse(false);
  }

  /** Words of a time a target's 完成 is due by. */
  private static final List<String> DUE = List.of("前", "底", "年内", "年度内", "按期", "按时", "如期", "月", "期限");

  /** Whether the target asks only 完成, with no time and no other finishing, and the name asks none (年度绩效目标 | 完成). */
  private static boolean bareCompletion(String target, String name) {
    for (String verb : FINISHING) {
      if (!verb.equals("完成") && (target.contains(verb) || name.contains(verb))) {
        return false;
      }
    }
    return !name.contains("完成") && !Texts.containsAny(target, DUE);
  }
}
