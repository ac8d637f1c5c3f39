package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
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
 * The central transfer-payment template (转移支付绩效自评表, the Ministry's form for every central transfer:
 * 就业补助, 基本公卫, 车购税 …) prints a 资金管理情况 block between its funds and its goal: 情况说明 (and 存在问题和改进措施)
 * on the template's rows 分配科学性, 下达及时性, 拨付合规性, 使用规范性, 执行准确性, 预算绩效管理情况 and 支出责任履行情况.
 * The model has no field for it: each text is kept as a stray cell under its row's label, and the block is told
 * once (INFO), not warned of row by row. A row that is none of the template's still warns.
 */
class FormFundsManagementTest {
  private static final String HEADING = "资金管理情况";

  private static List<String> lines(String fixture) throws IOException {
    return new ArrayList<>(Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8));
  }

  private static List<Finding> coded(ReadResult<?> r, String code) {
    return r.diagnostics().stream().filter(f -> f.code().equals(code)).toList();
  }

  private static StrayCell stray(int column, String header, String text) {
    return StrayCell.of(column, Optional.of(header), text);
  }

  /** 田家庵 2024, lines 12–19: eight WARNINGs JX-I-0203, one a row, buried the form's real findings. */
  @Test
  void theBlockOfTheTransferTemplateIsKeptUnderItsRowLabelsAndToldOnce() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.TIANJIAAN));
    Project p = r.value().projects().get(0);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0203");
    // the copy ends at its indicator header, which is said (JX-I-0247); nothing else is warned of
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::code)
        .containsOnly("JX-I-0247");
    Finding told = coded(r, "JX-I-0245").get(0);
    assertThat(coded(r, "JX-I-0245")).hasSize(1);
    assertThat(told.severity()).isEqualTo(Severity.INFO);
    assertThat(told.rule()).isEqualTo(FormDiagnostics.KEPT_AS_STRAY);
    assertThat(told.location().orElseThrow().line()).hasValue(12L);
    assertThat(told.location().orElseThrow().text()).contains(HEADING);
    assertThat(p.strayCells()).contains(
        stray(2, "分配科学性", "合理分配,优先保障工资社保。"),
        stray(2, "拨付合规性", "严格按照国库集中支付制度有关规定支付资金,未出现违规问题。"),
        stray(2, "使用规范性", "严格按照下达预算的科目和项目执行,未出现截留、挤占、挪用或擅自调整等问题。"),
        stray(2, "执行准确性", "按照上级下达的金额执行,不存在执行数偏离预算数较多的问题。"),
        stray(2, "预算绩效管理情况", "将有关资金纳入本级预算绩效管理,开展绩效监控和绩效评价。"));
    // the template's words state nothing: the headings and the rows printed blank are not kept
    assertThat(p.strayCells()).extracting(StrayCell::text)
        .doesNotContain("情况说明", "存在问题和改进措施", "下达及时性", "支出责任履行情况", HEADING);
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("落实各项就业创业扶持政策"));
    assertThat(p.goalOutcome()).hasValueSatisfying(g -> assertThat(g).startsWith("各项就业创业工作指标均按要求完成"));
  }

  @Test
  void aFilledProblemsColumnIsKeptUnderItsRowLabelAndItsHeading() throws IOException {
    List<String> form = lines(Fixtures.TIANJIAAN);
    // 临河 2022's 下达及时性 text, put in the 存在问题和改进措施 column of 田家庵's empty 下达及时性 row
    assertThat(form.get(13)).startsWith("\t下达及时性");
    form.set(13, "\t下达及时性\t\t\t\t要求在资金下达时及时、快速地传达至相关业务股室");
    ReadResult<PerformanceTable> r = read(String.join("\n", form));
    assertThat(r.value().projects().get(0).strayCells())
        .contains(stray(5, "下达及时性/存在问题和改进措施", "要求在资金下达时及时、快速地传达至相关业务股室"));
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0203");
  }

  /** A row of another real form (宁晋 2019's 制度指标 row) among the block's rows is no row of the template. */
  @Test
  void aRowThatIsNoneOfTheTemplatesStillWarns() throws IOException {
    List<String> form = lines(Fixtures.TIANJIAAN);
    form.add(16, "\t制度指标\t规章制度\t建立与否");
    ReadResult<PerformanceTable> r = read(String.join("\n", form));
    List<Finding> warned = coded(r, "JX-I-0203");
    assertThat(warned).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().orElseThrow().line()).hasValue(17L);
    });
    assertThat(r.value().projects().get(0).strayCells()).contains(stray(2, "制度指标", "规章制度"));
    assertThat(coded(r, "JX-I-0245")).hasSize(1);
  }

  @Test
  void theSubLabelsAloneOpenNoBlock() throws IOException {
    List<String> form = lines(Fixtures.TIANJIAAN);
    assertThat(form.get(11)).startsWith(HEADING);
    form.remove(11);
    ReadResult<PerformanceTable> r = read(String.join("\n", form));
    assertThat(coded(r, "JX-I-0203")).hasSize(7);
    assertThat(coded(r, "JX-I-0245")).isEmpty();
  }

  /**
   * The class, not the one form: 阆中 2021 (the 车购税 transfer form, printed without the block) with the block
   * of 临河 2022's copy of the template put under its funds, its heading with 情况说明 only. The block's texts are
   * kept under their labels, it is told once, and everything else is read as without it.
   */
  @Test
  void theBlockOnAnotherTransferFormIsReadTheSameWay() throws IOException {
    List<String> form = lines(Fixtures.LANGZHONG);
    assertThat(form.get(9)).startsWith("\t其他资金");
    List<String> block = List.of(
        HEADING + "\t\t情况说明",
        "\t分配科学性\t根据业务情况进行合理的分配",
        "\t下达及时性\t要求在资金下达时及时、快速地传达至相关业务股室",
        "\t拨付合规性\t按照规定程序和标准进行资金拨付",
        "\t使用规范性\t要求对资金使用过程进行合理规范、确保合法合规",
        "\t执行准确性\t要求严格执行就业补助资金规章制度及政策,确保资金管理准确有",
        "\t预算绩效管理情况\t款项从指标录入开始做绩效事前事中事后三次",
        "\t支出责任履行情况\t按支出、时限、范围支出");
    List<String> with = new ArrayList<>(form);
    with.addAll(10, block);
    ReadResult<PerformanceTable> plain = read(String.join("\n", form));
    ReadResult<PerformanceTable> r = read(String.join("\n", with));
    Project before = plain.value().projects().get(0);
    Project p = r.value().projects().get(0);
    List<StrayCell> added = new ArrayList<>(p.strayCells());
    for (StrayCell c : before.strayCells()) {
      added.remove(c);
    }
    assertThat(added).containsExactly(
        stray(2, "分配科学性", "根据业务情况进行合理的分配"),
        stray(2, "下达及时性", "要求在资金下达时及时、快速地传达至相关业务股室"),
        stray(2, "拨付合规性", "按照规定程序和标准进行资金拨付"),
        stray(2, "使用规范性", "要求对资金使用过程进行合理规范、确保合法合规"),
        stray(2, "执行准确性", "要求严格执行就业补助资金规章制度及政策,确保资金管理准确有"),
        stray(2, "预算绩效管理情况", "款项从指标录入开始做绩效事前事中事后三次"),
        stray(2, "支出责任履行情况", "按支出、时限、范围支出"));
    assertThat(Project.builder().from(p).strayCells(before.strayCells()).sourceLine(before.sourceLine()).build())
        .isEqualTo(before);
    List<String> codes = new ArrayList<>(plain.diagnostics().stream().map(Finding::code).toList());
    codes.add("JX-I-0245");
    assertThat(r.diagnostics()).extracting(Finding::code).containsExactlyInAnyOrderElementsOf(codes);
    assertThat(coded(r, "JX-I-0245").get(0).location().orElseThrow().line()).hasValue(11L);
  }
}
