package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.Aims;
import org.jixiao.rules.internal.text.ClockTimes;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The time a piece of handling took, read from the times of day it began and ended (9时接到报修，当日10时30分到达现场: 1
 * 小时30分), against a ceiling on a time taken (响应时间 ≤ 2 小时). Part of {@link QuantitativeScorer}: asked only when no
 * figure of the ceiling's unit answers it (14时接报，40分钟内到达现场: the 40 minutes do).
 *
 * <p>The moments are {@link SpanPoints}: times of day with the date or weekday written before them, or dates and weekdays
 * alone (9月10日受理，9月28日答复: 18 天). The span is read only when nothing else could be meant: one moment opens the
 * handling (接到, 接报, 受理, 报警 …), one ends it (到达, 处置完毕, 办结 …), the end not denied (10时仍未到达); a moment of a
 * plan or an aim (计划9时前到场) is skipped, one of no handling (9时召开调度会) too, and a list of moments (10时、14时先后接报)
 * reads nothing. The days between are the written ones, else 次日 (第二天, 翌日, 隔日) before the end, else the same day; an
 * end earlier in the day than the opening is past midnight unless 当日 says otherwise (23时接报，1时到达). The end may be
 * written first where no word of the day could belong to either (15:20恢复供气，报修时间9:20). Where the name asks the
 * arrival (到达现场时间, 响应时间) and the text says only when the work was finished, the span is an upper bound: within
 * the ceiling it meets it, beyond it says nothing; so is a span from an opening said to be about an hour (8时许) or across
 * the end of February in a year not written. Weekdays give working days; dates give days, never working days or hours.
 */
final class ClockSpans {
  private ClockSpans() {}

  /** A span read: its length in minutes, positioned at its end's time of day, and how it was read (（09:00 至 10:30）). */
  record Span(Quantity quantity, String note) {}

  /**
   * Whether {@code s} (normalised) may hold two moments: a numeral right before 时, 点, : or 日, or a weekday (周五), twice. Cheap, for the
   * scorer's first look at a cell with no figure left in it.
   */
  static boolean mayHold(String s) {
    int seen = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i); // compared one by one: this runs on every cell with no figure
      boolean moment = (c == '时' || c == '点' || c == ':' || c == '日') && i > 0 && numeral(s.charAt(i - 1))
          || c == '周' && i + 1 < s.length() && "一二三四五六日天".indexOf(s.charAt(i + 1)) >= 0;
      if (moment && ++seen == 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean numeral(char c) {
    return c >= '0' && c <= '9' || "〇零一二两三四五六七八九十".indexOf(c) >= 0;
  }

  /**
   * The span of handling {@code s} (normalised) states, against {@code ceiling} (the target's figure, a duration) for an
   * indicator named {@code name}; null when none can be told.
   */
  static @Nullable Span of(String s, String name, Quantity ceiling) {
    if (!MINUTES.isCompatibleWith(ceiling.unit()) && !WORKING_DAY.isCompatibleWith(ceiling.unit())) {
      return null; // 个月: no moments are read against months
    }
    List<SpanPoints.Point> points = SpanPoints.of(s);
    if (points.size() < 2) {
      return null;
    }
    SpanPoints.Point from = null;
    SpanPoints.Point arrival = null;
    SpanPoints.Point finish = null;
    for (int k = 0; k < points.size(); k++) {
      SpanPoints.Point t = points.get(k);
      int clause = clauseStart(s, t.start());
      // the words before a moment are its own unless an earlier one shares its clause (21:00接到报告至次日0:30到达)
      int segStart = k > 0 && points.get(k - 1).end() > clause ? t.start() : clause;
      int segEnd = Math.min(clauseEnd(s, t.end()), k + 1 < points.size() ? points.get(k + 1).start() : s.length());
      String seg = s.substring(segStart, segEnd);
      int own = t.end() - segStart + NEAR; // a word of the moment's own: before it in its clause, or right after it
      int opens = indexOfAny(seg, OPENINGS, own);
      int arrives = indexOfAny(seg, ARRIVALS, own);
      int finishes = indexOfAny(seg, FINISHES, own);
      if (opens < 0 && arrives < 0 && finishes < 0) {
        if (k + 1 < points.size() && points.get(k + 1).start() - t.end() <= 2) {
          return null; // 10时、14时先后接报两起: a list of moments, each of its own piece of handling
        }
        continue; // 9时召开调度会: the time of something else
      }
      boolean opening = arrives < 0 && finishes < 0; // a word of opening, and none of an end
      int word = opening ? opens : arrives >= 0 ? arrives : finishes;
      if (Aims.aimBefore(s, segStart + word) != null || Texts.containsAny(seg.substring(0, word), PLANS)) {
        continue; // 计划9时前到场, 要求9时前到达: what was planned or asked, not when it happened
      }
      if (opening) {
        if (from != null) {
          return null; // two openings: two pieces of handling
        }
        from = t;
        continue;
      }
      if (opens >= 0 || denied(seg, word)) {
        return null; // an opening and an end at one moment, or an end denied (10时仍未到达)
      }
      if (word == arrives) {
        if (arrival != null) {
          return null; // two arrivals: which is meant is not said
        }
        arrival = t;
      } else {
        if (finish != null) {
          return null;
        }
        finish = t;
      }
    }
    boolean asksArrival = Texts.containsAny(name, ARRIVALS) && !Texts.containsAny(name, FINISHES);
    boolean asksFinish = Texts.containsAny(name, FINISHES) && !Texts.containsAny(name, ARRIVALS);
    // the arrival answers a name that asks it; the work finished answers one that asks that, and bounds any other
    // from above (finished by then, so arrived by then)
    SpanPoints.Point to = asksFinish ? finish : asksArrival && arrival != null ? arrival : finish != null ? finish : arrival;
    if (from == null || to == null) {
      return null; // 处置时限 answered by the arrival alone: the work went on after it
    }
    // within the ceiling only: the finish bounds the arrival asked, and 8时许 opens at 8:00 or a little after
    boolean onlyIfMet = to == finish && !asksFinish && (asksArrival || arrival != null) || approximate(s, from);
    boolean reversed = to.start() < from.start();
    if (approximate(s, to) || reversed && (to.kind() != from.kind() || to.kind() == SpanPoints.NO_DAY && Texts.containsAny(s, DAY_WORDS))) {
      return null; // the end written first (15:20恢复供气，报修时间9:20): read only where no word of the day could belong to either
    }
    int days = reversed ? dayDifference(from, to) : daysBetween(s, from, to);
    if (days < 0) {
      return null;
    }
    if (from.kind() == SpanPoints.DATE && to.kind() == SpanPoints.DATE && from.day() <= LAST_OF_FEBRUARY && to.day() > LAST_OF_FEBRUARY
        && !holdsAYear(s)) {
      days++; // 2月27日 to 3月2日 is 3 days or 4 as the year is leap or not: the longer, and only within the ceiling
      onlyIfMet = true;
    }
    Quantity span;
    int endClock = to.clock();
    if (from.clock() >= 0 && to.clock() >= 0 && MINUTES.isCompatibleWith(ceiling.unit())) {
      int minutes = days * DAY_MINUTES + to.clock() - from.clock();
      if (minutes < 0 && days == 0 && to.clock() < NOON && ClockTimes.afterNoon(s, hourAt(s, from))
          && !ClockTimes.inPartOfDay(s, hourAt(s, to)) && minutes + NOON >= 0) {
        minutes += NOON; // 下午3点接警，3点40分赶到: the afternoon goes on
        endClock += NOON;
      }
      if (minutes < 0 && days == 0 && to.kind() == SpanPoints.NO_DAY && !reversed
          && !Texts.containsAny(s.substring(from.end(), to.start()), SAME_DAY)) {
        minutes += DAY_MINUTES; // 23时接报，1时到达: past midnight
        days = 1;
      }
      if (minutes < 0) {
        return null; // 当日17时到达 after 当日18时接报
      }
      span = new Quantity(BigDecimal.valueOf(minutes), Optional.empty(), MINUTES, false, to.start(), to.end());
    } else if (from.kind() == SpanPoints.WEEKDAY && to.kind() == SpanPoints.WEEKDAY && WORKING_DAY.isCompatibleWith(ceiling.unit())) {
      // 周四收件，下周二发证: Friday, Monday, Tuesday (the holidays of a year no weekday names are not known)
      span = new Quantity(BigDecimal.valueOf(workingDays(from.day(), from.day() + days)), Optional.empty(), WORKING_DAY, false, to.start(), to.end());
    } else if (from.kind() != SpanPoints.NO_DAY && DAY.isCompatibleWith(ceiling.unit())
        && DAY.convert(BigDecimal.ONE, ceiling.unit()).compareTo(BigDecimal.ONE) <= 0) {
      span = new Quantity(BigDecimal.valueOf(days), Optional.empty(), DAY, false, to.start(), to.end()); // 9月10日受理，9月28日答复
    } else {
      return null; // a day against a ceiling of hours: which hours is not said
    }
    if (onlyIfMet
        && span.unit().convert(span.value(), ceiling.unit()).compareTo(ceiling.upper().orElse(ceiling.value())) > 0) {
      return null; // finished beyond the ceiling: when the arrival came is not said
    }
    String note = "（" + shown(s, from, from.clock()) + " 至 " + (days > 0 && to.kind() == SpanPoints.NO_DAY ? "次日 " : "")
        + shown(s, to, endClock) + "）";
    return new Span(span, note);
  }

  /**
   * The days from one moment to the other: by the days written at both (3月5日 to 3月6日, 周五 to 下周一), else by the
   * words between them (次日: 1, else 0); -1 when they cannot be told (a day at one and not the other, or a date
   * between them).
   */
  private static int daysBetween(String s, SpanPoints.Point from, SpanPoints.Point to) {
    if (to.kind() != SpanPoints.NO_DAY) {
      return from.kind() != to.kind() ? -1 : dayDifference(from, to);
    }
    String between = s.substring(from.end(), to.start());
    if (holdsADate(between)) {
      return -1;
    }
    boolean nextDay = Texts.containsAny(between, NEXT_DAY);
    if (nextDay && Texts.containsAny(between, SAME_DAY)) {
      return -1; // 当日 and 次日 both: no reading holds
    }
    return nextDay ? 1 : 0;
  }

  /**
   * The days from one moment to the other by the days written at both, of one kind: 3月5日 to 3月6日 1, 周五 to 周一 3
   * (the next week), 12月28日 to 1月6日 9 (the next year); 0 when neither writes one; -1 when a month's day goes back.
   */
  private static int dayDifference(SpanPoints.Point from, SpanPoints.Point to) {
    int days = to.day() - from.day();
    if (days >= 0 || to.kind() == SpanPoints.NO_DAY) {
      return Math.max(days, 0);
    }
    return to.kind() == SpanPoints.WEEKDAY ? days + 7 : to.kind() == SpanPoints.DATE && days + 365 < 120 ? days + 365 : -1;
  }

  /** Where a moment's hour is written: after its day and a part of the day (3月5日上午9时), else where it starts. */
  private static int hourAt(String s, SpanPoints.Point p) {
    return p.kind() == SpanPoints.NO_DAY ? p.start() : SpanPoints.skipPartOfDay(s, p.dayEnd());
  }

  /** A moment as shown in a reason: its day as written and its time of day as read (3月5日 09:00, 15:40 for 下午…3点40分). */
  private static String shown(String s, SpanPoints.Point p, int clock) {
    String day = s.substring(p.start(), p.dayEnd());
    return clock < 0 ? day : (day.isEmpty() ? "" : day + " ") + ClockTimes.describe(clock);
  }

  /** Whether the moment's time of day is said to be about it: 8时许. */
  private static boolean approximate(String s, SpanPoints.Point p) {
    return p.clock() >= 0 && s.charAt(p.end() - 1) == '许';
  }

  /** Whether {@code s} writes a year (2024年, 2024-): a date's year is then known. */
  private static boolean holdsAYear(String s) {
    for (int i = 4; i < s.length(); i++) {
      if (s.charAt(i) == '年' && numeral(s.charAt(i - 1)) && numeral(s.charAt(i - 4))) {
        return true;
      }
    }
    return false;
  }

  /** The working days after weekday {@code from} up to {@code to} (1 is Monday; 8 the next Monday), Monday to Friday. */
  private static int workingDays(int from, int to) {
    int n = 0;
    for (int d = from + 1; d <= to; d++) {
      n += (d - 1) % 7 < 5 ? 1 : 0;
    }
    return n;
  }

  /** At most this many characters between a time and a word of its own after it (10时30分维修人员到达). */
  private static final int NEAR = 4;

  /** Where the first of {@code words} starts in {@code s}, before {@code limit}; -1 when none does. */
  private static int indexOfAny(String s, List<String> words, int limit) {
    int best = -1;
    for (String w : words) {
      int at = s.indexOf(w);
      if (at >= 0 && at <= limit && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** Where the clause holding {@code at} starts: after a comma or a full stop, not a colon, which 9:00 holds. */
  private static int clauseStart(String s, int at) {
    int k = at;
    while (k > 0 && CLAUSE_ENDS.indexOf(s.charAt(k - 1)) < 0) {
      k--;
    }
    return k;
  }

  private static int clauseEnd(String s, int at) {
    int k = at;
    while (k < s.length() && CLAUSE_ENDS.indexOf(s.charAt(k)) < 0) {
      k++;
    }
    return k;
  }

  private static final String CLAUSE_ENDS = ",;。!?\n";

  /** Whether a denial stands right before the word at {@code at} (未到达, 仍未处置, 尚未办结, 没有到达). */
  private static boolean denied(String seg, int at) {
    return at > 0 && "未没不".indexOf(seg.charAt(at - 1)) >= 0;
  }

  private static final Unit MINUTES = Unit.ofWord("分钟");

  private static final int NOON = 12 * 60;

  private static final int DAY_MINUTES = 24 * 60;

  private static final Unit DAY = Unit.ofWord("天");

  private static final Unit WORKING_DAY = Unit.ofWord("工作日");

  /** The last day of February counted from 0 in a year that is not leap. */
  private static final int LAST_OF_FEBRUARY = 58;

  /** Words opening a piece of handling. */
  private static final List<String> OPENINGS =
      List.of(
          "接到", "接报", "接警", "接收", "接单", "接件", "收到", "受理", "报警", "报修", "报案", "报告", "求助", "呼救", "求救", "来电",
          "派单", "发生", "发现", "中断", "停电", "停水", "断电", "故障", "爆管", "出险", "收件", "申请", "提出", "登记");

  /** Words of arriving, the first answer to a call: what 到达现场时间 and 响应时间 ask. */
  private static final List<String> ARRIVALS = List.of("到达", "抵达", "赶到", "到场", "到位", "响应", "上门"); // not 出警, 赶赴: setting off

  /** Words of the work finished. */
  private static final List<String> FINISHES =
      List.of("处置", "处理", "办结", "办理", "修复", "恢复", "解决", "完成", "完毕", "排除", "答复", "回复", "反馈", "结案", "解除", "出证",
          "发证", "出具", "作出", "办毕", "送达"); // not 抢修: 抢修班 is who

  private static final List<String> NEXT_DAY = List.of("次日", "第二天", "翌日", "隔日");

  private static final List<String> SAME_DAY = List.of("当日", "当天", "同日");

  /** Words of a plan or a rule before a moment's word: 计划9时前到场, 要求17时前办结. */
  private static final List<String> PLANS = List.of("计划", "要求", "预计", "拟", "规定", "须", "应于");

  private static final List<String> DAY_WORDS = List.of("当日", "当天", "同日", "次日", "第二天", "翌日", "隔日");

  /** Whether a date stands between the two times (3月6日, 6号): which days they fall on is not said by 次日 alone. */
  private static boolean holdsADate(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("月日号".indexOf(c) >= 0 && numeral(s.charAt(i - 1))
          || s.charAt(i - 1) == '周' && "一二三四五六日天末".indexOf(c) >= 0) { // 下周一10时办结: which week is a date
        return true;
      }
    }
    return s.contains("星期") || s.contains("礼拜");
  }
}
