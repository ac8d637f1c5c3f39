package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A count of events every so many periods: one figure, the count per the span ({@code 1 次/3个月}),
 * not the span read as a time limit or a term and the count as a total. So {@code 每4个月1次}
 * against {@code 每3个月1次} is three quarters as often ({@link Periods#over}), and {@code
 * 至少每两周1次} asks at least once in two weeks. Written:
 *
 * <ul>
 *   <li>after 每: {@code 每3个月1次}, {@code 每两周一次}, {@code 每3个月对辖区企业开展1次}, {@code
 *       每3个月检查40家机构1次} (the first count of events in the clause after the span);
 *   <li>with 隔, every other: {@code 每隔一天巡查1次} and {@code 隔日一次} are once in two days; {@code
 *       每隔1小时} (time that runs on), {@code 每隔2小时} and {@code 每隔3个月}, with a figure above one,
 *       every hour, every 2 hours and every 3 months, as they are meant;
 *   <li>the span right before the count: {@code 两周一次}, {@code 半月一次}, {@code 3个月1次};
 *   <li>with a slash: {@code 1次/3个月}, {@code 1次/半月}, {@code 3个月/次}, {@code 每3个月/期} (months and years only, and
 *       not after a word of length: {@code 培训时长3个月/期}, {@code 见习期限3个月/次}, {@code 2小时/次} and
 *       {@code 3天/期} are how long each takes).
 * </ul>
 *
 * <p>Whom a frequency is per is set aside: {@code 1次/3个月/人} is {@code 1 次/3个月}, as {@code
 * 每人每季度1次} is read, so the two compare (keeping it on one side only made them undetermined).
 */
final class Intervals {
  private Intervals() {}

  /** Units of events, the only figures counted every so many periods. */
  private static final Set<String> EVENTS = Set.of("次", "回", "趟", "期", "场", "场次", "批", "批次", "轮");

  /** The most characters between the span and the count after 每 (每3个月对辖区企业开展1次). */
  private static final int MAX_BETWEEN = 12;

  /** The most characters between 隔日 and the count (隔日巡查一次). */
  private static final int MAX_AFTER_OTHER = 6;

  private static final Unit TIMES = Unit.of("次").orElseThrow();

  private static final Unit MONTH = Unit.of("月").orElseThrow();

  /** Units of which 隔 one is every other one: 每隔一天 is once in two days, 每隔1小时 every hour. */
  private static final Set<String> STEPS = Set.of("天", "周", "月", "年");

  /**
   * Joins each span and its count of events in {@code found}, the scanner's figures of {@code s}
   * in order, into the count per the span.
   */
  static void join(String s, List<Found> found) {
    for (int k = 0; k < found.size(); k++) {
      Found f = found.get(k);
      if (!f.figure()) {
        continue;
      }
      Quantity q = f.quantity();
      if (isSpan(q)) {
        if (q.per().filter(p -> EVENTS.contains(p)).isPresent() && q.unit().isCompatibleWith(MONTH)
            && (eachBefore(s, q.start()) >= 0 || (q.per().get().equals("次") && !namesALength(s, q.start())))) {
          // 3个月/次, 每3个月/期: once every three months (培训时长3个月/期, 见习期限3个月/次, 2小时/次, 3天/期
          // are how long each time takes)
          Quantity once = new Quantity(BigDecimal.ONE, Optional.empty(), Unit.of(q.per().get()).orElse(TIMES), false, q.start(), q.end(), Optional.of(per(q, false)));
          found.set(k, Found.figure(once));
        } else if (q.per().isEmpty() && joinAfter(s, found, k)) {
          k--; // the span is gone: the figure after it is at k now
        }
      } else if (isCount(q)) {
        other(s, found, k);
      }
    }
    for (int k = 0; k < found.size(); k++) {
      if (found.get(k).figure()) {
        found.set(k, Found.figure(pastWho(s, found.get(k).quantity())));
      }
    }
  }

  /**
   * A count per a period followed by {@code /人}, {@code /户} ({@code 1次/半月/人}): read past the
   * {@code /人}, which is set aside (a target per person states it before the span, 每人每月1次).
   */
  private static Quantity pastWho(String s, Quantity q) {
    if (!EVENTS.contains(q.unit().symbol()) || q.per().isEmpty() || q.per().get().indexOf('/') >= 0
        || Periods.span(q.per().get()) == null || q.end() + 1 >= s.length() || s.charAt(q.end()) != '/') {
      return q;
    }
    int end = FigureUnits.perWordEnd(s, q.end() + 1);
    if (end < 0) {
      return q;
    }
    String who = s.substring(q.end() + 1, end);
    if (!isWho(who)) {
      return q;
    }
    return new Quantity(q.value(), q.upper(), q.unit(), q.approximate(), q.start(), end, q.per());
  }

  /** Whether {@code per} names whom or what a count is per (人, 户, 校), not a period or a unit of events or time. */
  private static boolean isWho(String per) {
    Optional<Unit> unit = Unit.of(per);
    return Periods.span(per) == null && !EVENTS.contains(per) && !per.contains("*") && unit.map(u -> !u.isDuration()).orElse(true);
  }

  /**
   * Whether a count of events starts at {@code at}: a figure in digits or Chinese numerals and a
   * unit of events right after it (一次, 1次, 两场), as after the span of 一月一次 or 一季度1次; not
   * 一次性 (at once: 十一月一次性拨付 is paid in November).
   */
  static boolean countOfEventsAt(String s, int at) {
    if (reportAt(s, at) > 0) {
      return true; // 一月一报, 一季一通报: one report a period
    }
    int k = at;
    while (k < s.length() && (Chars.isAsciiDigit(s.charAt(k)) || ChineseNumerals.isPart(s.charAt(k)))) {
      k++;
    }
    if (k == at) {
      return false;
    }
    for (String unit : EVENTS) {
      if (s.startsWith(unit, k)) {
        return !Chars.startsWith(s, k + unit.length(), "性");
      }
    }
    return false;
  }

  /**
   * Verbs of a task done once a period, in 一月一报, 一季一通报, 一周一调度, 一年一考核: after 一 and a
   * span they are one event of that span, as 一次 is (一事一议 names no span, and is not read).
   */
  private static final List<String> REPORTS =
      List.of("通报", "调度", "督查", "检查", "巡查", "考核", "评估", "研判", "分析", "总结", "报", "查", "检", "评", "会");

  private static final CharSet REPORT_FIRSTS = CharSet.of(c -> REPORTS.stream().anyMatch(w -> w.charAt(0) == c));

  /**
   * The end of 一 and a verb of a task done once (一报, 一通报, 一检查) at {@code at}, with the clause
   * or the text ending after it, or 制 (制度), 机 (机制), 、 or a space following; 0 when there is none
   * there (一报表, 一查到底).
   */
  static int reportAt(String s, int at) {
    if (at + 1 >= s.length() || s.charAt(at) != '一' || !REPORT_FIRSTS.contains(s.charAt(at + 1))) {
      return 0; // asked at every 一 read as a numeral: most are followed by no such verb
    }
    for (String verb : REPORTS) {
      int end = at + 1 + verb.length();
      if (s.startsWith(verb, at + 1) && (end == s.length() || Clauses.isClauseEnd(s.charAt(end)) || "制机、 ".indexOf(s.charAt(end)) >= 0)) {
        return end;
      }
    }
    return 0;
  }

  /**
   * Whether the month of Chinese numerals at {@code start} before {@code end} (the 月) is a span
   * before a count (一月一次, 两月一次: once a month, once in two), not a month's name: 一 or 两 alone,
   * a count of events right after it. 十月一期, 二月一次 name October and February.
   */
  static boolean monthsBeforeACount(String s, int start, int end) {
    char c = s.charAt(start);
    return end == start + 2 && (c == '一' || c == '两') && countOfEventsAt(s, end);
  }

  /** The span at {@code k} and the count after it (每3个月1次, 两周一次), joined: whether they were. */
  private static boolean joinAfter(String s, List<Found> found, int k) {
    Quantity d = found.get(k).quantity();
    int each = eachBefore(s, d.start());
    boolean other = d.start() > 0 && s.charAt(d.start() - 1) == '隔';
    for (int j = k + 1; j < found.size(); j++) {
      Found f = found.get(j);
      Quantity c = f.quantity();
      if (!plainBetween(s, d.end(), c.start(), each >= 0 ? MAX_BETWEEN : 0)) {
        return false; // without 每 only the count right after the span: 两周一次
      }
      if (!f.figure() || !isCount(c)) {
        continue; // 每3个月检查40家机构1次: a count of something else between
      }
      if (Periods.before(s, c.start()) != null || totalBetween(s, d.end(), c.start())) {
        return false; // 每半年开展自查、全年督查2次, 每半年自查并累计督查4次: the count names a period of its own
      }
      String per = per(d, other);
      // nothing between: 至少每3个月1次 compares from 每; a word between: 每3个月至少1次 from the count
      int start = each >= 0 && d.end() == c.start() ? each : each < 0 && d.end() == c.start() ? d.start() : c.start();
      found.set(j, Found.figure(new Quantity(c.value(), c.upper(), c.unit(), c.approximate(), start, c.end(), Optional.of(per))));
      found.remove(k);
      return true;
    }
    return false;
  }

  /** 隔日一次, 隔月巡查一次: a count after 隔 and a period, once in two of them; 1次/3个月: a count over a span after a slash. */
  private static void other(String s, List<Found> found, int k) {
    Quantity c = found.get(k).quantity();
    if (k + 1 < found.size() && found.get(k + 1).figure()) {
      Quantity d = found.get(k + 1).quantity();
      if (isSpan(d) && d.per().map(Intervals::isWho).orElse(true) && c.end() < s.length() && s.charAt(c.end()) == '/' && d.start() == c.end() + 1) {
        // 1次/3个月/人: the span's own per is whom the count is per, which a target per person
        // (每人每季度1次) states before the span: set aside on both sides alike
        String per = per(d, false);
        found.set(k, Found.figure(new Quantity(c.value(), c.upper(), c.unit(), c.approximate(), c.start(), d.end(), Optional.of(per))));
        found.remove(k + 1);
        return;
      }
    }
    for (int h = c.start() - 2; h >= Math.max(0, c.start() - MAX_AFTER_OTHER - 2); h--) {
      if (s.charAt(h) != '隔') {
        continue;
      }
      Periods.Named period = Periods.periodAt(s, h + 1);
      if (period != null && plainBetween(s, period.end(), c.start(), MAX_AFTER_OTHER) && !period.name().equals("工作日")) {
        String unit = period.name().equals("日") ? "天" : period.name().equals("月") ? "个月" : period.name();
        found.set(k, Found.figure(new Quantity(c.value(), c.upper(), c.unit(), c.approximate(), h, c.end(), Optional.of("2" + unit))));
      }
      return;
    }
    String bare = c.value().compareTo(BigDecimal.ONE) == 0 ? barePeriodBefore(s, c.start()) : null;
    if (bare != null) { // 季度一次, 月度一次: once a quarter, once a month
      found.set(k, Found.figure(new Quantity(c.value(), c.upper(), c.unit(), c.approximate(), c.start() - bare.length(), c.end(), Optional.of(Periods.periodOf(bare.equals("月度") ? "月" : bare.equals("年度") ? "年" : bare)))));
    }
  }

  /** Names of a period that, right before a count of events with nothing before them, make it per the period. */
  private static final List<String> BARE_PERIODS = List.of("季度", "月度", "年度");

  /**
   * The period named right before a count of one at {@code start} (季度一次, 按月度一次), when no
   * numeral, 第, 每, a word placing it in time (本, 上, 下, 该, 同, 当, 全) or one of parts (分, 跨, 个)
   * stands before it; null when none. 按季度4次拨付 is four instalments, not four a quarter.
   */
  private static @Nullable String barePeriodBefore(String s, int start) {
    for (String name : BARE_PERIODS) {
      int at = start - name.length();
      if (at >= 0 && s.startsWith(name, at)) {
        char before = at == 0 ? ' ' : s.charAt(at - 1);
        boolean placed = Chars.isAsciiDigit(before) || ChineseNumerals.isPart(before) || "第每本上下该同当全分跨个".indexOf(before) >= 0;
        return placed ? null : name;
      }
    }
    return null;
  }

  /** Characters that join a second activity to the first: 并, 、, 和, 及. */
  private static final String JOINS = "并、和及";

  /**
   * Whether a word of a total ({@link Totals}) follows a second activity between {@code from} and
   * {@code to}: the count is then over the whole report (每半年自查并累计督查4次, 并共培训2期), while
   * 每半年累计巡查不少于20次 is still 20 per half-year.
   */
  private static boolean totalBetween(String s, int from, int to) {
    boolean second = false;
    for (int k = from; k < to; k++) {
      if (JOINS.indexOf(s.charAt(k)) >= 0) {
        second = true;
      }
      if (second && Totals.startsAt(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** Words before a span that name how long something takes (培训时长3个月/期, 见习期限3个月/次): no frequency. */
  private static final List<String> LENGTHS = List.of("时长", "期限", "工期", "用时", "历时", "学制"); // not 周期: 保养周期3个月/次 is one

  private static boolean namesALength(String s, int start) {
    int from = Math.max(0, start - 8);
    for (int k = start - 1; k >= from; k--) {
      if (Clauses.isClauseEnd(s.charAt(k))) {
        return false;
      }
      for (String word : LENGTHS) {
        if (s.startsWith(word, k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSpan(Quantity q) {
    return q.unit().isDuration() && !q.isRange() && !q.approximate();
  }

  private static boolean isCount(Quantity q) {
    return EVENTS.contains(q.unit().symbol()) && q.per().isEmpty();
  }

  /** Where 每 stands right before {@code start} (每3个月, 每隔3个月), or 隔 alone (隔3个月); -1 when neither does. */
  private static int eachBefore(String s, int start) {
    int k = start - 1;
    if (k >= 0 && s.charAt(k) == '隔') {
      return k >= 1 && s.charAt(k - 1) == '每' ? k - 1 : k;
    }
    return k >= 0 && s.charAt(k) == '每' ? k : -1;
  }

  /**
   * Whether {@code s} from {@code from} to {@code to} is at most {@code max} characters in one
   * clause: words or other figures, no clause's end, slash or other 每.
   */
  private static boolean plainBetween(String s, int from, int to, int max) {
    if (to < from || to - from > max) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (Clauses.isClauseEnd(c) || c == '每' || c == '/') {
        return false;
      }
    }
    return true;
  }

  /**
   * The span as a period: {@code 3个月}, {@code 2周}, {@code 半年}, a single period by its name
   * (月); after 隔 ({@code other}), one of it is every other one: 每隔一天 is once in two days.
   */
  private static String per(Quantity d, boolean other) {
    String unit = d.unit().symbol();
    BigDecimal n = d.value();
    if (other && n.compareTo(BigDecimal.ONE) == 0 && STEPS.contains(unit)) {
      n = BigDecimal.valueOf(2);
    }
    if (n.compareTo(BigDecimal.ONE) == 0) {
      return unit;
    }
    String count = n.compareTo(new BigDecimal("0.5")) == 0 ? "半" : n.stripTrailingZeros().toPlainString();
    return count + (unit.equals("月") ? "个月" : unit.equals("工作日") ? "个工作日" : unit);
  }
}
