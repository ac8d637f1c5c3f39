package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jixiao.rules.internal.text.Deadlines.Stage;
import org.jixiao.rules.text.DatePeriod;
import org.jixiao.rules.text.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * Which stage of a staged target an actual reports, and whether it kept that stage's deadline. A
 * target with dated deadlines in several clauses (6月底前完成招标，12月前验收) sets a stage in each;
 * each dated part of an actual (its clauses, and the parts 、 and brackets set apart in one:
 * 6月完成招标、12月完成验收) reports the stage whose work it names (12月完成验收: the second), and is
 * compared with that stage's deadline, not the first one's. Late if any part is late.
 *
 * <p>A part names a stage's work when the two share a pair of characters that no other stage's
 * clause has (招标, 验收, 拨付, 二批 of 第二批): pairs every stage has (完成, 项目) say nothing of which
 * one is meant, nor do pairs of dates and numerals or a few words of any work's completion ({@link
 * #GENERIC}). A part that names several stages (12月完成招标和验收) reports each of them. Dated parts
 * that name none (7月完成项目招投标: other words for 招标) before a part that names one report, in
 * their order, the stages no part names that come before that one's; any other (after the last
 * named part: 12月完成验收，12月拨付尾款, or a date in brackets) is held to the last stage: nothing is
 * on time after the whole schedule's end (an earlier stage told out of order, 12月完成验收，10月进场施工,
 * is not told from a payment, 11月支付进度款, and passes). When no dated part names a stage, the actual is not read by stages ({@link
 * #compare} is empty) and the target's first deadline stands, as for a target of one stage, since
 * which stage 12月完成 reports is not said. A part that reports a stage's progress as of a date
 * (截至12月底资金支付进度85%: 进度 or 工程量, no share of 100% or more) says the stage was not done by
 * then: late.
 */
public final class Stages {
  private Stages() {}

  /** Pairs of characters that name no work of their own: any stage's completion, or the work as a whole. */
  private static final Set<String> GENERIC =
      Set.of("完成", "全部", "全面", "完毕", "工作", "项目", "任务", "确保", "按时", "按期", "如期", "实现", "已经", "进行",
          "开展", "顺利", "圆满", "计划", "要求", "目标", "时间", "节点", "按照", "截至", "截止", "之前", "以前", "最迟", "原则");

  /** Characters of dates: a pair holding one names a time, not work. */
  private static final String TIME_CHARS = "年月日号季度底前内末之以份半旬";

  /** Characters that set parts of one clause apart, each with a date of its own: 6月完成招标、12月完成验收. */
  private static final String PART_ENDS = "、（）()";

  /**
   * How a dated part of an actual kept a deadline.
   *
   * @param done when the actual says the work was done
   * @param words the actual's words for it when they put it in the next year (次年1月), else empty
   * @param deadline the deadline it was compared with
   * @param onTime whether it was kept; of a staged target's, whether every dated part kept its
   *     stage's, and when not, the first part that did not
   */
  public record Kept(DatePeriod done, String words, Deadline deadline, boolean onTime) {
    /** The date done as the reasons print it: the actual's words for a month of the next year. */
    public String describeDone() {
      return words.isEmpty() ? done.describe() : words;
    }
  }

  /**
   * A date done, read from {@code actual}, held to the dated {@code deadline} of {@code target}
   * ({@link DatePeriod#endsBy}), each placed in the next year when its text puts its month there
   * (次年1月完成, 次年3月底前完成验收): a month of the next year done without a year of its own is late
   * against a deadline of this year, and one of this year on time against the next year's. Against a
   * deadline with a year, 次年 is the year after the target's first (2023年9月至2024年6月: 2024).
   */
  public static Kept kept(DatePeriod done, String actual, Deadline deadline, String target) {
    return kept(done, actual, deadline, target, target);
  }

  /** {@link #kept(DatePeriod, String, Deadline, String)} with the deadline's own text apart from the target's. */
  private static Kept kept(DatePeriod done, String actual, Deadline deadline, String byText, String target) {
    DatePeriod by = deadline.by().orElseThrow();
    String doneNext = done.year().isPresent() ? null : NextYear.monthAt(actual, done.month());
    boolean byNext = NextYear.deadlineIn(by, byText);
    boolean onTime;
    if (doneNext == null) {
      onTime = (byNext && done.year().isEmpty()) || done.endsBy(by);
    } else if (byNext) {
      onTime = done.endsBy(by); // 次年3月底前 / 次年2月: months of the same year
    } else if (NextYear.undatedDeadline(target)) {
      onTime = done.endsBy(by); // 下一年度预算编制前完成绩效评价: the next year's date may be on time, read as before
      doneNext = null;
    } else if (by.year().isPresent()) {
      OptionalInt first = NextYear.firstYear(target);
      onTime = first.isPresent() && new DatePeriod(OptionalInt.of(first.getAsInt() + 1), done.month(), done.day()).endsBy(by);
    } else {
      onTime = false; // 次年1月 against 12月底前
    }
    return new Kept(done, doneNext == null ? "" : doneNext, deadline, onTime);
  }

  /**
   * The actual's dated parts compared with the stages of the target they report, when the target
   * has two dated stages or more and at least one dated part of the actual names one; otherwise
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
    List<Part> parts = parts(actual, words);
    boolean[] named = new boolean[stages.size()];
    boolean anyNamed = false;
    for (Part part : parts) {
      for (int k : part.stages()) {
        named[k] = true;
        anyNamed = true;
      }
    }
    if (!anyNamed) {
      return inOrder(stages, parts, target); // 6月上旬前、9月上旬前分两批拨付 / 6月5日、9月5日拨付
    }
    int last = last(stages, target);
    int nextUnnamed = 0;
    @Nullable Kept kept = null;
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      List<Integer> reported = part.stages();
      if (reported.isEmpty()) {
        int before = nextNamedStage(parts, p); // an unnamed stage before the one the next named part reports
        while (nextUnnamed < named.length && named[nextUnnamed]) {
          nextUnnamed++;
        }
        // after the last named part: the schedule's end (12月完成验收，12月拨付尾款, 11月支付进度款), even
        // for an earlier stage told out of order (10月进场施工), which its words do not tell from a payment
        boolean takes = nextUnnamed < named.length && nextUnnamed < before;
        reported = List.of(takes ? nextUnnamed++ : last); // in order; after the last named part, the schedule's end
      }
      for (int k : reported) {
        Stage stage = stages.get(k);
        kept = worse(kept, held(part, stage, target));
      }
    }
    return Optional.ofNullable(kept);
  }

  /**
   * Stages listed in one clause (6月上旬前、9月上旬前分两批拨付), which no part can name, each held to the
   * dated part of the actual in the same place (6月5日、9月5日拨付), when there are as many parts as
   * stages; empty otherwise, as for stages no part names.
   */
  private static Optional<Kept> inOrder(List<Stage> stages, List<Part> parts, String target) {
    if (parts.size() != stages.size() || stages.get(0).start() != stages.get(stages.size() - 1).start()) {
      return Optional.empty();
    }
    @Nullable Kept kept = null;
    for (int k = 0; k < stages.size(); k++) {
      kept = worse(kept, held(parts.get(k), stages.get(k), target));
    }
    return Optional.ofNullable(kept);
  }

  /** A dated part of the actual held to a stage; a part that reports progress as of its date was not done by then. */
  private static Kept held(Part part, Stage stage, String target) {
    Kept now = kept(part.done(), part.text(), stage.deadline(), target.substring(stage.start(), stage.end()), target);
    return part.progress() ? new Kept(now.done(), now.words(), now.deadline(), false) : now;
  }

  /** The first stage the next part after {@code p} that names one reports; -1 when no later part names one. */
  private static int nextNamedStage(List<Part> parts, int p) {
    for (int q = p + 1; q < parts.size(); q++) {
      if (!parts.get(q).stages().isEmpty()) {
        return parts.get(q).stages().get(0);
      }
    }
    return -1;
  }

  /**
   * A dated part of an actual: its text, the date done it states, the stages it names and whether
   * it reports their progress as of the date rather than their completion.
   */
  private record Part(String text, DatePeriod done, List<Integer> stages, boolean progress) {}

  private static List<Part> parts(String actual, List<Set<String>> words) {
    List<Part> out = new ArrayList<>();
    int start = 0;
    while (start <= actual.length()) {
      int end = start;
      while (end < actual.length() && !Clauses.isClauseEnd(actual.charAt(end)) && PART_ENDS.indexOf(actual.charAt(end)) < 0) {
        end++;
      }
      String text = actual.substring(start, end);
      Optional<DatePeriod> done = DateReader.latestDone(text);
      if (done.isPresent()) {
        Set<String> said = pairs(actual, start, end);
        List<Integer> stages = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
          if (!Collections.disjoint(said, words.get(k))) {
            stages.add(k);
          }
        }
        boolean progress = progress(text);
        if (!progress || !stages.isEmpty()) { // progress of no stage named says nothing of any
          out.add(new Part(text, done.get(), stages, progress));
        }
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * Whether a part reports progress as of a date (截至12月底资金支付进度85%, 截止11月完成工程量的80%):
   * 进度 or 工程量 after 截至 or 截止, not 100%. The date is the report's, and the stage was not done by
   * it; a share alone may be a pass rate (截至12月验收合格率95%) or what was paid (并支付90%).
   */
  private static boolean progress(String part) {
    return (part.contains("截至") || part.contains("截止")) && (part.contains("进度") || part.contains("工程量")) && !whole(part);
  }

  /** Whether a share the part states is a whole (100%, 100.0%): the stage done. */
  private static boolean whole(String part) {
    for (int at = part.indexOf('%'); at >= 0; at = part.indexOf('%', at + 1)) {
      int k = at;
      while (k > 0 && (Chars.isAsciiDigit(part.charAt(k - 1)) || part.charAt(k - 1) == '.')) {
        k--;
      }
      if (k < at) {
        try {
          if (new BigDecimal(part.substring(k, at)).compareTo(BigDecimal.valueOf(100)) >= 0) {
            return true;
          }
        } catch (NumberFormatException e) {
          // 1.2.3%: no share
        }
      }
    }
    return false;
  }

  /** The stage that ends last, a stage in the next year (次年3月底前) after every one of this year. */
  private static int last(List<Stage> stages, String target) {
    int last = 0;
    for (int k = 1; k < stages.size(); k++) {
      if (later(stages.get(k), stages.get(last), target)) {
        last = k;
      }
    }
    return last;
  }

  private static boolean later(Stage a, Stage b, String target) {
    DatePeriod x = a.deadline().by().orElseThrow();
    DatePeriod y = b.deadline().by().orElseThrow();
    boolean xNext = NextYear.deadlineIn(x, target.substring(a.start(), a.end()));
    boolean yNext = NextYear.deadlineIn(y, target.substring(b.start(), b.end()));
    return xNext != yNext ? xNext : x.compareEnd(y) > 0;
  }

  /** {@code soFar}, unless it is empty, or on time and {@code now} is late or was held to a later deadline. */
  private static Kept worse(@Nullable Kept soFar, Kept now) {
    if (soFar == null || (soFar.onTime() && (!now.onTime() || now.deadline().by().orElseThrow().compareEnd(soFar.deadline().by().orElseThrow()) > 0))) {
      return now;
    }
    return soFar;
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
