package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.Periods;
import org.jixiao.rules.internal.text.Totals;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;

/**
 * What a figure is per (元/人, 元/户, 每人每月, 人均): whether an actual's figure answers a target as to whom and which period
 * each is per, and which figures are totals rather than rates per one. Part of {@link QuantitativeScorer}.
 */
final class PerWhom {
  private PerWhom() {}

  /** Words before a figure that make it a rate per person, household or unit: 人均5000元. */
  private static final List<String> PER_UNIT = List.of("人均", "户均", "每人", "每户", "每亩", "单价");

  /**
   * The candidates that are no rate (no per, no 人均 or 每人 right before them), when some are
   * and some are not; else all: a target with no per asks for a total.
   */
  static List<Quantity> totalsFirst(List<Quantity> candidates, String actual) {
    List<Quantity> totals = new ArrayList<>(candidates.size());
    for (Quantity q : candidates) {
      if (q.per().isEmpty() && !perUnitBefore(actual, q.start())) {
        totals.add(q);
      }
    }
    return totals.isEmpty() || totals.size() == candidates.size() ? candidates : totals;
  }

  /**
   * The candidates printed per what {@code wanted} is per, when some are and the others are per nothing; else all: a target
   * per a period or whom asks the figure written so (元/年 不低于4000 against 2520元 …，标准为4320元/年: 4320 元/年, review 78b h109).
   */
  static List<Quantity> samePerFirst(List<Quantity> candidates, Quantity wanted) {
    String per = wanted.per().orElse(null);
    if (per == null) {
      return candidates;
    }
    List<Quantity> same = new ArrayList<>(candidates.size());
    for (Quantity q : candidates) {
      if (q.per().isPresent() && !q.per().get().equals(per)) {
        return candidates; // another per among them: PerWhom's other readings weigh it
      }
      if (q.per().isPresent()) {
        same.add(q);
      }
    }
    return same.isEmpty() || same.size() == candidates.size() ? candidates : same;
  }

  /** Words of a standard or a rate per person (补助标准, 单价, 人均): such a target asks for no total. */
  private static final List<String> RATE_WORDS = List.of("标准", "单价", "定额", "人均", "户均", "每人", "每户", "每亩");

  static boolean asksARate(String text) {
    for (String word : RATE_WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean perUnitBefore(String text, int start) {
    for (String word : PER_UNIT) {
      int at = start - word.length();
      for (int k = at; k >= Math.max(0, at - 2); k--) { // 人均5000元, 人均补助5000元
        if (text.startsWith(word, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Rates must be per the same thing (元/人 is not 元/户); a figure that is no rate fits either. */
  private static boolean samePer(Quantity wanted, Quantity actual) {
    return wanted.per().isEmpty() || actual.per().isEmpty() || Periods.perAnswers(wanted.per().get(), actual.per().get());
  }

  /**
   * Whether the actual's figure {@code actual} answers {@code wanted} as to what each is per: {@link
   * #samePer(Quantity, Quantity)}, and not a total (共发放360万元, 累计补贴50万元) against a rate per whom (每人每月300元,
   * 100元/亩), which a figure with no per may restate (300元) but one the actual calls a total does not
   * (everyone's, not each one's), unless the target calls its own figure a total too (每人累计培训不少于40学时).
   * A rate that adds a period to a target's per whom alone (每人每月300元
   * against ≥300元/人, or under a name 人均补助标准) answers a floor it reaches; one short of it may be
   * a shorter period's (300元/人/月 against 3600元/人), and a ceiling may be passed over a longer
   * period (≤3600元/人 against 每人每月350元): neither answers.
   */
  static boolean samePer(Quantity wanted, Quantity actual, Comparison comparison, String actualText, String asked) {
    if (wanted.per().isPresent() && actual.per().isPresent() && perStudent(wanted.per().get()) != perStudent(actual.per().get())
        && !(aboutStudents(asked) && !Texts.containsAny(actualText, STAFF))) {
      return false; // 学生体检费50元/生 against 教职工 体检费≤600元/人: the 人 are no students
    }
    if (wanted.per().isPresent() && actual.per().isPresent() && Periods.addsPeriod(wanted.per().get(), actual.per().get())) {
      // a floor reached over a short period is reached over any longer one; a ceiling kept over a
      // month may be passed over a year (≤3600元/人 against 每人每月350元), and is not taken as kept
      return comparison == Comparison.AT_LEAST && actual.value().compareTo(wanted.value()) >= 0;
    }
    return samePer(wanted, actual) && !otherWhom(wanted, actual, actualText, asked)
        && !(actual.per().isEmpty() && wanted.per().isPresent() && Periods.namesWhom(wanted.per().get())
            && Totals.before(actualText, actual.start()) && !Totals.before(asked, wanted.start())); // asked opens with the target
  }

  /** Whom a word of a rate right before a figure names: 户 of 户均, 人 of 人均 or 每人, 亩 of 每亩. */
  private static final String WHOM = "人户亩生";

  /**
   * Whether the figure is a rate per one of another whom than the one asked: 户均增收2,250元 under 人均增收 (a household
   * is no person). Only whom both name by a word of their own (人均, 户均, 每亩, /人); 生 is a 人.
   */
  private static boolean otherWhom(Quantity wanted, Quantity actual, String actualText, String asked) {
    if (actual.per().isPresent()) {
      return false; // samePer(Quantity, Quantity) compares printed pers
    }
    char own = 0;
    for (int k = actual.start() - 1; k >= Math.max(1, actual.start() - 4) && !Clauses.isClauseEnd(actualText.charAt(k)); k--) {
      if (actualText.charAt(k) == '均' && WHOM.indexOf(actualText.charAt(k - 1)) >= 0) {
        own = actualText.charAt(k - 1);
        break;
      }
    }
    if (own == 0) {
      return false; // nearly every figure: no word of a rate before it
    }
    Unit askedWhom = PerOne.whom(wanted, asked);
    Unit ownWhom = Unit.of(own == '生' ? "人" : String.valueOf(own)).orElse(null);
    return askedWhom != null && ownWhom != null && !askedWhom.equals(ownWhom);
  }

  /** Words naming students, whose 元/生 is 元/人. */
  private static final List<String> STUDENTS = List.of("学生", "生均", "幼儿", "资助", "营养餐", "在校生", "毕业生", "学前", "中职", "高校", "助学", "义务教育");

  /** Words naming staff, whose 人 are no students (教职工体检, 教师培训, 乡村教师生活补助). */
  private static final List<String> STAFF = List.of("教师", "教职工", "职工", "员工", "从业人员", "干部", "医生", "培训", "教职", "保育员",
      "保安", "炊事员", "厨师", "宿管", "保洁", "工作人员", "管理人员", "辅导员", "班主任", "校长");

  /** Whether a per is per student (生, 生*月). */
  private static boolean perStudent(String per) {
    return per.indexOf('生') >= 0;
  }

  /** Whether the target and the name ({@code target|name}) are about students and not staff: 元/生 there is 元/人. */
  private static boolean aboutStudents(String asked) {
    return Texts.containsAny(asked, STUDENTS) && !Texts.containsAny(asked, STAFF);
  }
}
