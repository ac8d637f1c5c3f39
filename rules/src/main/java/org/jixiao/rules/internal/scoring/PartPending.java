package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * Work said done in one clause and, in another, a part of it only hoped for, planned or still going on: 主体工程已全部完工，
 * 附属设施有望年底完工; 一期已建成投用，二期正在施工; 已完成清淤12公里，剩余3公里计划明年汛前完成. The band read them as met by
 * the words of the done part; the part pending makes them partly achieved ({@code part-pending}, JX-T-0501, the
 * vocabulary's mixed fraction). Part of {@link QualitativeScorer}.
 *
 * <p>The pending clause must follow a clause of work done and be of the same work: a verb of the work (完工, 施工, 安装, 验收 …) or a part named as the rest
 * of it (其余, 剩余, 二期, 附属 …). Not a later step or another matter (已全部完工，有望明年投入使用; 全部竣工，正在办理竣工决算;
 * 完成全部改造，下一步将推进长效管护), unless the done clause is of that step too (已验收18个项目，尚有5个项目待验收) or the target
 * asks it (已建成，待验收后投入使用 under 年内建成投入使用), and not next year's new work (今年任务全部完成，明年计划新建5所).
 * When the done clause names the work the name asks and the pending one none of it, the pending is other work and the
 * indicator is met ({@link NamedWork}: 土建已完工，设备安装推进中 under 土建工程完成率).
 */
final class PartPending {
  private PartPending() {}

  /**
   * Partly achieved when the actual of {@code input}, which the band read as met, holds a clause of a part of the work
   * pending beside a clause of work done; null otherwise. It earns {@code vocabulary}'s fraction for partly done.
   */
  static @Nullable IndicatorVerdict verdict(String scorer, IndicatorInput input, Vocabulary vocabulary) {
    BigDecimal mixed = vocabulary.mixedFraction();
    String s = IndicatorTexts.normalize(input.actual());
    int clauses = clauses(s);
    String target = IndicatorTexts.normalize(input.target());
    String name = input.indicator().name().orElse("");
    // the target's and the name's words first: they are short, where the actual may be long
    if (clauses < 2 || clauses > MOST_CLAUSES || !Texts.containsAny(target, WORK) && !Texts.containsAny(name, WORK) || !pending(s)) {
      return null; // nearly every actual read as met: one clause, a report of many things, no work asked, or nothing pending
    }
    String done = null;
    String pending = null;
    for (int start = 0; start < s.length(); ) {
      int end = Clauses.clauseEnd(s, start);
      String clause = s.substring(start, end);
      if (pending(clause)) {
        if (pending != null || done == null) {
          return null; // two pending clauses, or one before any work done (力争全部完成，已实现: an aim, then reached)
        }
        pending = clause;
      } else if (Texts.containsAny(clause, DONE)) {
        done = done == null ? clause : done;
      }
      start = end + 1;
    }
    if (done == null || pending == null || Texts.containsAny(pending, NEW_WORK)) {
      return null;
    }
    String named = IndicatorTexts.normalize(name).strip();
    if (NamedWork.otherWorkLeft(named, done, pending, vocabulary)) {
      return NamedWork.met(scorer, input, named, done.strip(), pending.strip()); // 土建已完工，设备安装推进中 under 土建工程完成率
    }
    boolean part = Texts.startsWithAny(pending, 0, PARTS);
    boolean work = Texts.containsAny(pending, WORK) || Texts.containsAny(pending, CARRIED); // 室外配套工程顺延至2024年: work carried on
    if (!part && (!work || done.contains("全部") && !Texts.containsAny(done, DONE_PARTS))) {
      return null; // 道路全部硬化完成，绿化提升有望明年实施: all of the work done, and other work hoped for
    }
    if (Texts.containsAny(pending, NEXT_YEARS) && (Texts.containsAny(done, THIS_YEAR) || target.contains("年度") || name.contains("年度"))) {
      return null; // 完成本年度建设任务，剩余15公里按计划于明年实施: the year's part done, the rest is a later year's
    }
    boolean laterAsked = false;
    for (String later : LATER) {
      laterAsked |= pending.contains(later) && (target.contains(later) || name.contains(later));
    }
    for (String later : LATER) {
      if (pending.contains(later) && !done.contains(later) && !laterAsked) {
        return null; // 有望明年投入使用, 正在办理竣工决算: a later step, not a part of the work
      }
    }
    Trace.Builder trace =
        Reasons.trace(scorer, "part-pending", "JX-T-0501")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("pending", pending.strip());
    return IndicatorVerdict.scored(mixed, QualitativeScorer.banded(trace, mixed).build());
  }

  /** At most this many clauses are read: a cell of more reports many pieces of work, not one and its rest. */
  private static final int MOST_CLAUSES = 4;

  /** How many clauses {@code s} has (a clause's end before its last character starts another). */
  private static int clauses(String s) {
    int n = 1;
    for (int i = 0; i + 1 < s.length(); i++) {
      if (Clauses.isClauseEnd(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code s} holds a word of a part not done yet ({@link #PENDING}; 争取, but not 争取到 or 争取了: secured). */
  private static boolean pending(String s) {
    if (Texts.containsAny(s, PENDING)) {
      return true;
    }
    for (int at = s.indexOf("争取"); at >= 0; at = s.indexOf("争取", at + 2)) {
      if (!Texts.startsWithAny(s, at + 2, List.of("到", "了"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words of work carried to a later date (session 78: 室外配套工程转入次年实施, 结转至下年度, 顺延至2024年): a part pending, and
   * the date after them a new plan, not a day the work was done ({@link DeadlineScorer}).
   */
  static final List<String> CARRIED =
      List.of("转入次年", "转入下年", "转入下一年", "转入明年", "结转至", "结转到", "顺延至", "顺延到", "延至", "延期至", "推迟至", "推迟到", "延后至", "推延至");

  /** Words of a part not done yet: hoped for, planned, going on (在建中, not 在建设期内), or carried to a later date. */
  private static final List<String> PENDING =
      Stream.concat(
              Stream.of("有望", "可望", "预计", "力争", "正在", "推进中", "尚在", "在建中", "进行中", "计划于", "计划明年", "计划年底", "计划下", "计划在",
                  "计划将", "将于", "待验收", "待完工", "待施工", "待安装", "待审核", "待办理", "待发放", "待整改", "待实施", "待交付", "待完成", "待办结"),
              CARRIED.stream())
          .toList();

  /** Words of work done in the other clause. */
  private static final List<String> DONE = List.of("已", "完成", "完工", "竣工", "建成", "完毕", "到位");

  /** Verbs of the work itself, asked by the target and named by the pending part. */
  private static final List<String> WORK =
      List.of("完工", "完成", "竣工", "建成", "施工", "建设", "安装", "铺设", "录入", "调试", "验收", "装修", "改造", "发放", "整改", "实施",
          "交付", "上线");

  /** Words opening a clause of the rest of the work (其余3个乡镇, 二期, 附属设施). */
  static final List<String> PARTS = List.of("其余", "剩余", "余下", "二期", "三期", "附属", "配套", "尚有", "还有", "另有", "部分");

  /** Words of a part in the clause of work done: 主体工程已全部完工 is all of a part. */
  private static final List<String> DONE_PARTS = List.of("主体", "一期", "首期", "首批", "第一批", "部分", "土建");

  private static final List<String> NEXT_YEARS = List.of("明年", "次年", "下年", "下一年");

  private static final List<String> THIS_YEAR = List.of("本年度", "年度任务", "年度计划", "今年", "本年");

  /** Steps after the work, or other matters: pending, they leave the work itself done. */
  private static final List<String> LATER =
      List.of("使用", "投用", "运营", "运行", "评价", "决算", "结算", "审计", "管护", "运维", "备案", "移交", "验收", "绩效", "尾款", "资金");

  /** New work of a later year: 明年计划新建5所. */
  private static final List<String> NEW_WORK = List.of("新建", "新增", "新开工", "明年计划", "下一步", "下阶段", "明年将");
}
