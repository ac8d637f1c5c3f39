package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

class MissingCategoryCheckTest {
  @Test
  void aProjectWithEveryLevelOneCategoryIsFine() {
    assertThat(Projects.findings(Projects.consistent().build(), BuiltInIds.MISSING_CATEGORY)).isEmpty();
  }

  @Test
  void aMissingLevelOneCategoryIsAWarningNamingIt() {
    var project =
        Projects.consistent()
            .indicators(IndicatorSet.of(Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"), Indicator.of(Subcategory.SOCIAL, "提升", "已完成")))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.MISSING_CATEGORY)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.code()).isEqualTo("JX-R-0221");
      assertThat(f.message()).isEqualTo("项目没有满意度指标");
    });
  }

  @Test
  void aSatisfactionIndicatorPrintedUnderBenefitsCountsAsSatisfaction() {
    // 湖北科技学院 2021 (the templates before 2020): 效益指标 | 服务对象满意度指标 | 资助学生满意度
    var underBenefits = Indicator.builder()
        .category(org.jixiao.core.indicator.Category.BENEFIT)
        .subcategory(Subcategory.SERVED_SATISFACTION)
        .name("资助学生满意度")
        .target("95%")
        .actual("95%")
        .build();
    var project =
        Projects.consistent()
            .indicators(IndicatorSet.of(Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"), underBenefits))
            .build();

    // it is the project's satisfaction indicator, and no benefit one: 效益 is what is missing
    assertThat(Projects.findings(project, BuiltInIds.MISSING_CATEGORY)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("项目没有效益指标"));
    var withBenefits = Projects.consistent()
        .indicators(IndicatorSet.of(Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"),
            Indicator.of(Subcategory.SOCIAL, "提升", "已完成"), underBenefits))
        .build();
    assertThat(Projects.findings(withBenefits, BuiltInIds.MISSING_CATEGORY)).isEmpty();
  }

  @Test
  void aLevelOneCategoryWhoseIndicatorsAreAllBlankIsAWarning() {
    var blank = Indicator.builder().category(Subcategory.ECONOMIC.category()).subcategory(Subcategory.ECONOMIC).target("/").build();
    var project =
        Projects.consistent()
            .indicators(
                IndicatorSet.of(
                    Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"),
                    blank,
                    Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.MISSING_CATEGORY))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("JX-R-0222");
          assertThat(f.message()).isEqualTo("项目的效益指标均为空白");
        });
  }

  @Test
  void aBenefitOfNoAccidentAnsweredNoneIsNoBlankCategory() {
    // 无 / 无 under a name counting something unwanted asks none and reports none: the row is filled
    var noAccident = Indicator.builder().category(Subcategory.SOCIAL.category()).subcategory(Subcategory.SOCIAL)
        .name("校车交通安全事故").target("无").actual("无").build();
    var noneFilled = Indicator.builder().category(Subcategory.SOCIAL.category()).subcategory(Subcategory.SOCIAL)
        .name("受益人口覆盖率").target("无").actual("无").build();
    var withAccidents = Projects.consistent()
        .indicators(IndicatorSet.of(Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"), noAccident,
            Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")))
        .build();
    var withCoverage = Projects.consistent()
        .indicators(IndicatorSet.of(Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"), noneFilled,
            Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")))
        .build();

    assertThat(Projects.findings(withAccidents, BuiltInIds.MISSING_CATEGORY)).isEmpty();
    assertThat(Projects.findings(withCoverage, BuiltInIds.MISSING_CATEGORY)).extracting(f -> f.code()).containsExactly("JX-R-0222");
  }

  @Test
  void aProjectWithNoIndicatorAtAllIsLeftToTheEvaluatorsOneFinding() {
    // a copy cut at its indicator header: its categories are unknown, not missing
    var project = Projects.consistent().indicators(IndicatorSet.of()).build();
    assertThat(Projects.findings(project, BuiltInIds.MISSING_CATEGORY)).isEmpty();
    assertThat(org.jixiao.rules.Evaluator.defaults().evaluate(project).findings())
        .extracting(f -> f.code())
        .contains("JX-R-0105")
        .doesNotContain("JX-R-0221", "JX-R-0222");
  }
}
