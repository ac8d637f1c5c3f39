package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A funds block's caption (项目资金 (万元), 项目预算 执行情况 (10分)) is a cell merged down the block's
 * rows; a copy that went through Excel's or an HTML tool's unmerging prints it again in every row it
 * spans. Taken for each row's label, it lost the total and every fund row (review 62c: 15 of 15 real
 * forms): now each copy is kept as a stray cell and the rows read as in the form as published.
 */
class FormFundsCaptionFilledDownTest {

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.LICHENG, Fixtures.ZHONGJIANG, Fixtures.SHANGWU, Fixtures.JINZHAI})
  void aCaptionFilledDownTheBlockReadsAsPublished(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    List<String> filled = fillCaptionDown(lines);
    assertThat(filled).as("the fixture has a funds caption to fill down").isNotEqualTo(lines);

    Project published = read(String.join("\n", lines), fixture);
    Project copy = read(String.join("\n", filled), "filled-" + fixture);

    assertThat(copy.budget()).isEqualTo(published.budget());
    assertThat(copy.adjustedBudget()).isEqualTo(published.adjustedBudget());
    assertThat(copy.actual()).isEqualTo(published.actual());
    assertThat(copy.funds()).isEqualTo(published.funds());
    assertThat(copy.statedExecutionRate()).isEqualTo(published.statedExecutionRate());
    assertThat(copy.statedExecutionScore()).isEqualTo(published.statedExecutionScore());
    assertThat(copy.indicators()).isEqualTo(published.indicators());
    // nothing lost: the copies are kept, one stray cell each
    assertThat(copy.strayCells().size()).isGreaterThan(published.strayCells().size());
  }

  private static Project read(String text, String name) {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(text, name);
    return r.value().projects().get(0);
  }

  /**
   * The form's lines with the first column's funds caption (the cell left of the header naming
   * 预算数 or 执行数) copied into the rows below it whose first cell is blank, down to the first row
   * whose first cell is not.
   */
  private static List<String> fillCaptionDown(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    for (int r = 0; r < lines.size(); r++) {
      String[] cells = lines.get(r).split("\t", -1);
      boolean header = lines.get(r).contains("执行数") && !cells[0].isBlank();
      if (!header) {
        continue;
      }
      for (int k = r + 1; k < lines.size(); k++) {
        String[] below = lines.get(k).split("\t", -1);
        if (!below[0].isBlank() || below.length < 2 || String.join("", below).isBlank()) {
          break;
        }
        below[0] = cells[0];
        out.set(k, String.join("\t", below));
      }
      return out;
    }
    return out;
  }
}
