package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * 广水's 项目决策 / 项目管理 block ({@code 项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据}), 15 of the form's 100
 * points, which the form scores itself and the model has no category for. Its rows are kept, the block is told once,
 * and the form's stated total, which includes the block's score, is not read as the project's statedScore (it would be
 * compared with a score of the execution and indicators only) but kept where it was printed.
 */
class FormDecisionManagementBlockTest {
  private static final String TITLE = "广水市财政预算支出项目绩效目标自评表\n";
  private static final String NAME = "项目名称\t测试项目\n";
  private static final String BLOCK = "项目权重\t评价内容\t分值\t自评分\t复核分\t评价标准及依据\n"
      + "项目决策 2 分\t决策依据\t2\t2\t\t有文件计2分\n"
      + "项目管理 13 分\t财务制度\t3\t3\t\t有制度计3分\n"
      + "\t组织机构\t2\t2\t\t有专人计2分\n"
      + "\t运行监管\t4\t3\t\t有记录计3分\n"
      + "\t目标申报\t4\t4\t\t按时申报计2分\n";
  private static final String INDICATORS =
      "\t一级 指标\t二级 指标\t指标名称 (三级指标)\t年初指标值\t年终完成值\t自评分\t复核分\t评价标准\n"
          + "项目 绩效 85 分\t产出 指标 40 分\t数量指标 15 分\t采购设备\t10 台套\t10 台套\t15\t\t\n";

  private static Project only(ReadResult<PerformanceTable> r) {
    assertThat(r.value().projects()).hasSize(1);
    return r.value().projects().get(0);
  }

  private static List<Finding> coded(ReadResult<?> r, String code) {
    return r.diagnostics().stream().filter(f -> f.code().equals(code)).toList();
  }

  private static StrayCell stray(int column, String header, String text, long line) {
    return StrayCell.builder().column(column).header(header).text(text).line(line).build();
  }

  @Test
  void guangshui2019KeepsItsBlockAndItsStatedTotalAsideAndSaysSoOnce() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.GUANGSHUI_2019));
    Project p = only(r);
    assertThat(p.statedScore()).isEmpty();
    assertThat(p.strayCells()).contains(stray(4, "自评总分", "69", 2));
    // the goal is the goal: the block's rows below its first are no longer joined to it
    assertThat(p.goal()).contains("1. 对机关局域网络改造升级,提高信息化办公速度。");
    assertThat(p.strayCells()).contains(
        stray(0, "项目权重", "项目管理 13 分", 11), stray(1, "项目管理 13 分", "组织机构", 12),
        stray(2, "运行监管/分值", "4", 13), stray(3, "运行监管/自评分", "3", 13));
    List<Finding> said = coded(r, "JX-I-0263");
    assertThat(said).hasSize(1);
    assertThat(said.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(said.get(0).rule()).isEqualTo(FormDiagnostics.UNSCORED_BLOCK);
    assertThat(said.get(0).args()).containsEntry("points", "15").containsEntry("full", "100")
        .containsEntry("total", "69").containsEntry("label", "自评总分").containsEntry("groups", "项目决策、项目管理");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0203");
  }

  @Test
  void guangshui2021SetsItsNinetyFiveAside() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.GUANGSHUI_2021));
    assertThat(only(r).statedScore()).isEmpty();
    assertThat(only(r).strayCells()).contains(stray(4, "自评总分", "95", 2));
    assertThat(coded(r, "JX-I-0263")).singleElement().satisfies(f -> assertThat(f.args()).containsEntry("total", "95"));
  }

  @Test
  void aTotalStatedInATotalRowIsSetAsideToo() {
    ReadResult<PerformanceTable> r = read(TITLE + NAME + BLOCK + INDICATORS + "总分\t\t\t\t\t\t90\n");
    Project p = only(r);
    assertThat(p.statedScore()).isEmpty();
    assertThat(p.strayCells()).extracting(StrayCell::header, StrayCell::text)
        .contains(org.assertj.core.groups.Tuple.tuple(Optional.of("总分"), "90"));
    assertThat(coded(r, "JX-I-0263")).singleElement().satisfies(f -> assertThat(f.args()).containsEntry("label", "总分"));
  }

  @Test
  void withoutATotalTheBlockIsStillTold() {
    ReadResult<PerformanceTable> r = read(TITLE + NAME + BLOCK + INDICATORS);
    assertThat(only(r).statedScore()).isEmpty();
    assertThat(coded(r, "JX-I-0265")).singleElement().satisfies(f -> assertThat(f.args()).containsEntry("points", "15"));
  }

  @Test
  void withoutTheLevelAboveOneTheFullMarkIsNotGuessed() {
    ReadResult<PerformanceTable> r = read(TITLE + "填报日期:\t\t自评总分: 69\n" + NAME + BLOCK);
    assertThat(coded(r, "JX-I-0264")).singleElement().satisfies(f -> assertThat(f.args()).doesNotContainKey("full"));
    assertThat(only(r).statedScore()).isEmpty();
  }

  @Test
  void aFormWithoutTheBlockKeepsItsStatedTotal() {
    ReadResult<PerformanceTable> r = read(TITLE + "填报日期:\t\t自评总分: 69\n" + NAME + INDICATORS);
    assertThat(only(r).statedScore()).contains(new BigDecimal("69"));
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain(FormDiagnostics.UNSCORED_BLOCK);
  }

  @Test
  void aRowThatIsNotTheBlocksClosesIt() {
    ReadResult<PerformanceTable> r = read(TITLE + NAME + BLOCK + "\t另行说明\t见附件\n" + INDICATORS);
    // 见附件 is no 分值: the row is not the block's, and is told as any unplaced row is
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0203");
    assertThat(coded(r, "JX-I-0265")).singleElement().satisfies(f -> assertThat(f.args()).containsEntry("points", "15"));
  }

  /** A reviewer's 复核分 is no score of the form's: kept where it is printed, in the block and beside an indicator. */
  @Test
  void aReviewersScoreIsKeptUnderItsHeading() {
    String block = BLOCK.replace("决策依据\t2\t2\t\t", "决策依据\t2\t2\t1\t");
    String indicators = INDICATORS.replace("\t15\t\t\n", "\t15\t14\t\n");
    ReadResult<PerformanceTable> r = read(TITLE + NAME + block + indicators);
    Project p = only(r);
    assertThat(p.strayCells()).extracting(StrayCell::header, StrayCell::text).contains(
        org.assertj.core.groups.Tuple.tuple(Optional.of("决策依据/复核分"), "1"),
        org.assertj.core.groups.Tuple.tuple(Optional.of("复核分"), "14"));
    assertThat(p.indicators().indicators().get(0).statedScore()).contains(new BigDecimal("15"));
  }

  @Test
  void aHeadingWithoutPointsOrScoresIsNoSuchBlock() {
    ReadResult<PerformanceTable> r = read(TITLE + NAME + "项目权重\t评价内容\t评价标准及依据\n项目决策\t决策依据\t有文件\n");
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain(FormDiagnostics.UNSCORED_BLOCK);
  }
  /** Review 48b: a heading with no row of the block under it is no block, and the total stays the project's. */
  @Test
  void aHeadingWithNoBlockRowUnderItIsNoBlock() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n填报日期:2020 年 2 月 18 日\t\t自评总分: 90\n项目名称\t办公经费\n"
        + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t10\t10\t10\t10\t100%\t10\n"
        + "项目权重\t评价内容\t分值\t自评分\t复核分\t评价标准及依据\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        + "产出指标\t数量指标\t采购设备\t10台\t10台\t50\t50\n"
        + "总分\t\t\t\t\t100\t90\n");
    assertThat(only(r).statedScore()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("90"));
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0263", "JX-I-0264", "JX-I-0265");
  }

  /**
   * Review 48b: an evaluation framework printed under 一级指标 | 评价内容 | 分值 | 得分 (决策, 过程, 产出, 效益) is no
   * 广水 block: a plain 得分 is no form's own 自评分, and its total stays the project's.
   */
  @Test
  void anEvaluationFrameworkUnderAPlainScoreHeadingIsNoBlock() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t农村饮水安全工程\n"
        + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t200\t200\t190\t10\t95%\t9.5\n"
        + "一级指标\t评价内容\t分值\t得分\t评分依据\n"
        + "决策\t立项依据充分性\t5\t5\t有依据\n"
        + "过程\t资金到位率\t10\t10\t\n"
        + "产出\t新建供水工程\t40\t40\t\n"
        + "效益\t受益人口\t35\t34\t\n"
        + "总分\t\t100\t98.5\t\n");
    assertThat(only(r).statedScore()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("98.5"));
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0263", "JX-I-0264", "JX-I-0265");
  }

  /** Review 48b: a header total and a 总分 row that agree are both kept where they were printed. */
  @Test
  void aHeaderTotalAndATotalRowThatAgreeAreBothKept() {
    ReadResult<PerformanceTable> r = read(TITLE + "填报日期:2020 年 2 月 18 日\t\t\t\t自评总分: 90\n" + NAME + BLOCK + INDICATORS
        + "总分\t\t\t\t\t\t90\n");
    Project p = only(r);
    assertThat(p.statedScore()).isEmpty();
    assertThat(p.strayCells()).filteredOn(c -> c.text().equals("90")).extracting(c -> c.header().orElse("")).contains("自评总分", "总分");
  }
}
