package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.text.IndicatorTexts;
import org.jspecify.annotations.Nullable;

/**
 * The budget year (预算年度) a project's own texts put its deadlines in, at the latest, and where
 * it was read. A deadline without a year (12月底前, 年底前, 9月前) is in the budget year (a 时效 target
 * states a date of that year), so a date done in a later year is late. The year comes from, most
 * trusted first: the implementation period (实施期限: 2023年, 2023.01-2023.12), the project's name
 * (2023年农村公路养护工程), its annual goal (年度目标), or the dated targets of its indicators. Each
 * source gives the latest year it names: a period of several years (2023-2025年) or a goal that
 * looks ahead (到2025年) puts the deadline at the end of its last year, and only a date done after
 * that is late; a year too late only fails to see lateness, one too early would claim it. A name
 * of funds carried over (2022年结转资金) names the year before the budget year and is not read.
 */
public final class BudgetYears {
  private BudgetYears() {}

  /** Where a budget year was read. */
  public enum From {
    /** 实施期限: the implementation period. */
    PERIOD("实施期限", "the implementation period (实施期限)"),
    /** 项目名称: the project's name. */
    NAME("项目名称", "the project name (项目名称)"),
    /** 年度目标: the annual goal. */
    GOAL("年度目标", "the annual goal (年度目标)"),
    /** 年度指标值: another indicator's dated target. */
    TARGETS("指标目标值", "an indicator's target (年度指标值)");

    private final String chinese;
    private final String english;

    From(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }

    /** The source's name in Chinese, as the reasons print it. */
    public String chinese() {
      return chinese;
    }

    /** The source's name in English. */
    public String english() {
      return english;
    }
  }

  /**
   * A budget year read from a project.
   *
   * @param year the latest year the source names
   * @param from the source
   * @param text the source's text, as printed
   */
  public record Stated(int year, From from, String text) {}

  /** Words of a name of funds from an earlier year (2022年结转资金): its year is not the budget year. */
  private static final List<String> EARLIER_FUNDS = List.of("结转", "结余", "上年", "以前年度", "往年", "历年");

  /** The budget year {@code project}'s texts state, at the latest, and where; empty when none states one. */
  public static Optional<Stated> of(Project project) {
    return Memo.get(OF, project, Boolean.TRUE, (p, unused) -> compute(p)); // asked by each late-looking indicator of a project
  }

  private static final Object OF = new Object();

  private static Optional<Stated> compute(Project project) {
    Optional<Stated> period = stated(project.period().orElse(""), From.PERIOD);
    if (period.isPresent()) {
      return period;
    }
    String name = project.name();
    if (!containsAny(name, EARLIER_FUNDS)) {
      Optional<Stated> named = stated(name, From.NAME);
      if (named.isPresent()) {
        return named;
      }
    }
    Optional<Stated> goal = stated(project.goal().orElse(""), From.GOAL);
    if (goal.isPresent()) {
      return goal;
    }
    @Nullable Stated latest = null;
    List<Indicator> indicators = project.indicators().indicators();
    for (int k = 0; k < indicators.size(); k++) {
      Optional<Stated> t = stated(indicators.get(k).target().orElse(""), From.TARGETS);
      if (t.isPresent() && (latest == null || t.get().year() > latest.year())) {
        latest = t.get();
      }
    }
    return Optional.ofNullable(latest);
  }

  private static Optional<Stated> stated(String text, From from) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int year = latestYear(IndicatorTexts.normalize(text));
    return year < 0 ? Optional.empty() : Optional.of(new Stated(year, from, text.strip()));
  }

  /**
   * The latest year (1900–2100) {@code s} names as one of its own: a year before 年 (2023年, 2023年度, the
   * 2025年 of 2023-2025年) or a year.month (2023.01-2023.12, 2023-06-30); -1 when it names none. Not a year
   * things are compared with or counted from (较2022年增长, 比2022年, 与2022年相比, 2022年以来, 2021年起, 在2022年基础上):
   * a goal that names only that year says nothing of its own.
   */
  static int latestYear(String s) {
    char[] a = CharArrays.of(s);
    int latest = -1;
    for (int k = 0; k + 4 < a.length; k++) {
      if (!Chars.isAsciiDigit(a[k]) || (k > 0 && Chars.isAsciiDigit(a[k - 1])) || Chars.digitsEnd(a, k) != k + 4) {
        continue;
      }
      int year = Chars.digitsValue(a, k, k + 4);
      if (year < 1900 || year > 2100 || !(a[k + 4] == '年' || isMonthAfter(a, k + 4)) || aBase(s, k, k + 5)) {
        continue;
      }
      latest = Math.max(latest, year);
    }
    return latest;
  }

  /** Whether a month of one or two digits (1–12) follows the {@code .}, {@code -} or {@code /} at {@code at}. */
  private static boolean isMonthAfter(char[] a, int at) {
    if (".-/".indexOf(a[at]) < 0 || at + 1 >= a.length) {
      return false;
    }
    int end = Chars.digitsEnd(a, at + 1);
    int month = end - at - 1 >= 1 && end - at - 1 <= 2 ? Chars.digitsValue(a, at + 1, end) : 0;
    return month >= 1 && month <= 12;
  }

  /** Words before a year that make it a base of comparison or a start: 较2022年, 比2022年, 自2021年. */
  private static final String BASE_BEFORE = "较比与同自从";

  /** Words after a year that make it a base or a start: 2022年以来, 2021年起, 2022年基础上, 2022年相比, 2022年同期, 2022年水平. */
  private static final List<String> BASE_AFTER = List.of("以来", "起", "开始", "基础", "的基础", "相比", "同期", "水平", "同比");

  private static boolean aBase(String s, int start, int end) {
    if (start > 0 && BASE_BEFORE.indexOf(s.charAt(start - 1)) >= 0) {
      return true;
    }
    int after = end < s.length() && s.charAt(end) == '度' ? end + 1 : end;
    return Chars.startsWithAny(s, after, BASE_AFTER);
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
