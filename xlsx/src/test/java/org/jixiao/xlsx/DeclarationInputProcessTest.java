package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A declaration of the older 投入 / 过程 / 产出 / 效果 templates (a 2021 template of the sixth
 * held-out check, declarations/SOURCES.md: 投入指标 资金到位率, 预算支出进度; 过程指标 项目资金专项核算):
 * its rows are no category of the model, so they are kept as printed, and the reader says once
 * that the declaration follows that framework (JX-X-0122), not that each row is unrecognised.
 */
class DeclarationInputProcessTest {
  private static final String TEMPLATE_2021 = "blank-template-input-process-levels_gxglmes-2021.tsv";

  @Test
  void inputAndProcessRowsAreKeptAndTheFrameworkIsToldOnce() throws Exception {
    ReadResult<PerformanceTable> read = PublishedDeclarationsTest.read(TEMPLATE_2021);
    Project p = read.value().projects().get(0);

    assertThat(p.indicators().indicators()).isEmpty();
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("投入指标", "资金到位率", "资金到位率达100%", "过程指标", "项目资金专项核算");
    assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-X-0106");
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0122")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("“投入指标”、“过程指标”");
    });
  }
}
