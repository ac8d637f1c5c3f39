package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * The central transfer template as the Sichuan budget system exports it (名山 2024, 林业草原改革发展资金绩效评价表): a
 * title saying 绩效评价表, a 行次 column between each row's label and its figures, a 列次 row numbering the columns, and
 * funds columns A–E: 全年预算数 (A), 统筹整合资金数 (B), 扣除统筹整合资金后预算金额 (C), 全年到位资金 (D), 预算到位 (D/C),
 * 全年执行资金 (E), 预算执行 (E/C). It is read as a single-project form: budget A, adjusted budget C, executed E, rate
 * E/C; B, D and D/C have no field and are kept with their headings; the 资金管理情况 rows are the management block.
 */
class FormEvaluationExportTest {
  private static String mingshan() throws IOException {
    return Files.readString(Fixtures.path(Fixtures.MINGSHAN), StandardCharsets.UTF_8);
  }

  private static StrayCell stray(int column, String header, String text) {
    return StrayCell.of(column, Optional.of(header), text);
  }

  private static CellGrid grid(String tsv) {
    return TableReader.builder().build().readGrid(tsv, "");
  }

  @Test
  void theExportIsToldASingleProjectForm() throws IOException {
    assertThat(DocumentLayout.detect(grid(mingshan()))).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
  }

  /** 绩效评价指标表 of targets and 分值 (河北宁晋 2019) stays a declaration: 评价表 is a form's word only on its own. */
  @Test
  void anEvaluationIndicatorTableStaysADeclaration() {
    String tsv = "2019年度宁晋县高中助学金项目绩效评价指标表\n评价指标\t评价内容\t指标名称\t指标说明\t目标值\t分值\n";
    assertThat(DocumentLayout.detect(grid(tsv))).isNotEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
  }

  @Test
  void itsFundsAreReadByTheirLetteredColumnsInTheUnitOfTheCaption() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.MINGSHAN));
    assertThat(r.value().projects()).hasSize(1);
    Project p = r.value().projects().get(0);
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(r.value().fiscalYear()).hasValue(2024);
    assertThat(p.budget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("52.8"));
    assertThat(p.adjustedBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("52.8"));
    assertThat(p.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30.8"));
    assertThat(p.statedExecutionRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("58.33"));
    assertThat(p.funds()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FundKind.FISCAL_APPROPRIATION);
      assertThat(f.label()).hasValue("中央财政资金(万元)"); // the row's label as printed
      assertThat(f.budget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("52.8")));
      assertThat(f.executed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("30.8")));
    });
    // 到位 (D) and D/C have no field: kept under their headings and told, never dropped
    assertThat(p.strayCells()).contains(
        stray(5, "全年到位资金 (D)", "52.800000"), stray(6, "预算到位 (D/C×100%)", "100.00%"),
        stray(9, "佐证材料", "预算下达文件、资金到位及支出凭证"));
    assertThat(r.diagnostics()).extracting(Finding::code)
        .contains("JX-I-0212", "JX-I-0245")
        .doesNotContain("JX-I-0203", "JX-I-0218", "JX-I-0205", "JX-I-0221", "JX-I-0222");
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  /** The export prints no 项目名称: the fund it evaluates is named in its title, as a reader takes it. */
  @Test
  void itIsNamedByItsTitleAndSaysSo() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.MINGSHAN));
    assertThat(r.value().projects().get(0).name()).isEqualTo("林业草原改革发展资金");
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0250")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("自评表没有项目名称，按标题“****2024年度林业草原改革发展资金绩效评价表”读作“林业草原改革发展资金”");
    });
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0206");
    // a title that names only the template leaves the placeholder and its warning
    ReadResult<PerformanceTable> generic = read(mingshan().replace("****2024年度林业草原改革发展资金绩效评价表", "项目支出绩效自评表"));
    assertThat(generic.value().projects().get(0).name()).isEqualTo("未命名项目1");
    assertThat(generic.diagnostics()).extracting(Finding::code).contains("JX-I-0206");
  }

  @Test
  void itsFundsManagementRowsAreTheManagementBlockWithTheirItems() throws IOException {
    Project p = FormReader.builder().build().read(Fixtures.path(Fixtures.MINGSHAN)).value().projects().get(0);
    assertThat(p.strayCells()).contains(
        stray(3, "分配科学性", "严格按照转移支付管理制度以及资金管理办法规定分配资金"),
        stray(3, "分配科学性", "严格按照转移支付管理制度以及资金管理办法规定的范围和标准合理分配资金"),
        stray(2, "分配科学性", "资金分配合理性"),
        stray(4, "下达及时性/存在问题", "2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件,下达滞后"),
        stray(5, "拨付合规性/改进措施", "加强与财政沟通,加快资金支付"));
    assertThat(p.goal()).isEmpty();
  }

  /** The class, not the one copy: the same export titled 自评表 (the audit's scratch variant) reads the same funds. */
  @Test
  void theLetteredColumnsAndTheRowNumbersAreReadUnderASelfEvaluationTitleToo() throws IOException {
    String form = mingshan().replace("绩效评价表", "绩效自评表");
    Project p = read(form).value().projects().get(0);
    assertThat(p.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30.8"));
    assertThat(p.adjustedBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("52.8"));
  }

  /** A 统筹整合 deduction printed: the rate is of C, the budget after it, and A stays the budget. */
  @Test
  void theBudgetAfterDeductionIsTheAdjustedOneTheRateIsOf() {
    String form = "2024年度某资金绩效评价表\n资金投入情况 (万元)\t行次\t全年预算数 (A)\t统筹整合资金数 (B)\t"
        + "扣除统筹整合资金后预算金额 (C)\t全年到位资金 (D)\t预算到位 (D/C×100%)\t全年执行资金 (E)\t预算执行 (E/C×100%)\n"
        + "年度资金总额(万元):\t1\t100\t20\t80\t80\t100.00%\t60\t75.00%\n";
    ReadResult<PerformanceTable> r = read(form);
    Project p = r.value().projects().get(0);
    assertThat(p.budget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(p.adjustedBudget()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("80"));
    assertThat(p.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("60"));
    assertThat(p.statedExecutionRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75.00"));
    assertThat(p.strayCells()).contains(stray(3, "统筹整合资金数 (B)", "20"), stray(1, "行次", "1"));
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(p.name()).isEqualTo("某资金"); // no 项目名称 printed: the name is only in the title (JX-I-0250)
  }
}
