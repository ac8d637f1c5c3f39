package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.label.Labels;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Declarations in traditional script (繁體: exports for Hong Kong and Macau, a Taiwan tool's, copies
 * converted by a mirror) print 項目名稱, 績效指標, 產出指標, 指標值, 績效標準 …: the reader compares its
 * labels with the traditional characters folded, so such a declaration reads as its simplified
 * twin, while every value is kept as printed. The twins are two real declarations of
 * declarations/SOURCES.md whose labels were converted (their values were left as published).
 */
class DeclarationTraditionalScriptTest {

  private static PerformanceTable read(String tsv) throws Exception {
    return DeclarationReader.builder().build().read(new StringReader(tsv), "form.tsv").value();
  }

  /**
   * A project without its stray cells: a label the form prints and the reader keeps aside is kept
   * as printed, in its script (項目負責人及電話, and 該项目支出上级资金, whose 該 is no word the
   * reader looks for), so those are compared apart. What else it holds is compared as read.
   */
  private static Project withoutStrays(Project p) {
    return Project.builder().from(p).strayCells(List.of()).build();
  }

  /** A stray cell's place and header, its header folded. */
  private static String place(StrayCell s) {
    return s.column() + " " + s.header().map(Labels::foldTraditional).orElse("");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "mof-template-with-outcome-column_nanyue-zichan-2018.tsv, traditional-script-labels_nanyue-zichan-2018.tsv",
    "pipe-standard-column_xiangtan-wupaoche-2023.tsv, traditional-script-labels_xiangtan-wupaoche-2023.tsv"
  })
  void aDeclarationWithTraditionalLabelsReadsAsItsSimplifiedTwin(String simplified, String traditional) throws Exception {
    assertThat(DocumentLayout.detect(TableReader.builder().build().readGrid(PublishedDeclarationsTest.file(traditional))))
        .isEqualTo(DocumentLayout.TARGET_DECLARATION);
    ReadResult<PerformanceTable> original = PublishedDeclarationsTest.read(simplified);
    ReadResult<PerformanceTable> twin = PublishedDeclarationsTest.read(traditional);
    PerformanceTable a = original.value();
    PerformanceTable b = twin.value();

    assertThat(b.projects()).hasSameSizeAs(a.projects()).isNotEmpty();
    for (int k = 0; k < a.projects().size(); k++) {
      Project p = a.projects().get(k);
      Project q = b.projects().get(k);
      assertThat(q.indicators()).isEqualTo(p.indicators());
      assertThat(q.indicators().indicators()).isNotEmpty();
      assertThat(withoutStrays(q)).isEqualTo(withoutStrays(p));
      assertThat(q.strayCells()).extracting(DeclarationTraditionalScriptTest::place)
          .isEqualTo(p.strayCells().stream().map(DeclarationTraditionalScriptTest::place).toList());
      // each kept as printed: the original's text, or the same label in the other script, character for character
      assertThat(q.strayCells()).extracting(x -> x.text().length())
          .isEqualTo(p.strayCells().stream().map(x -> x.text().length()).toList());
    }
    assertThat(b.fiscalYear()).isEqualTo(a.fiscalYear());
    assertThat(b.moneyUnit()).isEqualTo(a.moneyUnit());
    assertThat(b.metadata()).isEqualTo(a.metadata());
    assertThat(b.notes()).hasSameSizeAs(a.notes()); // the closing rows, as printed in each script
    assertThat(twin.diagnostics()).extracting(Finding::code).isEqualTo(original.diagnostics().stream().map(Finding::code).toList());
    Reviewer reviewer = Reviewer.defaults();
    assertThat(reviewer.review(b, OptionalInt.empty()).reviews().get(0).opinions()).extracting(o -> o.finding().code())
        .isEqualTo(reviewer.review(a, OptionalInt.empty()).reviews().get(0).opinions().stream().map(o -> o.finding().code()).toList());
  }

  @Test
  void theMinistrysTemplateInTraditionalScriptGivesItsFieldsAndIndicators() throws Exception {
    Project p = PublishedDeclarationsTest.read("traditional-script-labels_nanyue-zichan-2018.tsv").value().projects().get(0);

    assertThat(p.name()).isEqualTo("2018年南岳镇资产收益扶贫项目");
    assertThat(p.department()).contains("南岳镇人民政府");
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("214.06"));
    assertThat(p.goal()).hasValueSatisfying(g -> assertThat(g).startsWith("10个合作社为入股贫困户返本分红"));
    assertThat(p.indicators().indicators()).extracting(Indicator::category, i -> i.subcategory().orElse(null))
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(Category.OUTPUT, Subcategory.QUANTITY),
            org.assertj.core.groups.Tuple.tuple(Category.OUTPUT, Subcategory.QUANTITY))
        .endsWith(org.assertj.core.groups.Tuple.tuple(Category.SATISFACTION, Subcategory.SERVED_SATISFACTION));
  }

  @Test
  void valuesInTraditionalScriptAreKeptAsPrintedAndOnlyTheLabelsAreFolded() throws Exception {
    // a form exported whole in traditional script: labels and values alike (a Macau-facing export)
    String tsv = String.join("\n",
        "2023年度項目支出績效目標申報表",
        "金額單位：萬元",
        "項目名稱\t澳門回歸紀念館維護項目\t主管部門\t文化廣電旅遊局",
        "實施單位\t紀念館管理處\t實施期\t2023年1月-12月",
        "單位職能概述(450字內)\t負責紀念館的日常開放與維護",
        "政策依據\t《關於加強紀念館維護管理的通知》（文旅發〔2022〕12號）第三條",
        "測算依據\t保潔服務費：3人×5000元/月×12個月=18萬元；設備維護費：12萬元",
        "本年度項目金額\t30萬",
        "年度目標\t全年開放300天以上，完成展廳設備維護，觀眾滿意度達到90%以上。",
        "年度績效指標\t一級指標\t二級指標\t三級指標\t指標方向\t指標值\t計量單位\t指標解釋",
        "\t產出指標\t數量指標\t開放天數\t≥\t300\t天\t全年對外開放的天數",
        "\t\t質量指標\t設備完好率\t≥\t95\t%\t完好設備數/設備總數",
        "\t\t時效指標\t維護完成時間\t\t12月底前\t\t維護工作完成的時間",
        "\t\t成本指標\t維護總成本\t不超過\t30\t萬元\t全年維護支出",
        "\t效益指標\t社會效益指標\t觀眾參觀人次\t≥\t5\t萬人次\t全年接待觀眾人次",
        "\t滿意度指標\t服務對象滿意度指標\t觀眾滿意度\t≥\t90\t%\t問卷調查的滿意比例",
        "備註：本表金額單位以萬元計",
        "");
    PerformanceTable table = read(tsv);
    Project p = table.projects().get(0);

    assertThat(table.fiscalYear()).hasValue(2023);
    assertThat(p.name()).isEqualTo("澳門回歸紀念館維護項目");
    assertThat(p.department()).contains("文化廣電旅遊局");
    assertThat(p.unit()).contains("紀念館管理處");
    assertThat(p.period()).contains("2023年1月-12月");
    assertThat(p.policyBasis()).hasValueSatisfying(t -> assertThat(t).startsWith("《關於加強紀念館"));
    assertThat(p.calculationBasis()).hasValueSatisfying(t -> assertThat(t).contains("18萬元"));
    assertThat(p.goal()).hasValueSatisfying(t -> assertThat(t).startsWith("全年開放300天以上"));
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("30"));
    assertThat(p.indicators().indicators())
        .extracting(i -> i.category() + "/" + i.subcategory().map(Enum::name).orElse("") + "/" + i.name().orElse("") + "/"
            + i.target().orElse("") + "/" + i.explanation().orElse(""))
        .containsExactly(
            "OUTPUT/QUANTITY/開放天數/≥300天/全年對外開放的天數",
            "OUTPUT/QUALITY/設備完好率/≥95%/完好設備數/設備總數",
            "OUTPUT/TIMELINESS/維護完成時間/12月底前/維護工作完成的時間",
            "OUTPUT/COST/維護總成本/不超過30萬元/全年維護支出",
            "BENEFIT/SOCIAL/觀眾參觀人次/≥5萬人次/全年接待觀眾人次",
            "SATISFACTION/SERVED_SATISFACTION/觀眾滿意度/≥90%/問卷調查的滿意比例");
    // the unit's duties (單位職能概述) are no field of the model: the label and its text are kept as printed
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("單位職能概述(450字內)", "負責紀念館的日常開放與維護");
    assertThat(table.notes()).contains("備註：本表金額單位以萬元計");
    assertThat(Reviewer.defaults().review(table, OptionalInt.empty()).reviews().get(0).opinions())
        .extracting(o -> o.finding().code()).doesNotContain("JX-V-0101", "JX-V-0111", "JX-V-0121", "JX-V-0133", "JX-V-0401", "JX-V-0142");
  }

  @Test
  void indicatorsUnderTheEvaluationFrameworkInTraditionalScriptAreToldSo() throws Exception {
    String tsv = String.join("\n",
        "項目支出績效目標申報表",
        "項目名稱\t概算編制",
        "績效指標\t一級指標\t二級指標\t三級指標\t指標值",
        "\t投入指標\t資金投入\t資金到位率\t100%",
        "\t過程指標\t業務管理\t制度執行有效性\t有效",
        "");
    PerformanceTable table = read(tsv);

    assertThat(table.projects().get(0).indicators().indicators()).isEmpty();
    assertThat(Reviewer.defaults().review(table, OptionalInt.of(2021)).reviews().get(0).opinions()).extracting(o -> o.finding().code())
        .contains("JX-V-0136").doesNotContain("JX-V-0133");
  }
}
