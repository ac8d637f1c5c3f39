package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * 岳阳楼区发改局 2021 (declarations/SOURCES.md) words its labels its own way: 项目立项依据 (without
 * 的), 测算依据及说明 heading the year's cost items beside last year's, and 项目属性 | 新增项目□
 * 延续项目R with a Wingdings tick. Each is read as the field it is, so the review does not say the
 * form has no row for a basis it prints (JX-V-0105) nor that the amount is blank (JX-V-0401).
 */
class DeclarationLabelVariantsTest {
  private static final String YUEYANGLOU = "tick-marks-funds-by-year_yueyanglou-fgj-2021.tsv";

  private static Project project() throws Exception {
    List<Project> projects = PublishedDeclarationsTest.read(YUEYANGLOU).value().projects();
    assertThat(projects).hasSize(1);
    return projects.get(0);
  }

  @Test
  void aPolicyBasisLabelWithoutItsDeIsThePolicyBasis() throws Exception {
    assertThat(project().policyBasis()).contains("《岳阳楼区人民政府投资项目概算管理办法》岳楼政办发[2017]8号");
  }

  @Test
  void costItemsUnderThisYearsColumnBesideLastYearsAreTheCalculationBasisAndTheirTotalTheAmount() throws Exception {
    // 支出明细预算(万元) | 项 目 | 上年度安排资金 | 本年度申请资金 | 测算依据及说明, then 合 计 | 130 | 300 and four items
    Project p = project();

    assertThat(p.calculationBasis()).contains("1、办公及加班用餐费 40；2、打字复印及资料印刷费 55；3、编制咨询费 160；4、其他 45");
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("300"));
    // an expense item is no fund source, and last year's figures are kept under their heading
    assertThat(p.funds()).extracting(f -> f.budget().map(java.math.BigDecimal::toPlainString).orElse("")).doesNotContain("23", "45");
    assertThat(p.strayCells()).filteredOn(s -> s.header().isPresent() && s.header().get().equals("上年度安排资金"))
        .extracting(StrayCell::text).contains("10", "9", "88", "23");
  }

  @Test
  void aWingdingsTickOnANewOrContinuingChoiceSaysWhetherTheProjectIsNew() throws Exception {
    Project p = project();

    assertThat(p.newProject()).contains(false);
    assertThat(p.projectType()).isEmpty();
  }

  @Test
  void theReviewFindsBothBasesPrintedAndTheAmountStated() throws Exception {
    var opinions = Reviewer.defaults().review(PublishedDeclarationsTest.read(YUEYANGLOU).value(), OptionalInt.empty()).reviews().get(0)
        .opinions();

    assertThat(opinions).extracting(o -> o.finding().code()).doesNotContain("JX-V-0101", "JX-V-0111", "JX-V-0401");
    // the stored copy ends before the goals: only the 年度目标 is a row the review cannot find
    assertThat(opinions).filteredOn(o -> o.finding().code().equals("JX-V-0105"))
        .noneSatisfy(o -> assertThat(o.finding().message()).containsAnyOf("政策依据", "测算依据"));
  }
}
