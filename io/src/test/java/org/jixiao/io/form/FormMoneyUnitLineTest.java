package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The money unit stated above a form (金额单位:万元 before 项目名称, 重庆奉节 2023) or in the
 * caption of its funds rows (资金情况 (万元), 武汉青山 2020) is the form's unit: taken for a note,
 * it left the form without one, and amounts in 元 were read as 万元.
 */
class FormMoneyUnitLineTest {
  private static final String FORM =
      "项目支出绩效自评表\n项目名称\t某保洁经费\n实施单位\t某中心\n"
          + "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
          + "\t年度资金总额:\t250000\t250000\t250000\t10\t100%\t10\n";

  private static List<String> rules(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::rule).toList();
  }

  @Test
  void aUnitLineAboveTheTitleIsTheFormsUnit() {
    ReadResult<PerformanceTable> r = read("金额单位:元\n" + FORM);
    Project p = r.value().projects().get(0);
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(p.budget()).contains(new BigDecimal("250000"));
    assertThat(r.value().notes()).isEmpty();
    assertThat(rules(r)).doesNotContain(ReadDiagnostics.NO_MONEY_UNIT, FormDiagnostics.OUTSIDE_FORM);
  }

  @Test
  void aUnitLineBeforeTheProjectNameOfAFormWithoutATitleIsItsUnit() {
    ReadResult<PerformanceTable> r = read("2023年云雾土家族乡加工园配套设施建设项目支出绩效目标审批表\n(   2023年度)\n"
        + "预算单位: 奉节县云雾土家族乡人民政府\n金额单位:万元\n"
        + "项目名称\t2023年云雾土家族乡加工园配套设施建设项目\n实施单位\t云雾土家族乡\n");
    assertThat(r.value().projects().get(0).moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(rules(r)).doesNotContain(ReadDiagnostics.NO_MONEY_UNIT);
    assertThat(r.value().notes()).hasSize(3).noneMatch(n -> n.contains("金额单位"));
  }

  @Test
  void aUnitLineBetweenTwoFormsBelongsToTheFormBelowIt() {
    String first = "项目支出绩效自评表\n项目名称\t甲\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\n"
        + "\t年度资金总额\t1\t1\t1\n总分\t100\n";
    ReadResult<PerformanceTable> r = read(first + "金额单位:元\n" + FORM);
    List<Project> ps = r.value().projects();
    assertThat(ps).extracting(Project::moneyUnit).containsOnly(MoneyUnit.WAN_YUAN);
    assertThat(ps.get(0).strayCells()).isEmpty();
    assertThat(ps.get(1).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("25")); // 250000 元
    assertThat(rules(r)).contains(FormDiagnostics.MIXED_UNITS);
  }

  @Test
  void aFundsCaptionNamingTheUnitIsTheFormsUnit() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t农村义务教育薄弱学校改造补助资金\n"
        + "资金情况 (万元)\t年度资金总额:\t16\n");
    assertThat(r.value().projects().get(0).moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(rules(r)).doesNotContain(ReadDiagnostics.NO_MONEY_UNIT);
  }
}
