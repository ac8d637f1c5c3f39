package org.jixiao.rules.internal.text;

import java.util.Collections;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Deadline;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/** Reads a normalised target text into a {@link Target}. */
public final class TargetParser {
  private TargetParser() {}

  /** A comparison word and the comparison it states. */
  private record Word(String text, Comparison comparison) {}

  /** Words before a figure, longest first where one ends another. */
  private static final List<Word> PREFIXES =
      List.of(
          new Word("大于或者等于", Comparison.AT_LEAST),
          new Word("小于或者等于", Comparison.AT_MOST),
          new Word("大于或等于", Comparison.AT_LEAST),
          new Word("小于或等于", Comparison.AT_MOST),
          new Word("大于等于", Comparison.AT_LEAST),
          new Word("小于等于", Comparison.AT_MOST),
          new Word("不少于", Comparison.AT_LEAST),
          new Word("不低于", Comparison.AT_LEAST),
          new Word("不小于", Comparison.AT_LEAST),
          new Word("不超过", Comparison.AT_MOST),
          new Word("不超出", Comparison.AT_MOST),
          new Word("不高于", Comparison.AT_MOST),
          new Word("不大于", Comparison.AT_MOST),
          new Word("不多于", Comparison.AT_MOST),
          new Word("控制在", Comparison.AT_MOST),
          new Word("不超", Comparison.AT_MOST),
          new Word("不少", Comparison.AT_LEAST),
          new Word("不低", Comparison.AT_LEAST),
          new Word("至少", Comparison.AT_LEAST),
          new Word("达到", Comparison.AT_LEAST),
          new Word("超过", Comparison.MORE_THAN),
          new Word("大于", Comparison.MORE_THAN),
          new Word("高于", Comparison.MORE_THAN),
          new Word("多于", Comparison.MORE_THAN),
          new Word("至多", Comparison.AT_MOST),
          new Word("最多", Comparison.AT_MOST),
          new Word("小于", Comparison.LESS_THAN),
          new Word("低于", Comparison.LESS_THAN),
          new Word("少于", Comparison.LESS_THAN),
          new Word("等于", Comparison.EQUAL),
          new Word(">=", Comparison.AT_LEAST),
          new Word("<=", Comparison.AT_MOST),
          new Word("=>", Comparison.AT_LEAST),
          new Word("=<", Comparison.AT_MOST),
          new Word("》=", Comparison.AT_LEAST),
          new Word("《=", Comparison.AT_MOST),
          new Word("≥=", Comparison.AT_LEAST),
          new Word("≤=", Comparison.AT_MOST),
          new Word("≥", Comparison.AT_LEAST),
          new Word("≧", Comparison.AT_LEAST),
          new Word("≤", Comparison.AT_MOST),
          new Word("≦", Comparison.AT_MOST),
          new Word(">", Comparison.MORE_THAN),
          new Word("<", Comparison.LESS_THAN),
          new Word("》", Comparison.MORE_THAN),
          new Word("《", Comparison.LESS_THAN),
          new Word("=", Comparison.EQUAL),
          new Word("达", Comparison.AT_LEAST),
          new Word("≠", Comparison.MORE_THAN));

  /** Words after a figure. */
  private static final List<Word> SUFFIXES =
      List.of(
          new Word("及以上", Comparison.AT_LEAST),
          new Word("及以下", Comparison.AT_MOST),
          new Word("以上", Comparison.AT_LEAST),
          new Word("之上", Comparison.AT_LEAST),
          new Word("以下", Comparison.AT_MOST),
          new Word("以内", Comparison.AT_MOST),
          new Word("之内", Comparison.AT_MOST),
          new Word("或以上", Comparison.AT_LEAST),
          new Word("或以下", Comparison.AT_MOST),
          new Word("(含)以上", Comparison.AT_LEAST),
          new Word("(含)以下", Comparison.AT_MOST),
          new Word("内", Comparison.AT_MOST));

  /** The last characters of the prefixes and the first of the suffixes: most figures have neither. */
  private static final String PREFIX_LASTS = ends(PREFIXES, true);

  private static final String SUFFIX_FIRSTS = ends(SUFFIXES, false);

  private static String ends(List<Word> words, boolean last) {
    StringBuilder chars = new StringBuilder();
    for (Word word : words) {
      String c = last ? word.text().substring(word.text().length() - 1) : word.text().substring(0, 1);
      if (chars.indexOf(c) < 0) {
        chars.append(c);
      }
    }
    return chars.toString();
  }

  private record Candidate(Quantity quantity, @Nullable Word prefix, @Nullable Word suffix) {}

  /** Parses a normalised target text on its own (money only when the text speaks of money). */
  public static Target parse(String s) {
    return parse(s, TargetContext.ofText(s));
  }

  /** Parses a normalised target text of an indicator. */
  public static Target parse(String s, TargetContext context) {
    return Memo.get(PARSE, s, context, TargetParser::computeParse);
  }

  private static final Object PARSE = new Object();
  private static final Object FIGURES = new Object();

  private static Target computeParse(String s, TargetContext context) {
    List<Target> all = figures(s, context);
    if (all.isEmpty()) {
      Optional<Deadline> deadline = Deadlines.find(s, scan(s, context));
      if (deadline.isEmpty() && Absence.asksAbsence(s)) { // 无安全事故: none at all
        Quantity none = new Quantity(BigDecimal.ZERO, Optional.empty(), Unit.NONE, false, 0, 0);
        return new Target(s, Comparison.AT_MOST, true, Optional.of(none), deadline);
      }
      return new Target(s, Comparison.AT_LEAST, false, Optional.empty(), deadline);
    }
    return all.get(0);
  }

  /** {@link #figures(String, TargetContext)} of a text on its own. */
  public static List<Target> figures(String s) {
    return figures(s, TargetContext.ofText(s));
  }

  /**
   * One target per figure of a normalised target text, in order of preference: the main figure
   * first (see {@link Target}), then the others in text order. A scorer that finds no actual
   * figure for the main one may try the next ({@code 举办一期60人次培训}: 1 期, then 60 人次).
   */
  public static List<Target> figures(String s, TargetContext context) {
    return Memo.get(FIGURES, s, context, (t, c) -> Collections.unmodifiableList(computeFigures(t, c)));
  }

  /**
   * The figures of {@code s}, asking the context about money only when the text holds a multiplier;
   * a lone 2023.10 of an indicator that asks when is a month ({@link DottedMonths}).
   */
  private static List<Found> scan(String s, TargetContext context) {
    return DottedMonths.asDates(s, QuantityScanner.scan(s, QuantityScanner.hasMultiplier(s) && context.money()), context);
  }

  private static List<Target> computeFigures(String s, TargetContext context) {
    List<Found> found = scan(s, context);
    List<Candidate> candidates = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) { // by index: an unmodifiable list's iterator is two objects
      Found f = found.get(k);
      if (f.figure()) {
        Quantity q = f.quantity();
        candidates.add(new Candidate(q, prefix(s, q.start()), suffix(s, q.end())));
      }
    }
    List<Target> out = new ArrayList<>();
    int main = choose(candidates);
    if (main < 0) {
      return out;
    }
    DeadlineOf deadline = new DeadlineOf(s, found); // found when a target's deadline is first read
    Unwanted unwanted = new Unwanted(context.name(), s); // looked for only when a figure has no direction of its own
    out.add(target(s, candidates.get(main), deadline, context, unwanted));
    for (int k = 0; k < candidates.size(); k++) {
      if (k != main) {
        out.add(target(s, candidates.get(k), deadline, context, unwanted));
      }
    }
    return out;
  }

  private static Target target(
      String s, Candidate main, DeadlineOf deadline, TargetContext context, Unwanted unwanted) {
    Quantity q = PersBefore.withPerBefore(s, main.quantity());
    if (q.per().isEmpty() && context.per().isPresent()) {
      q = q.per(context.per().get()); // 75元 under 配套资金每人每年
    }
    if (q.unit().equals(Unit.NONE)) {
      Quantity leading = LeadingUnits.applied(s, q);
      if (leading != null) {
        q = leading; // 米 = 3500, 元/年 不低于4000: the unit cell printed first
      } else if (context.unit().isPresent()) {
        q = q.withUnit(context.unit().get()); // 200 under 接受业务培训人数: 200 人
      } else if (q.per().isPresent() && context.money()) {
        q = q.withUnit(Unit.of("元").orElseThrow()); // 每亩300 of a subsidy: a price in 元
      }
    }
    if (q.unit().equals(Unit.NONE) && q.value().signum() == 0 && Chars.startsWith(s, q.start(), "零")) {
      return new Target(s, Comparison.AT_MOST, true, Optional.of(q), deadline); // 零投诉
    }
    Word prefix = main.prefix();
    Word suffix = main.suffix();
    if (prefix == null && suffix == null) {
      prefix = apart(s, q.start()); // 至少开展2706天: the comparison a verb before the figure
    }
    Comparison comparison;
    boolean explicit = prefix != null || suffix != null;
    if (suffix != null && (prefix == null || prefix.text().equals("控制在"))) {
      comparison = suffix.comparison(); // 控制在5%以内: the suffix says which way
    } else if (prefix != null) {
      comparison = prefix.comparison();
    } else if (q.isRange()) {
      comparison = Comparison.BETWEEN;
    } else if (context.comparison().isPresent()) {
      comparison = context.comparison().get(); // the name's placeholder: 公猪舍(≥**平方米)
      explicit = true;
    } else {
      comparison = implied(q, context, unwanted);
    }
    if (q.unit().isDuration() && comparison.isReverse()) {
      Quantity limit = q;
      return new Target(s, comparison, explicit, Optional.of(q), () -> deadline.orWithin(limit)); // 48小时内
    }
    return new Target(s, comparison, explicit, Optional.of(q), deadline);
  }

  /**
   * The deadline of a target text with figures, found on the first call ({@link Deadlines#find},
   * a pass over the whole text) and shared by the targets of its figures. Most targets are scored
   * by their figure and never read it. An immutable value once found, so a race only finds it twice.
   */
  private static final class DeadlineOf implements Supplier<Optional<Deadline>> {
    private final String text;
    private final List<Found> found;
    private @Nullable Optional<Deadline> deadline;

    DeadlineOf(String text, List<Found> found) {
      this.text = text;
      this.found = found;
    }

    @Override
    public Optional<Deadline> get() {
      Optional<Deadline> d = deadline;
      if (d == null) {
        d = Deadlines.find(text, found);
        deadline = d;
      }
      return d;
    }

    /** The deadline, or else the time limit a reverse duration states (48小时内: within 48 小时). */
    Optional<Deadline> orWithin(Quantity limit) {
      Optional<Deadline> d = get();
      return d.isPresent()
          ? d
          : Optional.of(new Deadline(text.substring(limit.start(), suffixEnd(text, limit.end())), Optional.empty(), Optional.of(limit)));
    }
  }

  /**
   * The direction of a figure the text gives none for, from the kind of indicator: a ceiling for
   * a 成本 indicator, a figure of 0, a time limit (3个工作日, 24小时) and a count or rate of
   * something unwanted (投诉率, 事故发生数); otherwise at least.
   */
  private static Comparison implied(Quantity q, TargetContext context, Unwanted unwanted) {
    Unit u = q.unit();
    boolean rate = u.isShare();
    if ((context.cost() && !rate) || q.value().signum() == 0) {
      return Comparison.AT_MOST; // a rate under 成本 (价格执行率 100%) goes by its name below
    }
    if (u.isDuration()
        && (context.timeliness() || (!u.symbol().equals("年") && !u.symbol().equals("月")))
        && !unwanted.lasting(q)) {
      return Comparison.AT_MOST;
    }
    if (unwanted.named(q)) {
      return Comparison.AT_MOST;
    }
    return Comparison.AT_LEAST;
  }

  /**
   * Whether the indicator's name, or the clause of its target holding a figure, counts something unwanted ({@link
   * Absence#namesUnwanted}), looked for only when asked: most figures carry a comparison of their own. Another
   * clause's unwanted thing is another condition (合格率100%，且无安全事故: the share is no ceiling).
   */
  private static final class Unwanted {
    private final String name;
    private final String target;
    private byte known; // the name's: 0 not looked for yet, 1 no, 2 yes
    private @Nullable FigureClauses clauses; // the target's, read on the first figure asked about

    Unwanted(String name, String target) {
      this.name = name;
      this.target = target;
    }

    boolean named(Quantity q) {
      if (known == 0) {
        known = Absence.namesUnwanted(name) ? (byte) 2 : (byte) 1;
      }
      if (known == 2) {
        return true;
      }
      FigureClauses c = clauses;
      if (c == null) {
        c = FigureClauses.of(target);
        clauses = c;
      }
      return c.unwantedAt(q.start());
    }

    /** Whether the duration {@code q} states how long something lasts ({@link Lasting}). */
    boolean lasting(Quantity q) {
      return Lasting.states(q, name, target);
    }
  }

  private static int suffixEnd(String s, int end) {
    Word word = suffix(s, end);
    return word == null ? end : Chars.skipSpaces(s, end) + word.text().length();
  }

  /** The position of the main figure among the candidates, -1 when there are none. */
  private static int choose(List<Candidate> candidates) {
    for (int k = 0; k < candidates.size(); k++) {
      if (candidates.get(k).prefix() != null) {
        return k;
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      if (candidates.get(k).suffix() != null) {
        return k;
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      Quantity q = candidates.get(k).quantity();
      if (!q.isRange() && !q.unit().equals(Unit.NONE)) {
        return k;
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      if (!candidates.get(k).quantity().isRange()) {
        return k;
      }
    }
    return candidates.isEmpty() ? -1 : 0;
  }

  /**
   * Where the words before the figure at {@code start} stop naming what it counts: before its
   * comparison word ({@code 不少于}), {@code 约}, {@code 近}, a colon or spaces. The label of
   * {@code 办公人数不少于36人} ends at 数.
   */
  static int labelEnd(String s, int start) {
    int p = afterComparison(s, start);
    if (p > 0 && PREFIX_LASTS.indexOf(s.charAt(p - 1)) >= 0) {
      for (Word word : PREFIXES) {
        if (Chars.endsWith(s, p, word.text())) {
          p -= word.text().length();
          break;
        }
      }
    }
    return skipSpacesBack(s, p);
  }

  /** Where a comparison word before the figure at {@code start} would end: before 约 or 近, a colon and spaces. */
  private static int afterComparison(String s, int start) {
    int p = start;
    if (p > 0 && (s.charAt(p - 1) == '约' || s.charAt(p - 1) == '近')) {
      p--;
    }
    return skipSpacesBack(s, p);
  }

  private static int skipSpacesBack(String s, int p) {
    while (p > 0 && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == ':')) {
      p--;
    }
    return p;
  }

  /** Comparisons no other word ends in, which may stand a verb away from their figure. */
  private static final List<Word> APART = apartWords(List.of("至少", "不少于", "不低于", "不小于", "不超过", "不高于", "不多于", "至多", "最多"));

  /** The last characters of {@link #APART}: most figures have none of them a verb before. */
  private static final String APART_LASTS = ends(APART, true);

  private static List<Word> apartWords(List<String> texts) {
    List<Word> out = new ArrayList<>();
    for (Word word : PREFIXES) {
      if (texts.contains(word.text())) {
        out.add(word);
      }
    }
    return List.copyOf(out);
  }

  /**
   * An unmistakable comparison one or two ideographs before the figure at {@code start}, the verb
   * between them ({@code 至少开展2706天}, {@code 不少于举办10场}, {@code 不超过支出30万元}); null when
   * none. Only the direction is taken from it: the figure is chosen as before.
   */
  private static @Nullable Word apart(String s, int start) {
    for (int gap = 1; gap <= 2 && start - gap > 0; gap++) {
      char c = s.charAt(start - gap);
      if (!Chars.isCjk(c) || ChineseNumerals.isPart(c) || c == '每' || c == '隔') {
        return null; // 至少每两周1次: at least as often, so the interval is at most two weeks
      }
      int p = start - gap;
      if (APART_LASTS.indexOf(s.charAt(p - 1)) < 0) {
        continue;
      }
      for (Word word : APART) {
        if (Chars.endsWith(s, p, word.text())) {
          return word;
        }
      }
    }
    return null;
  }

  private static @Nullable Word prefix(String s, int start) {
    int p = start;
    if (Signs.minusBefore(s, p)) {
      p--; // ≥-5%: the comparison stands before the sign
    }
    p = afterComparison(s, p);
    if (p > 1 && s.charAt(p - 1) == s.charAt(p - 2) && Chars.isCjk(s.charAt(p - 1))) {
      p--; // 不超过过: a doubled character typed twice
    }
    if (p == 0 || PREFIX_LASTS.indexOf(s.charAt(p - 1)) < 0) {
      return null;
    }
    for (Word word : PREFIXES) {
      if (Chars.endsWith(s, p, word.text())) {
        return word;
      }
    }
    return null;
  }

  private static @Nullable Word suffix(String s, int end) {
    int p = Chars.skipSpaces(s, end);
    if (p >= s.length() || SUFFIX_FIRSTS.indexOf(s.charAt(p)) < 0) {
      return null;
    }
    for (Word word : SUFFIXES) {
      if (Chars.startsWith(s, p, word.text())) {
        return word;
      }
    }
    return null;
  }
}
