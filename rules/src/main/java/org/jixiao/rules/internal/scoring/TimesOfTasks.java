package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Times taken told apart by what they time (review 73d): the time to arrive is not the time a repair took, and an average
 * is not the longest. 9时接报，10时到达现场，抢修用时3.5小时 under 到达现场时间 ≤ 2 小时 read the repair's 3.5 hours (25 %);
 * 接报后40分钟赶到现场，抢修用时3.5小时 under 抢修时长 and 平均3.5个工作日，最长8个工作日 under 平均办结时间 read tied. Part of
 * {@link QuantitativeScorer}: it leaves the figures of the task the name asks, or, when the name asks an arrival, none
 * of another task's time, so that the moments may answer ({@link ClockSpans}).
 */
final class TimesOfTasks {
  private TimesOfTasks() {}

  /** Words of a task's own time right before its figure: 抢修用时3.5小时, 处置时长40分钟. */
  private static final List<String> TIMED = List.of("用时", "时长", "历时", "耗时", "花费", "共用", "用了");

  /** Tasks a time is taken for, besides arriving. */
  private static final List<String> TASKS =
      List.of("抢修", "处置", "修复", "维修", "处理", "办结", "办理", "审核", "审批", "调拨", "排险", "救援", "检修", "恢复");

  /** Words of arriving or answering, the first moments of a call's handling. */
  private static final List<String> ARRIVALS = List.of("到达", "到场", "赶到", "抵达", "响应");

  /** Whose time a figure is when not the unit's own: a wider area's or a former year's (全省平均用时5天). */
  private static final List<String> OTHERS = List.of("全省", "全市", "全国", "全区", "全县", "行业", "同类", "上年", "去年", "同期");

  /** How far back in its clause the words before a figure are read. */
  private static final int BEFORE = 10;

  /**
   * The durations of {@code figures} that time what {@code name} asks: under 平均 those said to be averages, under 最长
   * the longest, under an arrival none timed as another task, under a task those timed as that task, when some are. The
   * figures as they are when the name asks none of these, or when no figure is marked as asked.
   */
  static List<Quantity> asked(List<Quantity> figures, String actual, String name) {
    if (figures.isEmpty() || !Texts.containsAny(actual, TIMED) && !actual.contains("平均") && !actual.contains("最长")) {
      return figures; // nearly every actual: no time of a task named, no average and no longest
    }
    List<Quantity> kept = figures;
    if (name.contains("平均")) {
      kept = marked(kept, actual, List.of("平均"), true);
    } else if (name.contains("最长") || name.contains("最多")) {
      kept = marked(kept, actual, List.of("最长", "最多"), true);
    }
    @Nullable String task = taskOf(name);
    if (Texts.containsAny(name, ARRIVALS) && (task == null || name.indexOf(task) < firstIndex(name, ARRIVALS))) {
      // 故障抢修到达现场时间: the arrival is asked; 抢修 names whose arrival
      List<Quantity> arrivals = new ArrayList<>(kept.size());
      for (Quantity q : kept) {
        if (timedTask(actual, q) == null || !q.unit().isDuration()) {
          arrivals.add(q);
        }
      }
      return arrivals.size() == kept.size() ? kept : arrivals;
    }
    return task != null ? marked(kept, actual, List.of(task), false) : kept;
  }

  /**
   * The task whose time the name asks: one of {@link #TASKS}, or the two characters right before 时间, 时长, 用时 or 时限 that
   * are no arrival (平均清障时间: 清障); null when none.
   */
  private static @Nullable String taskOf(String name) {
    @Nullable String task = firstOf(name, TASKS);
    if (task != null) {
      return task;
    }
    for (String time : List.of("时间", "时长", "用时", "时限")) {
      int at = name.indexOf(time);
      if (at >= 2) {
        String before = name.substring(at - 2, at);
        if (!ARRIVALS.contains(before) && Character.isLetter(before.charAt(0)) && !before.contains("平均") && !before.equals("最长")) {
          return before;
        }
      }
    }
    return null;
  }

  /**
   * The durations of {@code figures} whose words before them in their clause hold one of {@code words} (and, when
   * {@code any}, no others); all of them when none does.
   */
  private static List<Quantity> marked(List<Quantity> figures, String actual, List<String> words, boolean any) {
    List<Quantity> kept = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      String said = before(actual, q);
      if (q.unit().isDuration() && Texts.containsAny(said, words) && (any || timedTask(actual, q) != null) && !Texts.containsAny(said, OTHERS)) {
        kept.add(q);
      }
    }
    if (kept.isEmpty()) {
      return figures;
    }
    for (Quantity q : figures) {
      if (!q.unit().isDuration()) {
        kept.add(q); // other figures stay for the filters after this one
      }
    }
    kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return kept;
  }

  /**
   * The words before a task's time that a figure's words give (平均抢修 of 平均抢修用时2.5小时), or null when no word of a
   * task's time stands before it or it is an arrival's (到场用时).
   */
  private static @Nullable String timedTask(String actual, Quantity q) {
    String words = before(actual, q);
    for (String timed : TIMED) {
      int at = words.lastIndexOf(timed);
      if (at >= 0 && at + timed.length() >= words.length() - 2) { // 用时3.5小时, 用时约40分钟
        String task = words.substring(0, at);
        return task.isEmpty() || Texts.containsAny(task, ARRIVALS) ? null : task; // 到场用时 is an arrival's time
      }
    }
    return null;
  }

  /** The words before {@code q} in its clause, at most {@link #BEFORE} characters. */
  private static String before(String actual, Quantity q) {
    int from = Math.max(Clauses.clauseStart(actual, q.start()), q.start() - BEFORE);
    return actual.substring(from, q.start());
  }

  private static @Nullable String firstOf(String s, List<String> words) {
    int best = -1;
    String found = null;
    for (String w : words) {
      int at = s.indexOf(w);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        found = w;
      }
    }
    return found;
  }

  private static int firstIndex(String s, List<String> words) {
    int best = Integer.MAX_VALUE;
    for (String w : words) {
      int at = s.indexOf(w);
      if (at >= 0) {
        best = Math.min(best, at);
      }
    }
    return best;
  }
}
