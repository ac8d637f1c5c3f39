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
 * at most a short subject of the work before it: a grade of quality (良好, 较好, 优秀, 优良, or 好
 * alone: 效果良好, 系统运行良好, 取得良好效果) or one of the degrees 显著, 明显, 大幅, 大大, 较高 (效果显著,
 * 满意度较高, 保持较高水平, 明显提升, 显著提高就业率), or satisfaction said to be high (满意度高, the
 * vocabulary's word; 知晓率高 holds none and is undetermined by the words anyway). After the word may stand a word of result (效果, 成效, 水平) or a verb of a change in
 * degree with a short object. Against 投诉有效处置反馈率100%, ≥95% or 培训500人次 it does not say
 * whether the figure was met.
 *
 * <p>Not appraisals: 一般 (fair), 较差 (poor), 基本, 有所 and 部分, which state a shortfall or a
 * reservation and keep their band; words of completion or a pass (完成, 达标, 合格, 完成较好), and a
 * degree before a verb of doing (明显实现, 较好落实), which answer a figure; 有效, which is "valid" as
 * often as "effective" (真实有效 against 真实有效率100% is a pass) and with a verb states the act done
 * (有效保障, 有效解决); satisfaction words (满意, 比较满意). An actual that says more than the appraisal
 * (全部反馈，效果良好; 培训520人，效果明显) is no appraisal alone, and one that restates a clause of the
 * target without a figure answers that clause ({@link #answersInWords}).
 */
public final class Appraisals {
  private Appraisals() {}

  /** The grades of quality, longest first where one ends another (良好 before 好). */
  private static final List<String> WORDS = List.of("优秀", "优良", "良好", "较好", "好");

  /**
   * The degrees of a change that state no figure: 显著, 明显, 大幅, 大大 as the vocabulary reads them
   * (before a verb of change, at a clause's end), and 较高 (成效较高, 较高水平).
   */
  private static final List<String> DEGREES = List.of("显著", "明显", "大幅", "大大", "较高");

  /** Words of the result that may follow a grade or a degree: 取得良好效果, 保持较高水平, 取得明显成效. */
  private static final List<String> RESULTS = List.of("效果", "成效", "收效", "水平");

  /** The longest object after a verb of change (显著提高就业率, 明显提升服务水平). */
  private static final int MAX_OBJECT = 8;

  /** The longest subject an appraisal may be said of in its clause (群众满意度, 设备运行, 实施情况). */
  private static final int MAX_SUBJECT = 8;

  /** What may follow the appraisal and add nothing to it: 良好的, 良好以上, 良好及以上, 明显提升了. */
  private static final List<String> AFTER = List.of("及以上", "以上", "的", "了");

  /** Pairs that quote a name or a document: a figure inside them (“3·15”, 〔2019〕) is no figure asked. */
  private static final String OPENS = "“「『《〔【";
  private static final String CLOSES = "”」』》〕】";

  /**
   * The vocabulary's words an appraisal alone is read as: the grades, the degrees, and 满意度较好,
   * 满意度较高 and 满意度高 (one word each there).
   */
  private static final Set<String> TERMS = terms();

  private static Set<String> terms() {
    Set<String> terms = new java.util.HashSet<>(WORDS);
    terms.addAll(DEGREES);
    terms.add("满意度较好");
    terms.add("满意度较高");
    terms.add("满意度高");
    return Set.copyOf(terms);
  }

  /**
   * Whether every word {@code reading} found is a grade or a degree: the cheap test first, since
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
   * The appraisal {@code actual} (as printed) is, its grade or degree: one clause holding a grade or
   * a degree (or ending in 度高, 率高), with at most a short subject before it (效果, 群众满意度, 设备运行;
   * no digits) and after it nothing, a word of result, or a verb of a change in degree with a short
   * object, then 的, 了 or 以上, spaces and the punctuation around it aside; null when it holds
   * anything else (a second clause, a figure, a verb of doing).
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
    int high = t.length() - 1;
    if (high >= 2 && t.charAt(high) == '高' && (t.charAt(high - 1) == '度' || t.charAt(high - 1) == '率')) {
      return subject(t, high) ? "高" : null; // 群众满意度高: said to be high, not how high
    }
    for (String word : WORDS) {
      int at = t.lastIndexOf(word);
      if (at >= 0 && subject(t, at) && restAddsNothing(t, at + word.length())) {
        return word;
      }
    }
    for (String degree : DEGREES) {
      int at = t.lastIndexOf(degree);
      if (at >= 0 && subject(t, at) && restAddsNothing(t, at + degree.length())) {
        return degree;
      }
    }
    return null;
  }

  /**
   * Whether what follows a grade or degree in {@code t} from {@code at} adds no statement of its own:
   * nothing, a word of result (效果), or a verb of a change in degree (提升, 减轻) with at most a short
   * object without digits (就业率, 服务水平). Not a verb of doing (实现, 落实, 保障) nor a noun of
   * something else (良好氛围: an appraisal of the atmosphere).
   */
  private static boolean restAddsNothing(String t, int at) {
    if (at == t.length() || RESULTS.contains(t.substring(at))) {
      return true;
    }
    for (String verb : Echo.CHANGES_OF_DEGREE) {
      if (t.startsWith(verb, at)) {
        String object = t.substring(at + verb.length());
        return object.length() <= MAX_OBJECT && !Chars.hasAsciiDigit(object);
      }
    }
    return false;
  }

  /**
   * Whether {@code target} holds, in words, what the appraisal {@code actual} answers, so that a
   * figure elsewhere in it is not what the actual is set against: a clause of the target without a
   * figure whose verb of a change in degree the actual states (投入资金50万元，改善群众居住条件 /
   * 居住条件明显改善), or the actual's own grade named in the target with its figure in brackets after it
   * (较高（≥85%） / 较高, where the target defines the grade).
   */
  public static boolean answersInWords(String target, String actual, String word) {
    String t = IndicatorTexts.normalize(target);
    if (t.contains(word + "(") || t.contains(word + "（")) {
      return true;
    }
    String a = IndicatorTexts.normalize(actual);
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i < t.length() && !Clauses.isClauseEnd(t.charAt(i))) {
        continue;
      }
      String clause = t.substring(start, i);
      start = i + 1;
      if (Chars.hasAsciiDigit(clause)) {
        continue;
      }
      for (String verb : Echo.CHANGES_OF_DEGREE) {
        if (clause.contains(verb) && a.contains(verb)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the text of {@code clause} before {@code end} is short and without digits: a subject. */
  private static boolean subject(String clause, int end) {
    return end <= MAX_SUBJECT && !Chars.hasAsciiDigit(clause.substring(0, end));
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
