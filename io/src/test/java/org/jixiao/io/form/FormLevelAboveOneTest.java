package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A level above 一级 printed with its points in a column the indicator header leaves blank (广水's local template:
 * {@code 项目 绩效 85 分 | 产出 指标 40 分 | 数量指标 15 分 | 采购设备 | …}). Before, its row was an unplaced row
 * (JX-I-0203) and the block's first indicator was lost. The level is kept as a stray cell (JX-I-0261) and the row
 * read; the points a 二级 label prints are the sub-level's, kept with it (JX-I-0262), no indicator's 分值.
 */
class FormLevelAboveOneTest {
  private static final String HEAD = "广水市财政预算支出项目绩效目标自评表\n项目名称\t测试项目\n"
      + "\t一级 指标\t二级 指标\t指标名称 (三级指标)\t年初指标值\t年终完成值\t自评分\t复核分\t评价标准\n";
  private static final String ROW = "\t产出 指标 40 分\t数量指标 15 分\t采购设备\t10 台套\t10 台套\t15\t\t\n";

  private static Project only(ReadResult<PerformanceTable> r) {
    assertThat(r.value().projects()).hasSize(1);
    return r.value().projects().get(0);
  }

  @Test
  void guangshuiFixturesReadTheirFirstIndicatorWithItsLevelsTargetActualAndScore() throws IOException {
    for (String fixture : new String[] {Fixtures.GUANGSHUI_2019, Fixtures.GUANGSHUI_2021}) {
      ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(fixture));
      Project p = only(r);
      Indicator first = p.indicators().indicators().get(0);
      assertThat(first.category()).isEqualTo(Category.OUTPUT);
      assertThat(first.subcategory()).contains(Subcategory.QUANTITY);
      assertThat(first.statedScore()).contains(new BigDecimal("15"));
      assertThat(first.weight()).isEmpty(); // the 二级's 15 分 is the sub-level's, no 分值 of the indicator
      assertThat(p.statedCategoryWeights()).isEqualTo(Map.of(Category.OUTPUT, new BigDecimal("40")));
      assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0203").contains("JX-I-0261", "JX-I-0262");
      assertThat(p.strayCells()).contains(StrayCell.builder().column(0).text("项目 绩效 85 分").line(17L).build());
    }
    Indicator juyuwang = only(FormReader.builder().build().read(Fixtures.path(Fixtures.GUANGSHUI_2019)))
        .indicators().indicators().get(0);
    assertThat(juyuwang.name()).contains("采购设备");
    assertThat(juyuwang.target()).contains("10 台套");
    assertThat(juyuwang.actual()).contains("10 台套");
  }

  @Test
  void theLevelWithItsPointsInBracketsOrFusedIsKeptAndItsRowRead() {
    for (String level : new String[] {"项目 绩效 85 分", "项目绩效(85分)", "项目绩效（85分）", "绩效指标85分"}) {
      ReadResult<PerformanceTable> r = read(HEAD + level + ROW);
      Project p = only(r);
      assertThat(p.indicators().indicators()).as(level).hasSize(1);
      Finding said = r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0261")).findFirst().orElseThrow();
      assertThat(said.args()).containsEntry("points", "85");
      assertThat(p.strayCells()).extracting(StrayCell::text).contains(level);
    }
  }

  @Test
  void aLeftmostCellThatIsNoLevelLabelLeavesTheRowUnplacedAsBefore() {
    for (String left : new String[] {"乱七八糟", "项目绩效", "85分", "产出指标40分"}) {
      ReadResult<PerformanceTable> r = read(HEAD + left + ROW);
      assertThat(only(r).indicators().indicators()).as(left).isEmpty();
      assertThat(r.diagnostics()).extracting(Finding::code).as(left).contains("JX-I-0203").doesNotContain("JX-I-0261");
    }
  }

  @Test
  void aLevelUnderAHeadingOfItsOwnColumnIsNotReadSo() {
    String head = HEAD.replace("\n\t一级 指标", "\n序号\t一级 指标");
    ReadResult<PerformanceTable> r = read(head + "项目绩效85分" + ROW);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0261");
  }

  @Test
  void aSecondLevelWithoutPointsIsReadAsBeforeAndNothingIsSaid() {
    ReadResult<PerformanceTable> r = read(HEAD + "项目绩效85分\t产出指标\t数量指标\t采购设备\t10 台套\t10 台套\t15\n");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0262");
    assertThat(only(r).strayCells()).extracting(StrayCell::text).doesNotContain("数量指标");
    assertThat(only(r).strayCells()).extracting(StrayCell::header).doesNotContain(Optional.of("二级 指标"));
  }
}
