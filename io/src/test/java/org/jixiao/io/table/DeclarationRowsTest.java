package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * 【申报】 rows: the fields of a target declaration under their project, as the writer writes
 * them and as a person may edit them.
 */
class DeclarationRowsTest {
  private static final String HEAD = "单位：万元\n序号\t项目名称\t项目年度预算金额\n";

  @Test
  void theFieldsOfTheProjectAboveAreRead() {
    ReadResult<PerformanceTable> r =
        TableReader.builder().build().read(HEAD + "1\t社区饭堂\t24.1\n"
            + "【申报】\t项目编码\t440306231391500000177\n"
            + "【申报】\t是否新增项目\t否\n"
            + "【申报】\t项目总金额\t72.3\n"
            + "【申报】\t测算依据\t党群服务分中心4.494万元，办公楼零星维护2万元\n");
    Project p = r.value().projects().get(0);
    assertThat(p.code()).contains("440306231391500000177");
    assertThat(p.newProject()).contains(false);
    assertThat(p.totalAmount()).contains(new BigDecimal("72.3"));
    assertThat(p.calculationBasis()).contains("党群服务分中心4.494万元，办公楼零星维护2万元");
    assertThat(r.diagnostics()).isEmpty();
  }

  /** An edited file may leave a value blank: absent, as a blank cell is (a code may not be blank). */
  @Test
  void aBlankValueIsAnAbsentOne() {
    ReadResult<PerformanceTable> r =
        TableReader.builder().strict(true).build().read(HEAD + "1\t社区饭堂\t24.1\n"
            + "【申报】\t项目编码\t \n"
            + "【申报】\t政策依据\t\n");
    Project p = r.value().projects().get(0);
    assertThat(p.code()).isEmpty();
    assertThat(p.policyBasis()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
  }
}
