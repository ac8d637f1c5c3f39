package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.Unit;

/**
 * An ordinal day work was done on, read as the time it took (review 75d d052: 第45天完成整改 under 发现问题后30日内整改到位 held no
 * figure and read met by 完成): 45 天; 于第十五个工作日办结 15 个工作日. Every other ordinal (第3届, 第1期, 第2日培训结束: a day of a
 * programme) stays no figure. Part of {@link QuantityScanner}.
 */
final class OrdinalDays {
  private OrdinalDays() {}

  private static final Unit DAYS = Unit.of("天").orElseThrow();

  private static final Unit WORKING_DAYS = Unit.of("工作日").orElseThrow();

  /** Days of an ordinal that count the time a piece of work took (第45天完成整改, 第3个工作日办结). */
  private static final List<String> ORDINAL_DAYS = List.of("个工作日", "工作日", "天", "日");

  /** Words of work done that make an ordinal day the time it took. */
  private static final List<String> DONE_ON_A_DAY = List.of("完成", "办结", "整改", "到位", "完工", "处置", "解决", "答复", "回复", "修复", "结案");

  /**
   * Where the day after an ordinal's digits ending at {@code j} of {@code s} ends when the rest of its clause says work was
   * done on it (第45天完成整改, 于第3个工作日办结); -1 otherwise (第3天, 第2日培训结束).
   */
  static int doneEnd(String s, int j) {
    String day = Chars.firstAt(s, j, ORDINAL_DAYS);
    if (day == null) {
      return -1;
    }
    int end = j + day.length();
    int clauseEnd = Clauses.clauseEnd(s, end);
    for (String done : DONE_ON_A_DAY) {
      int at = s.indexOf(done, end);
      if (at >= 0 && at < clauseEnd) {
        return end;
      }
    }
    return -1;
  }

  /** The unit of the day at {@code j} that {@link #doneEnd} found: days, or working days. */
  static Unit unit(String s, int j) {
    return s.startsWith("天", j) || s.startsWith("日", j) ? DAYS : WORKING_DAYS;
  }
}
