package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.Reviewer;
import org.junit.jupiter.api.Test;

/**
 * A declaration's kept cells carry the line they were printed on, so the review can tell the rows
 * that lost their levels (the first two here) from a row under a level it does not know (制度指标,
 * further down), which is that level's and no lost row.
 */
class DeclarationStrayLinesTest {
  /** The declaration of DeclarationUnplacedCellsTest, with a row under a level the model does not know. */
  private static final String TSV = DeclarationUnplacedCellsTest.TSV + "管理指标\t制度指标\t养护制度\t健全\t制度建立情况\n";

  private static PerformanceTable read() throws Exception {
    return DeclarationReader.builder().build().read(new StringReader(TSV), "declaration.tsv").value();
  }

  @Test
  void eachKeptCellCarriesTheLineOfItsRow() throws Exception {
    Project p = read().projects().get(0);

    assertThat(p.strayCells()).filteredOn(c -> c.text().equals("养护公路里程") || c.text().equals("120公里"))
        .allSatisfy(c -> assertThat(c.line()).hasValue(5));
    assertThat(p.strayCells()).filteredOn(c -> c.text().equals("养护路段合格率"))
        .singleElement().satisfies(c -> assertThat(c.line()).hasValue(6));
    assertThat(p.strayCells()).filteredOn(c -> c.text().equals("养护制度"))
        .singleElement().satisfies(c -> assertThat(c.line()).hasValue(9));
    assertThat(p.strayCells()).extracting(StrayCell::line).allSatisfy(l -> assertThat(l).isPresent());
  }

  @Test
  void theRowsThatLostTheirLevelsAreToldApartFromARowUnderAnUnknownLevel() throws Exception {
    Review review = Reviewer.defaults().review(read(), OptionalInt.of(2021)).reviews().get(0);

    assertThat(review.findings()).extracting(Finding::code).contains("JX-V-0139").doesNotContain("JX-V-0131");
    assertThat(review.findings()).filteredOn(f -> f.code().equals("JX-V-0139")).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).contains("2个指标").contains("“养护公路里程”").doesNotContain("养护制度");
          assertThat(f.location().orElseThrow().line()).hasValue(5L);
        });
  }
}
