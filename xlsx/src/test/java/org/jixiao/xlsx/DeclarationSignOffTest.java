package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalInt;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * The sign-off line (填表人 / 审核人 / 单位负责人 / 填报日期, with or without names, 签字 or 盖章)
 * closes a form wherever it stands and however its cells are split: it is kept as a note, never
 * read as an indicator or a field. 佳县 2016 (declarations/SOURCES.md) prints it over five cells.
 */
class DeclarationSignOffTest {
  private static final String JIAXIAN = "blank-template-sign-off-line_jiaxian-2016.tsv";

  private static PerformanceTable read(String tsv) throws Exception {
    return DeclarationReader.builder().build().read(new StringReader(tsv), "form.tsv").value();
  }

  private static List<String> codes(PerformanceTable table) {
    return Reviewer.defaults().review(table, OptionalInt.of(2021)).reviews().get(0).opinions().stream().map(o -> o.finding().code()).toList();
  }

  @Test
  void aSignOffLineSpreadOverCellsUnderTheIndicatorsIsANoteNotAnIndicator() throws Exception {
    // 佳县 2016, its last line: 填报人: | | 单位负责人: | | 填报日期:
    PerformanceTable table = PublishedDeclarationsTest.read(JIAXIAN).value();
    Project p = table.projects().get(0);

    assertThat(table.notes()).contains("填报人:\t\t单位负责人:\t\t填报日期:");
    assertThat(p.indicators().indicators()).extracting(i -> i.target().orElse("")).doesNotContain("填报日期:");
    assertThat(p.indicators().indicators()).extracting(i -> i.subcategory().map(Enum::name).orElse("")).doesNotContain("");
  }

  @Test
  void aFilledDeclarationsSignOffLineGivesNoOpinion() throws Exception {
    String rows = String.join("\n",
        "项目支出绩效目标申报表",
        "项目名称\t概算编制",
        "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "\t产出指标\t数量指标\t编制项目概算数量\t≥30个",
        "\t满意度指标\t服务对象满意度指标\t项目单位满意度\t≥90%",
        "{line}",
        "");
    String without = rows.replace("{line}", "");
    for (String line : List.of("填表人：张三\t\t审核人：李四\t\t填报日期：2021年1月5日", "填报人:\t\t单位负责人:\t\t填报日期:",
        "项目负责人:查小兵\t财务负责人:唐勇", "单位负责人（签字）\t\t财务负责人（签字）", "填表人：张三 审核人：李四")) {
      PerformanceTable table = read(rows.replace("{line}", line));

      assertThat(table.projects().get(0).indicators().indicators()).as(line).hasSize(2);
      assertThat(table.notes()).as(line).contains(line);
      assertThat(codes(table)).as(line).containsExactlyInAnyOrderElementsOf(codes(read(without)));
    }
  }

  @Test
  void aSignOffLineAboveTheIndicatorsIsANoteToo() throws Exception {
    PerformanceTable table = read(String.join("\n",
        "项目支出绩效目标申报表",
        "项目名称\t概算编制",
        "填表人：\t\t审核人：",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t编制项目概算数量\t≥30个",
        ""));

    assertThat(table.notes()).contains("填表人：\t\t审核人：");
    assertThat(table.projects().get(0).strayCells()).extracting(StrayCell::text).doesNotContain("填表人：");
  }

  @Test
  void anIndicatorNamedAfterAPersonIsStillAnIndicator() throws Exception {
    PerformanceTable table = read(String.join("\n",
        "项目支出绩效目标申报表",
        "项目名称\t概算编制",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t编制项目概算数量\t≥30个",
        "\t\t项目负责人到岗率\t100%",
        ""));

    assertThat(table.projects().get(0).indicators().indicators()).extracting(Indicator::name)
        .contains(java.util.Optional.of("项目负责人到岗率"));
  }
}
