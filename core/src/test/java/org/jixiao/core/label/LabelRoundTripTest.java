package org.jixiao.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** parse(label(x)) == x for every constant of every labelled enum, however it is spaced. */
class LabelRoundTripTest {

  /** One labelled constant and the parser of its enum. */
  private record Case(Labelled constant, Function<String, Optional<? extends Labelled>> parse) {
    @Override
    public String toString() {
      return constant + "(" + constant.label() + ")";
    }
  }

  private static List<Case> allConstants() {
    List<Case> cases = new ArrayList<>();
    add(cases, FundKind.values(), FundKind::fromLabel);
    add(cases, Category.values(), Category::fromLabel);
    add(cases, Subcategory.values(), Subcategory::fromLabel);
    add(cases, TargetNature.values(), TargetNature::fromLabel);
    add(cases, MoneyUnit.values(), MoneyUnit::fromLabel);
    add(cases, Grade.values(), Grade::fromLabel);
    add(cases, Status.values(), Status::fromLabel);
    add(cases, Severity.values(), Severity::fromLabel);
    add(cases, Outcome.values(), Outcome::fromLabel);
    return cases;
  }

  private static <E extends Labelled> void add(
      List<Case> cases, E[] values, Function<String, Optional<E>> parse) {
    for (E value : values) {
      cases.add(new Case(value, parse::apply));
    }
  }

  @Test
  void everyLabelAndVariantParsesBackToItsConstant() {
    qt().forAll(Generate.pick(allConstants()), integers().between(0, 3))
        .checkAssert(
            (c, spaces) -> {
              List<String> spellings = new ArrayList<>(c.constant().labelVariants());
              spellings.add(c.constant().label());
              spellings.add(((Enum<?>) c.constant()).name());
              for (String spelling : spellings) {
                // Published tables pad labels with ASCII and ideographic spaces.
                String padded = " ".repeat(spaces) + spelling + "　".repeat(spaces);
                assertThat(c.parse().apply(padded).map(Object.class::cast)).as(padded).contains(c.constant());
              }
            });
  }
}
