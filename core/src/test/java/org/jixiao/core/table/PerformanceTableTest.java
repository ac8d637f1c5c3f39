package org.jixiao.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

class PerformanceTableTest {

  private static Project project(String name, MoneyUnit unit, String budget) {
    return Project.builder().name(name).moneyUnit(unit).budget(new BigDecimal(budget)).build();
  }

  @Test
  void aTableMixingMoneyUnitsCannotBeRepresented() {
    assertThatThrownBy(
            () ->
                PerformanceTable.builder()
                    .moneyUnit(MoneyUnit.WAN_YUAN)
                    .addProjects(project("甲", MoneyUnit.WAN_YUAN, "1"))
                    .addProjects(project("乙", MoneyUnit.YUAN, "1"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("乙")
        .hasMessageContaining("元");
  }

  @Test
  void convertingATableConvertsItsProjectsAndTotals() {
    PerformanceTable table =
        PerformanceTable.builder()
            .title("2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表")
            .department("深圳市龙岗区人力资源局")
            .fiscalYear(2019)
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .addProjects(project("甲", MoneyUnit.WAN_YUAN, "318.14"))
            .totals(
                TotalsRow.builder()
                    .budget(new BigDecimal("44489.72"))
                    .addFunds(FundSource.executed(FundKind.NON_FISCAL, new BigDecimal("38.76")))
                    .build())
            .putMetadata("附表", "附表：")
            .build();

    PerformanceTable yuan = table.convertTo(MoneyUnit.YUAN);

    assertThat(yuan.moneyUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(yuan.projects().get(0).budget().orElseThrow()).isEqualByComparingTo("3181400");
    assertThat(yuan.totals().orElseThrow().budget().orElseThrow()).isEqualByComparingTo("444897200");
    assertThat(yuan.totals().orElseThrow().funds().get(0).executed().orElseThrow())
        .isEqualByComparingTo("387600");
    assertThat(yuan.title()).isEqualTo(table.title());
    assertThat(yuan.metadata()).containsEntry("附表", "附表：");
    assertThat(yuan.convertTo(MoneyUnit.WAN_YUAN).projects().get(0).budget().orElseThrow())
        .isEqualByComparingTo("318.14");
  }
}
