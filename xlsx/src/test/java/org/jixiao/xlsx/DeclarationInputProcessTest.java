package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.ReviewVerdict;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * A declaration of the older 投入 / 过程 / 产出 / 效果 templates (a 2021 template of the sixth
 * held-out check, declarations/SOURCES.md: 投入指标 资金到位率, 预算支出进度; 过程指标 项目资金专项核算):
 * its rows are no category of the model, so they are kept as printed, and the reader says once
 * that the declaration follows that framework (JX-X-0122), not that each row is unrecognised; the
 * review then says so too (JX-V-0136), not that no indicator was filled in (JX-V-0133).
 */
class DeclarationInputProcessTest {
  private static final String TEMPLATE_2021 = "blank-template-input-process-levels_gxglmes-2021.tsv";

  @Test
  void inputAndProcessRowsAreKeptAndTheFrameworkIsToldOnce() throws Exception {
    ReadResult<PerformanceTable> read = PublishedDeclarationsTest.read(TEMPLATE_2021);
    Project p = read.value().projects().get(0);

    assertThat(p.indicators().indicators()).isEmpty();
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("投入指标", "资金到位率", "资金到位率达100%", "过程指标", "项目资金专项核算");
    assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-X-0106");
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0122")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("“投入指标”、“过程指标”");
    });
  }

  @Test
  void aKeptRowsCellsStayWhereTheyArePrintedUnderTheirHeadings() throws Exception {
    // 投入指标 is printed once, over 资金到位率 and 预算支出进度: kept once, in its column, not
    // repeated for the row it was carried down to; each cell under its own heading
    Project p = PublishedDeclarationsTest.read(TEMPLATE_2021).value().projects().get(0);

    assertThat(p.strayCells()).filteredOn(s -> s.text().equals("投入指标"))
        .containsExactly(StrayCell.of(1, Optional.of("一级指标"), "投入指标"));
    assertThat(p.strayCells()).contains(
        StrayCell.of(2, Optional.of("二级指标"), "资金到位率"),
        StrayCell.of(5, Optional.of("指标值(150字内)"), "资金到位率达100%"),
        StrayCell.of(2, Optional.of("二级指标"), "项目资金专项核算"));
  }

  @Test
  void theReviewSaysTheIndicatorsFollowTheEvaluationFrameworkNotThatThereAreNone() throws Exception {
    // read and reviewed as the CLI's review does: the rows are there, under 投入指标 and 过程指标
    Review review = review(PublishedDeclarationsTest.read(TEMPLATE_2021).value());

    assertThat(review.opinions()).extracting(o -> o.finding().code()).contains("JX-V-0136").doesNotContain("JX-V-0133");
    assertThat(review.findings()).filteredOn(f -> f.code().equals("JX-V-0136")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("“投入指标”、“过程指标”").contains("按产出、效益、满意度指标重新申报");
    });
    assertThat(review.verdict()).isEqualTo(ReviewVerdict.RETURN);
  }

  @Test
  void aTrulyEmptyIndicatorTableIsStillSaidToHaveNoIndicators() throws Exception {
    // the same template cut after its indicator header, and with its 投入 / 过程 rows left blank
    List<String> lines = Files.readAllLines(PublishedDeclarationsTest.file(TEMPLATE_2021));
    int header = 0;
    while (!lines.get(header).contains("一级指标")) {
      header++;
    }
    String cut = String.join("\n", lines.subList(0, header + 1)) + "\n";
    String blanked = cut + "\t\t\t\t\t\t\n".repeat(3);
    for (String text : List.of(cut, blanked)) {
      PerformanceTable table = DeclarationReader.builder().build().read(new StringReader(text), "form.tsv").value();
      Review review = review(table);

      assertThat(review.opinions()).extracting(o -> o.finding().code()).contains("JX-V-0133").doesNotContain("JX-V-0136", "JX-V-0137");
      assertThat(review.verdict()).isEqualTo(ReviewVerdict.RETURN);
    }
  }

  @Test
  void rowsUnderTheEvaluationFrameworkBesideOutputRowsAreSaidLeftOut() throws Exception {
    // 投入 / 过程 / 产出 / 效果: the 产出 rows are reviewed, the others said to be left out (INFO)
    String rows = String.join("\n",
        "项目支出绩效目标申报表",
        "项目名称\t概算编制",
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
        "\t投入指标\t资金投入\t资金到位率\t100%",
        "\t过程指标\t业务管理\t制度执行有效性\t有效",
        "\t产出指标\t数量指标\t编制项目概算数量\t≥30个",
        "\t满意度指标\t服务对象满意度指标\t项目单位满意度\t≥90%",
        "");
    Review review = review(DeclarationReader.builder().build().read(new StringReader(rows), "form.tsv").value());

    assertThat(review.findings()).filteredOn(f -> f.code().equals("JX-V-0137")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("“投入指标”、“过程指标”");
    });
    assertThat(review.opinions()).extracting(o -> o.finding().code()).doesNotContain("JX-V-0133", "JX-V-0136");
  }

  @Test
  void aDeclarationFilledInThe2020EvaluationFrameworkIsToldSoToo() throws Exception {
    // 决策 / 过程 / 产出 / 效益 (财预〔2020〕10号's framework for evaluations): its 决策 and 过程 rows
    // are evaluation indicators as 投入 / 过程 are, in simplified and in traditional script
    for (String decision : List.of("决策", "決策指標(20分)")) {
      String rows = String.join("\n",
          "项目支出绩效目标申报表",
          "项目名称\t概算编制",
          "绩效指标\t一级指标\t二级指标\t三级指标\t指标值",
          "\t" + decision + "\t项目立项\t立项依据充分性\t充分",
          "\t\t绩效目标\t绩效目标合理性\t合理",
          "\t过程\t资金管理\t资金到位率\t100%",
          "");
      ReadResult<PerformanceTable> read = DeclarationReader.builder().build().read(new StringReader(rows), "form.tsv");

      assertThat(read.value().projects().get(0).indicators().indicators()).isEmpty();
      assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-X-0106");
      assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0122")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("“" + decision + "”、“过程”"));
      Review review = review(read.value());
      assertThat(review.opinions()).extracting(o -> o.finding().code()).contains("JX-V-0136").doesNotContain("JX-V-0133");
      assertThat(review.findings()).filteredOn(f -> f.code().equals("JX-V-0136")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("“" + decision + "”"));
    }
  }

  private static Review review(PerformanceTable table) {
    return Reviewer.defaults().review(table, OptionalInt.of(2021)).reviews().get(0);
  }
}
