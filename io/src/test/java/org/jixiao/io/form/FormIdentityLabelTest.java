package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.junit.jupiter.api.Test;

/**
 * The labels real forms give the project's department and unit beyond 主管部门 / 实施单位: with
 * its code (主管部门及代码), by who spends or runs it (资金使用单位, 项目执行单位, 预算单位), and on
 * transfer-payment forms the department at each level (中央主管部门 above 地方主管部门).
 */
class FormIdentityLabelTest {
  private static Project only(String fixture) throws IOException {
    PerformanceTable t = FormReader.builder().build().read(Fixtures.path(fixture)).value();
    assertThat(t.projects()).hasSize(1);
    return t.projects().get(0);
  }

  private static Project read(String tsv) {
    return FormReader.builder().build().read(tsv, "form.tsv").value().projects().get(0);
  }

  @Test
  void aDepartmentLabelWithItsCodeNamesTheDepartment() throws IOException {
    Project p = only(Fixtures.HAIDIAN); // 主管部门及代码 | 北京市海淀区人民政府学院路街道办事处
    assertThat(p.department()).contains("北京市海淀区人民政府学院路街道办事处");
    assertThat(p.unit()).contains("北京市海淀区学院路街道城市运行服务中心");
  }

  @Test
  void theLocalDepartmentIsTheProjectsAndTheCentralOneIsKept() throws IOException {
    Project p = only(Fixtures.LANGZHONG); // 中央主管部门 | 财政部, then 地方主管部门 | 阆中市交通运输局
    assertThat(p.department()).contains("阆中市交通运输局");
    assertThat(p.unit()).contains("阆中市交通运输局"); // 资金使用单位
    assertThat(p.strayCells()).contains(StrayCell.of(1, Optional.of("中央主管部门"), "财政部"));
  }

  @Test
  void theUnitMayBeNamedByWhoRunsOrSpendsTheMoney() {
    for (String label : new String[] {"项目执行单位", "资金使用单位", "预算单位"}) {
      Project p = read("项目支出绩效自评表\n项目名称\t某项目\n项目主管部门\t青山区教育局\t\t" + label + "\t化工区学校\n");
      assertThat(p.unit()).as(label).contains("化工区学校");
      assertThat(p.department()).as(label).contains("青山区教育局");
    }
  }

  @Test
  void aDepartmentOfTheSameLevelGivenTwiceKeepsTheFirstAndTheSecondBesideIt() {
    Project p = read("项目支出绩效自评表\n项目名称\t某项目\n地方主管部门\t甲局\n主管部门及代码\t乙局\n");
    assertThat(p.department()).contains("甲局");
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("乙局");
  }
}
