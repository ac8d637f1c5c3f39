package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * 无 as the target of an indicator that counts something unwanted (安全生产事故 | 无, 群众有效投诉 | 无,
 * 是否存在挤占挪用 | 无): none of it is asked, as 无安全事故 and 零投诉 ask, and 无, 0起 or 未发生 meet it while
 * 发生1起 does not (review 62b, class I). In an ordinary cell 无 stays the "not filled" placeholder (资金保障率 |
 * 无, 培训人数 | 无): the name must end in the unwanted thing ({@link Absence#namesUnwanted}, the notion 零投诉 and
 * 未发生 are read with, by the name up to it), with nothing after it but words of how it is counted (情况, 起数,
 * 发生率) or what a wrong is done to (挪用资金, 套取补贴, 拖欠农民工工资): not 安全事故应急演练次数 (drills), 投诉处理率
 * (handling), 事故隐患整改.
 */
public final class NoneAsked {
  private NoneAsked() {}

  /** Words after the unwanted thing that say how it is counted (事故起数, 投诉情况, 事故发生率). */
  private static final List<String> TAILS =
      List.of("发生起数", "发生次数", "发生情况", "发生率", "发生数", "情况", "现象", "行为", "事件", "案件", "问题", "起数", "件数", "次数", "人数", "人次",
          "数量", "发生", "指标", "数", "率", "的");

  /** The longest target read here (无。): every other is looked at no further. */
  private static final int LONGEST = 3;

  /**
   * The target {@code target} stands for under the indicator {@code name} when it is 无 alone (closing
   * punctuation aside) and the name counts something unwanted: 无 and that thing (无事故, 无挪用), which reads
   * as none of it; null otherwise, as for nearly every target (its length tells first).
   */
  public static @Nullable String target(String name, String target) {
    if (target.length() > LONGEST || target.indexOf('无') < 0) {
      return null;
    }
    String t = IndicatorTexts.normalize(target).strip();
    int end = t.length();
    while (end > 0 && "。.,;!".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end != 1 || t.charAt(0) != '无') {
      return null;
    }
    String n = IndicatorTexts.normalize(name).strip();
    if (n.isEmpty() || Absence.asksAbsence(n.replace("有无", ""))) {
      return null; // 零事故天数, 无投诉率: a name that says none itself leaves 无 a placeholder
    }
    String last = null;
    int lastEnd = -1;
    boolean plain = false; // a word unwanted whatever it names (事故, 违规, 挪用), not only as a figure's
    for (int i = 0; i < n.length(); i++) {
      String w = Absence.unwantedAt(n, i);
      if (w != null && i + w.length() >= lastEnd) {
        last = w;
        lastEnd = i + w.length();
        plain |= !WORK_AS_OFTEN.contains(w);
      }
    }
    if (!plain) {
      return null; // 法律援助案件数, 热线咨询问题数, 种植结构调整: the cases, questions and changes are the work
    }
    // the name up to the thing must not handle it (投诉处理, 整改问题, 排查隐患); the funds after it may be 补贴
    return last != null && (onlyTails(n, lastEnd) || fundsAfter(n, lastEnd, last)) && Absence.namesUnwanted(n.substring(0, lastEnd))
        ? "无" + last
        : null;
  }

  /**
   * Words unwanted as a figure (预算调整率, 问题数 ≤ 3) that name the work as often as a harm (法律援助案件, 结构调整,
   * 受灾人数 helped): under 无 they ask none only beside a plain unwanted word (违规违纪案件, 违纪问题).
   */
  static final List<String> WORK_AS_OFTEN = List.of("调整", "结余", "问题", "案件", "受灾", "失业", "死亡");

  /** Words of a clause beside a count that name nothing counted (发生2起, 共1件, 全年0起). */
  private static final String BARE = "发生共计有全年本年度累计合";

  /**
   * The figures of {@code actual} (normalised) that count the thing a target of none asks ({@code noneAsked}, 无 and
   * the thing: 无事故): those in a clause naming it (发生一般事故1起, 收到有效投诉3件) or in a clause of a bare count
   * (2起, 发生1起); not a count of other work beside (排查整改隐患12处, 受理咨询120件, 开展安全检查12次), nor one a
   * denied occurrence stands right before (未发生1起).
   */
  public static List<Quantity> counted(String noneAsked, String actual, List<Quantity> figures) {
    String thing = noneAsked.substring(1);
    List<Quantity> out = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      int from = Clauses.clauseStart(actual, q.start());
      int to = Clauses.clauseEnd(actual, q.end());
      if (!QuantityScanner.deniedBefore(actual, q.start()) && (actual.substring(from, to).contains(thing) || bare(actual, from, q.start()) && bare(actual, q.end(), to))) {
        out.add(q);
      }
    }
    return out;
  }

  /** Whether {@code s} from {@code from} to {@code to} holds no ideograph but the words of a bare count. */
  private static boolean bare(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (Chars.isCjk(c) && BARE.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Wrongs done with funds, which name them after (挪用项目资金, 套取财政补贴, 拖欠农民工工资). */
  private static final List<String> WRONGS_WITH_FUNDS = List.of("挤占", "挪用", "截留", "套取", "虚报", "冒领", "拖欠");

  /** The funds a wrong of {@link #WRONGS_WITH_FUNDS} is done with. */
  private static final List<String> FUNDS = List.of("资金", "工资", "款项", "经费", "补贴", "补助", "资产", "专款", "款");

  /** The most characters of what names the funds before their word (财政专项资金: 4). */
  private static final int FUNDS_REACH = 6;

  /** Whether after the wrong {@code wrong} ending at {@code from} the name holds its funds, then only tails. */
  private static boolean fundsAfter(String name, int from, String wrong) {
    if (!WRONGS_WITH_FUNDS.contains(wrong)) {
      return false;
    }
    for (int k = from; k < name.length() && k - from <= FUNDS_REACH; k++) {
      String funds = Chars.firstAt(name, k, FUNDS);
      if (funds != null && onlyTails(name, k + funds.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} from {@code from} holds only words of {@link #TAILS}. */
  private static boolean onlyTails(String name, int from) {
    int at = from;
    while (at < name.length()) {
      String tail = Chars.firstAt(name, at, TAILS);
      if (tail == null) {
        return false;
      }
      at += tail.length();
    }
    return true;
  }
}
