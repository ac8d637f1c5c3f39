package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.rules.PartFailureException;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;
import org.junit.jupiter.api.Test;

/** Review checks plug in exactly like evaluation parts: builder, ServiceLoader, replace, disable. */
class ReviewerBuilderTest {
  private static final BudgetYear Y2023 = new BudgetYear(2023, BudgetYear.Source.GIVEN);

  @Test
  void serviceLoaderFindsABureausCheckAndItRunsAfterTheBuiltInOnes() {
    Reviewer r = Reviewer.builder().loadChecks(getClass().getClassLoader()).build();
    assertThat(r.checkIds()).endsWith("bureau-outsourcing-contract").startsWith(ReviewCheckIds.ALL.toArray(String[]::new));
    // The clean declaration is a 政府购买服务 project whose 测算依据 names no contract.
    Review review = r.review(Declarations.clean().build(), Y2023);
    assertThat(review.findings()).extracting(Finding::code).containsExactly("BUREAU-V-01");
    assertThat(review.verdict()).isEqualTo(ReviewVerdict.PASS_AFTER_CHANGES);
    assertThat(Reviewer.builder().loadChecks(getClass().getClassLoader(), c -> false).build().checkIds()).isEqualTo(ReviewCheckIds.ALL);
  }

  @Test
  void aCheckCanBeReplacedOrDisabledAndConflictsAreNamed() {
    ReviewCheck lenient =
        new ReviewCheck() {
          @Override
          public String id() {
            return "lenient-names";
          }

          @Override
          public ReviewAspect aspect() {
            return ReviewAspect.SPECIFICITY;
          }

          @Override
          public List<Finding> check(Project declaration, ReviewContext context) {
            return List.of();
          }
        };
    Reviewer replaced = Reviewer.builder().replace(ReviewCheckIds.INDICATOR_NAME, lenient).build();
    assertThat(replaced.checkIds()).contains("lenient-names").doesNotContain(ReviewCheckIds.INDICATOR_NAME);
    assertThat(replaced.checkIds().indexOf("lenient-names")).isEqualTo(ReviewCheckIds.ALL.indexOf(ReviewCheckIds.INDICATOR_NAME));
    assertThat(Reviewer.builder().disable(ReviewCheckIds.TIME_LIMIT).build().checkIds()).doesNotContain(ReviewCheckIds.TIME_LIMIT);
    assertThatThrownBy(() -> Reviewer.builder().disable("no-such-check").build()).hasMessageContaining("no-such-check");
    assertThatThrownBy(() -> Reviewer.builder().add(lenient).add(lenient).build()).hasMessageContaining("two checks have the id 'lenient-names'");
  }

  @Test
  void aCheckThatThrowsIsNamedWithTheDeclaration() {
    ReviewCheck broken =
        new ReviewCheck() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public ReviewAspect aspect() {
            return ReviewAspect.FEASIBILITY;
          }

          @Override
          public List<Finding> check(Project declaration, ReviewContext context) {
            throw new IllegalStateException("boom");
          }
        };
    assertThatThrownBy(() -> Reviewer.builder().add(broken).build().review(Declarations.clean().build(), Y2023))
        .isInstanceOf(PartFailureException.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("潭头社区工作站");
  }
}
