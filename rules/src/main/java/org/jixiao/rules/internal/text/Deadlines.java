package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.DatePeriod;
import org.jixiao.rules.text.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * Finds the deadline phrase of a target — 年度内, 12月前, 2019年底前, 年终, 不跨年度, 按时, 计划时间内,
 * a quarter (第三季度, 三季度末前, 2023年第二季度), or a date alone (2023-10-15, 2023年5月,
 * 2022.3.1-11.30) — and the date or period it ends at.
 */
final class Deadlines {
  private Deadlines() {}

  /** Deadline words, longest first where one contains another. */
  private static final List<String> WORDS =
      List.of(
          "计划时间内", "规定时间内", "规定时限内", "规定时限", "时间内", "全年", "不跨年度", "年度内", "年底前", "月底前", "月份之前",
          "月份前", "月之前", "日之前", "月以前", "旬以前", "旬前", "点半前", "点前", "时限内", "年底", "年末", "年终", "年内", "月底", "月末", "月前", "日前", "号前",
          "之前", "按时", "按期", "如期", "及时", "当月", "当年", "上半年", "下半年", "季度末", "季度底", "季度前",
          "季度内", "季度");

  private static final WordList WORD_LIST = WordList.of(WORDS);

  static Optional<Deadline> find(String s, List<Found> found) {
    Optional<Deadline> word = byWord(s, found);
    if (word.isPresent()) {
      return word;
    }
    int from = -1;
    int to = -1;
    for (int k = 0; k < found.size(); k++) { // by index: an unmodifiable list's iterator is two objects
      Found f = found.get(k);
      if (!f.date()) {
        if (from >= 0) {
          break;
        }
        continue;
      }
      int start = f.quantity().start();
      if (from >= 0 && !joined(s, to, start)) {
        break;
      }
      if (from < 0) {
        from = start;
      }
      to = dateEnd(s, f.quantity().end()); // 7月中旬至8月上旬: the part is the date's, and the range goes on after it
    }
    if (from < 0) {
      return Optional.empty();
    }
    while (to < s.length() && "前内底末".indexOf(s.charAt(to)) >= 0) {
      to++;
    }
    String text = s.substring(from, to);
    Optional<DatePeriod> by = DateReader.last(text);
    int last = lastYearAt(text);
    if (last >= 0 && yearAlone(text, last + 5) && (last == 0 || rangeIsTheDeadline(s, from, to))) {
      // 2023年 alone: by the end of that year; 2023年至2025年, 2023-2025年, 2023年1月至2025年: of the last
      by = DateReader.last(text.substring(last, last + 5) + "底");
    }
    return by.isEmpty() ? Optional.empty() : Optional.of(new Deadline(text, by, Optional.empty()));
  }

  /** Where a date ending at {@code to} ends with the day or the part of the month after it (十二月二十日, 6月上旬, 3月初). */
  private static int dateEnd(String s, int to) {
    if (to > 0 && (s.charAt(to - 1) == '月' || s.charAt(to - 1) == '份')) {
      char[] chars = CharArrays.of(s);
      int end = Math.max(to, s.charAt(to - 1) == '月' ? DateReader.chineseDayEnd(s, chars, to) : 0);
      return Math.max(end, DateReader.partEnd(chars, to));
    }
    return to;
  }

  /**
   * Whether a range of years ({@code [from, to)} of {@code s}) is the deadline the target states: the
   * target is the range alone, after nothing but a project's period (建设期, 实施期为, 完成时间:, 在) or a
   * duration it dates (2年(2023-2024年)), and before nothing but words of finishing without a figure
   * (完成, 建成投用, 分年度实施, 竣工) or a name of the same years in brackets ((十四五期间)). Elsewhere the
   * range names what the work is about or the period a figure counts over (完成2020-2022年度财务审计,
   * 审计期间为2020-2022年度, 2023-2025年，累计培训1000人次, 《规划(2016-2020年)》终期评估). A range that
   * starts with a month (2023年3月至2025年) is a span of time wherever it stands.
   */
  private static boolean rangeIsTheDeadline(String s, int from, int to) {
    if (s.substring(from, to).indexOf('月') >= 0) {
      return true;
    }
    String before = s.substring(0, from).strip();
    String after = s.substring(to).strip();
    if (before.endsWith("(") && after.startsWith(")")) { // 2年(2023-2024年): the years of a duration
      String duration = before.substring(0, before.length() - 1).strip();
      if (!duration.endsWith("年")) {
        return false;
      }
      int number = duration.length() - 1;
      while (number > 0 && (Chars.isAsciiDigit(duration.charAt(number - 1)) || ChineseNumerals.isPart(duration.charAt(number - 1)))) {
        number--;
      }
      String label = duration.substring(0, number);
      return number < duration.length() - 1 && (label.isEmpty() || isALabel(label)) && after.length() == 1;
    }
    int close = after.startsWith("(") ? after.indexOf(')') : -1;
    if (close > 0) {
      after = after.substring(close + 1).strip(); // 2021-2025年(十四五期间): a name of the same years
    }
    after = withoutDuration(after); // 2023-2025年三年内完成: the range's own length
    return (before.isEmpty() || isALabel(before)) && (after.isEmpty() || finishesAlone(after));
  }

  /** {@code after} without a length of years it starts with (三年内完成, 3年完成): what follows it. */
  private static String withoutDuration(String after) {
    int k = after.startsWith(",") || after.startsWith("，") ? 1 : 0; // 2023-2025年，三年内完成
    int first = k;
    while (k < after.length() && (Chars.isAsciiDigit(after.charAt(k)) || ChineseNumerals.isPart(after.charAt(k)))) {
      k++;
    }
    if (k == first) {
      return after;
    }
    int e = Chars.startsWith(after, k, "个") ? k + 1 : k;
    if (!Chars.startsWith(after, e, "年")) {
      return after;
    }
    e += Chars.startsWith(after, e, "年度") ? 2 : 1;
    String rest = after.substring(e);
    return rest.startsWith("内") && !rest.startsWith("内完成") ? rest.substring(1) : rest;
  }

  private static boolean isALabel(String before) {
    String label = before.endsWith("为") || before.endsWith(":") ? before.substring(0, before.length() - 1) : before;
    return LABELS.contains(label);
  }

  /** A project's own periods, which a range after them dates: 建设期2023-2025年, 实施期为2023-2025年, 完成时间:2023-2025年. */
  private static final List<String> LABELS =
      List.of("建设期", "实施期", "项目期", "执行期", "工期", "建设工期", "周期", "建设周期", "项目周期", "实施周期", "实施期限", "项目期限", "建设期限", "项目实施期",
          "项目建设期", "完成时间", "完成时限", "实施时间", "建设时间", "计划于", "预计于", "在", "于");

  /** Whether the words after a range only finish it: a word of finishing first, no figure, no second clause, nothing done each year. */
  private static boolean finishesAlone(String after) {
    if (!Chars.startsWithAny(after, 0, RANGE_FINISHING)) {
      return false;
    }
    for (int k = 0; k < after.length(); k++) {
      char c = after.charAt(k);
      if (Chars.isAsciiDigit(c) || Clauses.isClauseEnd(c) || c == '每' || c == '累') {
        return false;
      }
    }
    return true;
  }

  /** Words of finishing a range may have after it alone: 完成, 建成投用, 分年度实施, 期间完成. */
  private static final List<String> RANGE_FINISHING =
      List.of("完成", "全部完成", "内完成", "期间", "实施", "完工", "竣工", "建成", "建设", "分年度", "分期", "逐步", "验收", "投用", "投入使用");

  /** Where the last year of four digits and 年 in {@code text} starts, or -1. */
  private static int lastYearAt(String text) {
    char[] chars = text.toCharArray();
    int last = -1;
    for (int k = 0; k + 4 < chars.length; k++) {
      if (Chars.isAsciiDigit(chars[k]) && (k == 0 || !Chars.isAsciiDigit(chars[k - 1])) && Chars.digitsEnd(chars, k) == k + 4
          && chars[k + 4] == '年') {
        last = k;
      }
    }
    return last;
  }

  /** Whether the year ending at {@code end} ends the deadline's date (2025年, 2025年前, 2025年度): no month or day goes on with it. */
  private static boolean yearAlone(String text, int end) {
    for (int k = end; k < text.length(); k++) {
      if ("前内底末度".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} has a {@code .} between {@code from} and {@code to}: looked at only there, not to the end of the text. */
  private static boolean hasDot(char[] chars, int from, int to) {
    for (int k = from; k < to; k++) {
      if (chars[k] == '.') {
        return true;
      }
    }
    return false;
  }

  /** Whether two dates are one phrase: adjacent, or joined by 至 / - / ~ / 到. */
  private static boolean joined(String s, int end, int start) {
    int k = end;
    while (k < start && k - end < 3 && Chars.isRangeDash(s.charAt(k))) {
      k++; // 2020年1月--2020年11月
    }
    return k == start;
  }

  private static Optional<Deadline> byWord(String s, List<Found> found) {
    for (int k = 0; k < found.size(); k++) { // by index: an unmodifiable list's iterator is two objects
      Found f = found.get(k);
      int start = f.quantity().start();
      int end = f.quantity().end();
      if (f.date() && hasDot(CharArrays.of(s), start, end)) { // cut out only a dotted date
        String text = s.substring(start, end);
        return Optional.of(new Deadline(text, DateReader.last(text), Optional.empty())); // 2021.1.1-12.31
      }
    }
    WordAt hit = unquoted(s, firstWord(s, 0));
    if (hit == null) {
      return Optional.empty();
    }
    Deadline first = at(s, hit);
    if (first.by().isEmpty()) {
      return Optional.of(first); // 按时, 计划时间内: a word without a date
    }
    return Optional.of(inClause(s, hit, first).deadline());
  }

  /**
   * The dated deadlines of {@code s} one per clause, in text order: the stages of a staged target
   * (6月底前完成招标，12月前验收), each the deadline {@link #find} gives for its clause. A target's
   * deadline is its first stage's; {@link Stages} says which stage an actual reports.
   */
  static List<Stage> stages(String s) {
    List<Stage> out = new ArrayList<>();
    WordAt hit = unquoted(s, firstWord(s, 0));
    while (hit != null) {
      Deadline first = at(s, hit);
      if (first.by().isEmpty()) { // 按时 in a clause of its own: no stage's date
        hit = unquoted(s, firstWord(s, hit.at() + hit.word().length()));
        continue;
      }
      InClause clause = inClause(s, hit, first);
      out.add(new Stage(clause.deadline(), Clauses.clauseStart(s, hit.at()), Clauses.clauseEnd(s, hit.at())));
      hit = unquoted(s, clause.next());
    }
    return out;
  }

  /** A stage of a target: its deadline and the clause {@code [start, end)} that states it. */
  record Stage(Deadline deadline, int start, int end) {}

  /** The deadline of a clause and the first deadline word after the clause (null when none). */
  private record InClause(Deadline deadline, @Nullable WordAt next) {}

  /** {@code hit}, or the first deadline word after it that is not in quotation marks. */
  private static @Nullable WordAt unquoted(String s, @Nullable WordAt hit) {
    WordAt h = hit;
    while (h != null && quoted(s, h.at())) {
      h = firstWord(s, h.at() + h.word().length()); // “年底前攻坚行动”: a name, not a deadline
    }
    return h;
  }

  /**
   * The deadline of the clause of {@code hit}, whose own deadline is {@code first} (dated): of
   * several dated deadlines in one clause (第一季度至第三季度) the latest; a date right after a period
   * (上半年6月份之前) says when in it, and stands for it. A word in quotation marks names something
   * (“年底前攻坚行动”).
   */
  private static InClause inClause(String s, WordAt hit, Deadline first) {
    List<Deadline> groups = new ArrayList<>();
    groups.add(first);
    int groupEnd = hit.at() + hit.word().length();
    WordAt next = firstWord(s, groupEnd);
    for (; next != null && !clauseEndBetween(s, groupEnd, next.at()) && !listed(s, groupEnd, next);
        next = firstWord(s, next.at() + next.word().length())) {
      if (quoted(s, next.at())) {
        continue;
      }
      int from = from(s, next.at());
      if (from <= groupEnd) {
        Deadline d = at(s, next, groupEnd); // 下半年9月份之前: 9月份之前, not 年9月份之前
        if (d.by().isPresent()) {
          groups.set(groups.size() - 1, d);
        }
      } else {
        groups.add(at(s, next));
      }
      groupEnd = next.at() + next.word().length();
    }
    Deadline latest = groups.get(0);
    for (Deadline d : groups) {
      if (d.by().isPresent() && d.by().get().compareEnd(latest.by().orElseThrow()) > 0) {
        latest = d;
      }
    }
    return new InClause(latest, next);
  }

  /**
   * Whether the deadline at {@code next} is listed after the one ending at {@code groupEnd} (6月上旬前、9月上旬前分两批拨付,
   * 6月中旬前和9月中旬前): another stage, not the end of a range.
   */
  private static boolean listed(String s, int groupEnd, WordAt next) {
    int start = from(s, next.at());
    if (start <= groupEnd) {
      return false;
    }
    String between = s.substring(groupEnd, start).strip();
    return between.equals("、") || between.equals("和") || between.equals("及");
  }

  private static boolean clauseEndBetween(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Clauses.isClauseEnd(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code at} stands inside quotation marks or title marks opened before it. */
  private static boolean quoted(String s, int at) {
    int depth = 0;
    boolean straight = false;
    for (int k = 0; k < at; k++) {
      char c = s.charAt(k);
      if (c == '“' || c == '《' || c == '「') {
        depth++;
      } else if ((c == '”' || c == '》' || c == '」') && depth > 0) {
        depth--;
      } else if (c == '"') {
        straight = !straight; // "年底前攻坚行动": straight marks open and close alike
      }
    }
    return depth > 0 || straight;
  }

  /** Where the date before a deadline word at {@code at} starts (2019年 of 2019年底前, 第三 of 第三季度). */
  private static int from(String s, int at) {
    int from = at;
    while (from > 0 && (isDatePart(s.charAt(from - 1)) || (s.charAt(from - 1) == '季' && s.charAt(from) == '度')
        || (s.charAt(from - 1) == '元' && s.charAt(from) == '月') || isPartOfAMonth(s, from - 1))) {
      from--; // 第一季度至第三季度: the range as printed; 2024年元月底前; 6月中旬之前
    }
    return from;
  }

  /** The deadline a word found makes, with the date before it. */
  private static Deadline at(String s, WordAt hit) {
    return at(s, hit, from(s, hit.at()));
  }

  private static Deadline at(String s, WordAt hit, int from) {
    String text = s.substring(from, hit.at() + hit.word().length());
    return new Deadline(text, DateReader.last(text), Optional.empty());
  }

  /** A deadline word and where it stands. */
  record WordAt(int at, String word) {}

  /**
   * The first position where a deadline word stands (a real one: see {@link #isDeadline}), with
   * the longest word there; null when there is none. One pass over the text, not a search of it
   * per word.
   */
  static @Nullable WordAt firstWord(String s) {
    return firstWord(s, 0);
  }

  /** The first deadline word at or after {@code start} (see {@link #firstWord(String)}). */
  private static @Nullable WordAt firstWord(String s, int start) {
    char[] chars = CharArrays.of(s);
    for (int i = start; i < chars.length; i++) {
      String best = null;
      for (String word : WORD_LIST.startingWith(chars[i])) {
        if ((best == null || word.length() > best.length()) && s.startsWith(word, i) && isDeadline(s, i, word)) {
          best = word;
        }
      }
      if (best != null) {
        return new WordAt(i, best);
      }
    }
    return null;
  }

  /** The deadline words, for tests. */
  static List<String> words() {
    return WORDS;
  }

  /** 及时率 names a rate; 1年内 is a window of one year, not a deadline (2019年内 is one). */
  static boolean isDeadline(String s, int at, String word) {
    if (word.startsWith("旬")) {
      return partOfANumberedMonth(s, at); // 每月上旬前: every month, no date
    }
    if (word.equals("及时")) {
      return !Chars.startsWith(s, at + 2, "率");
    }
    if (word.startsWith("季度")) {
      return quarter(s, at, word.length() > 2);
    }
    if (word.equals("年内")) {
      int digits = 0;
      while (at - digits > 0 && isNumeralChar(s.charAt(at - digits - 1))) {
        digits++;
      }
      return digits == 0 || digits == 4;
    }
    return true;
  }

  /** Whether the 旬 at {@code at} is a part of a month with its number (6月上旬, 十月中下旬, 元月上旬), not of 每月 or 次月. */
  private static boolean partOfANumberedMonth(String s, int at) {
    int k = at - 1;
    while (k > 0 && "上中下、".indexOf(s.charAt(k)) >= 0) {
      k--;
    }
    if (k > 0 && s.charAt(k) == '份') {
      k--;
    }
    return k > 0 && s.charAt(k) == '月' && (isNumeralChar(s.charAt(k - 1)) || s.charAt(k - 1) == '元');
  }

  /**
   * Whether 季度 at {@code at} names a quarter of the year as a deadline: a quarter's number before
   * it (三季度末, 第3季度), and, without 末, 底, 前 or 内 after it ({@code closed}), a verb of finishing
   * after it (三季度完成, 第二季度完成招标, 一季度开工) or the text's or clause's end after it with 第 or
   * a year before the number (第四季度, 2023年第三季度). Not 每季度, 两个季度, 第十四季度, 一季度一次 (once a
   * quarter), nor a quarter that names what the work is about (第一季度报表, 开展第二季度考核).
   */
  private static boolean quarter(String s, int at, boolean closed) {
    if (at == 0 || "一二三四1234".indexOf(s.charAt(at - 1)) < 0) {
      return false;
    }
    char before = at >= 2 ? s.charAt(at - 2) : ' ';
    if (isNumeralChar(before) || before == '每') {
      return false;
    }
    if (closed) {
      return true;
    }
    int after = at + 2;
    for (String verb : FINISHING) {
      if (s.startsWith(verb, after)) {
        return true;
      }
    }
    return (after == s.length() || Clauses.isClauseEnd(s.charAt(after)) || s.charAt(after) == ' ') && (before == '第' || before == '年');
  }

  /** Verbs of finishing after a quarter that make it the work's deadline: 三季度完成, 一季度开工. */
  private static final List<String> FINISHING =
      List.of("完成", "完工", "竣工", "开工", "建成", "实施", "启动", "交付", "验收", "到位", "拨付", "发放", "结束");

  private static boolean isNumeralChar(char c) {
    return Chars.isAsciiDigit(c) || ChineseNumerals.isPart(c);
  }

  /** Whether {@code at} holds a character of 上旬, 中下旬 … or 月初 right after a month (6月中旬之前, 3月初之前). */
  private static boolean isPartOfAMonth(String s, int at) {
    int start = at;
    while (start > 0 && "上中下旬初份".indexOf(s.charAt(start)) >= 0 && s.charAt(start - 1) != '月') {
      start--;
    }
    return start > 0 && s.charAt(start - 1) == '月' && DateReader.partEnd(CharArrays.of(s), start) > at;
  }

  private static boolean isDatePart(char c) {
    return Chars.isAsciiDigit(c)
        || "年月日号份度第.-/至".indexOf(c) >= 0
        || (ChineseNumerals.isPart(c) && c != '万' && c != '亿');
  }
}
