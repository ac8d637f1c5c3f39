package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/** A form's stray cells keep the line they were printed on, so a kept row can be told whole. */
class FormStrayLinesTest {
  private static final String FORM =
      "项目支出绩效自评表\n(2021年度)\n项目名称\t测试项目\n主管部门\t某局\t\t\t实施单位\t某中心\n"
          + "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t年度指标值\t实际完成值\t分值\t得分\n"
          + "\t\t\t培训人数\t≥\t10\t10\t10\t10\n"
          + "\t产出指标\t数量指标\t发放人数\t≥\t20\t20\t10\t10\n"
          + "\t\t\t验收合格率\t≥\t95%\t96%\t10\t10\n";

  @Test
  void aRowWithoutLevelsIsKeptCellByCellOnItsLine() {
    ReadResult<PerformanceTable> read = FormReader.builder().build().read(FORM, "form.tsv");
    Project p = read.value().projects().get(0);

    // the first indicator row has no level above it: all its cells are kept, each on line 6
    assertThat(p.strayCells()).filteredOn(c -> c.line().equals(OptionalLong.of(6))).extracting(StrayCell::text)
        .containsExactly("培训人数", "≥", "10", "10", "10", "10");
    assertThat(p.strayCells()).allSatisfy(c -> assertThat(c.line()).isPresent());
    // the last row carries the level of the row above: read, not kept
    assertThat(p.indicators().indicators()).hasSize(2);
  }

  @Test
  void theIdentityBlocksCellsKeepTheirLinesToo() {
    String form = FORM.replace("主管部门\t某局\t\t\t实施单位\t某中心\n", "主管部门\t某局\t\t\t实施单位\t某中心\n项目名称\t另一个名称\n");

    Project p = FormReader.builder().build().read(form, "form.tsv").value().projects().get(0);

    assertThat(p.strayCells()).filteredOn(c -> c.text().equals("另一个名称"))
        .singleElement().satisfies(c -> assertThat(c.line()).hasValue(5));
  }
}
