package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Totals;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A total told in its parts (review 73b): 培训基层干部1,200人次、致富带头人860人次 under 培训人次 ≥ 2000 人次 is 2060 人次, 第一季度5场，
 * 第二季度6场，第三季度7场，第四季度6场 is 24 场, 城关镇132户、河口镇98户 … the households of every town. The scorer took the
 * first part (60 %) or found the figures tied (undetermined). A stated total beside its parts (…，合计128.5万元) answers when
 * the parts add up to it, and nothing does when they do not (新建3座，维修加固4座，合计8座). Part of {@link QuantitativeScorer}.
 *
 * <p>The parts must be a list: joined by 、 (和, 及), or by commas when each opens with a period or a place (第一季度, 上半年,
 * 城关镇), or when a stated total closes them; nothing between two parts but the next one's label. Not read as parts: a
 * share, a time, a rate or an average asked; a part of a part (其中…, （含…）, in brackets); figures of a plan and its level
 * (计划…，实际…) or of two steps (开工12个、完工7个, 受理…、办结…); periods that leave some of the year out (一至三季度分别…);
 * and a list whose parts the name picks one of (新建水冲式公厕3座、改造旱厕5座 under 新建公厕数量).
 */
final class PartSums {
  private PartSums() {}

  /**
   * What the parts say: {@code quantity} their total (or the stated total they add up to) with {@code note} showing the
   * parts, or, when {@code agrees} is false, a stated total they do not add up to.
   */
  record Outcome(Quantity quantity, String parts, BigDecimal sum, boolean agrees) {
    /** The parts as the reason shows them after the figure: （1200 人次 + 860 人次）. */
    String note() {
      return "（" + parts + "）";
    }
  }

  /** At most this many parts are added: a longer list is a table, not a cell. */
  private static final int MOST_PARTS = 12;

  /**
   * The total of {@code candidates} (in order, the figures of the target's unit left after levels were chosen), when they
   * are parts of a list of the thing {@code name} counts; null when they are not, which leaves them as they were.
   */
  static @Nullable Outcome of(List<Quantity> candidates, String s, String name, String target, Comparison comparison, Quantity wanted, Unit unit) {
    if (candidates.size() < 2 || candidates.size() > MOST_PARTS + 1 || comparison == Comparison.BETWEEN || wanted.per().isPresent()
        || unit.isShare() || unit.isDuration() || Texts.containsAny(name, NOT_TOTALS) || Texts.containsAny(target, NOT_TOTALS)) {
      return null; // a share, a time or a rate asked is no sum of parts
    }
    List<Quantity> parts = new ArrayList<>(candidates.size());
    List<String> labels = new ArrayList<>(candidates.size());
    @Nullable Quantity total = null;
    boolean commas = false;
    for (int i = 0; i < candidates.size(); i++) {
      Quantity q = candidates.get(i);
      if (q.isRange() || q.per().isPresent() || (i > 0 && q.start() < candidates.get(i - 1).end())) {
        return null;
      }
      if (Totals.before(s, q.start())) {
        if (total != null) {
          return null;
        }
        total = q;
        continue;
      }
      if (parts.isEmpty()) {
        int from = clauseStart(s, q.start());
        parts.add(q);
        labels.add(s.substring(from, q.start()));
        continue;
      }
      Quantity previous = parts.get(parts.size() - 1);
      String gap = withoutSubsets(s.substring(previous.end(), q.start()));
      if (gap == null) {
        continue; // a part of the previous part (（其中低保户45户）): not added
      }
      int separator = separatorOf(gap);
      if (separator < 0) {
        return null; // two figures in one clause, words of another kind between, or other figures
      }
      commas |= gap.charAt(separator) == ',' || gap.charAt(separator) == ';';
      parts.add(q);
      labels.add(gap.substring(separator + 1));
    }
    if (parts.size() < 2 || !sameKind(parts, unit) || respectively(labels.get(0))) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    boolean approximate = false;
    StringBuilder shownParts = new StringBuilder();
    for (Quantity p : parts) {
      sum = sum.add(inUnit(p, unit));
      approximate |= p.approximate();
      shownParts.append(shownParts.length() > 0 ? " + " : "").append(p.describe());
    }
    String note = shownParts.toString();
    boolean adds = total != null && inUnit(total, unit).compareTo(sum) == 0;
    if (total != null && adds) {
      // 发放创业补贴86.5万元、就业见习补贴42万元，合计128.5万元: the parts add up, so the total is of them
      return PartLabels.namesSomeParts(name, labels, commas) ? null : new Outcome(total, note, sum, true);
    }
    if (!PartLabels.labelsOfParts(labels)) {
      return null;
    }
    boolean periods = PartLabels.allOpenWith(labels, PartLabels::periodAt);
    if (commas && total == null && !periods && !PartLabels.allOpenWith(labels, PartLabels::placeAt) && !PartLabels.kindsOfTheNamed(labels, name)) {
      return null; // 新建水冲式公厕3座，改造旱厕5座: clauses of their own, not a list
    }
    if (periods && total == null && !PartLabels.wholeYear(labels, s) && !(comparison == Comparison.AT_LEAST && sum.compareTo(wanted.value()) >= 0)) {
      return null; // 一至三季度分别开展8次、10次、9次: the fourth quarter is not told (unless the parts told already reach a floor)
    }
    if (!(periods && PartLabels.workSaidOnce(labels)) // 上半年开展宣传活动4场，下半年开展3场: the work said once, of both halves
        && (PartLabels.namesSomeParts(name, labels, commas) || PartLabels.namesSomeParts(target, labels, commas))) {
      // the name asks one of the parts, or the target does (a sub-target of 新建中转站8个、分类池20个): the scorer picks it
      return null;
    }
    if (total != null) {
      return approximate || total.approximate() ? null : new Outcome(total, note, sum, false);
    }
    Quantity first = parts.get(0);
    Quantity last = parts.get(parts.size() - 1);
    Unit shown = first.unit().isCompatibleWith(unit) ? unit : first.unit();
    return new Outcome(new Quantity(sum, Optional.empty(), shown, approximate, first.start(), last.end()), note, sum, true);
  }

  /**
   * Whether the first label maps the parts onto measures listed before 分别 (培训人数、就业人数分别为: two measures; not 东、西两片区
   * 分别筛查, two areas of one measure) or onto
   * periods that may leave some of the year out (一至三季度分别开展督查8次、10次、9次); four quarters named so are the year.
   */
  private static boolean respectively(String first) {
    int at = first.indexOf("分别");
    if (at < 0) {
      return false;
    }
    String before = first.substring(0, at);
    return before.indexOf('、') >= 0 && Texts.containsAny(before, MEASURES)
        || (before.indexOf('季') >= 0 || before.indexOf('月') >= 0) && !Texts.containsAny(before, List.of("四个季度", "一至四季度", "1-4季度", "各季度", "12个月", "1-12月"));
  }

  /** Words of measures listed before 分别 (培训人数、就业人数分别为): each figure answers one, no sum (东、西两片区分别筛查 sums). */
  private static final List<String> MEASURES = List.of("数", "率", "量", "额", "面积", "里程", "长度", "时间", "费");

  /** {@code q}'s value in {@code unit}, or as it is when bare. */
  private static BigDecimal inUnit(Quantity q, Unit unit) {
    return q.unit().isCompatibleWith(unit) ? q.unit().convert(q.value(), unit) : q.value();
  }

  /** Undetermined: the parts of {@code outcome} do not add up to the total stated beside them. */
  static IndicatorVerdict disagreeing(String scorer, Comparison comparison, Quantity wanted, Outcome outcome, Unit unit) {
    Trace trace =
        Reasons.trace(scorer, "parts-disagree", "JX-T-0503")
            .putArgs("comparison", comparison.symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("parts", outcome.parts())
            .putArgs("sum", () -> Quantity.of(outcome.sum(), unit).describe())
            .putArgs("total", outcome.quantity()::describe)
            .build();
    return IndicatorVerdict.undetermined(trace);
  }

  /** Words of a name or target that ask a rate, an average or one extreme, never a total of parts. */
  private static final List<String> NOT_TOTALS =
      List.of("平均", "人均", "户均", "均值", "最高", "最低", "最长", "最短", "最多", "最少", "单个", "单项", "每个", "每人", "每户", "每村", "每场", "标准", "单价", "定额");

  /** Where the clause before {@code at} starts (after a clause's end, an opening bracket or the text's start). */
  private static int clauseStart(String s, int at) {
    int k = at;
    while (k > 0 && ",;:。!?\n(".indexOf(s.charAt(k - 1)) < 0) {
      k--;
    }
    return k;
  }

  /**
   * The gap between two parts with parts of a part taken out (a bracket, 其中… or 含… to its clause's end), or null when
   * the figure after it is itself inside such a part (its bracket or clause is still open).
   */
  private static @Nullable String withoutSubsets(String gap) {
    StringBuilder out = new StringBuilder(gap.length());
    boolean inside = false;
    boolean bracket = false;
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (!inside && (c == '(' || gap.startsWith("其中", k) || c == '含' || gap.startsWith("包括", k))) {
        inside = true;
        bracket = c == '(';
      } else if (inside && (bracket ? c == ')' : ",;。".indexOf(c) >= 0)) {
        inside = false;
        if (!bracket) {
          out.append(c);
        }
      } else if (!inside) {
        out.append(c);
      }
    }
    return inside ? null : out.toString();
  }

  /**
   * Where the one separator of a gap between two parts is (、 , ; or 和 及 与 alone in a short gap), or -1 when there is none,
   * more than one, or a figure (not the digits of a period opening the next part: ,7-12月).
   */
  private static int separatorOf(String gap) {
    int at = -1;
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (Character.isDigit(c) || c == '。' || c == ':') {
        // the digits of the next part's period (,7-12月发放) are its label, not a figure
        return at >= 0 && Character.isDigit(c) && PartLabels.periodAt(gap.substring(at + 1).strip()) ? at : -1;
      }
      if (c == '、' || c == ',' || c == ';') {
        if (at >= 0) {
          return -1;
        }
        at = k;
      }
    }
    if (at < 0 && gap.length() <= 8) {
      for (int k = 0; k < gap.length(); k++) {
        if ("和及与".indexOf(gap.charAt(k)) >= 0) {
          return k; // 新建3座及改造5座
        }
      }
    }
    return at;
  }

  /** Whether the parts are all in units of the target's dimension, or all bare (服务人次分别为680、720、655、790). */
  private static boolean sameKind(List<Quantity> parts, Unit unit) {
    boolean bare = parts.get(0).unit().equals(Unit.NONE);
    for (Quantity p : parts) {
      if (bare ? !p.unit().equals(Unit.NONE) : !p.unit().isCompatibleWith(unit)) {
        return false;
      }
    }
    return true;
  }
}
