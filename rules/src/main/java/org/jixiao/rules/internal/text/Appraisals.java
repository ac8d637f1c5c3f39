package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Set;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Term;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Actuals that are an appraisal and nothing else — 良好, 较好, 优秀, 优良 as the whole cell, or said
 * of the work in general (效果良好, 系统运行良好, 满意度较好) — and targets that set a figure such an
 * actual cannot answer. An appraisal grades how well the work went; against 投诉有效处置反馈率100%,
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

  /** What an appraisal may be said of, the work in general: nothing else may stand before it. */
  private static final Set<String> SUBJECTS =
      Set.of("", "效果", "总体", "整体", "总体效果", "整体效果", "实施效果", "工作效果", "情况", "总体情况", "整体情况", "运行",
          "运行情况", "系统运行", "质量", "工作质量", "评价", "总体评价", "反响", "社会反响", "反映", "群众反映", "群众评价", "社会评价", "口碑", "满意度", "服务满意度");

  /** What may follow the appraisal and add nothing to it: 良好的, 良好以上, 良好及以上. */
  private static final List<String> AFTER = List.of("及以上", "以上", "的");

  /** Pairs that quote a name or a document: a figure inside them (“3·15”, 〔2019〕) is no figure asked. */
  private static final String OPENS = "“「『《〔【";
  private static final String CLOSES = "”」』》〕】";

  /** The vocabulary's words an appraisal alone is read as: the grades, and 满意度较好 (one word there). */
  private static final Set<String> TERMS = Set.of("优秀", "优良", "良好", "较好", "好", "满意度较好");

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
   * The appraisal {@code actual} (as printed) consists of, with an optional subject of the work
   * before it and an optional 的 or 以上 after it, spaces and punctuation aside; null when it holds
   * anything else.
   */
  public static @Nullable String only(String actual) {
    if (actual.length() > 24) {
      return null; // longer than any subject and appraisal with spaces: prose, not normalised for this
    }
    String t = withoutSpacesAndPunctuation(IndicatorTexts.normalize(actual));
    for (String after : AFTER) {
      if (t.endsWith(after)) {
        t = t.substring(0, t.length() - after.length());
        break;
      }
    }
    for (String word : WORDS) {
      if (t.endsWith(word)) {
        return SUBJECTS.contains(t.substring(0, t.length() - word.length())) ? word : null;
      }
    }
    return null;
  }

  /**
   * Whether {@code target} (its text) and its reading set a figure that an appraisal cannot
   * answer: a rate, an amount or a count in a known unit, printed in digits outside quotation
   * marks and brackets. Not a time limit (3个月内, read with the deadlines), a score (≥80分, which a
   * grade answers), a target that names a grade itself (达到良好等级), or a figure that is part of a
   * name (十九大, 三会一课, “3·15”, 12345热线, GB50300-2013).
   */
  public static boolean setAFigure(String target, Target reading) {
    if (reading.quantity().isEmpty()) {
      return false;
    }
    Quantity q = reading.quantity().get();
    Unit unit = q.unit();
    if (unit.symbol().isEmpty() || Unit.of(unit.symbol()).isEmpty() || unit.isDuration() || unit.symbol().equals("分")) {
      return false;
    }
    String t = IndicatorTexts.normalize(target);
    for (String word : WORDS) {
      if (!word.equals("好") && t.contains(word)) {
        return false;
      }
    }
    return hasDigitOutsideQuotes(t);
  }

  private static boolean hasDigitOutsideQuotes(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (OPENS.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSES.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String withoutSpacesAndPunctuation(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
