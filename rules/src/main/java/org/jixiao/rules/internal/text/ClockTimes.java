package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Times of day (钟点): {@code 六点半}, {@code 6点30分}, {@code 早上7点}, {@code 下午5时}, {@code 17:30}.
 * A daily deadline is written with one ({@code 每天早上六点半前送达}: the Shenzhen district's 2023
 * declarations, for the deliveries of a canteen), and an actual answers with the time it kept
 * ({@code 每天早上6点20分送达}). Dates know no time of day; this compares the two.
 *
 * <p>A time is a whole hour of 0 to 24 (Arabic or Chinese numerals) right before 点 or 时, with
 * 半, a count of minutes and 分, or nothing after it; or {@code HH:MM}. 下午, 晚上, 傍晚 and 中午
 * before an hour under 12 put it after noon (下午5时 is 17:00). 小时 is a duration, not a time.
 */
public final class ClockTimes {
  private ClockTimes() {}

  /** Words before an hour that put it after noon. */
  private static final String[] AFTERNOON = {"下午", "晚上", "傍晚", "中午", "夜间"};

  /** The time of day a deadline phrase states before its 前 ({@code 六点半前}), as minutes after midnight. */
  public static OptionalInt deadline(String s) {
    int at = deadlineAt(s);
    return at < 0 ? OptionalInt.empty() : endingAt(s, beforeQian(s, at));
  }

  /** Where the last 前 stands that a time of day ends right before (六点半前, 8:00以前), or -1. */
  private static int deadlineAt(String s) {
    for (int at = s.lastIndexOf('前'); at > 0; at = s.lastIndexOf('前', at - 1)) {
      if (endingAt(s, beforeQian(s, at)).isPresent()) {
        return at;
      }
    }
    return -1;
  }

  /** Where the time before the 前 at {@code at} ends: before 之 or 以 (之前, 以前). */
  private static int beforeQian(String s, int at) {
    return s.charAt(at - 1) == '之' || s.charAt(at - 1) == '以' ? at - 1 : at;
  }

  /**
   * The time of day {@code actual} says the work of {@code target}'s daily deadline was done at:
   * the one time its clauses state, or else the one time of the clauses that name what the target
   * does by its deadline (开馆 in 上午9点前开馆: 上午9点开馆，晚上9点闭馆 is 09:00). Empty when no
   * time or no single one can be told (6点20分送达早餐，中午11点送达午餐 against 六点半前送达: two
   * clauses name 送达).
   */
  public static OptionalInt keptFor(String actual, String target) {
    int verbAt = deadlineAt(target) + 1; // what the target does by its deadline: 送达 in 六点半前送达
    String verb = verbAt > 0 && verbAt + 2 <= target.length() ? target.substring(verbAt, verbAt + 2) : "";
    int any = -1;
    boolean several = false;
    int named = -1;
    boolean severalNamed = false;
    int from = 0;
    for (int i = 0; i <= actual.length(); i++) {
      if (i == actual.length() || ",;。!?\n".indexOf(actual.charAt(i)) >= 0) { // not ':', which 17:30 holds
        String clause = actual.substring(from, i);
        OptionalInt t = latest(clause);
        if (t.isPresent()) {
          several |= any >= 0 && any != t.getAsInt();
          any = t.getAsInt();
          if (!verb.isEmpty() && clause.contains(verb)) {
            severalNamed |= named >= 0 && named != t.getAsInt();
            named = t.getAsInt();
          }
        }
        from = i + 1;
      }
    }
    if (any >= 0 && !several) {
      return OptionalInt.of(any);
    }
    return named >= 0 && !severalNamed ? OptionalInt.of(named) : OptionalInt.empty();
  }

  /** The latest time of day {@code s} states, as minutes after midnight: when the work was done. */
  public static OptionalInt latest(String s) {
    int best = -1;
    for (int i = 0; i < s.length(); i++) {
      int[] t = at(s, i);
      if (t != null) {
        best = Math.max(best, t[0]);
        i = t[1] - 1;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /**
   * The times of day {@code s} states that nothing else could be meant by ({@link #markedEnd}), in order, each as
   * {minutes after midnight, start, end}: what a span of handling is read from (9时接到报修，10时30分到达现场).
   */
  public static List<int[]> marked(String s) {
    List<int[]> out = new ArrayList<>(2);
    for (int i = 0; i < s.length(); i++) {
      if (!isNumeral(s.charAt(i))) {
        continue;
      }
      int end = markedEnd(s, i);
      int @Nullable [] t = end > 0 ? at(s, i) : null;
      if (t != null) {
        out.add(new int[] {t[0], i, end});
        i = end - 1;
      }
    }
    return out;
  }

  /** Words before an hour that make it a time of day: a part of the day. */
  private static final String[] DAY_PARTS = {"凌晨", "早上", "早晨", "上午", "中午", "下午", "晚上", "傍晚", "夜间"};

  /**
   * Where a time of day that starts at {@code i} ends, when nothing else could be meant: {@code
   * 5点前}, {@code 6点半}, {@code 6点20分}, {@code 下午5时}, {@code 17:30}; or -1. A figure before
   * 点 alone ({@code 提出3点意见}, three points) or a ratio ({@code 1:10}) is not one. The
   * scanner of figures leaves such a time out: it is neither a count nor a date.
   */
  static int markedEnd(String s, int i) {
    int @Nullable [] t = at(s, i);
    if (t == null) {
      return -1;
    }
    int end = t[1];
    boolean dayPart = inPartOfDay(s, i);
    char last = s.charAt(end - 1);
    int colon = s.indexOf(':', i);
    boolean marked = colon >= 0 && colon < end
        ? dayPart || colon - i == 2 || before(s, end) || eventAfter(s, end) || eventBefore(s, i) // 08:00, 9:40到达; not 1:10
            || s.startsWith("00", colon + 1) || Chars.endsWith(s, i, "次日") || Chars.endsWith(s, i, "当日") // 次日1:00关闭: no ratio is 1:00
        : dayPart || last == '半' || last == '分' || before(s, end) || last == '时' && hourOfDay(s, end)
            || last == '点' && eventAfter(s, end);
    return marked ? end + (last == '时' && end < s.length() && s.charAt(end) == '许' ? 1 : 0) : -1;
  }

  /**
   * Whether a whole hour before 时 that ends at {@code end} is a time of day (9时接到报修, 8时许接报): 时 after a figure is
   * 钟点 unless a word goes on from it (3时段, 2时期) or 内 makes it a span (24时内). 小时 never reaches here.
   */
  private static boolean hourOfDay(String s, int end) {
    return end < s.length() && NOT_AFTER_HOUR.indexOf(s.charAt(end)) < 0;
  }

  /** Whether an event starts at {@code end}, or after one word of when (1点才到场, 9点即赶到). */
  private static boolean eventAfter(String s, int end) {
    int at = end < s.length() && "才即已就便".indexOf(s.charAt(end)) >= 0 ? end + 1 : end;
    return Chars.startsWithAny(s, at, EVENTS);
  }

  /** Whether an event, or a word naming the time of one, ends right before {@code i} (接警9:10, 到场9:40, 报修时间9:20). */
  private static boolean eventBefore(String s, int i) {
    for (String word : EVENTS) {
      if (Chars.endsWith(s, i, word)) {
        return true;
      }
    }
    for (String word : TIME_NAMES) {
      if (Chars.endsWith(s, i, word)) {
        return true;
      }
    }
    return false;
  }

  /** Words naming a time of day right before it: 报修时间9:20, 到达时间为10:05. */
  private static final List<String> TIME_NAMES = List.of("时间", "时间为", "时间是", "时刻");

  /** What after 时 makes it no time of day: a word going on (时段, 时期, 时长, 时效 …) or a span (24时内, 以内, 之内). */
  private static final String NOT_AFTER_HOUR = "段期限长效间候辰代刻令节势事差薪速数内以之";

  /**
   * Events after a whole hour before 点 that make it a time of day (9点接到报修, 10点到达现场): 3点意见 is a count. The
   * first moments and the last of handling a call.
   */
  private static final List<String> EVENTS = List.of(
      "接", "接警", "接报", "收到", "受理", "报警", "报修", "报案", "发生", "发现", "到达", "抵达", "赶到", "到场", "出发", "出警", "处置", "办结",
      "完成", "修复", "恢复", "解决", "开始", "结束");

  /** Whether a word of "before" or of a span follows: 前, 之前, 以前, 至, 到 (not 左右: 5点左右 may be five points). */
  private static boolean before(String s, int end) {
    return end < s.length() && "前至到-—~".indexOf(s.charAt(end)) >= 0
        || Chars.startsWith(s, end, "之前") || Chars.startsWith(s, end, "以前");
  }

  /** {@code 06:30} for minutes after midnight. */
  public static String describe(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /** A time of day that ends exactly at {@code end}. */
  private static OptionalInt endingAt(String s, int end) {
    for (int i = Math.max(0, end - 12); i < end; i++) {
      int[] t = at(s, i);
      if (t != null && t[1] == end && (i == 0 || !isNumeral(s.charAt(i - 1)))) {
        return OptionalInt.of(t[0]);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The time of day that starts at {@code i} (its hour's first character), as {minutes after
   * midnight, end}, or null.
   */
  private static int @Nullable [] at(String s, int i) {
    if (i > 0 && (sameKind(s.charAt(i - 1), s.charAt(i)) || s.charAt(i - 1) == '第' || s.charAt(i - 1) == '.')) {
      return null; // inside a figure, or an ordinal (第3点); 周五8:30 is a time after a day
    }
    int j = i;
    while (j < s.length() && isNumeral(s.charAt(j)) && j - i < 3) {
      j++;
    }
    if (j == i || j >= s.length()) {
      return null;
    }
    char c = s.charAt(j);
    if (c != ':' && c != '点' && c != '时') {
      return null; // nearly every figure: decided before its digits are read
    }
    OptionalInt hour = number(s.substring(i, j));
    if (hour.isEmpty() || hour.getAsInt() > 24) {
      return null;
    }
    int minutes;
    int end;
    if (c == ':' && j + 3 <= s.length() && Chars.isAsciiDigit(s.charAt(i)) && Chars.isAsciiDigit(s.charAt(j + 1))
        && Chars.isAsciiDigit(s.charAt(j + 2))) {
      minutes = (s.charAt(j + 1) - '0') * 10 + (s.charAt(j + 2) - '0');
      end = j + 3;
      if (minutes >= 60 || (end < s.length() && Chars.isAsciiDigit(s.charAt(end)))) {
        return null;
      }
    } else if (c == '点' || (c == '时' && !Chars.startsWith(s, j + 1, "限"))) { // 3时限 is no time
      end = j + 1;
      minutes = 0;
      if (end < s.length() && s.charAt(end) == '半') {
        minutes = 30;
        end++;
      } else {
        int k = end;
        while (k < s.length() && isNumeral(s.charAt(k)) && k - end < 3) {
          k++;
        }
        if (k > end && k < s.length() && s.charAt(k) == '分') {
          OptionalInt m = number(s.substring(end, k));
          if (m.isEmpty() || m.getAsInt() >= 60) {
            return null;
          }
          minutes = m.getAsInt();
          end = k + 1;
        }
      }
    } else {
      return null;
    }
    int h = hour.getAsInt();
    if (h < 12 && afterNoon(s, i) && !(h >= 4 && Chars.endsWith(s, i, "中午"))) {
      h += 12; // 下午5时 is 17:00; 中午1点 is 13:00, but 中午11点 11:00
    }
    int total = h * 60 + minutes;
    return total > 24 * 60 ? null : new int[] {total, end};
  }

  /** Where a part of the day written at {@code at} ends (上午, 下午 …), else {@code at}: 3月5日上午9时 has its hour after it. */
  public static int afterPartOfDay(String s, int at) {
    for (String word : DAY_PARTS) {
      if (s.startsWith(word, at)) {
        return at + word.length();
      }
    }
    return at;
  }

  /** Whether a part of the day stands right before the hour at {@code i} (上午9时, 晚上8点). */
  public static boolean inPartOfDay(String s, int i) {
    for (String word : DAY_PARTS) {
      if (Chars.endsWith(s, i, word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word that puts an hour after noon stands right before the hour at {@code i} (下午5时). */
  public static boolean afterNoon(String s, int i) {
    for (String word : AFTERNOON) {
      if (Chars.endsWith(s, i, word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two numeral characters belong to one figure: both Arabic, or both Chinese. */
  private static boolean sameKind(char before, char c) {
    return Chars.isAsciiDigit(c) ? Chars.isAsciiDigit(before) : isNumeral(before);
  }

  private static boolean isNumeral(char c) {
    return Chars.isAsciiDigit(c) || ChineseNumerals.isPart(c) && c != '万' && c != '亿' && c != '千' && c != '百';
  }

  private static OptionalInt number(String text) {
    if (Chars.isAsciiDigit(text.charAt(0))) {
      for (int k = 0; k < text.length(); k++) {
        if (!Chars.isAsciiDigit(text.charAt(k))) {
          return OptionalInt.empty();
        }
      }
      return OptionalInt.of(Integer.parseInt(text));
    }
    Optional<BigDecimal> v = ChineseNumerals.parse(text);
    return v.isPresent() && v.get().scale() <= 0 ? OptionalInt.of(v.get().intValueExact()) : OptionalInt.empty();
  }
}
