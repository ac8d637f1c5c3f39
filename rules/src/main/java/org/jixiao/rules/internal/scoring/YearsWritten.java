package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.Moves;
import org.jixiao.rules.text.Quantity;

/**
 * Figures of a year written before them that is not the year asked (review 73c, 73a): 2022年度发生1起 under 2023年度生态环境
 * 投诉 ≤ 2起 and 2023年数据尚未发布，2022年为88.2% under ≥ 85% read met; 2022年为85%，2023年为92% read tied. Part of {@link
 * QuantitativeScorer}: the year asked is one written in the name or the target, else the latest of two or more years the
 * actual writes before its clauses; a figure whose clause opens with another year is left out, and when none is left the
 * indicator is undetermined (JX-T-0504: the figures are of another year).
 *
 * <p>Not a year compared with (较2022年增长5%: this year's change), a span since (2022年以来), a range of years
 * (2022—2023年), the years of a move's two ends (由2020年的100张增加到2023年的150张), nor when only the year's plan would be
 * left (2023年计划培训300人，2022年实际培训260人); a figure with no year of its own stays.
 */
final class YearsWritten {
  private YearsWritten() {}

  /** Words right before a year that make it a year compared with, not the figure's own. */
  private static final List<String> COMPARED = List.of("较", "比", "与", "同比", "相比", "对比", "于");

  /** {@code candidates} less those of a year written before them that is not the year asked ({@link YearsWritten}). */
  static List<Quantity> asked(List<Quantity> candidates, String actual, String name, String target) {
    if (candidates.isEmpty() || actual.indexOf('年') < 0 || !hasYear(actual)) {
      return candidates; // nearly every actual: no year written in it
    }
    int[] years = new int[candidates.size()];
    boolean any = false;
    int latest = 0;
    int distinct = 0;
    for (int i = 0; i < candidates.size(); i++) {
      years[i] = yearOf(actual, candidates.get(i).start());
      any |= years[i] > 0;
    }
    if (!any) {
      return candidates;
    }
    for (int at = 0; at < actual.length(); at++) {
      int y = yearAt(actual, at);
      if (y > 0 && ownYear(actual, at)) {
        distinct += latest != 0 && y != latest ? 1 : 0;
        latest = Math.max(latest, y);
      }
    }
    int written = yearAsked(name, target);
    int asked = written > 0 ? written : distinct > 0 ? latest : 0;
    if (asked == 0) {
      return candidates; // one year written, none asked: the report's, as far as the cell says
    }
    List<Quantity> kept = new ArrayList<>(candidates.size());
    boolean plansOnly = true;
    for (int i = 0; i < candidates.size(); i++) {
      Quantity q = candidates.get(i);
      if (Moves.startsAMove(actual, q)) {
        return candidates; // 床位由2020年的100张增加到2023年的150张: the years of a move's ends, one figure's two moments
      }
      if (years[i] == 0 || years[i] == asked) {
        kept.add(q);
        plansOnly &= Texts.containsAny(actual.substring(Clauses.clauseStart(actual, q.start()), q.start()), PLANS);
      }
    }
    if (!kept.isEmpty() && plansOnly) {
      return candidates; // 2023年计划培训300人，2022年实际培训260人: the year's plan is no level of it
    }
    return kept.size() == candidates.size() ? candidates : kept;
  }

  /** Words of a plan or an aim before a figure: the year's plan, left to the readings of plans. */
  private static final List<String> PLANS = List.of("计划", "目标", "预计", "力争", "拟", "任务");

  /** Whether {@code s} holds four digits from 2000 to 2099 before 年. */
  private static boolean hasYear(String s) {
    for (int at = s.indexOf("20"); at >= 0; at = s.indexOf("20", at + 1)) {
      if (yearAt(s, at) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The year the name writes, else the one the target writes (2023年度生态环境投诉), or 0. */
  static int yearAsked(String name, String target) {
    int year = yearIn(name);
    return year > 0 ? year : yearIn(target);
  }

  /** The first year (2000–2099, before 年) written in {@code s}, or 0. */
  private static int yearIn(String s) {
    for (int at = 0; at < s.length(); at++) {
      int y = yearAt(s, at);
      if (y > 0) {
        return y;
      }
    }
    return 0;
  }

  /** The year of the clause before {@code start}: the last year of its own written there, or 0. */
  static int yearOf(String actual, int start) {
    int year = 0;
    for (int at = Clauses.clauseStart(actual, start); at < start; at++) {
      int y = yearAt(actual, at);
      if (y > 0 && ownYear(actual, at)) {
        year = y;
      }
    }
    return year;
  }

  /** The year 2000–2099 whose four digits start at {@code at} and are followed by 年, or 0. */
  private static int yearAt(String s, int at) {
    if (at + 4 >= s.length() || s.charAt(at) != '2' || s.charAt(at + 1) != '0' || s.charAt(at + 4) != '年'
        || at > 0 && Character.isDigit(s.charAt(at - 1))) {
      return 0;
    }
    for (int k = at + 2; k < at + 4; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return 0;
      }
    }
    return Integer.parseInt(s.substring(at, at + 4));
  }

  /** Whether the year at {@code at} labels what follows: not compared with, not a span since, not a range's start. */
  private static boolean ownYear(String s, int at) {
    for (String word : COMPARED) {
      if (at >= word.length() && s.startsWith(word, at - word.length())) {
        return false;
      }
    }
    int after = at + 5;
    if (s.startsWith("度", after)) {
      after++;
    }
    return !s.startsWith("以来", after) && !s.startsWith("至", after) && !s.startsWith("—", after) && !s.startsWith("-", after)
        && !s.startsWith("~", after);
  }
}
