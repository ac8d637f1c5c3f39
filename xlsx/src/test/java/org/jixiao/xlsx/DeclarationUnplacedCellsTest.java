package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * A declaration whose first rows lost their 一级 and 二级 cells in a copy (武川 2021's shape: the
 * merged level cells of the 产出 rows gone, the rows below them intact). The rows are kept where
 * they stand and said to have a blank level, and the review does not call 数量 / 质量 / 时效 / 成本
 * missing when they may be among those rows. A level the model does not know, printed once over
 * several rows, is kept once, where it is printed; a cell in a column without a heading is kept
 * too, or read as the unit of the target before it.
 */
class DeclarationUnplacedCellsTest {
  /** Its first two rows lost their 一级 and 二级. */
  static final String TSV = String.join("\n",
      "项目支出绩效目标申报表",
      "项目名称\t农村公路养护",
      "年度目标\t完成农村公路养护120公里，路况良好",
      "一级指标\t二级指标\t三级指标\t指标值\t指标解释",
      "\t\t养护公路里程\t120公里\t全年养护的农村公路里程",
      "\t\t养护路段合格率\t≥95%\t抽检合格路段占比",
      "效益指标\t社会效益指标\t群众出行条件改善\t明显改善\t路况改善情况",
      "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t问卷调查",
      "");

  private static ReadResult<PerformanceTable> read(Locale locale) throws Exception {
    return DeclarationReader.builder().locale(locale).build().read(new StringReader(TSV), "declaration.tsv");
  }

  @Test
  void rowsWithoutLevelsAreKeptUnderTheirHeadingsAndTheirBlankLevelIsSaid() throws Exception {
    ReadResult<PerformanceTable> read = read(Locale.CHINESE);
    Project p = read.value().projects().get(0);

    assertThat(p.indicators().indicators()).hasSize(2);
    assertThat(p.strayCells()).contains(
        StrayCell.of(2, Optional.of("三级指标"), "养护公路里程"),
        StrayCell.of(3, Optional.of("指标值"), "120公里"),
        StrayCell.of(4, Optional.of("指标解释"), "抽检合格路段占比"));
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0106")).hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("一级指标为空白").doesNotContain("“”"));
    assertThat(read(Locale.ENGLISH).diagnostics()).filteredOn(f -> f.code().equals("JX-X-0106"))
        .first().satisfies(f -> assertThat(f.message()).contains("whose 一级指标 is blank"));
  }

  @Test
  void theReviewSaysTheRequiredRowsWereNotReadNotThatTheyAreMissing() throws Exception {
    Review review = Reviewer.defaults().review(read(Locale.CHINESE).value(), OptionalInt.of(2021)).reviews().get(0);

    assertThat(review.findings()).extracting(Finding::code).doesNotContain("JX-V-0131").contains("JX-V-0139");
    assertThat(review.findings()).filteredOn(f -> f.code().equals("JX-V-0139")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("数量指标、质量指标").contains("2个指标").contains("“养护公路里程”"));
  }

  @Test
  void anUnknownSecondLevelCarriedDownIsKeptOnceWhereItIsPrinted() throws Exception {
    String tsv = String.join("\n",
        "项目支出绩效目标申报表",
        "项目名称\t日间照料",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t服务规模指标\t服务老人人次\t≥3000人次",
        "\t\t服务站点数\t≥3个",
        "");
    ReadResult<PerformanceTable> read = DeclarationReader.builder().build().read(new StringReader(tsv), "d.tsv");
    Project p = read.value().projects().get(0);

    assertThat(p.indicators().indicators()).hasSize(2); // both read under 产出, as the diagnostic says
    assertThat(p.strayCells()).filteredOn(s -> s.text().equals("服务规模指标"))
        .containsExactly(StrayCell.of(1, Optional.of("二级指标"), "服务规模指标"));
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0106")).hasSize(2);
  }

  @Test
  void aUnitInTheCellAfterTheTargetJoinsItAndNoCellOfAColumnWithoutHeadingIsLost() throws Exception {
    // a review's case: 指标值 printed over two cells, the figure and its unit, the second without a
    // heading of its own; and a caption (绩效指标) in a column without heading
    String tsv = String.join("\n",
        "项目支出绩效目标申报表",
        "项目名称\t农村公路养护",
        "\t一级指标\t二级指标\t三级指标\t指标值",
        "绩效指标\t产出指标\t数量指标\t养护公路里程\t120\t公里",
        "\t\t质量指标\t养护路段合格率\t≥95\t%",
        "\t\t时效指标\t完工时间\t12月底前\t按期",
        "\t\t成本指标\t养护成本\t≤300\t按合同约定的单价和里程结算的全年费用",
        "");
    Project p = DeclarationReader.builder().build().read(new StringReader(tsv), "d.tsv").value().projects().get(0);

    assertThat(p.indicators().indicators()).extracting(i -> i.target().orElse(""))
        .containsExactly("120公里", "≥95%", "12月底前", "≤300");
    // a word after a target that is no figure, and a sentence, are no units: kept where they stand
    assertThat(p.strayCells()).contains(
        StrayCell.of(0, Optional.empty(), "绩效指标"),
        StrayCell.of(5, Optional.empty(), "按期"),
        StrayCell.of(5, Optional.empty(), "按合同约定的单价和里程结算的全年费用"));
  }
}
