package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.internal.text.Deadlines.Stage;
import org.jixiao.rules.text.DatePeriod;
import org.jixiao.rules.text.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * Which stage of a staged target an actual reports, and whether it kept that stage's deadline. A
 * target with dated deadlines in several clauses (6月底前完成招标，12月前验收) sets a stage in each;
 * an actual's dated clause reports the stage whose work it names (12月完成验收: the second), and is
 * compared with that stage's deadline, not the first one's.
 *
 * <p>A clause names a stage's work when the two share a pair of characters that no other stage's
 * clause has (招标, 验收, 拨付, 初稿): words of every stage (完成, 项目) say nothing of which one is
 * meant, nor do dates, numerals and a few words of any work's completion ({@link #GENERIC}). An
 * actual clause that names several stages' work (12月完成招标和验收) reports each of them. A dated
 * clause that names none is held to the last stage's deadline: nothing is on time after the end of
 * the whole schedule. When no dated clause names any stage, the actual is not read by stages
 * ({@link #compare} is empty) and the target's first deadline stands, as for a target of one stage.
 */
public final class Stages {
  private Stages() {}

  /** Pairs of characters that name no work of their own: any stage's completion, or the work as a whole. */
  private static final List<String> GENERIC =
      List.of("完成", "全部", "全面", "完毕", "工作", "项目", "任务", "确保", "按时", "按期", "如期", "实现", "已经", "进行",
          "开展", "顺利", "圆满", "计划", "要求", "目标", "时间", "节点", "按照", "截至", "截止", "之前", "以前", "最迟", "原则");

  /** Characters of dates and numerals: a pair holding one names a time, not work. */
  private static final String TIME_CHARS = "年月日号季度底前内末之以份半旬";

  /**
   * How a dated clause of an actual kept a deadline.
   *
   * @param done when the actual says the work was done
   * @param words the actual's words for it when they put it in the next year (次年1月), else empty
   * @param deadline the deadline it was compared with
   * @param onTime whether it was kept; of a staged target's, whether every dated clause kept its
   *     stage's, and when not, the first clause that did not
   */
  public record Kept(DatePeriod done, String words, Deadline deadline, boolean onTime) {
    /** The date done as the reasons print it: the actual's words for a month of the next year. */
    public String describeDone() {
      return words.isEmpty() ? done.describe() : words;
    }
  }

  /**
   * A date done, read from {@code actual}, held to a dated {@code deadline} of {@code target}
   * ({@link DatePeriod#endsBy}). A month the actual puts in the next year (次年1月完成验收) without a
   * year of its own is late, unless the target speaks of the next year too (次年3月底前).
   */
  public static Kept kept(DatePeriod done, String actual, Deadline deadline, String target) {
    String next = done.year().isPresent() || mentionsNextYear(target) ? null : monthOfNextYear(actual, done.month());
    boolean onTime = next == null && done.endsBy(deadline.by().orElseThrow());
    return new Kept(done, next == null ? "" : next, deadline, onTime);
  }

  /**
   * The actual's dated clauses compared with the stages of the target they name, when the target
   * has two dated stages or more and at least one dated clause of the actual names one; otherwise
   * empty. Both texts are normalised.
   */
  public static Optional<Kept> compare(String target, String actual) {
    List<Stage> stages = Deadlines.stages(target);
    if (stages.size() < 2) {
      return Optional.empty();
    }
    List<Set<String>> words = new ArrayList<>();
    for (Stage stage : stages) {
      words.add(pairs(target, stage.start(), stage.end()));
    }
    discardShared(words);
    Stage last = stages.get(0);
    for (Stage stage : stages) {
      if (stage.deadline().by().orElseThrow().compareEnd(last.deadline().by().orElseThrow()) > 0) {
        last = stage;
      }
    }
    boolean named = false;
    @Nullable Kept kept = null;
    int start = 0;
    while (start <= actual.length()) {
      int end = start;
      while (end < actual.length() && !Clauses.isClauseEnd(actual.charAt(end))) {
        end++;
      }
      String clause = actual.substring(start, end);
      Optional<DatePeriod> done = DateReader.latestDone(clause);
      if (done.isPresent()) {
        Set<String> said = pairs(actual, start, end);
        boolean namesOne = false;
        for (int k = 0; k < stages.size(); k++) {
          if (!Collections.disjoint(said, words.get(k))) {
            namesOne = true;
            kept = worse(kept, done.get(), clause, stages.get(k).deadline(), target);
          }
        }
        named |= namesOne;
        if (!namesOne) {
          kept = worse(kept, done.get(), clause, last.deadline(), target);
        }
      }
      start = end + 1;
    }
    return named && kept != null ? Optional.of(kept) : Optional.empty();
  }

  /** {@code soFar}, unless it is empty, or on time and {@code done} is late or is held to a later deadline. */
  private static Kept worse(@Nullable Kept soFar, DatePeriod done, String clause, Deadline deadline, String target) {
    Kept now = kept(done, clause, deadline, target);
    DatePeriod by = deadline.by().orElseThrow();
    if (soFar == null || (soFar.onTime() && (!now.onTime() || by.compareEnd(soFar.deadline().by().orElseThrow()) > 0))) {
      return now;
    }
    return soFar;
  }

  /** Words for the year after the one a text is about: 次年1月 is after any month of its own year. */
  private static final List<String> NEXT_YEAR = List.of("次年", "翌年", "下一年", "第二年", "来年", "明年");

  private static boolean mentionsNextYear(String s) {
    for (String word : NEXT_YEAR) {
      if (s.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words that put {@code month} in the next year (次年1月, 翌年三月): a word for the next year
   * right before it; null when there are none.
   */
  private static @Nullable String monthOfNextYear(String s, int month) {
    for (String word : NEXT_YEAR) {
      for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
        int from = at + word.length();
        int k = from;
        while (k < s.length() && (Chars.isAsciiDigit(s.charAt(k)) || ChineseNumerals.isPart(s.charAt(k)))) {
          k++;
        }
        if (k > from && k < s.length() && s.charAt(k) == '月' && isMonth(s.substring(from, k), month)) {
          return s.substring(at, k + 1);
        }
      }
    }
    return null;
  }

  private static boolean isMonth(String numeral, int month) {
    Optional<BigDecimal> value =
        Chars.isAsciiDigit(numeral.charAt(0)) ? Optional.of(new BigDecimal(numeral)) : ChineseNumerals.parse(numeral);
    return value.isPresent() && value.get().compareTo(BigDecimal.valueOf(month)) == 0;
  }

  /** The pairs of adjacent Chinese characters of {@code s} in {@code [from, to)} that may name work. */
  private static Set<String> pairs(String s, int from, int to) {
    Set<String> out = new HashSet<>();
    for (int k = from; k + 1 < to; k++) {
      char a = s.charAt(k);
      char b = s.charAt(k + 1);
      boolean ordinal = k > from && s.charAt(k - 1) == '第' && ChineseNumerals.isDigit(a); // 第二批, 第一阶段
      if (Chars.isCjk(a) && Chars.isCjk(b) && (ordinal || !timeChar(a)) && !timeChar(b)) {
        String pair = s.substring(k, k + 2);
        if (!GENERIC.contains(pair)) {
          out.add(pair);
        }
      }
    }
    return out;
  }

  private static boolean timeChar(char c) {
    return TIME_CHARS.indexOf(c) >= 0 || ChineseNumerals.isPart(c);
  }

  /** Removes from each set the pairs another set holds too: they do not tell the stages apart. */
  private static void discardShared(List<Set<String>> words) {
    Set<String> seen = new HashSet<>();
    Set<String> shared = new HashSet<>();
    for (Set<String> w : words) {
      for (String pair : w) {
        if (!seen.add(pair)) {
          shared.add(pair);
        }
      }
    }
    for (Set<String> w : words) {
      w.removeAll(shared);
    }
  }
}
