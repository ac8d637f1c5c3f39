package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A unit's label with its administrative level (区级预算单位名称, 县级预算单位, 市级部门名称) names the unit, or on a
 * department-wide form the department, as the label without its level does. 湖南零陵 2021 (the 部门整体支出绩效自评表 of
 * Hunan's counties) lost its only identity line to a stray cell and got a placeholder name.
 */
class FormLevelUnitLabelTest {
  private static final String UNIT = "永州市零陵区疾病预防控制中心";

  @Test
  void theLevelPrefixedUnitOfTheHunanDepartmentWideFormIsItsUnitAndItsName() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.LINGLING));
    Project p = r.value().projects().get(0);
    assertThat(p.unit()).hasValue(UNIT);
    assertThat(p.name()).isEqualTo(UNIT);
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain(UNIT);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0206", "JX-I-0202");
  }

  @Test
  void anyLevelAndWithOrWithoutItsNameSuffixNamesTheUnitOfAProjectForm() {
    for (String label : new String[] {"县级预算单位", "市级预算单位名称", "预算单位名称", "省级预算单位", "级预算单位名称"}) {
      ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t测试项目\n" + label + "\t某中心\n");
      Project p = r.value().projects().get(0);
      assertThat(p.unit()).as(label).hasValue("某中心");
      assertThat(p.name()).as(label).isEqualTo("测试项目"); // a project form keeps its own name
    }
  }

  @Test
  void aLevelPrefixedDepartmentNamesADepartmentWideForm() {
    ReadResult<PerformanceTable> r = read("部门整体支出绩效自评表\n(2021年度)\n县级部门名称\t某县卫生健康局\n");
    Project p = r.value().projects().get(0);
    assertThat(p.name()).isEqualTo("某县卫生健康局");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0206");
  }

  /** 一级预算单位 is the department a declaration's unit belongs to, not a level of the unit: it stays the department. */
  @Test
  void theFirstLevelBudgetUnitStaysTheDepartment() {
    Project p = read("项目支出绩效自评表\n项目名称\t测试项目\n一级预算单位\t某局\n预算单位\t某中心\n").value().projects().get(0);
    assertThat(p.department()).hasValue("某局");
    assertThat(p.unit()).hasValue("某中心");
  }
}
