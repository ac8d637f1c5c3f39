package org.jixiao.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.junit.jupiter.api.Test;

/**
 * A target declaration (绩效目标申报表) is a project with targets and no actuals: its code, the
 * plan's total and the year's amount, the bases and goals, and an explanation per indicator.
 */
class DeclarationFieldsTest {

  private static Project.Builder declaration() {
    return Project.builder()
        .code("440306231391559800154")
        .name("政府购买服务（物业后勤类社区工作站经费）潭头社区工作站")
        .unit("深圳市宝安区松岗街道办事处（本级）")
        .department("深圳市宝安区松岗街道办事处（本级）")
        .period("3")
        .projectType("15 其他经费")
        .newProject(false)
        .allocationMethod("因素法和项目法")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .totalAmount(new BigDecimal("270000"))
        .budget(new BigDecimal("90000"))
        .policyBasis("《深圳市宝安区社区工作站管理办法》")
        .calculationBasis("按社区工作站人员配置标准测算")
        .goal("保障社区工作站正常运转")
        .longTermGoal("持续提升社区服务水平")
        .indicators(
            IndicatorSet.of(
                Indicator.builder()
                    .category(Subcategory.QUANTITY.category())
                    .subcategory(Subcategory.QUANTITY)
                    .name("服务社区数量")
                    .target("≥1个")
                    .explanation("考核服务覆盖的社区数量")
                    .build()));
  }

  @Test
  void aDeclarationKeepsEveryFieldOfItsTopBlockAndItsExplanations() {
    Project p = declaration().build();
    assertThat(p.code()).contains("440306231391559800154");
    assertThat(p.totalAmount()).contains(new BigDecimal("270000"));
    assertThat(p.budget()).contains(new BigDecimal("90000"));
    assertThat(p.actual()).isEmpty();
    assertThat(p.newProject()).contains(false);
    assertThat(p.indicators().indicators().get(0).explanation()).contains("考核服务覆盖的社区数量");
    assertThat(p.indicators().indicators().get(0).actual()).isEmpty();
  }

  @Test
  void convertingTheUnitConvertsThePlansTotalToo() {
    Project yuan = declaration().build().convertTo(MoneyUnit.YUAN);
    assertThat(yuan.totalAmount().orElseThrow()).isEqualByComparingTo("2700000000");
    assertThat(yuan.budget().orElseThrow()).isEqualByComparingTo("900000000");
    assertThat(yuan.convertTo(MoneyUnit.WAN_YUAN).totalAmount().orElseThrow()).isEqualByComparingTo("270000");
  }

  @Test
  void aBlankCodeIsRejected() {
    assertThatThrownBy(() -> declaration().code(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("项目编码");
  }
}
