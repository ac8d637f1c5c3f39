package org.jixiao.io.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.internal.form.FormText;
import org.jixiao.io.testing.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Tables of projects that the single-project form can express: every field the form prints
 * (identity, 项目编码 / 项目类型 / 实施期限, amounts, fund sources with an amount, rate, 分值, 得分,
 * goal, indicators with a name, 存在问题 / 改进措施, stray cells), with text as a grid gives it back
 * (stripped, not blank) and numbers of any size and scale.
 */
final class FormGens {
  private FormGens() {}

  private static long between(RandomnessSource in, long from, long to) {
    return in.next(Constraint.between(from, to));
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) < percent;
  }

  private static String text(RandomnessSource in) {
    String t = Gens.text(in, false).strip();
    return t.isEmpty() ? "x" : t;
  }

  private static Optional<String> optText(RandomnessSource in) {
    return chance(in, 30) ? Optional.empty() : Optional.of(text(in));
  }

  private static Optional<BigDecimal> optDecimal(RandomnessSource in) {
    return chance(in, 30) ? Optional.empty() : Optional.of(Gens.decimal(in));
  }

  private static Optional<BigDecimal> optWeight(RandomnessSource in) {
    return chance(in, 30) ? Optional.empty() : Optional.of(Gens.decimal(in).abs());
  }

  static Gen<PerformanceTable> tables() {
    return in -> {
      MoneyUnit unit = MoneyUnit.values()[(int) between(in, 0, 2)];
      PerformanceTable.Builder t = PerformanceTable.builder().moneyUnit(unit).title("项目支出绩效自评表");
      if (chance(in, 70)) {
        t.fiscalYear((int) between(in, 1990, 2099));
      }
      int n = (int) between(in, 1, 3);
      for (int i = 0; i < n; i++) {
        t.addProjects(project(in, unit));
      }
      return t.build();
    };
  }

  static Project project(RandomnessSource in, MoneyUnit unit) {
    Project.Builder b = Project.builder().name(text(in)).moneyUnit(unit);
    b.unit(optText(in)).department(optText(in));
    if (chance(in, 20)) {
      b.code(text(in));
    }
    if (chance(in, 20)) {
      b.projectType(text(in));
    }
    if (chance(in, 20)) {
      b.period(text(in));
    }
    if (chance(in, 20)) { // what a form has no place for: the writer adds rows for them
      if (chance(in, 50)) {
        b.seq((int) between(in, 0, 999_999_999));
      }
      if (chance(in, 50)) {
        b.governmentInvestment(chance(in, 50));
      }
      if (chance(in, 50)) {
        b.newProject(chance(in, 50));
      }
      b.allocationMethod(chance(in, 50) ? Optional.empty() : Optional.of(text(in)))
          .totalAmount(optDecimal(in))
          .longTermGoal(chance(in, 50) ? Optional.empty() : Optional.of(text(in)))
          .policyBasis(chance(in, 50) ? Optional.empty() : Optional.of(text(in)))
          .calculationBasis(chance(in, 50) ? Optional.empty() : Optional.of(text(in)))
          .statedCompletion(chance(in, 50) ? Optional.empty() : Optional.of(text(in)));
    }
    b.budget(optDecimal(in)).adjustedBudget(optDecimal(in)).actual(optDecimal(in));
    int funds = (int) between(in, 0, 3);
    for (int i = 0; i < funds; i++) {
      FundSource.Builder f = FundSource.builder().kind(FundKind.values()[(int) between(in, 0, FundKind.values().length - 1)]);
      f.budget(optDecimal(in)).adjustedBudget(optDecimal(in)).executed(Optional.of(Gens.decimal(in)));
      b.addFunds(f.build());
    }
    b.statedExecutionRate(optDecimal(in)).statedExecutionWeight(optWeight(in)).statedExecutionScore(optDecimal(in));
    b.goal(optText(in)).goalOutcome(optText(in));
    List<Indicator> indicators = new ArrayList<>();
    int count = (int) between(in, 0, 8);
    for (int i = 0; i < count; i++) {
      indicators.add(indicator(in));
    }
    b.indicators(IndicatorSet.of(indicators));
    if (chance(in, 30)) { // points printed in the 一级 labels of the categories the form has rows of
      for (Indicator i : indicators) {
        // as forms print them: plain figures (a label prints 40 or 12.5, never 4E+1)
        b.putStatedCategoryWeights(i.category(), BigDecimal.valueOf(between(in, 0, 10_000), (int) between(in, 0, 2)));
      }
    }
    b.statedScore(optDecimal(in));
    if (chance(in, 20)) {
      b.problems(text(in));
    }
    if (chance(in, 20)) {
      b.rectification(text(in));
    }
    int strays = chance(in, 70) ? 0 : (int) between(in, 1, 3);
    for (int i = 0; i < strays; i++) {
      StrayCell.Builder cell = StrayCell.builder().column((int) between(in, 0, 40)).header(optText(in)).text(text(in));
      if (chance(in, 50)) {
        cell.line(between(in, 1, 9_999)); // the line of the document it was first read from
      }
      b.addStrayCells(cell.build());
    }
    return b.build();
  }

  private static Indicator indicator(RandomnessSource in) {
    Category category = Category.values()[(int) between(in, 0, Category.values().length - 1)];
    Indicator.Builder b = Indicator.builder().category(category).name(text(in));
    if (chance(in, 85)) {
      b.subcategory(Subcategory.values()[(int) between(in, 0, Subcategory.values().length - 1)]);
    }
    b.target(optText(in)).actual(optText(in)).deviationReason(optText(in));
    if (chance(in, 25)) {
      b.nature(TargetNature.values()[(int) between(in, 0, TargetNature.values().length - 1)]);
    }
    if (chance(in, 25)) {
      b.measureUnit(text(in));
    }
    if (chance(in, 15)) {
      b.explanation(text(in));
    }
    b.weight(optWeight(in)).statedScore(optDecimal(in));
    Indicator made = b.build();
    if (made.actual().isEmpty() && made.statedScore().isEmpty() && chance(in, 30)) {
      made = Indicator.builder().from(made).cutOff(true).build(); // a row its copy cut off (副本截断)
    }
    if (onlyANameTheReaderTakesForATemplateRow(made)) {
      // a row of a placeholder name (……, 指标1:) and nothing else is a form's template row, which
      // the reader reports and drops (JX-I-0232): the form cannot express such an indicator
      return Indicator.builder().from(made).name("x" + made.name().orElse("")).build();
    }
    return made;
  }

  private static boolean onlyANameTheReaderTakesForATemplateRow(Indicator i) {
    boolean data =
        i.target().isPresent() || i.actual().isPresent() || i.deviationReason().isPresent() || i.nature().isPresent()
            || i.measureUnit().isPresent() || i.explanation().isPresent() || i.weight().isPresent()
            || i.statedScore().isPresent();
    return !data && FormText.isPlaceholderName(i.name().orElse(""));
  }
}
