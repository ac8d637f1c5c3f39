package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The Hebei form's 自评得分 split on a second header row into 单项指标得分 | 权重占比(%) |
 * 单项指标折算得分 (河北成安 2020): the weight is the 权重占比, and the 得分 the 折算得分 where the
 * row obeys 折算得分 = 单项指标得分 × 权重占比 / 100.
 */
class FormSubScoresTest {
  private static final String HEAD = "项目支出绩效自评表\n项目名称\t测试项目\n"
      + "四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t\t\t单项指标实际完成值\t自评得分\t\t\n"
      + "\t\t\t\t符号\t\t单位(文字描述)\t\t单项指标得分\t权重占比(%)\t单项指标折算得分\n";

  private static List<String> strays(Project p, String header) {
    return p.strayCells().stream().filter(c -> c.header().orElse("").equals(header)).map(StrayCell::text).toList();
  }

  /** 成安 2020: the three figures of each row were stray cells, the indicators had no 分值 and no 得分. */
  @Test
  void theWeightShareIsTheWeightAndTheConvertedScoreTheScore() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.CHENGAN));
    Project p = r.value().projects().get(0);
    List<Indicator> indicators = p.indicators().indicators();
    assertThat(indicators).extracting(i -> i.weight().map(BigDecimal::toPlainString).orElse(""))
        .containsExactly("25.00", "25.00", "30.00", "10.00");
    assertThat(indicators).extracting(i -> i.statedScore().map(BigDecimal::toPlainString).orElse(""))
        .containsExactly("6.25", "6.25", "9.00", "1.00");
    assertThat(strays(p, "单项指标得分")).containsExactly("25.00", "25.00", "30.00", "10.00");
    assertThat(r.diagnostics()).extracting(Finding::code).filteredOn("JX-I-0240"::equals).hasSize(4);
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0237"))
        .noneSatisfy(f -> assertThat(f.location().flatMap(l -> l.text()).orElse("")).isIn("25.00", "6.25", "9.00", "1.00"));
  }

  @Test
  void aRowFilledAsTheTemplateMeansIsReadTheSameWay() {
    Project p = read(HEAD + "\t产出指标\t质量指标\t覆盖率\t>=\t98\t%\t100%\t100.00\t25.00\t25.00\n").value().projects().get(0);
    Indicator i = p.indicators().indicators().get(0);
    assertThat(i.weight()).contains(new BigDecimal("25.00"));
    assertThat(i.statedScore()).contains(new BigDecimal("25.00"));
    assertThat(strays(p, "单项指标得分")).containsExactly("100.00");
  }

  @Test
  void figuresThatDoNotObeyTheArithmeticAreKeptAndNoScoreIsTaken() {
    ReadResult<PerformanceTable> r = read(HEAD + "\t产出指标\t质量指标\t覆盖率\t>=\t98\t%\t100%\t100.00\t25.00\t20.00\n");
    Project p = r.value().projects().get(0);
    Indicator i = p.indicators().indicators().get(0);
    assertThat(i.weight()).contains(new BigDecimal("25.00"));
    assertThat(i.statedScore()).isEmpty();
    assertThat(strays(p, "单项指标得分")).containsExactly("100.00");
    assertThat(strays(p, "单项指标折算得分")).containsExactly("20.00");
    assertThat(r.diagnostics()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("JX-I-0241");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().flatMap(l -> l.text())).contains("20.00");
    });
  }

  @Test
  void aConvertedScoreAloneIsKeptNotTakenForTheScore() {
    ReadResult<PerformanceTable> r = read(HEAD + "\t产出指标\t质量指标\t覆盖率\t>=\t98\t%\t100%\t\t25.00\t25.00\n");
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators().get(0).statedScore()).isEmpty();
    assertThat(strays(p, "单项指标折算得分")).containsExactly("25.00");
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0241");
  }

  @Test
  void besideABlocksOwnScoreColumnTheSubScoresAreKeptNotRead() {
    String head = "项目支出绩效自评表\n项目名称\t测试项目\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\t自评得分\t\n"
        + "\t\t\t\t\t\t单项指标得分\t单项指标折算得分\n";
    Project p = read(head + "产出指标\t数量指标\t人数\t10\t10\t25\t100\t25\n").value().projects().get(0);
    assertThat(p.indicators().indicators().get(0).statedScore()).contains(new BigDecimal("25"));
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("100", "25");
  }
}
