package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.Differences;
import org.jixiao.rules.internal.text.Moves;
import org.jixiao.rules.internal.text.Signs;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The candidates for a target's figure sorted by what they state ({@link Differences}): the levels
 * when there are any (完成250人，超额50人: 250 人); else a distance or change restated as the level it
 * makes from the plan, budget or former year the actual states (计划培训200人，实际还差20人: 180 人;
 * 上年85%，较上年提高5个百分点: 90 %), or a distance from the target (超额完成50人 against ≥ 200 人:
 * 250 人; 节约5万元 against ≤ 100 万元: 95 万元); else none, and the indicator is undetermined
 * (较上年提高5个百分点 alone). Nothing is sorted when the target asks a change or a distance itself
 * (增长率 ≥ 5 %, 节约资金 ≥ 5 万元): the actual's figure is then its level.
 */
final class StatedDifferences {
  private StatedDifferences() {}

  /**
   * The candidates sorted: {@code candidates} to compare (the same list when nothing is restated or
   * left out); the figure a level was restated from ({@code from}), with the {@code base} it was
   * restated from, whether it was {@code above} it and its {@code words}; or, when no level can be
   * had, {@code noLevel}, saying whether the figures were changes from another time ({@code changes})
   * or distances from a budget the target is not, with the figures that state them ({@code moved}).
   */
  record Sorted(List<Quantity> candidates, @Nullable Quantity from, BigDecimal base, boolean above, String words, boolean noLevel,
      boolean changes, List<Quantity> moved) {
    /** The candidates {@code compared} as they stand: nothing restated. */
    static Sorted compared(List<Quantity> compared) {
      return new Sorted(compared, null, BigDecimal.ZERO, false, "", false, false, List.of());
    }

    /** A level restated from the figure {@code from} and its {@code base}, above or below it by the figure's {@code words}. */
    static Sorted restated(BigDecimal level, Unit unit, Quantity from, BigDecimal base, boolean above, String words) {
      Quantity restated = new Quantity(level, Optional.empty(), unit, from.approximate(), from.start(), from.end(), from.per());
      return new Sorted(List.of(restated), from, base, above, words, false, false, List.of());
    }

    boolean restated() {
      return from != null;
    }

    /** The note of a level restated from a distance (（200 人 + 超额完成 50 人）), else nothing. */
    String note(Unit unit) {
      Quantity d = from;
      if (d == null) {
        return "";
      }
      return "（" + Quantity.of(base, unit).describe() + (above ? " + " : " − ") + (words.isEmpty() ? "" : words + " ") + Quantity.of(d.value().abs(), d.unit()).describe()
          + "）";
    }
  }

  /**
   * Sorts {@code candidates} (figures of {@code actual} that fit the target's {@code wanted} in its
   * {@code unit}, compared by {@code comparison}); unchanged when the target asks a change or a distance itself.
   */
  static Sorted sort(List<Quantity> candidates, String actual, String target, Quantity wanted, Unit unit, Comparison comparison,
      String name) {
    if (candidates.size() > 1 && inPoints(target, wanted)) {
      candidates = inPointsFirst(candidates, actual); // ≥ 0.5 个百分点 against 达到62.3%，比上年提高0.4个百分点: 0.4
    }
    if (candidates.size() > 1 && Moves.mayStart(actual)) {
      List<Quantity> reached = reached(candidates, actual);
      if (reached != candidates && !asksAnIncrease(name, target, unit) && !Differences.asksAChange(target, wanted, name, comparison)) {
        candidates = reached; // 由85%提高到95%: 95 %; a change asked (新增床位 ≥ 50 张) is neither figure
      } else if (reached != candidates && reached.size() == 1 && !comparison.isReverse()) {
        Sorted change = moveAsked(candidates, reached.get(0), actual, target, wanted, unit, name);
        if (change != null) {
          return change; // 新增床位 ≥ 50 张 against 床位数由120张增加到150张: 30 张
        }
        if (targetNamesALevel(target, wanted)) {
          candidates = reached; // 新增就业岗位补贴 / 补贴人数≥200人 against 补贴人数由150人增加到230人: the target asks the level
        }
      }
    }
    Sorted same = Sorted.compared(candidates);
    if (!Differences.mayHold(actual)) {
      return same;
    }
    List<Differences.Read> reads = new ArrayList<>(candidates.size());
    Quantity moved = null;
    Differences.Read read = null;
    for (Quantity q : candidates) {
      Differences.Read r = Differences.of(actual, q);
      reads.add(r);
      if (moved == null && r.kind() != Differences.Kind.LEVEL) {
        moved = q;
        read = r;
      }
    }
    if (moved == null || read == null || Differences.asksAChange(target, wanted, name, comparison)
        || (read.kind() != Differences.Kind.LEFT && (Differences.namesADistance(target) || Differences.namesADistance(name)))) {
      return same; // nearly every cell: its figures are levels, or the target asks what they state
    }
    if (read.kind() == Differences.Kind.CHANGE && (read.bare()
        ? Differences.asksTheChange(name) || Differences.asksTheChange(target)
        : unit.symbol().equals("%") && Differences.namesAChangeOfAShare(name))) {
      return same; // 参保率提高 ≥ 3 % against 参保率提高3.5% or 参保率比上年提高3.5%: the change named is what is asked
    }
    Differences.Kind kind = read.kind();
    if (kind == Differences.Kind.LEFT && comparison.isReverse()) {
      return same; // 还有2件未办结 against ≤ 5 件, 未整改问题 ≤ 3 个: the remainder is what is counted
    }
    if (kind != Differences.Kind.CHANGE && kind != Differences.Kind.LEFT && isTheTargetsFigure(Differences.inUnit(moved, unit), wanted)) {
      return same; // 低于目标值90%, 超出预算100万元 against ≤ 100 万元: the target's own figure, a bound, not a distance
    }
    // a distance is from the plan or budget the actual states, a change from the former time it states
    Differences.Reference from = kind == Differences.Kind.CHANGE ? Differences.Reference.PAST : Differences.Reference.PLAN;
    List<Quantity> levels = new ArrayList<>(candidates.size());
    List<Quantity> references = new ArrayList<>(1);
    List<Quantity> stated = new ArrayList<>(candidates.size()); // the distances and changes, which a reason lists
    for (int k = 0; k < candidates.size(); k++) {
      Quantity q = candidates.get(k);
      if (reads.get(k).kind() != Differences.Kind.LEVEL) {
        stated.add(q);
        continue;
      }
      Differences.Reference ref = Differences.reference(actual, q);
      if (ref == Differences.Reference.NONE) {
        levels.add(q);
      } else if (ref == from) {
        references.add(q);
      }
    }
    if (!levels.isEmpty()) {
      return Sorted.compared(levels); // 完成250人，超额50人: the level is stated
    }
    String words = actual.substring(read.from(), moved.start()).strip();
    if (references.size() == 1) { // 计划培训200人，实际还差20人; 上年85%，较上年提高5个百分点
      Quantity ref = references.get(0);
      Boolean above = above(kind, actual, moved);
      BigDecimal base = Differences.inUnit(ref, unit);
      BigDecimal d = Differences.inUnit(moved, unit).abs();
      if (above != null && additive(kind, unit, actual, moved)) {
        BigDecimal level = above ? base.add(d) : base.subtract(d);
        if (level.signum() >= 0) {
          return Sorted.restated(level, unit, moved, base, above, words);
        }
      }
    }
    if (kind == Differences.Kind.LEFT && unit.symbol().equals("%")) { // 仍有5%的群众未表示满意: of the whole, not of the target
      BigDecimal d = Differences.inUnit(moved, unit).abs();
      return Sorted.restated(Decimals.HUNDRED.subtract(d).max(BigDecimal.ZERO), unit, moved, Decimals.HUNDRED, false, words);
    }
    if (kind != Differences.Kind.CHANGE) { // 超额完成50人, 节约5万元: from the target
      BigDecimal a = wanted.value();
      BigDecimal upper = wanted.upper().orElse(a);
      // a range's distance is from its lower end: 1000-1200头 and 比计划少100头 is 900 头
      BigDecimal level = Differences.level(kind, comparison, a, wanted.isRange() ? a : upper, Differences.inUnit(moved, unit));
      if (level != null) {
        boolean above = kind == Differences.Kind.ABOVE_TARGET || kind == Differences.Kind.ABOVE_BUDGET;
        BigDecimal base = kind == Differences.Kind.BELOW_TARGET || kind == Differences.Kind.LEFT || wanted.isRange() ? a : upper;
        return Sorted.restated(level, unit, moved, base, above, words);
      }
    } else if (!unit.symbol().equals("%") && (Differences.namesAVerbOfChange(name) || Differences.namesAVerbOfChange(target)
        || Texts.containsAny(name, LESS) || Texts.containsAny(target, LESS))) { // 二氧化硫减排量 against 较上年减少56吨
      return same; // 就业人数增加 / 较上年增加60人: the increase is what the target asks (a share's is a level: 提高群众满意度 ≥ 90 %)
    }
    return new Sorted(List.of(), null, BigDecimal.ZERO, false, "", true, kind == Differences.Kind.CHANGE, stated);
  }

  /** Whether the figure {@code q} of {@code text} is in percentage points (5个百分点). */
  private static boolean inPoints(String text, Quantity q) {
    int to = Math.min(text.length(), q.end() + 4);
    return q.end() <= to && text.substring(q.start(), to).contains("百分点");
  }

  /** The candidates in percentage points, when some are and some are not: a target in points asks a change, which they state. */
  private static List<Quantity> inPointsFirst(List<Quantity> candidates, String actual) {
    List<Quantity> points = new ArrayList<>(1);
    for (Quantity q : candidates) {
      if (inPoints(actual, q)) {
        points.add(q);
      }
    }
    return points.isEmpty() ? candidates : points;
  }

  /** Whether the name or target asks an increase, which the end of a move does not answer (新增床位; 参保率提高 ≥ 3 %). */
  private static boolean asksAnIncrease(String name, String target, Unit unit) {
    return unit.symbol().equals("%")
        ? Differences.namesAChangeOfAShare(name)
        : Differences.namesAnIncrease(name) || Differences.namesAnIncrease(target);
  }

  /**
   * The change a move makes, when the target asks one of its size in the move's direction and unit
   * (新增床位 ≥ 50 张 against 床位数由120张增加到150张: 30 张; 化肥减量 ≥ 40 吨 against 由130吨减少至98吨: 32 吨;
   * 满意度提升 ≥ 5 个百分点 against 由85%提升至88%: 3 %); else null. One move alone, its start the only figure
   * set aside, and a share's change only in points the target names (参保率提高 ≥ 3 % may be relative).
   */
  private static @Nullable Sorted moveAsked(List<Quantity> candidates, Quantity end, String actual, String target, Quantity wanted, Unit unit,
      String name) {
    if (candidates.size() != 2 || wanted.isRange() || Signs.minusBefore(target, wanted.start())) {
      return null;
    }
    Quantity start = candidates.get(0) == end ? candidates.get(1) : candidates.get(0);
    if (start.start() > end.start() || start.isRange() || end.isRange() || start.per().isPresent() != end.per().isPresent()) {
      return null;
    }
    String asked = name + "|" + target;
    boolean share = unit.symbol().equals("%");
    if (share && !target.substring(wanted.start(), Math.min(target.length(), wanted.end() + 4)).contains("百分点")
        && !(name.contains("百分点") && !target.contains("百分点"))) {
      return null; // ≥90%（较上年提高2个百分点）: the figure compared is the level, not the points
    }
    if ((Texts.containsAny(target, TOTALS) && !Texts.containsAny(target, MORE) && !Texts.containsAny(target, LESS)) || !sameSubject(actual, start, name.isEmpty() ? target : name) || flowOrYears(actual, start, target, wanted)
        || Texts.containsAny(actual.substring(Math.max(0, start.start() - SPAN_REACH), end.end()), SPANS) || yearBetween(actual, start, end)) {
      return null; // 养老床位总数≥150张; 新增护理型床位 against 养老床位由…; 由2020年的100张增加到2023年的150张
    }
    if (actual.substring(end.end(), Clauses.clauseEnd(actual, end.end())).contains("含")) {
      return null; // 由20个增加到32个（含改扩建）: the change holds more than the name asks
    }
    // a share's points take any verb of change; an amount only a word of its size (新增床位; not 提高补助标准, a level)
    Boolean up = share ? askedWay(asked, UP_VERBS, DOWN_VERBS) : askedWay(asked, MORE, LESS);
    if (up == null) {
      return null;
    }
    BigDecimal from = Differences.inUnit(start, unit);
    BigDecimal to = Differences.inUnit(end, unit);
    BigDecimal change = up ? to.subtract(from) : from.subtract(to);
    if (change.signum() < 0) {
      return null; // 新增床位 against a fall: the words say more than the figures
    }
    return Sorted.restated(change, unit, up ? start : end, up ? to : from, false, "");
  }

  /**
   * Whether what moves (the words before 由, 从 or 自 in the move's clause: 床位数由120张…) is what the name asks a
   * change of, the name less its words of change and measure (新增床位: 床位): the pairs of either within the
   * other's. 新增护理型床位 against 养老床位由120张增加到150张 is another thing; a move with no words before it
   * (由85%提升至88%) or a name of nothing but a change (节水量) is taken to be of it.
   */
  private static boolean sameSubject(String actual, Quantity start, String name) {
    int clause = Clauses.clauseStart(actual, start.start());
    int from = start.start();
    for (int k = start.start() - 1; k >= clause; k--) {
      if ("由从自".indexOf(actual.charAt(k)) >= 0) {
        from = k;
        break;
      }
    }
    String subject = strip(actual.substring(clause, from));
    String asked = strip(name);
    Set<String> a = Keywords.of(subject);
    Set<String> b = Keywords.of(asked);
    return a.isEmpty() || b.isEmpty() || a.containsAll(b) || b.containsAll(a);
  }

  /**
   * Whether the move may be of a year's flow rather than a stock (由上年的480人增加到560人, 全年新增就业由450人
   * 提高到520人, 新增债券资金由80万元调增至120万元), or the target names what moves without asking a change
   * (补贴人数≥200人): the end may then be the level asked, and the change is not read.
   */
  private static boolean flowOrYears(String actual, Quantity start, String target, Quantity wanted) {
    String before = actual.substring(Clauses.clauseStart(actual, start.start()), start.start());
    return Texts.containsAny(before, FLOWS) || Texts.containsAny(before, MORE) || targetNamesALevel(target, wanted);
  }

  /** Whether the target's own words name what it counts and no change of it (补贴人数≥200人; not 新增床位≥50张, ≥50张). */
  private static boolean targetNamesALevel(String target, Quantity wanted) {
    String words = target.substring(0, wanted.start()) + target.substring(Math.min(target.length(), wanted.end()));
    boolean named = false;
    for (int k = 0; k < words.length(); k++) {
      named = named || Character.UnicodeScript.of(words.charAt(k)) == Character.UnicodeScript.HAN;
    }
    return named && !Texts.containsAny(target, MORE) && !Texts.containsAny(target, LESS) && !Texts.containsAny(target, UP_VERBS)
        && !Texts.containsAny(target, DOWN_VERBS) && !target.contains("百分点");
  }

  /** Words before a move that make it one between years or of a year's flow. */
  private static final List<String> FLOWS = List.of("上年", "去年", "上一年", "年度", "全年", "当年", "每年", "年均");

  /** {@code text} less words of scope, change and measure: 全县养老床位数 is 养老床位, 新增床位 is 床位. */
  private static String strip(String text) {
    String out = text;
    for (List<String> words : List.of(SCOPES, MORE, LESS, UP_VERBS, DOWN_VERBS, MEASURES)) {
      for (String w : words) {
        out = out.replace(w, "");
      }
    }
    return out;
  }

  /** Whether a year stands between the start and the end of a move (由2020年的100张增加到2023年的150张): over years, not this one. */
  private static boolean yearBetween(String actual, Quantity start, Quantity end) {
    for (int k = start.end(); k + 1 < end.start(); k++) {
      if (actual.charAt(k + 1) == '年' && Character.isDigit(actual.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words of a target that states the total reached, not a change (养老床位总数≥150张, 日供水能力达到5000吨). */
  private static final List<String> TOTALS = List.of("总数", "总量", "总规模", "达到", "累计", "能力", "库容", "总计");

  /** Words of a span of years around a move: its change is of them all, not of the year (十三五期间, 2019年以来). */
  private static final List<String> SPANS = List.of("期间", "以来", "十三五", "十四五", "年间", "近年", "五年");

  /** How far before a move's start words of a span are looked for. */
  private static final int SPAN_REACH = 12;

  /** Words of scope before what moves. */
  private static final List<String> SCOPES = List.of("全县", "全市", "全区", "全镇", "全乡", "全省", "辖区", "项目", "年度", "本年", "今年", "全年", "我县", "我市", "我区");

  /** Words of what a name or subject measures, not what it counts. */
  private static final List<String> MEASURES = List.of("总数", "数量", "人数", "户数", "个数", "数", "量");

  /** The way a text asks a change to go: up ({@code upWords}), down ({@code downWords}), or null when neither or both. */
  private static @Nullable Boolean askedWay(String text, List<String> upWords, List<String> downWords) {
    boolean down = Texts.containsAny(text, downWords);
    boolean up = Texts.containsAny(text, upWords);
    return up == down ? null : up;
  }

  /** Words of an amount added (新增床位, 净增就业); verbs alone (提高补助标准, 扩大覆盖面) name the level reached. */
  private static final List<String> MORE = List.of("新增", "净增", "增量", "增加量", "增加数", "增长量", "新建", "扩容");

  /** Words of an amount taken off (化肥减量, 节水量). */
  private static final List<String> LESS =
      List.of("减量", "减少量", "削减量", "压减量", "下降量", "减排量", "节约量", "节水量", "节能量");

  /** Verbs of a share's change in points, up. */
  private static final List<String> UP_VERBS = List.of("提高", "提升", "增加", "增长", "上升");

  /** Verbs of a share's change in points, down. */
  private static final List<String> DOWN_VERBS = List.of("降低", "下降", "减少", "压减", "压降");

  /** {@code candidates} without the figures a change started from (由85%提高到95%), when a figure remains. */
  private static List<Quantity> reached(List<Quantity> candidates, String actual) {
    List<Quantity> kept = new ArrayList<>(candidates.size());
    for (Quantity q : candidates) {
      if (!Moves.startsAMove(actual, q)) {
        kept.add(q);
      }
    }
    return kept.isEmpty() || kept.size() == candidates.size() ? candidates : kept;
  }

  /** Whether {@code d} is the target's own figure (its value or its upper end). */
  private static boolean isTheTargetsFigure(BigDecimal d, Quantity wanted) {
    return d.compareTo(wanted.value()) == 0 || wanted.upper().map(u -> u.compareTo(d) == 0).orElse(false);
  }

  /** Whether the figure moved up from its base: a distance by its kind, a change by its word (提高, 下降); null when nothing says. */
  private static @Nullable Boolean above(Differences.Kind kind, String actual, Quantity moved) {
    return switch (kind) {
      case ABOVE_TARGET, ABOVE_BUDGET -> Boolean.TRUE;
      case BELOW_TARGET, LEFT, BELOW_BUDGET -> Boolean.FALSE;
      default -> {
        Signs.Direction way = Signs.before(actual, moved.start());
        yield way == Signs.Direction.UP ? Boolean.TRUE : way == Signs.Direction.DOWN ? Boolean.FALSE : null;
      }
    };
  }

  /** Whether a change adds to its base: in the base's unit, and in percentage points for a share (提高5个百分点, not 增长5%). */
  private static boolean additive(Differences.Kind kind, Unit unit, String actual, Quantity moved) {
    return kind != Differences.Kind.CHANGE || !unit.symbol().equals("%") || actual.lastIndexOf("百分点", moved.end()) >= moved.start();
  }

  /** Undetermined: no figure that fits the target states its level (较上年提高5个百分点; 节约资金5万元 against a floor). */
  static IndicatorVerdict noLevel(String scorer, Comparison comparison, Quantity wanted, List<Quantity> figures, boolean changes) {
    StringBuilder listed = new StringBuilder();
    for (Quantity q : figures) {
      listed.append(listed.length() == 0 ? "" : ", ").append(q.describe());
    }
    Trace trace =
        Reasons.trace(scorer, changes ? "stated-change" : "stated-distance", changes ? "JX-T-0278" : "JX-T-0279")
            .putArgs("target", comparison.symbol() + " " + wanted.describe())
            .putArgs("figures", listed.toString())
            .build();
    return IndicatorVerdict.undetermined(trace);
  }
}
