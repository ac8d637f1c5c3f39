package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * A field printed blank is blank: the cell beside or under it that the form itself prints as a
 * label (单位负责人:, 项目负责人, 项目申报的可行性(450字内), 主管部门 编码, the 到 between two blank
 * dates) is no value of it, and is kept as printed. Real forms of the sixth held-out check
 * (declarations/SOURCES.md): 岳阳楼区 2021 (filled), a 2021 template and 佳县 2016 (blank).
 */
class DeclarationBlankFieldsTest {
  private static final String YUEYANGLOU = "tick-marks-funds-by-year_yueyanglou-fgj-2021.tsv";
  private static final String TEMPLATE_2021 = "blank-template-input-process-levels_gxglmes-2021.tsv";
  private static final String JIAXIAN = "blank-template-sign-off-line_jiaxian-2016.tsv";

  private static Project project(String name) throws Exception {
    List<Project> projects = PublishedDeclarationsTest.read(name).value().projects();
    assertThat(projects).hasSize(1);
    return projects.get(0);
  }

  private static List<String> codes(String name) throws Exception {
    return Reviewer.defaults().review(PublishedDeclarationsTest.read(name).value(), OptionalInt.empty()).reviews().get(0).opinions().stream()
        .map(o -> o.finding().code())
        .toList();
  }

  @Test
  void aLabelEndingInAColonBesideABlankFieldIsNoValueOfIt() throws Exception {
    // 岳阳楼区 2021: 填报单位(盖章): | | | 单位负责人:
    Project p = project(YUEYANGLOU);

    assertThat(p.unit()).isEmpty();
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("单位负责人:");
    assertThat(p.name()).isEqualTo("项目前期、项目概算及项目入库建设"); // a filled field is read as before
  }

  @Test
  void labelsOfABlankTemplateAreNoValuesAndItsBlankPolicyBasisIsReportedBlank() throws Exception {
    // 2021 template: 项目实施单位 | | 项目负责人 | | 联系电话 |; 项目起止时间(如20190101) | | 到 |;
    // 项目立项的依据(450字内) | then 项目申报的可行性(450字内) | on the row below
    Project p = project(TEMPLATE_2021);

    assertThat(p.unit()).isEmpty();
    assertThat(p.period()).isEmpty();
    assertThat(p.policyBasis()).isEmpty();
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("项目负责人", "联系电话", "到", "项目申报的可行性(450字内)");
    assertThat(codes(TEMPLATE_2021)).contains("JX-V-0101").doesNotContain("JX-V-0102");
  }

  @Test
  void aCodesLabelAndAnItemOfTheApprovalBlockAreNoValuesAndNothingQuotesThemAsTheApplicants() throws Exception {
    // 佳县 2016: 主管部门 | | 主管部门 编码 |; 项目立项的依据 | then 项目申报的可行性 | below
    Project p = project(JIAXIAN);

    assertThat(p.department()).isEmpty();
    assertThat(p.policyBasis()).isEmpty();
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("主管部门 编码", "项目申报的可行性");
    assertThat(codes(JIAXIAN)).contains("JX-V-0101").doesNotContain("JX-V-0102");
  }

  @Test
  void whatFollowsAnotherLabelIsKeptUnderThatLabel() throws Exception {
    String tsv = String.join("\n",
        "绩效目标申报表",
        "项目名称\t甲项目\t\t",
        "项目实施单位\t\t项目负责人\t张三",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人次\t≥100人次",
        "");
    Project p = DeclarationReader.builder().build().read(new StringReader(tsv), "form.tsv").value().projects().get(0);

    assertThat(p.unit()).isEmpty();
    assertThat(p.strayCells()).contains(StrayCell.of(2, Optional.empty(), "项目负责人"), StrayCell.of(3, Optional.of("项目负责人"), "张三"));
  }

  @Test
  void aFilledValueBesideItsLabelIsStillRead() throws Exception {
    String tsv = String.join("\n",
        "绩效目标申报表",
        "项目名称\t甲项目",
        "项目实施单位\t某某局\t项目负责人：\t张三",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t培训人次\t≥100人次",
        "");
    Project p = DeclarationReader.builder().build().read(new StringReader(tsv), "form.tsv").value().projects().get(0);

    assertThat(p.unit()).contains("某某局");
  }
}
