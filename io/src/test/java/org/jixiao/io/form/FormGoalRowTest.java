package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The 年度总体目标 block without the template's 预期目标 / 实际完成情况 headings: the goal and the
 * outcome beside the label (北京海淀 2016), or under headings named 总体目标 and 全年实际完成情况
 * (四川阆中 2021), the first of which may be the block's label itself (休宁 2023); the Hebei form's 年度预期目标 / 具体完成情况 / 总体完成率(%) (河北成安 2020); goals
 * printed one a row (四川安居 2021).
 */
class FormGoalRowTest {
  private static ReadResult<PerformanceTable> read(String fixture) throws IOException {
    return FormReader.builder().build().read(Fixtures.path(fixture));
  }

  private static List<String> rules(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::rule).toList();
  }

  @Test
  void theGoalAndItsOutcomeBesideTheLabelAreReadInTheirOrder() throws IOException {
    ReadResult<PerformanceTable> r = read(Fixtures.HAIDIAN);
    Project p = r.value().projects().get(0);
    assertThat(p.goal()).hasValueSatisfying(t -> assertThat(t).startsWith("通过规范地区自管道路清扫保洁外包工作经费"));
    assertThat(p.goalOutcome()).hasValueSatisfying(t -> assertThat(t).startsWith("按照年初设定目标,将辖区20条城市道路"));
    assertThat(rules(r)).doesNotContain(FormDiagnostics.UNPLACED_ROW);
  }

  @Test
  void theGoalUnderAHeadingOtherThanTheTemplatesIsTheGoal() throws IOException {
    ReadResult<PerformanceTable> r = read(Fixtures.LANGZHONG);
    Project p = r.value().projects().get(0);
    assertThat(p.goal()).contains("按计划完成2021年度省道公路建设。建设普通省道二级公路32.1公里,保证道路安全畅通。");
    assertThat(p.goalOutcome()).isEmpty(); // its 全年实际完成情况 cell is blank
    assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals(FormDiagnostics.UNPLACED_ROW))
        .noneSatisfy(f -> assertThat(f.location().flatMap(l -> l.text()).orElse("")).contains("总体目标"));
  }

  /** 休宁 2023: the outcome was kept as a stray cell (JX-I-0202), the goal read alone. */
  @Test
  void aLabelThatHeadsTheGoalColumnItselfHasTheOutcomeUnderTheOtherHeading() throws IOException {
    // 总体目标 | | | | 全年实际完成情况, then the goal | | | | the outcome
    ReadResult<PerformanceTable> r = read(Fixtures.XIUNING);
    Project p = r.value().projects().get(0);
    assertThat(p.goal()).contains("对中共皖浙赣省委驻地旧址进行陈列布展,完成布展面积300平方米,传承弘扬红色文化、发挥红色文化功能作用。");
    assertThat(p.goalOutcome()).hasValueSatisfying(t -> assertThat(t).startsWith("因该项目为革命文物展陈").endsWith("将尽快实施。"));
    assertThat(p.strayCells()).noneSatisfy(c -> assertThat(c.text()).startsWith("因该项目"));
    assertThat(rules(r)).doesNotContain(FormDiagnostics.UNPLACED_ROW);
  }

  @Test
  void theTextsOnTheRowBelowALoneLabelAreTheGoalAndTheOutcome() {
    Project p = FormReader.builder().build().read(
        "项目支出绩效自评表\n项目名称\t某项目\n年度总体目标\n\t完成20条道路清扫保洁外包\t\t\t按照年初设定目标完成20条道路外包\n",
        "form.tsv").value().projects().get(0);
    assertThat(p.goal()).contains("完成20条道路清扫保洁外包");
    assertThat(p.goalOutcome()).contains("按照年初设定目标完成20条道路外包");
  }

  /** 成安 2020: the goal rows were three unplaced-row WARNINGs and the goal and outcome empty. */
  @Test
  void theHebeiGoalHeadingsReadEveryGoalRowAndKeepTheCompletionRateUnderItsHeading() throws IOException {
    ReadResult<PerformanceTable> r = read(Fixtures.CHENGAN);
    Project p = r.value().projects().get(0);
    String goals = "为我县百岁高龄老年人发放补贴,使老年人得到更好的照顾。\n为全县共享改革开放成果,促进社会稳定文明和谐";
    assertThat(p.goal()).contains(goals);
    assertThat(p.goalOutcome()).contains(goals);
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("总体完成率(%)");
      assertThat(c.text()).isEqualTo("100.00");
    });
    assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals(FormDiagnostics.UNPLACED_ROW))
        .noneSatisfy(f -> assertThat(f.location().flatMap(l -> l.text()).orElse("")).contains("目标"));
  }

  /** 安居 2021: the heading row's 20 (the block's points) was read as the outcome. */
  @Test
  void aFigureOnTheHeadingRowIsTheBlocksPointsAndEachGoalRowIsRead() throws IOException {
    Project p = read(Fixtures.ANJU).value().projects().get(0);
    assertThat(p.goalOutcome()).hasValueSatisfying(t -> assertThat(t)
        .startsWith("目标1:深入开展食品风险隐患排查整治。").endsWith("目标4:加大食品安全宣传力度。"));
    assertThat(p.goal().orElse("").split("\n")).hasSize(4);
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("年度目标完成情况");
      assertThat(c.text()).isEqualTo("20");
    });
  }

  @Test
  void figureHeadingsBesideTheOutcomeAreNoOutcomeAndTheirFiguresAreKeptUnderThem() {
    Project p = FormReader.builder().build().read(
        "项目支出绩效自评表\n项目名称\t某项目\n年度总体目标\t预期目标\t\t实际完成情况\t分值\t得分\n"
            + "\t完成道路修缮10公里\t\t完成道路修缮12公里\t10\t9\n",
        "form.tsv").value().projects().get(0);
    assertThat(p.goal()).contains("完成道路修缮10公里");
    assertThat(p.goalOutcome()).contains("完成道路修缮12公里");
    assertThat(p.strayCells()).filteredOn(c -> c.header().orElse("").equals("分值"))
        .extracting(c -> c.text()).containsExactly("10", "9");
  }
}
