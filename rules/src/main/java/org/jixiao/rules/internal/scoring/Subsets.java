package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;

/**
 * A figure followed by parts of it, after 其中, 含 or 包括 or in brackets, when the figures are still tied after every other
 * reading (review 74b): the whole answers, or the one part the name names by words of its own. 新建改建公厕17座（含新建9座、改建8座）,
 * 发放稳岗返还资金共计612.4万元，其中中小微企业483.7万元 and 满意率93.5%，其中非常满意41% were undetermined; now 17 座, 612.4 万元 and
 * 93.5 % answer. Under 残疾人职业技能培训人数, 全年开展各类职业培训3,460人（含残疾人186人） is 186 人. Only the one shape, a whole and after
 * it nothing but its parts. The figures stay tied when the name asks something the cell says of neither (新增 beside 全区养老床位
 * 达到2,360张, 整改 beside 排查), when a part may be the one asked in other words (乡村医生 under 村医培训人次), when the whole is of
 * several kinds (脱贫户和一般农户), when a plan, a total or a step of its own is among the parts (培训280人（目标300人）, 本年培训
 * 280人（累计1200人）, 发现问题45个，其中已整改42个), when the parts add up to more than the whole, and when there is no name.
 * Part of {@link QuantitativeScorer}.
 */
final class Subsets {
  private Subsets() {}

  /** Farthest the opening of the parts may stand after the whole's figure (，其中 or （含). */
  private static final int NEAR = 3;

  /** Words of a total over more than the whole (累计, 合计): a figure in brackets so is no part. */
  private static final List<String> TOTALS = List.of("累计", "合计", "总计", "共计");

  /** Whether the part's label says a step of the work of its own (已整改, 办结), which the whole's does not: a later step, not a kind. */
  private static boolean stepOfItsOwn(String label, String wholeLabel) {
    if (label.indexOf('已') >= 0) {
      return true;
    }
    for (String step : PartLabels.STEPS) {
      if (step.length() > 1 && label.contains(step) && !wholeLabel.contains(step)) {
        return true;
      }
    }
    return false;
  }

  /** Words joining kinds in the whole's label: a whole of more than one kind (脱贫户和一般农户). */
  private static final List<String> UNIONS = List.of("和", "及", "与", "、");

  /** Whether a part's label holds a pair of {@code asked} that {@code wholeLabel} does not (pass "" for any pair). */
  private static boolean partHoldsAPair(Set<String> asked, List<String> labels, String wholeLabel) {
    for (String label : labels) {
      for (String pair : asked) {
        if (label.contains(pair) && !wholeLabel.contains(pair)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Characters of a name's measure left after its word of measure is taken off (事故起数, 资金发放金额). */
  private static final String MEASURES = "数量额率度";

  /** Words of a plan before the whole: its parts may be what was done of it. */
  private static final List<String> PLANS = List.of("计划", "预计", "目标", "任务", "下达", "预算", "拟");

  /**
   * {@code candidates} (in order, of the normalised actual {@code s}) as a whole and its parts reduce to: the whole, or the one
   * part the name names; {@code candidates} itself when they are no whole followed by its parts.
   */
  static List<Quantity> answering(List<Quantity> candidates, String s, String name) {
    if (candidates.size() < 2 || name.isBlank() || (s.indexOf("其中") < 0 && s.indexOf('含') < 0 && s.indexOf("包括") < 0 && s.indexOf('(') < 0)) {
      return candidates;
    }
    Quantity whole = candidates.get(0);
    int open = opening(s, whole.end());
    if (open < 0) {
      return candidates;
    }
    String wholeLabel = s.substring(Clauses.clauseStart(s, whole.start()), whole.start());
    if (Texts.containsAny(wholeLabel, PLANS)) {
      return candidates;
    }
    boolean bracket = s.charAt(open) == '(';
    List<String> labels = new ArrayList<>(candidates.size() - 1);
    int from = open;
    for (int i = 1; i < candidates.size(); i++) {
      Quantity part = candidates.get(i);
      if (!inside(s, open, part.start(), bracket)) {
        return candidates; // a figure after the parts: not the one shape
      }
      labels.add(s.substring(from, part.start()));
      from = part.end();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (Texts.containsAny(label, PLANS) || Texts.containsAny(label, TOTALS) || stepOfItsOwn(label, wholeLabel)) {
        return candidates; // 培训280人（目标300人）, 本年培训280人（累计1200人）, 发现问题45个，其中已整改42个: no parts of a kind
      }
      sum = sum.add(candidates.get(i + 1).value());
    }
    if (sum.compareTo(whole.value()) > 0 && whole.unit().equals(candidates.get(1).unit())) {
      return candidates; // 培训120人，其中农民工80人，退役军人90人，高校毕业生70人: more than the whole, no parts of it
    }
    Set<String> asked = Keywords.namedWork(name);
    if (Texts.containsAny(wholeLabel, UNIONS) && partHoldsAPair(asked, labels, "")) {
      return candidates; // 培训脱贫户和一般农户120人，其中脱贫户45人 under 培训脱贫户: the part may be what is asked
    }
    int named = -1;
    for (int i = 0; i < labels.size(); i++) {
      if (names(asked, labels, i, wholeLabel)) {
        if (named >= 0) {
          return List.of(whole); // two parts named: the whole holds both
        }
        named = i;
      }
    }
    if (named >= 0) {
      return List.of(candidates.get(named + 1));
    }
    if (partHoldsAPair(asked, labels, wholeLabel)) {
      return candidates; // 开展培训150人次，其中乡村医生90人次 under 村医培训人次: the part may be the one asked, in other words
    }
    if (!whole.unit().isShare() && !allSaid(asked, wholeLabel, labels, whole.unit().symbol() + MEASURES)) {
      return candidates; // 排查安全隐患520处，其中重大隐患12处 under 安全隐患整改数: 整改 is said of none
    }
    return List.of(whole);
  }

  /** Whether {@code part} is a part of {@code whole} as this class reads one: after 其中, 含, 包括 or a bracket that follows it. */
  static boolean partAfter(String s, Quantity whole, Quantity part) {
    int open = opening(s, whole.end());
    return open >= 0 && open < part.start() && inside(s, open, part.start(), s.charAt(open) == '(');
  }

  /** Where 其中, 含, 包括 or an opening bracket stands within {@link #NEAR} characters after {@code end}, or -1. */
  private static int opening(String s, int end) {
    for (int k = end; k < Math.min(s.length(), end + NEAR); k++) {
      char c = s.charAt(k);
      if (c == '(' || c == '含' || s.startsWith("其中", k) || s.startsWith("包括", k)) {
        return k;
      }
      if (c != ',' && c != ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the figure at {@code at} is still inside the parts opened at {@code open}: its bracket, or its sentence. */
  private static boolean inside(String s, int open, int at, boolean bracket) {
    for (int k = open + 1; k < at; k++) {
      char c = s.charAt(k);
      if (bracket ? c == ')' : c == '。' || c == ';' || c == '(') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a pair of the name's words of work (its measure and generic pairs left out: 新增就业人数 is 新增 … 就业, so its 业人 is
   * not 失业人员's) is in part {@code i}'s label and in neither the whole's nor another part's (城区 of 其中城区段6.4km、郊区段6.2km).
   */
  private static boolean names(Set<String> asked, List<String> labels, int i, String wholeLabel) {
    String label = labels.get(i);
    int words = ownWords(label);
    int pairs = 0;
    for (String pair : asked) {
      if (!label.contains(pair) || wholeLabel.contains(pair)) {
        continue;
      }
      boolean own = true;
      for (int j = 0; j < labels.size() && own; j++) {
        own = j == i || !labels.get(j).contains(pair);
      }
      if (own && label.startsWith(pair, words)) {
        return true; // 其中新建12座 under 新建公厕数量
      }
      pairs += own ? 1 : 0;
    }
    return pairs > 1; // 含残疾人 under 残疾人职业技能培训人数; one pair inside the part's words is chance (村医 of 乡村医生)
  }

  /** Where the part's own words start in its label, past 其中, 含, 包括, a bracket, a separator or 为. */
  private static int ownWords(String label) {
    int k = 0;
    while (k < label.length()) {
      if (label.startsWith("其中", k) || label.startsWith("包括", k)) {
        k += 2;
      } else if ("(含、,:为 ".indexOf(label.charAt(k)) >= 0) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Whether every character of the name's words of work is in the whole's label or a part's: else the name asks something the
   * cell does not say (新增 of 新增养老床位数 beside 全区养老床位达到2,360张; 整改 beside 排查), and the figures stay as they were.
   */
  private static boolean allSaid(Set<String> asked, String wholeLabel, List<String> labels, String measures) {
    for (String pair : asked) {
      for (int k = 0; k < 2; k++) {
        String c = pair.substring(k, k + 1);
        boolean said = measures.contains(c) || wholeLabel.contains(c); // 起 and 数 of 事故起数 measure, they say no work
        for (int j = 0; j < labels.size() && !said; j++) {
          said = labels.get(j).contains(c);
        }
        if (!said) {
          return false;
        }
      }
    }
    return true;
  }
}
