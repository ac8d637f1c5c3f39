package org.jixiao.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Second-level labels that name several levels at once, and what an indicator keeps of them. */
class CombinedLevelLabelTest {
  @Test
  void aLabelNamingSeveralLevelsNamesEachOfThem() {
    // 东莞市财政项目支出绩效目标批复表 (2019): one row 社会、经济、生态效益 指标 under 效果指标
    assertThat(Subcategory.named("社会、经济、生态效益 指标"))
        .containsExactly(Subcategory.ECONOMIC, Subcategory.SOCIAL, Subcategory.ECOLOGICAL);
    assertThat(Subcategory.named("经济效益和社会效益指标")).containsExactly(Subcategory.ECONOMIC, Subcategory.SOCIAL);
    assertThat(Subcategory.named("经济及社会效益指标")).containsExactly(Subcategory.ECONOMIC, Subcategory.SOCIAL);
    assertThat(Subcategory.named("社会效益、生态效益指标(20分)")).containsExactly(Subcategory.SOCIAL, Subcategory.ECOLOGICAL);
    assertThat(Subcategory.named("数量、质量指标")).containsExactly(Subcategory.QUANTITY, Subcategory.QUALITY);
  }

  @Test
  void aSingleLabelNamesItsOneLevelAndAnUnknownNameSpoilsTheList() {
    assertThat(Subcategory.named("社会效益指标")).containsExactly(Subcategory.SOCIAL);
    assertThat(Subcategory.named("时效指标(工期指标、形象进度指标)")).containsExactly(Subcategory.TIMELINESS);
    assertThat(Subcategory.named("社会、文化效益指标")).isEmpty(); // 文化效益 is no level
    assertThat(Subcategory.named("项目效益指标")).isEmpty();
    assertThat(Subcategory.named("社会、、经济效益指标")).isEmpty();
    assertThat(Subcategory.named("社会效益和社会效益指标")).isEmpty(); // one level twice is no list of levels
    assertThat(Subcategory.named("")).isEmpty();
  }

  @Test
  void anIndicatorCountsForTheLevelsItsPrintedLabelNamesWhenItHasNoSubcategory() {
    Indicator combined = Indicator.builder().category(Category.BENEFIT).printedSubcategory("社会、经济、生态效益 指标").name("补助款结算争议率").build();
    assertThat(combined.namedSubcategories()).containsExactly(Subcategory.ECONOMIC, Subcategory.SOCIAL, Subcategory.ECOLOGICAL);
    Indicator filed = Indicator.of(Subcategory.QUALITY, "≥95%", "98%");
    assertThat(filed.namedSubcategories()).containsExactly(Subcategory.QUALITY);
    assertThat(Indicator.builder().category(Category.OUTPUT).build().namedSubcategories()).isEmpty();
  }

  @Test
  void aBlankPrintedLabelIsRejected() {
    assertThatThrownBy(() -> Indicator.builder().category(Category.BENEFIT).printedSubcategory(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("二级指标");
  }
}
