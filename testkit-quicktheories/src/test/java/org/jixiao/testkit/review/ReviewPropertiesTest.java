package org.jixiao.testkit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.OptionalInt;
import org.jixiao.core.project.Project;
import org.jixiao.rules.review.BudgetYear;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.ReviewVerdict;
import org.jixiao.rules.review.Reviewer;
import org.jixiao.testkit.DeclarationGenerators;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/** Properties of target review over generated declarations. */
class ReviewPropertiesTest {
  private static final Reviewer REVIEWER = Reviewer.defaults();
  private static final BudgetYear YEAR = new BudgetYear(DeclarationGenerators.BUDGET_YEAR, BudgetYear.Source.GIVEN);

  @Test
  void aCleanDeclarationPassesWithoutAnOpinion() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.gen(DeclarationGenerators.clean()))
        .checkAssert(
            p -> {
              Review r = REVIEWER.review(p, YEAR);
              assertThat(r.opinions()).as(p.toString()).isEmpty();
              assertThat(r.verdict()).isEqualTo(ReviewVerdict.PASS);
            });
  }

  @Test
  void aPassedDeclarationStaysPassedWhenACellNoCheckReadsChanges() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.gen(DeclarationGenerators.clean()), QuickTheoriesGens.gen(ModelGenerators.hostile().hostileText()))
        .checkAssert(
            (p, text) -> {
              // 申请单位, 主管部门, 项目类型, 实施期限 and 分配方式 inform a reviewer but no built-in check reads them.
              Project changed =
                  Project.builder().from(p).unit(text).department(text).projectType(text).period(text).allocationMethod(text).seq(7).build();
              assertThat(REVIEWER.review(changed, YEAR).verdict()).isEqualTo(ReviewVerdict.PASS);
            });
  }

  @Test
  void reviewingNeverThrowsOnHostileDeclarationsAndEveryOpinionIsComplete() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.gen(DeclarationGenerators.hostile()))
        .checkAssert(
            p -> {
              Review r = REVIEWER.review(java.util.List.of(p), OptionalInt.empty(), OptionalInt.empty()).reviews().get(0);
              assertThat(r.verdict()).isNotNull();
              r.findings().forEach(f -> {
                assertThat(f.code()).startsWith("JX-V-");
                assertThat(f.message()).startsWith("问题：").contains("建议：").doesNotContain("{");
              });
            });
  }
}
