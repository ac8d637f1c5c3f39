package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.LabelledClauses;
import org.jixiao.rules.internal.text.ListSplitter;
import org.jixiao.rules.internal.text.QuantityScanner;
import org.jixiao.rules.internal.text.Respectively;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.ListItem;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Unit;

/**
 * A target cell holding a list ({@code 1.… 2.…}, {@code 1、…}, items separated by {@code ;}, or
 * figures separated by {@code 、} when the actual gives several figures too) is scored item by
 * item with the scorers after this one, then combined (mean by default, or min).
 *
 * <p>Pairing: when target and actual are both numbered, item n with item n (repeated numbers in
 * order of appearance); when both are unnumbered lists of one length, by position; otherwise
 * each target item with the whole actual, where the quantitative scorer picks the figure by
 * unit and keyword. A numbered target item without its actual item is undetermined. An
 * unnumbered target against a plain word ({@code 完成}) is not split: the word covers it all.
 * Clauses joined by commas, each naming what its figure counts ({@code 饭堂用餐人数93人，办公人数36人}),
 * are sub-targets when the actual names the same things clause by clause; they are paired by
 * name ({@link LabelledClauses}).
 *
 * <p>A list of more than {@value #MAX_ITEMS} items is not a set of sub-targets a form would
 * print: the indicator is undetermined rather than scored item by item (which would also cost
 * time quadratic in the text).
 */
public final class SubTargetScorer implements IndicatorScorer {
  /** The most items scored one by one. */
  static final int MAX_ITEMS = 30;

  /** The names of the parts' figures, {@code part1} to {@code part30}: made once, not once per part. */
  private static final String[] PART_NAMES = new String[MAX_ITEMS];

  static {
    for (int p = 0; p < MAX_ITEMS; p++) {
      PART_NAMES[p] = "part" + (p + 1);
    }
  }

  @Override
  public String id() {
    return BuiltInIds.SUB_TARGETS;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    if (input.item().isPresent()) {
      return Optional.empty(); // parts are not split again
    }
    String target = IndicatorTexts.normalize(input.target());
    String actual = IndicatorTexts.normalize(input.actual());
    String written = Respectively.expand(target); // 城市、农村分别达到600、450元/月: two targets
    boolean listed = written != target;
    if (listed) {
      target = written;
      actual = Respectively.expand(actual); // only beside such a target: PartSums reads 分别 in an actual alone
    }
    List<ListItem> targets = ListSplitter.listItems(target); // none when no list of two or more
    if (targets.size() < 2 && target.indexOf('、') >= 0) {
      List<String> pieces = ListSplitter.splitOn(target, '、');
      if (pieces.size() >= 2
          && pieces.size() <= MAX_ITEMS
          && IndicatorTexts.parseActual(actual).size() >= 2
          && pieces.stream().allMatch(p -> IndicatorTexts.parseTarget(p).isQuantitative())) {
        targets = new ArrayList<>();
        for (String piece : pieces) {
          targets.add(new ListItem(0, piece));
        }
      }
    }
    if (targets.size() < 2) {
      Optional<List<LabelledClauses.Pair>> clauses = LabelledClauses.pair(target, actual, MAX_ITEMS, listed);
      if (clauses.isPresent()) {
        return clauses.map(pairs -> byName(input, context, pairs));
      }
      targets = byUnit(target, actual);
      if (targets.size() < 2) {
        return Optional.empty(); // one target: the whole actual is judged
      }
    }
    List<ListItem> actuals = ListSplitter.listItems(actual); // only now: most targets are no list
    // an actual list is paired item by item; only a single actual is asked whether it has figures
    // (parseActual's test, without its list)
    if (actuals.size() < 2 && !QuantityScanner.hasQuantity(IndicatorTexts.normalize(actual))) {
      return Optional.empty(); // a plain word such as 完成 answers the whole list
    }
    if (targets.size() > MAX_ITEMS) {
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(id(), "too-many-items", "JX-T-0261")
                  .putArgs("count", Integer.toString(targets.size()))
                  .putArgs("max", Integer.toString(MAX_ITEMS))
                  .build()));
    }
    List<IndicatorVerdict> parts = new ArrayList<>();
    boolean byNumber = targets.get(0).number() > 0 && actuals.size() >= 2 && actuals.get(0).number() > 0;
    boolean byPosition = !byNumber && actuals.size() == targets.size();
    Map<Integer, Integer> seen = new HashMap<>();
    for (int t = 0; t < targets.size(); t++) {
      ListItem item = targets.get(t);
      int number = item.number() > 0 ? item.number() : t + 1;
      Optional<String> paired;
      if (byNumber) {
        int occurrence = seen.merge(item.number(), 1, Integer::sum);
        paired = nth(actuals, item.number(), occurrence);
      } else if (byPosition) {
        paired = Optional.of(actuals.get(t).text());
      } else {
        paired = Optional.of(actual);
      }
      if (paired.isEmpty()) {
        parts.add(
            IndicatorVerdict.undetermined(
                    Reasons.trace(id(), "unpaired", "JX-T-0262")
                        .putArgs("number", Integer.toString(number))
                        .putArgs("text", Texts.shorten(item.text()))
                        .putArgs("item", Integer.toString(item.number()))
                        .build())
                .forItem(number));
      } else {
        parts.add(context.next(input.part(number, item.text(), paired.get())).forItem(number));
      }
    }
    return Optional.of(combine(parts, context.profile().combination(), byNumber ? Pairing.NUMBER : byPosition ? Pairing.POSITION : Pairing.KEYWORD));
  }

  /**
   * The clauses of a target joined by commas, each with one figure in a unit of its own, when the
   * actual has as many clauses and each answers its target clause by position (完成1部宣传片，2套方案 /
   * 完成1部宣传片，1套方案; 培训2期，培训人数100人): one figure of that unit, whole (not per item: 每场,
   * 户均, 补助标准2万元, 亩产, 各, 分别), stated as done (not a bound: 面积不少于100平方米), in a clause that
   * shares a word with the target's. Each is then scored against the whole actual, whose only figure
   * of its unit answers it. Read whole, only the first figure was compared, and a shortfall in
   * another clause never seen. Not a clause that qualifies another or asks per item (每次不少于50人,
   * 单价), a ceiling, a length or money (建设周期6个月, 总投资120万元), nor two figures of one unit, which only names
   * can pair ({@link LabelledClauses}); empty when the target is no such list.
   */
  private static List<ListItem> byUnit(String target, String actual) {
    if (target.indexOf(',') < 0 || actual.indexOf(',') < 0) {
      return List.of();
    }
    List<String> clauses = ListSplitter.splitOnCommas(target);
    if (clauses.size() < 2 || clauses.size() > MAX_ITEMS) {
      return List.of();
    }
    List<String> answers = ListSplitter.splitOnCommas(actual);
    if (answers.size() != clauses.size()) {
      return List.of();
    }
    List<Unit> units = new ArrayList<>(clauses.size());
    List<ListItem> items = new ArrayList<>(clauses.size());
    for (int i = 0; i < clauses.size(); i++) {
      String clause = clauses.get(i).strip();
      Target t = IndicatorTexts.parseTarget(clause);
      Optional<Quantity> q = t.quantity();
      if (!t.isQuantitative() || q.isEmpty() || t.comparison().isReverse() || q.get().unit().equals(Unit.NONE) || q.get().unit().isDuration()
          || q.get().unit().isMoney() // 总投资120万元, 经费40万元: as often a budget, which spending under meets
          || Texts.containsAny(clause, QUALIFIERS) || QuantityScanner.quantities(clause, false).size() != 1) {
        return List.of();
      }
      Unit unit = q.get().unit();
      for (Unit other : units) {
        if (other.isCompatibleWith(unit)) {
          return List.of(); // two of one unit: which actual figure answers which, only names say
        }
      }
      String answer = answers.get(i).strip();
      List<Quantity> stated = QuantityScanner.quantities(answer, false);
      if (stated.size() != 1 || !stated.get(0).unit().isCompatibleWith(unit) || stated.get(0).per().isPresent()
          || Texts.containsAny(answer, PER_ITEM) || !shareAWord(clause, answer)) {
        return List.of(); // the actual answers this clause by no figure, by several, per item or about something else
      }
      units.add(unit);
      items.add(new ListItem(0, clause));
    }
    for (int i = 0; i < answers.size(); i++) {
      for (int j = 0; j < units.size(); j++) {
        String symbol = units.get(j).symbol();
        if (j != i && !symbol.equals("%") && !units.get(i).symbol().contains(symbol) && answers.get(i).contains(symbol)) {
          return List.of(); // 组织培训10场，场次人数100人次: the 场 of another clause, so 100 人次 is per 场
        }
      }
    }
    return items;
  }

  /** Words of a clause that qualifies the one before it, asks per item or sets a budget: 每次不少于50人, 其中女性20人, 单价, 预算10万元. */
  private static final List<String> QUALIFIERS =
      List.of("每", "均", "单价", "单次", "单个", "单台", "单位", "标准", "其中", "含", "包括", "包含", "预算", "成本", "周期", "工期", "期限");

  /** Words of an actual clause that make its figure per item or a bound, not the whole done: 每场, 户均, 补助标准2万元, 亩产550公斤, 各配备1套. */
  private static final List<String> PER_ITEM =
      List.of("每", "均", "单", "各", "分别", "标准", "产", "场场", "人平", "人手", "不少于", "不低于", "以上", "以下", "以内", "不超过", "约");



  /** Whether two clauses share two ideographs in a row (方案 in 2套方案 and 方案1套): they speak of the same thing. */
  private static boolean shareAWord(String a, String b) {
    for (int k = 0; k + 1 < a.length(); k++) {
      if (Character.UnicodeScript.of(a.charAt(k)) == Character.UnicodeScript.HAN
          && Character.UnicodeScript.of(a.charAt(k + 1)) == Character.UnicodeScript.HAN
          && b.contains(a.substring(k, k + 2))) {
        return true;
      }
    }
    return false;
  }

  /** Clauses of target and actual that name the same things ({@link LabelledClauses}), scored pair by pair. */
  private IndicatorVerdict byName(IndicatorInput input, ScoringContext context, List<LabelledClauses.Pair> pairs) {
    List<IndicatorVerdict> parts = new ArrayList<>(pairs.size());
    for (int p = 0; p < pairs.size(); p++) {
      LabelledClauses.Pair pair = pairs.get(p);
      parts.add(context.next(input.part(p + 1, pair.target(), pair.actual())).forItem(p + 1));
    }
    return combine(parts, context.profile().combination(), Pairing.NAME);
  }

  private static Optional<String> nth(List<ListItem> items, int number, int occurrence) {
    int count = 0;
    for (ListItem item : items) {
      if (item.number() == number && ++count == occurrence) {
        return Optional.of(item.text());
      }
    }
    return Optional.empty();
  }

  /** How items were paired, in the two languages of the reasons. */
  private enum Pairing {
    NUMBER("按编号", "by number"),
    POSITION("按位置", "by position"),
    KEYWORD("按单位和关键词", "by unit and keyword"),
    NAME("按所列名称", "by what each names");

    final String zh;
    final String en;

    Pairing(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }
  }

  /** Each part's number and what it came to ({@code 1 → 80%，2 → 不适用}): made only when the reason is read. */
  private static String summary(List<IndicatorVerdict> parts, boolean english) {
    StringBuilder out = new StringBuilder();
    for (IndicatorVerdict part : parts) {
      if (out.length() > 0) {
        out.append(english ? ", " : "，");
      }
      out.append(part.item().orElse(0)).append(" → ");
      if (part.outcome() == Outcome.SCORED) {
        out.append(Decimals.percent(part.fraction().orElse(BigDecimal.ZERO)));
      } else if (part.outcome() == Outcome.NOT_APPLICABLE) {
        out.append(english ? "not applicable" : "不适用");
      } else {
        out.append(english ? "undetermined" : "无法判定");
      }
    }
    return out.toString();
  }

  private IndicatorVerdict combine(List<IndicatorVerdict> parts, Profile.Combination combination, Pairing pairing) {
    List<BigDecimal> scored = new ArrayList<>();
    Trace.Builder trace = Trace.builder().rule(id());
    for (int p = 0; p < parts.size(); p++) {
      IndicatorVerdict part = parts.get(p);
      if (part.outcome() == Outcome.SCORED) {
        BigDecimal f = part.fraction().orElse(BigDecimal.ZERO);
        scored.add(f);
        trace.putFigures(PART_NAMES[p], Decimals.fraction(f)); // score() refuses more than MAX_ITEMS parts
      }
    }
    trace
        .putArgs("count", Integer.toString(parts.size()))
        .putArgs("pairing", pairing.zh)
        .putArgs("pairingEn", pairing.en)
        .putArgs("summary", () -> summary(parts, false))
        .putArgs("summaryEn", () -> summary(parts, true));
    if (scored.isEmpty()) {
      boolean allNotApplicable = true;
      for (IndicatorVerdict p : parts) {
        allNotApplicable &= p.outcome() == Outcome.NOT_APPLICABLE;
      }
      if (allNotApplicable) {
        return IndicatorVerdict.notApplicable(trace.method("parts").reason("JX-T-0263", Reasons.ZH).build(), parts);
      }
      return IndicatorVerdict.undetermined(trace.method("parts").reason("JX-T-0264", Reasons.ZH).build(), parts);
    }
    BigDecimal fraction;
    String method;
    if (combination == Profile.Combination.MIN) {
      fraction = BigDecimal.ONE;
      for (BigDecimal f : scored) {
        fraction = Decimals.min(fraction, f);
      }
      method = "min-of-parts";
    } else {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal f : scored) {
        sum = sum.add(f);
      }
      fraction = Decimals.divide(sum, BigDecimal.valueOf(scored.size()));
      method = "mean-of-parts";
    }
    fraction = Decimals.min(fraction, BigDecimal.ONE);
    trace
        .putArgs("scored", Integer.toString(scored.size()))
        .putArgs("percent", fraction, Trace.Printed.PERCENT)
        .method(method)
        .reason(combination == Profile.Combination.MIN ? "JX-T-0266" : "JX-T-0265", Reasons.ZH);
    return IndicatorVerdict.scored(fraction, trace.build(), parts);
  }
}
