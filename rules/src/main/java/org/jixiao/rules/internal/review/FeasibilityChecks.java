package org.jixiao.rules.internal.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.review.ReviewAspect;
import org.jixiao.rules.review.ReviewCheckIds;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;

/** 可行性: time limits inside the budget year, costs within the money, attainable satisfaction. */
final class FeasibilityChecks {
  private FeasibilityChecks() {}

  abstract static class Base implements ReviewCheck {
    @Override
    public ReviewAspect aspect() {
      return ReviewAspect.FEASIBILITY;
    }

    /** The indicators with a target that is not 不适用, with their index. */
    static List<Integer> targeted(Project p) {
      List<Integer> out = new ArrayList<>();
      List<Indicator> indicators = p.indicators().indicators();
      for (int k = 0; k < indicators.size(); k++) {
        if (!ReviewTexts.markedNotApplicable(indicators.get(k)) && ReviewTexts.filled(indicators.get(k).target()).isPresent()) {
          out.add(k);
        }
      }
      return out;
    }
  }

  /**
   * A 时效 target states a time limit; a date in a 时效 target lies in the budget year, and no
   * target names an earlier year (a stale 2022 in a 2023 declaration).
   */
  static final class TimeLimit extends Base {
    @Override
    public String id() {
      return ReviewCheckIds.TIME_LIMIT;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Finding> out = new ArrayList<>();
      int year = context.budgetYear().year();
      for (int k : targeted(p)) {
        Indicator i = p.indicators().indicators().get(k);
        String target = i.target().orElse("");
        String path = "indicators[" + k + "].target";
        boolean timeliness = i.subcategory().filter(s -> s == Subcategory.TIMELINESS).isPresent();
        Optional<LocalDate> serial = timeliness ? spreadsheetDate(target) : Optional.empty();
        if (serial.isPresent()) {
          LocalDate d = serial.get();
          out.add(
              Msg.of("JX-V-0503")
                  .arg("indicator", ReviewTexts.label(i))
                  .arg("text", ReviewTexts.quote(target))
                  .arg("date", d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日")
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, target)));
          continue;
        }
        if (timeliness && !ReviewTexts.statesTimeLimit(target) && !limitOutsideTarget(i, target)) {
          out.add(
              Msg.of("JX-V-0501").arg("indicator", ReviewTexts.label(i)).arg("text", ReviewTexts.quote(target))
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, target)));
          continue;
        }
        for (int y : ReviewTexts.years(target)) {
          if (y < year || (timeliness && y > year)) {
            out.add(
                Msg.of("JX-V-0502")
                    .arg("indicator", ReviewTexts.label(i))
                    .arg("text", ReviewTexts.quote(target))
                    .arg("year", y)
                    .arg("budgetYear", year)
                    .finding(id(), Severity.WARNING, CompletenessChecks.at(p, path, target)));
            break;
          }
        }
      }
      return out;
    }
  }

  /**
   * Whether a 时效 target whose text states no limit has one beside it: in the name of a rate or a
   * count (预算资金当年下达率 | 100%, 及时发放率 | 100 | %, the unit in its own column), in a unit of
   * time in its own column (30 | 天), or in a yes-or-no question (是 to 是否按时完成, 否 to 是否逾期).
   * Not when the target is a figure with no unit (服务周期 | 180: 180 what?) or words.
   */
  private static boolean limitOutsideTarget(Indicator i, String target) {
    Optional<Quantity> figure = IndicatorTexts.parseTarget(i).quantity().filter(q -> !q.unit().symbol().isEmpty());
    if (figure.filter(q -> q.unit().isDuration()).isPresent()) {
      return true;
    }
    String question = i.name().map(ReviewTexts::normalized).filter(n -> n.contains("是否")).orElse("");
    boolean late = LATE.stream().anyMatch(question::contains);
    boolean answer = !question.isEmpty() && ReviewTexts.normalized(target).equals(late ? "否" : "是");
    boolean nameStates = i.name().map(ReviewTexts::statesTimeLimit).orElse(false);
    return (figure.isPresent() && nameStates) || (answer && (late || nameStates));
  }

  /** Words of a question answered 否 when the limit is kept (是否逾期). */
  private static final List<String> LATE = List.of("逾期", "延期", "超期", "滞后", "拖延");

  private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

  /**
   * The date a 时效 target of one five-digit number stands for, when the number is a spreadsheet's
   * day count from 1899-12-30 (=44,561 is 2021-12-31): a system export prints a date cell's value
   * in a number format. Only counts of the years 1990 to 2050 (32 874 to 55 152), so a count of
   * days or people is not taken for one.
   */
  static Optional<LocalDate> spreadsheetDate(String target) {
    String t = IndicatorTexts.normalize(target).strip();
    int from = 0;
    while (from < t.length() && "=<>≤≥".indexOf(t.charAt(from)) >= 0) {
      from++;
    }
    long n = 0;
    int digits = 0;
    for (int k = from; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c >= '0' && c <= '9') {
        n = n * 10 + (c - '0');
        digits++;
      } else if (c != ',' || digits == 0) {
        return Optional.empty(); // a unit, a word or a decimal point: not a bare day count
      }
    }
    return digits == 5 && n >= 32_874 && n <= 55_152 ? Optional.of(SPREADSHEET_EPOCH.plusDays(n)) : Optional.empty();
  }

  /** A cost ceiling above the year's amount cannot be met with the money declared. */
  static final class CostCeiling extends Base {
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    @Override
    public String id() {
      return ReviewCheckIds.COST_CEILING;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Finding> out = new ArrayList<>();
      Optional<BigDecimal> amount = p.budget().filter(b -> b.signum() > 0);
      if (amount.isEmpty()) {
        return out;
      }
      // in the unit the amount was filled in: a 万元 label over an amount in 元 (fund-match
      // says so) would make every ceiling look small beside it
      boolean inYuan = FundMatchCheck.statedInYuan(p);
      BigDecimal amountYuan = inYuan ? amount.get() : p.moneyUnit().convert(amount.get(), MoneyUnit.YUAN);
      // the amount as it was filled in: 246800元 (24.68万元), not 246800万元
      String unit =
          inYuan
              ? MoneyUnit.YUAN.label() + "（" + amount.get().divide(TEN_THOUSAND).stripTrailingZeros().toPlainString() + MoneyUnit.WAN_YUAN.label() + "）"
              : p.moneyUnit().label();
      for (int k : targeted(p)) {
        Indicator i = p.indicators().indicators().get(k);
        if (!ReviewTexts.isCost(i)) {
          continue;
        }
        String target = i.target().orElse("");
        Optional<BigDecimal> ceiling = ReviewTexts.moneyInYuan(i);
        if (ceiling.isPresent() && ceiling.get().compareTo(amountYuan) > 0) {
          out.add(
              Msg.of("JX-V-0511")
                  .arg("indicator", ReviewTexts.label(i))
                  .arg("text", ReviewTexts.quote(target))
                  .arg("amount", amount.get().stripTrailingZeros().toPlainString())
                  .arg("unit", unit)
                  .finding(id(), Severity.ERROR, CompletenessChecks.at(p, "indicators[" + k + "].target", target)));
        }
      }
      return out;
    }
  }

  /** A satisfaction target below the profile's floor (90 %). */
  static final class SatisfactionFloor extends Base {
    @Override
    public String id() {
      return ReviewCheckIds.SATISFACTION_FLOOR;
    }

    @Override
    public List<Finding> check(Project p, ReviewContext context) {
      List<Finding> out = new ArrayList<>();
      BigDecimal floor = context.profile().satisfactionFloor();
      for (int k : targeted(p)) {
        Indicator i = p.indicators().indicators().get(k);
        boolean satisfaction = i.category() == Category.SATISFACTION || ReviewTexts.normalized(i.name().orElse("")).contains("满意");
        if (!satisfaction) {
          continue;
        }
        String target = i.target().orElse("");
        Optional<Quantity> q = IndicatorTexts.parseTarget(target).quantity();
        // A percentage, or a bare number up to 100 (a rate printed without its %).
        String code = null;
        if (q.isPresent()
            && (q.get().unit().symbol().equals("%") || (q.get().unit().symbol().isEmpty() && q.get().value().compareTo(new BigDecimal("100")) <= 0))
            && q.get().value().compareTo(floor) < 0) {
          code = "JX-V-0521";
        } else if (q.isEmpty() && belowSatisfied(ReviewTexts.normalized(target))) {
          code = "JX-V-0522"; // 基本满意: a grade below 满意
        }
        if (code != null) {
          out.add(
              Msg.of(code)
                  .arg("indicator", ReviewTexts.label(i))
                  .arg("text", ReviewTexts.quote(target))
                  .arg("floor", floor.stripTrailingZeros().toPlainString())
                  .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "indicators[" + k + "].target", target)));
        }
      }
      return out;
    }

    /**
     * Grades of satisfaction below 满意 on the scales forms print (满意, 基本满意, 不满意): a target
     * asking only for 基本满意 or 一般 asks for less than the floor, as ≥80% does.
     */
    private static final List<String> BELOW_SATISFIED = List.of("基本满意", "一般");

    private static boolean belowSatisfied(String target) {
      String t = target.strip();
      while (!t.isEmpty() && "。.;；".indexOf(t.charAt(t.length() - 1)) >= 0) {
        t = t.substring(0, t.length() - 1).strip();
      }
      for (String grade : BELOW_SATISFIED) {
        if (t.equals(grade) || t.equals("达到" + grade) || t.equals(grade + "以上") || t.equals("达到" + grade + "以上")) {
          return true;
        }
      }
      return false;
    }
  }
}
