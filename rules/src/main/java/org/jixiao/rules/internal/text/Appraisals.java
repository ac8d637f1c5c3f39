package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Set;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Term;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Actuals that are an appraisal and nothing else, and targets that set a figure such an actual
 * cannot answer. An appraisal is one clause that grades the work or the degree of its change, with
 * at most a short subject of the work before it: a grade of quality at its end (良好, 较好, 优秀,
 * 优良, or 好 alone: 效果良好, 系统运行良好), or a degree of a change (显著, 明显, 大幅, 大大, 有效,
 * 较高) at its end or before a verb of change (效果显著, 满意度较高, 明显提升, 有效减轻). Against
 * 投诉有效处置反馈率100%, ≥95% or 培训500人次 it does not say whether the figure was met.
 *
 * <p>Only the top band's words are appraisals here. 一般 (fair), 较差 (poor), 基本, 有所 and 部分
 * state a shortfall and keep their band; words of completion or a pass (完成, 达标, 合格, 完成较好)
 * answer a figure, and so does a degree before a verb that states the work done (有效落实, 明显实现).
 * An actual that says more than the appraisal (全部反馈，效果良好; 培训520人，效果明显) is no
 * appraisal alone.
 */
public final class Appraisals {
  private Appraisals() {}

  /** The grades of quality, longest first where one ends another (良好 before 好). */
  private static final List<String> WORDS = List.of("优秀", "优良", "良好", "较好", "好");

  /**
   * The degrees of a change of the top band: 显著, 明显, 大幅, 大大 and 有效 as the vocabulary reads
   * them (before a verb of change, at a clause's end), and 较高 (成效较高).
   */
  private static final List<String> DEGREES = List.of("显著", "明显", "大幅", "大大", "有效", "较高");

  /** Verbs of change that state the work done, not how far it went: 有效落实 answers as 已落实 does. */
  private static final Set<String> DONE = Set.of("完成", "实现", "达到", "达成", "满足", "执行", "落实");

  /** The longest subject an appraisal may be said of in its clause (群众满意度, 设备运行, 实施情况). */
  private static final int MAX_SUBJECT = 8;

  /** What may follow the appraisal and add nothing to it: 良好的, 良好以上, 良好及以上. */
  private static final List<String> AFTER = List.of("及以上", "以上", "的");

  /** Pairs that quote a name or a document: a figure inside them (“3·15”, 〔2019〕) is no figure asked. */
  private static final String OPENS = "“「『《〔【";
  private static final String CLOSES = "”」』》〕】";

  /**
   * The vocabulary's words an appraisal alone is read as: the grades, the degrees, and 满意度较好
   * and 满意度较高 (one word each there).
   */
  private static final Set<String> TERMS = terms();

  private static Set<String> terms() {
    Set<String> terms = new java.util.HashSet<>(WORDS);
    terms.addAll(DEGREES);
    terms.add("满意度较好");
    terms.add("满意度较高");
    return Set.copyOf(terms);
  }

  /**
   * Whether every word {@code reading} found is a grade of quality: the cheap test first, since
   * nearly every actual read as met (完成, 已完成) holds another word and needs no look at its text.
   */
  public static boolean onlyAppraisalWords(Reading reading) {
    for (Term t : reading.terms()) {
      if (!TERMS.contains(t.word())) {
        return false;
      }
    }
    return !reading.terms().isEmpty();
  }

  /**
   * The appraisal {@code actual} (as printed) is, its grade or degree: one clause ending in a grade or
   * a degree, or in a degree and a verb of change that does not state the work done, with at most a
   * short subject before it (效果, 群众满意度, 设备运行; no digits) and 的 or 以上 after it, spaces and
   * the punctuation around it aside; null when it holds anything else (a second clause, a figure).
   */
  public static @Nullable String only(String actual) {
    if (actual.length() > 24) {
      return null; // longer than any subject and appraisal with spaces: prose, not normalised for this
    }
    String n = IndicatorTexts.normalize(actual);
    int from = 0;
    int to = n.length();
    while (from < to && !Character.isLetterOrDigit(n.charAt(from))) {
      from++; // “良好”, a leading space
    }
    while (to > from && !Character.isLetterOrDigit(n.charAt(to - 1))) {
      to--; // 良好。 良好—— 良好/
    }
    StringBuilder clause = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        clause.append(c);
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return null; // two clauses (全部反馈，效果良好): the actual says more than how well
      }
    }
    String t = clause.toString();
    for (String after : AFTER) {
      if (t.endsWith(after)) {
        t = t.substring(0, t.length() - after.length());
        break;
      }
    }
    for (String word : WORDS) {
      if (t.endsWith(word)) {
        return subject(t, t.length() - word.length()) ? word : null;
      }
    }
    for (String degree : DEGREES) {
      if (t.endsWith(degree)) {
        return subject(t, t.length() - degree.length()) ? degree : null; // 效果显著, 成效较高
      }
    }
    for (String verb : Echo.CHANGES) {
      if (t.endsWith(verb) && !DONE.contains(verb)) {
        int at = t.length() - verb.length();
        for (String degree : DEGREES) {
          if (t.startsWith(degree, at - degree.length())) {
            return subject(t, at - degree.length()) ? degree : null; // 明显提升, 有效减轻
          }
        }
      }
    }
    return null;
  }

  /** Whether the text of {@code clause} before {@code end} is short and without digits: a subject. */
  private static boolean subject(String clause, int end) {
    return end <= MAX_SUBJECT && !hasDigit(clause.substring(0, end));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Chars.isAsciiDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code target} (its text) and its reading set a figure that an appraisal cannot
   * answer: a rate, an amount, a length asked at least (培训不少于5天) or a count in a known unit,
   * printed in digits outside quotation marks and brackets. Not a time limit (3个月内, read with the
   * deadlines), a count beside a word of time (1-6期培训结束后及时考核), a score (≥80分, which a grade
   * answers), or a figure that is part of a name (十九大, 三会一课, “3·15”, 12345热线, GB50300-2013). A
   * grade named in the target is no exemption: 优良率≥90% asks a rate that 优良 does not state.
   */
  public static boolean setAFigure(String target, Target reading) {
    if (reading.quantity().isEmpty()) {
      return false;
    }
    Quantity q = reading.quantity().get();
    Unit unit = q.unit();
    if (unit.symbol().isEmpty() || Unit.of(unit.symbol()).isEmpty() || unit.symbol().equals("分")) {
      return false;
    }
    boolean floor = reading.comparison() == Comparison.AT_LEAST || reading.comparison() == Comparison.MORE_THAN;
    if (unit.isDuration() && !floor) {
      return false; // a time limit (3个月内, 5个工作日内办结), read with the deadlines
    }
    if (reading.deadline().isPresent() && unit.isCount()) {
      return false; // a count beside a word of time may number the sessions (1-6期…及时考核) or the year's
    }
    return hasDigitOutsideQuotes(IndicatorTexts.normalize(target));
  }

  private static boolean hasDigitOutsideQuotes(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (OPENS.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSES.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Chars.isAsciiDigit(c)) {
        return true;
      }
    }
    return false;
  }
}
