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

  /**
   * A 项目编码 is text, not a number: its leading zeros and all of its 21 or more digits are kept
   * (a spreadsheet that stored it as a number kept 15); 项目期 and 项目类型 are kept as printed.
   */
  @Test
  void aDeclarationsCodeAndTopBlockAreKeptAsPrintedText() {
    Project p = declaration().code("0440306231391559800154").period("3年").projectType("15 其他经费 ").build();
    assertThat(p.code()).hasValue("0440306231391559800154");
    assertThat(p.period()).hasValue("3年");
    assertThat(p.projectType()).hasValue("15 其他经费 ");
    assertThat(Project.builder().from(p).build()).isEqualTo(p);
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
