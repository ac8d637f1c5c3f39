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
 * Actuals that are an appraisal and nothing else — one clause ending in 良好, 较好, 优秀, 优良 (or 好
 * alone), with at most a short subject of the work before it (效果良好, 系统运行良好, 群众满意度良好) —
 * and targets that set a figure such an actual cannot answer. An appraisal grades how well the work went; against 投诉有效处置反馈率100%,
 * ≥95% or 培训500人次 it does not say whether the figure was met.
 *
 * <p>Only the top band's grades of quality are appraisals here. 一般 (fair) and 较差 (poor) state a
 * shortfall and keep their band; words of completion or a pass (完成, 达标, 合格, 完成较好) answer a
 * figure; the degrees of a change (显著, 明显, 有效, 较高) are not grades of quality and are read as
 * before (a limit: they do not state a figure either). An actual that says more than the appraisal
 * (全部反馈，效果良好; 培训520人，效果良好) is no appraisal alone.
 */
public final class Appraisals {
  private Appraisals() {}

  /** The grades of quality, longest first where one ends another (良好 before 好). */
  private static final List<String> WORDS = List.of("优秀", "优良", "良好", "较好", "好");

  /** The longest subject an appraisal may be said of in its clause (群众满意度, 设备运行, 实施情况). */
  private static final int MAX_SUBJECT = 8;

  /** What may follow the appraisal and add nothing to it: 良好的, 良好以上, 良好及以上. */
  private static final List<String> AFTER = List.of("及以上", "以上", "的");

  /** Pairs that quote a name or a document: a figure inside them (“3·15”, 〔2019〕) is no figure asked. */
  private static final String OPENS = "“「『《〔【";
  private static final String CLOSES = "”」』》〕】";

  /** The vocabulary's words an appraisal alone is read as: the grades, and 满意度较好 (one word there). */
  private static final Set<String> TERMS = terms();

  private static Set<String> terms() {
    Set<String> terms = new java.util.HashSet<>(WORDS);
    terms.add("满意度较好");
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
   * The appraisal {@code actual} (as printed) is: one clause ending in a grade, with at most a short
   * subject before it (效果, 群众满意度, 设备运行; no digits) and 的 or 以上 after it, spaces and the
   * punctuation around it aside; null when it holds anything else (a second clause, a figure).
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
        String subject = t.substring(0, t.length() - word.length());
        return subject.length() <= MAX_SUBJECT && !hasDigit(subject) ? word : null;
      }
    }
    return null;
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
