package org.jixiao.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The category labels real forms print, with the points they give each category after it. */
class CategoryLabelTest {
  @Test
  void aCategoryLabelFollowedByItsPointsNamesTheCategory() {
    // 奉节县 审批表 2023: 成本指标(0-20)分, 产出指标 (40-50)分; the Ministry's forms: 产出指标(50分)
    assertThat(Category.fromLabel("成本指标(0-20)分")).contains(Category.COST);
    assertThat(Category.fromLabel("产出指标 (40-50)分")).contains(Category.OUTPUT);
    assertThat(Category.fromLabel("产出指标(50分)")).contains(Category.OUTPUT);
    assertThat(Category.fromLabel("效益指标（30分）")).contains(Category.BENEFIT);
    assertThat(Category.fromLabel("满意度指标 10分")).contains(Category.SATISFACTION);
    assertThat(Subcategory.fromLabel("数量指标(20分)")).contains(Subcategory.QUANTITY);
  }

  @Test
  void thePointsPrintedAfterACategoryLabelAreReadAsOneFigureAndARangeIsNone() {
    // 黄石 2022 市直 20/80 自评表: 产出指标(40分), 效益指标(30分), 满意度指标(10分)
    assertThat(Category.printedPoints("产出指标(40分)")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("40"));
    assertThat(Category.printedPoints("效益指标（30分）")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("30"));
    assertThat(Category.printedPoints("产出指标 (60 分)")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("60"));
    assertThat(Category.printedPoints("满意度指标 12.5分")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("12.5"));
    assertThat(Category.printedPoints("产出指标（４０分）")).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("40"));
    // 奉节县 审批表 2023: the template's bounds, not a weight
    assertThat(Category.printedPoints("产出指标 (40-50)分")).isEmpty();
    assertThat(Category.printedPoints("成本指标(0-20)分")).isEmpty();
    assertThat(Category.printedPoints("产出指标")).isEmpty();
    assertThat(Category.printedPoints("产出指标2")).isEmpty();
  }

  @Test
  void aFigureWithoutTheWordForPointsIsNoWeightAndAnUnknownLabelStaysUnknown() {
    assertThat(Category.fromLabel("产出指标2")).isEmpty();
    assertThat(Category.fromLabel("(50分)")).isEmpty();
    assertThat(Category.fromLabel("其他指标(10分)")).isEmpty();
  }

  @Test
  void aSecondLevelPrintedAfterItsFirstLevelsNameIsThatSecondLevel() {
    // 宁晋县 绩效评价指标表 2019: 评价内容 产出数量指标 beside 质量指标, 时效指标
    assertThat(Subcategory.fromLabel("产出数量指标")).contains(Subcategory.QUANTITY);
    assertThat(Subcategory.fromLabel("效益社会效益指标")).contains(Subcategory.SOCIAL);
    assertThat(Subcategory.fromLabel("满意度服务对象满意度指标")).contains(Subcategory.SERVED_SATISFACTION);
    // the name must be the level's own category's: 效益数量指标 names no level
    assertThat(Subcategory.fromLabel("效益数量指标")).isEmpty();
    assertThat(Subcategory.fromLabel("产出")).isEmpty();
  }

  @Test
  void theMinistrysOlderSatisfactionLabelNamesServedSatisfaction() {
    // 武汉市青山区 绩效目标表 2020 (the Ministry's 2015 template)
    assertThat(Subcategory.fromLabel("社会公众或服务对象满意度指标")).contains(Subcategory.SERVED_SATISFACTION);
  }

  @Test
  void aLevelPrintedWithValueForIndicatorNamesTheSameLevel() {
    // 临邑县 项目支出目标申报表 2025: 产出值 | 数量值, 效益值 | 经济效益值
    assertThat(Category.fromLabel("产出值")).contains(Category.OUTPUT);
    assertThat(Category.fromLabel("效益值")).contains(Category.BENEFIT);
    assertThat(Subcategory.fromLabel("数量值")).contains(Subcategory.QUANTITY);
    assertThat(Subcategory.fromLabel("经济效益值")).contains(Subcategory.ECONOMIC);
    assertThat(Category.fromLabel("指标值")).isEmpty();
  }

  @Test
  void aLevelWithAGlossInBracketsNamesTheLevelTheGlossExplains() {
    // 东莞 2019 批复表: 预期产出指标 | 数量指标(或建筑规模指标), 时效指标(工期指标), 预算(或投资规模)控制指标
    assertThat(Subcategory.fromLabel("数量指标(或建筑规模指标)")).contains(Subcategory.QUANTITY);
    assertThat(Subcategory.fromLabel("时效指标（工期指标）")).contains(Subcategory.TIMELINESS);
    assertThat(Subcategory.fromLabel("预算(或投资规模)控制指标")).contains(Subcategory.COST);
    assertThat(Category.fromLabel("预期产出指标")).contains(Category.OUTPUT);
    assertThat(Category.fromLabel("(备注)")).isEmpty();
  }

  @Test
  void aProgressLevelIsTimelinessButProgressAloneIsNoLevel() {
    // 黄冈 2020 prints 时效 as 进度指标; 进度 alone stands under 项目管理 in evaluation frameworks
    assertThat(Subcategory.fromLabel("进度指标")).contains(Subcategory.TIMELINESS);
    assertThat(Subcategory.fromLabel("進度指標")).contains(Subcategory.TIMELINESS);
    assertThat(Subcategory.fromLabel("进度")).isEmpty();
  }

  @Test
  void aSecondLevelNamedWithMuBiaoForZhiBiaoIsThatLevel() {
    // 龙岩 2025 prints 数量目标 under 产出 指标, as 产出目标 stands for 产出指标
    assertThat(Subcategory.fromLabel("数量目标")).contains(Subcategory.QUANTITY);
    assertThat(Subcategory.fromLabel("質量目標")).contains(Subcategory.QUALITY);
    assertThat(Subcategory.fromLabel("社会效益目标")).contains(Subcategory.SOCIAL);
    // a first level's name with 目标 is that first level's, not a second level's too
    assertThat(Subcategory.fromLabel("满意度目标")).isEmpty();
    assertThat(Subcategory.fromLabel("成本目标")).isEmpty();
    // goals are no levels
    assertThat(Subcategory.fromLabel("年度目标")).isEmpty();
    assertThat(Subcategory.fromLabel("总体目标")).isEmpty();
    assertThat(Subcategory.fromLabel("目标")).isEmpty();
  }
}
