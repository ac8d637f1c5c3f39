package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The period a figure counts over (每月1次, 全年共12次, 2次/周, 每3个月1次), and an actual's figure
 * restated over the target's period: {@code 每月/次} against {@code 每季度发放一次} is once in three
 * months, a third of what was asked; {@code 4次} against {@code 每季度/次} is four a year, as
 * asked; {@code 每4个月1次} against {@code 每3个月1次} three quarters of it. A target that names no
 * period is a year's (a self-evaluation reports a year).
 *
 * <p>Only counts of events (次, 场, 人次, 件 …), which add up over time. Periods of one family are
 * restated exactly: years, half-years, quarters, months, 旬 and their multiples; weeks, days and hours;
 * working days. Across families by the calendar, which holds no whole number of one in the other (a
 * month is 28 to 31 days, a year 52 weeks to 366 days), the restating gives the actual the benefit of
 * that slack: 每月4次 is as often as 每周1次, 每周1次 is 52 a year. A rate (95% a month), a level, a standard (15元 a day) and
 * people on duty are left as printed.
 */
public final class Periods {
  private Periods() {}


  /**
   * The families of periods: each restates into its own exactly, into the others by the calendar.
   * The months' family is counted in 旬 (上中下旬, a third of a month): a month holds three by the
   * calendar whatever its days, so 每月3次 is exactly 每旬1次, which a count in days could not say.
   */
  private static final String MONTHS = "旬数";

  private static final String MINUTES = "时长";

  private static final String WORKING_DAYS = "工作日";

  private static final Unit MONTH = Unit.of("月").orElseThrow();

  private static final Unit MINUTE = Unit.of("分钟").orElseThrow();

  private static final Unit WORKING_DAY = Unit.of("工作日").orElseThrow();

  /**
   * Decimal places of a restated figure: the fraction taken from it is then off by at most
   * 0.00005 of the target, a hundredth of a point on an indicator of up to 100 points.
   */
  private static final int PLACES = 4;

  /**
   * A period: {@code length} in its {@code family}'s unit (旬, minutes, working days), and the
   * days it may hold by the calendar, {@code daysLow} to {@code daysHigh}.
   */
  record Span(String family, BigDecimal length, BigDecimal daysLow, BigDecimal daysHigh) {}

  /** {@code n} months, as so many 旬 (three a month). */
  private static Span months(BigDecimal n) {
    BigDecimal three = BigDecimal.valueOf(3);
    BigDecimal twelve = BigDecimal.valueOf(12);
    BigDecimal tens = n.multiply(three);
    if (n.remainder(twelve).signum() == 0) {
      BigDecimal years = n.divide(twelve);
      // 364: the 52 weeks a year is counted as
      return new Span(MONTHS, tens, years.multiply(BigDecimal.valueOf(364)), years.multiply(BigDecimal.valueOf(366)));
    }
    if (n.remainder(three).signum() == 0) {
      BigDecimal quarters = n.divide(three);
      return new Span(MONTHS, tens, quarters.multiply(BigDecimal.valueOf(90)), quarters.multiply(BigDecimal.valueOf(92)));
    }
    return new Span(MONTHS, tens, n.multiply(BigDecimal.valueOf(28)), n.multiply(BigDecimal.valueOf(31)));
  }

  /** One 旬: 1st to 10th, 11th to 20th, 21st to the month's end, so 8 (下旬 of a February) to 11 days. */
  private static final Span TEN_DAYS = new Span(MONTHS, BigDecimal.ONE, BigDecimal.valueOf(8), BigDecimal.valueOf(11));

  private static Span minutes(BigDecimal n) {
    BigDecimal days = Decimals.divide(n, BigDecimal.valueOf(1440));
    return new Span(MINUTES, n, days, days);
  }

  private static Span workingDays(BigDecimal n) {
    // five in a week, about 250 in a year
    return new Span(WORKING_DAYS, n, n.multiply(new BigDecimal("1.4")), n.multiply(new BigDecimal("1.5")));
  }

  /** Periods named without a figure and their spans, longest name first where one ends another. */
  private static final Map<String, Span> NAMED = named();

  private static Map<String, Span> named() {
    Map<String, Span> m = new LinkedHashMap<>();
    m.put("学期", months(BigDecimal.valueOf(6)));
    m.put("季度", months(BigDecimal.valueOf(3)));
    m.put("年度", months(BigDecimal.valueOf(12)));
    m.put("小时", minutes(BigDecimal.valueOf(60)));
    m.put("星期", minutes(BigDecimal.valueOf(10080)));
    m.put("工作日", workingDays(BigDecimal.ONE));
    m.put("年", months(BigDecimal.valueOf(12)));
    m.put("月", months(BigDecimal.ONE));
    m.put("周", minutes(BigDecimal.valueOf(10080)));
    m.put("天", minutes(BigDecimal.valueOf(1440)));
    m.put("日", minutes(BigDecimal.valueOf(1440)));
    m.put("季", months(BigDecimal.valueOf(3)));
    m.put("旬", TEN_DAYS);
    return Collections.unmodifiableMap(m);
  }

  /**
   * Whether an actual's per answers a target's: each part the actual says — per whom, per what
   * period, each by its unit's own symbol (名 is 人) and in any order — is the target's own; the
   * actual may say less, as it may say no per at all (300元/人 or 300元/月 restating 每人每月300元). So
   * 元/人*月 is not answered by 元/人*年 or 元/户*月, and 元/月 not by 元/人*月 (a month's total for
   * everyone is no rate per person). 个 on either side is each one of what the other names (每个农户).
   */
  public static boolean perAnswers(String wanted, String actual) {
    if (wanted.equals(actual)) {
      return true;
    }
    String[] w = whoAndPeriod(wanted);
    String[] a = whoAndPeriod(actual);
    if (w == null || a == null) {
      return false;
    }
    for (int k = 0; k < 2; k++) {
      if (a[k] != null && !a[k].equals(w[k]) && !(k == 0 && eachOne(a[k], w[k]))) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of two whoms is 个, each one of whatever the other names (每个农户 against 每户, ≥10万元/个 against 每个项目). */
  private static boolean eachOne(String a, @Nullable String b) {
    return b != null && (a.equals("个") || b.equals("个"));
  }

  /**
   * One rate's per from whom on one side of its figure and the period on the other (每月300元/人,
   * 每人300元/月: 人*月), or null when the two are not one whom and one period.
   */
  public static @Nullable String whomAndPeriod(String a, String b) {
    if (a.indexOf('*') >= 0 || b.indexOf('*') >= 0 || (span(a) == null) == (span(b) == null)) {
      return null;
    }
    return span(a) == null ? a + "*" + b : b + "*" + a;
  }

  /**
   * Whether {@code actual} is {@code wanted}, a per of whom alone (人, 户), with a period added (人*月,
   * 人*年): the same rate said more exactly, or a rate over a shorter period than the target's
   * unstated one, which a figure alone cannot tell apart.
   */
  public static boolean addsPeriod(String wanted, String actual) {
    String[] w = whoAndPeriod(wanted);
    String[] a = whoAndPeriod(actual);
    return w != null && a != null && w[1] == null && a[1] != null && w[0] != null && a[0] != null && (w[0].equals(a[0]) || eachOne(a[0], w[0]));
  }

  /** Whether a per names whom or what it is per ({@code 人} of {@code 人*月}, {@code 亩}), not a period alone. */
  public static boolean namesWhom(String per) {
    String[] parts = whoAndPeriod(per);
    return parts != null && parts[0] != null;
  }

  /** The period a per names ({@code 月} of {@code 人*月}), or the per itself when it names no period or only one part. */
  public static String periodOf(String per) {
    String[] parts = per.indexOf('*') < 0 ? null : whoAndPeriod(per);
    return parts != null && parts[1] != null ? parts[1] : per;
  }

  /** Per whom and per what period a per names ({@code 人*月}: 人, 月), or null when it names two of either. */
  private static String @Nullable [] whoAndPeriod(String per) {
    String[] parts = new String[2];
    int start = 0;
    for (int i = 0; i <= per.length(); i++) {
      if (i < per.length() && per.charAt(i) != '*') {
        continue;
      }
      String part = per.substring(start, i);
      start = i + 1;
      int kind = span(part) != null ? 1 : 0;
      if (part.isEmpty() || parts[kind] != null) {
        return null;
      }
      parts[kind] = kind == 0 ? whom(part) : part;
    }
    return parts;
  }

  /** Classifiers of a batch or a session, whose 次 adds nothing (每批次 is 每批); 人次 is no 人. */
  private static final String BATCHES = "批期班场轮届";

  /** A whom as a rate's per compares it: 名 is 人 (by the unit), 批次 is 批, 场次 is 场, 生 (元/生: per student) is 人. */
  private static String whom(String part) {
    if (part.length() == 2 && part.charAt(1) == '次' && BATCHES.indexOf(part.charAt(0)) >= 0) {
      return part.substring(0, 1);
    }
    if (part.equals("生") || part.equals("学生")) {
      return "人";
    }
    return Unit.of(part).map(Unit::symbol).orElse(part);
  }

  /**
   * The span of a period as {@link Quantity#per()} holds it: a name (月, 季度, 学期) or a figure
   * and a unit of time (3个月, 2周, 半年, from {@code 每3个月1次}); null when it is no period (人, 亩).
   */
  static @Nullable Span span(String per) {
    if (per.indexOf('/') >= 0) {
      return null; // 3个月/人: a period per person, which {@link #over} splits first
    }
    Span named = NAMED.get(per);
    if (named != null) {
      return named;
    }
    int unit = 0;
    while (unit < per.length() && (Chars.isAsciiDigit(per.charAt(unit)) || per.charAt(unit) == '.' || per.charAt(unit) == '半')) {
      unit++;
    }
    if (unit == 0 || unit == per.length()) {
      return null;
    }
    BigDecimal count;
    try {
      count = per.startsWith("半") ? new BigDecimal("0.5") : new BigDecimal(per.substring(0, unit));
    } catch (NumberFormatException e) {
      return null;
    }
    Unit u = Unit.of(per.substring(unit)).orElse(null);
    if (u == null || count.signum() <= 0) {
      return null;
    }
    if (u.equals(WORKING_DAY)) {
      return workingDays(count);
    }
    if (u.isCompatibleWith(MONTH)) {
      return months(u.convert(count, MONTH));
    }
    return u.isCompatibleWith(MINUTE) ? minutes(u.convert(count, MINUTE)) : null;
  }

  /**
   * The period named at {@code at} of {@code s}, by its usual name (季度, 月, 周), and where the
   * name ends; null when none is. 个 before it is skipped (每个季度, 每个月), 星期 is 周, 年度 年.
   */
  public static @Nullable Named periodAt(String s, int at) {
    int k = at < s.length() && s.charAt(at) == '个' ? at + 1 : at;
    for (String period : NAMED.keySet()) {
      if (s.startsWith(period, k) && !compound(s, k + period.length() - 1)) {
        String name = period.equals("年度") ? "年" : period.equals("星期") ? "周" : period;
        return new Named(name, k + period.length());
      }
    }
    return null;
  }

  /** Words that begin with a period's character and name no period: 每周期 is per cycle, not per week. */
  private static final List<String> NOT_PERIODS = List.of("周期", "年级", "年龄"); // not 日常: 每日常规巡查 is 每日 常规

  /** Whether a word at {@code at} begins with a period's character and names none (周期, 日常). */
  static boolean namesNoPeriod(String s, int at) {
    return compound(s, at);
  }

  private static boolean compound(String s, int last) {
    for (String word : NOT_PERIODS) {
      if (s.startsWith(word, last)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The period the actual's figure {@code q} counts over: its own per, or 每 and a period or 全年
   * before it in {@code actual}; empty when it names none.
   */
  public static Optional<String> told(Quantity q, String actual) {
    if (q.per().isPresent() && span(q.per().get()) != null) {
      return q.per();
    }
    // no per, or whom it is per (每季度1次/人, 全年走访2次/户): the period before it, set aside as
    // 1次/3个月/人 sets it aside; a bare 6次/人 keeps its per and names no period
    String period = before(actual, q.start());
    return period != null ? Optional.of(period) : q.per();
  }

  /** Whether {@code q} counts events (次, 场, 人次 …), the only figures a period restates. */
  public static boolean countsEvents(Quantity q) {
    return EVENTS.contains(q.unit().symbol());
  }

  /** How a target compares, for the calendar's slack: a floor, a ceiling or a range. */
  public enum Asked {
    /** At least (≥, >, =): the most the actual may be. */
    FLOOR,
    /** At most (≤, <): the least it may be. */
    CEILING,
    /** Within the target's range: the reading nearest inside it. */
    RANGE
  }

  /** A period's usual name and where it ends in the text. */
  public record Named(String name, int end) {}

  /**
   * Units of events and of what flows through them (次, 场, 人次, 件): the only figures that add up
   * over time. A rate, a level (分贝), a standard (元 a day), people or cars on duty do not.
   */
  private static final Set<String> EVENTS =
      Set.of("次", "场", "场次", "期", "批", "批次", "轮", "趟", "人次", "户次", "家次", "件", "宗", "例", "起", "课次", "车次", "架次");

  /** Words before a figure that make it a year's total or average. */
  private static final List<String> YEARLY = List.of("全年", "年度", "年均"); // 每年: 每 and a period

  private static boolean yearly(String s, int k) {
    for (String word : YEARLY) {
      if (s.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The period the words before the figure at {@code start} name in its clause: 每 and a period
   * (每季度发放一次), or 全年, 年度, 年均 (a year's); null when none. At most ten characters back,
   * and not past a figure or a clause's end.
   */
  static @Nullable String before(String s, int start) {
    int from = Math.max(0, start - 10);
    for (int k = start - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (",;。:".indexOf(c) >= 0 || Chars.isAsciiDigit(c)) {
        return null;
      }
      if ((c == '全' || c == '年' || c == '每') && yearly(s, k)) {
        return "年";
      }
      if (c == '每' && k + 1 < start) {
        Named period = periodAt(s, k + 1);
        return period == null ? null : period.name();
      }
    }
    return null;
  }

  /**
   * The actual's figure {@code q} of {@code actual}, restated over the period of the target's
   * figure {@code wanted} when the two count over different periods; {@code q} itself when the
   * actual names no period, the periods agree, or either is no period (元/人). Across families the
   * calendar's slack goes to the actual: the most it may be against a floor, the least against a
   * ceiling, the reading nearest the middle of a range that falls inside it.
   */
  public static Quantity over(Quantity wanted, Quantity q, String actual, Asked asked) {
    if (!EVENTS.contains(q.unit().symbol()) || !EVENTS.contains(wanted.unit().symbol())) {
      return q; // a rate, a level, a standard, people or cars on duty: no sum over time
    }
    String period = wanted.per().orElse("年");
    @Nullable String told = q.per().orElse(null);
    if (told != null && span(told) == null) {
      // whom it is per (每季度1次/人, 全年走访2次/户): set aside for the period before it, as a target's
      // 1次/3个月/人 is read; a bare 6次/人 names no period and stays per 人, no frequency
      told = before(actual, q.start());
      if (told == null) {
        return q;
      }
      q = q.per(told);
    }
    if (told == null) {
      told = before(actual, q.start());
      if (told == null && wanted.per().isPresent() && (Totals.before(actual, q.start()) || Totals.partOfTotal(actual, q.start()))
          && !Totals.spanBefore(actual, q.start())) {
        told = "年"; // 共12次, 累计报送6次 (其中联合巡查1次) against 每月1次: the report's year, not the target's period
      }
      if (told == null) {
        return q; // 1次 against 每月1次: the same period, restated
      }
    }
    Span a = span(period);
    Span t = span(told);
    if (a == null || t == null) {
      return q;
    }
    BigDecimal factor;
    if (a.family().equals(t.family())) {
      if (a.length().compareTo(t.length()) == 0) {
        // 1次/季度 against 每3个月1次: the same period by another name, told by the target's
        return q.per().isPresent() && wanted.per().isPresent() && !q.per().equals(wanted.per()) ? q.per(wanted.per().get()) : q;
      }
      factor = Decimals.divide(a.length(), t.length());
    } else {
      BigDecimal least = Decimals.divide(a.daysLow(), t.daysHigh());
      BigDecimal most = Decimals.divide(a.daysHigh(), t.daysLow());
      factor = switch (asked) {
        case FLOOR -> most;
        case CEILING -> least;
        case RANGE -> inRange(q.value(), wanted, least, most);
      };
    }
    Optional<BigDecimal> upper = q.upper().map(u -> restated(u, factor));
    return new Quantity(restated(q.value(), factor), upper, q.unit(), q.approximate(), q.start(), q.end(), wanted.per());
  }

  /**
   * The factor between {@code least} and {@code most} that puts {@code value} nearest the middle of
   * the wanted range: 每周1次 against 每月2-4次 is 4 to 4.43 a month, so 4, within it.
   */
  private static BigDecimal inRange(BigDecimal value, Quantity wanted, BigDecimal least, BigDecimal most) {
    if (value.signum() == 0) {
      return most;
    }
    BigDecimal middle = wanted.value().add(wanted.upper().orElse(wanted.value())).divide(BigDecimal.valueOf(2));
    BigDecimal factor = Decimals.divide(middle, value);
    return factor.compareTo(least) < 0 ? least : factor.compareTo(most) > 0 ? most : factor;
  }

  /**
   * The actual's {@code 6个月/次} read back as how long each time takes ({@code 6 月/次}) when the
   * target asks a length per time ({@code 见习期限3个月/次}, {@code 3 月/次}): with no word of length
   * before it the scanner took it for once in six months, which no length compares with. Empty
   * when {@code q} is no span per time written with a slash, or when 每 or 隔 opens it (每6个月/次
   * is how often).
   */
  public static Optional<Quantity> asLength(Quantity wanted, Quantity q, String actual) {
    if (!wanted.unit().isDuration() || wanted.per().filter(EVENTS::contains).isEmpty() || !EVENTS.contains(q.unit().symbol())
        || q.value().compareTo(BigDecimal.ONE) != 0 || q.per().isEmpty() || q.start() >= q.end() || q.end() > actual.length()
        || !actual.startsWith("/" + q.unit().symbol(), q.end() - q.unit().symbol().length() - 1)
        || (q.start() > 0 && "每隔".indexOf(actual.charAt(q.start() - 1)) >= 0)) {
      return Optional.empty();
    }
    String per = q.per().get();
    int unit = 0;
    while (unit < per.length() && (Chars.isAsciiDigit(per.charAt(unit)) || per.charAt(unit) == '.')) {
      unit++;
    }
    BigDecimal length = per.startsWith("半") ? new BigDecimal("0.5") : unit == 0 ? BigDecimal.ONE : new BigDecimal(per.substring(0, unit));
    Optional<Unit> u = Unit.of(per.substring(per.startsWith("半") ? 1 : unit)).filter(Unit::isDuration);
    return u.map(d -> new Quantity(length, Optional.empty(), d, false, q.start(), q.end(), Optional.of(q.unit().symbol())));
  }

  /** {@code value} times {@code factor}, to {@link #PLACES} decimals. */
  private static BigDecimal restated(BigDecimal value, BigDecimal factor) {
    BigDecimal v = value.multiply(factor);
    return v.scale() > PLACES ? v.setScale(PLACES, RoundingMode.HALF_UP).stripTrailingZeros() : v.stripTrailingZeros();
  }
}
