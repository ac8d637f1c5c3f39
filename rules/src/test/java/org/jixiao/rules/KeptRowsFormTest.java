package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.junit.jupiter.api.Test;

/**
 * A form whose first indicator rows lost their 一级 and 二级 in a copy: the reader keeps those
 * rows whole as stray cells, each on its line, and their 分值 are the points the indicators read
 * lack. The evaluator then says where those points are (JX-R-0112), not that the form may be cut
 * (JX-R-0111); the score is the same either way.
 */
class KeptRowsFormTest {
  private final Evaluator evaluator = Evaluator.defaults();

  /** 100 → 100 万元, execution 分值 10, indicators printing 60 of their 90 points, these cells kept. */
  private static Project form(StrayCell... kept) {
    return Project.builder()
        .from(
            CutFormsTest.form(
                FormWeightsTest.weighted(Subcategory.QUALITY, "100%", "100%", "30"),
                FormWeightsTest.weighted(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "30")))
        .addStrayCells(kept)
        .build();
  }

  /** The cells of a kept row on {@code line}: its name, target, actual and 分值. */
  private static StrayCell[] row(long line, String name, String points) {
    return new StrayCell[] {
      StrayCell.of(line, 3, Optional.of("三级指标"), name),
      StrayCell.of(line, 4, Optional.of("年度指标值"), "≥10人"),
      StrayCell.of(line, 5, Optional.of("实际完成值"), "12人"),
      StrayCell.of(line, 6, Optional.of("分值"), points),
    };
  }

  private static StrayCell[] concat(StrayCell[] a, StrayCell[] b) {
    StrayCell[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static List<Finding> points(Evaluation e) {
    return e.findings().stream().filter(f -> f.code().startsWith("JX-R-011") && !f.code().equals("JX-R-0110")).toList();
  }

  @Test
  void pointsInRowsKeptWithoutLevelsAreSaidToBeThereNotCut() {
    Evaluation e = evaluator.evaluate(form(concat(row(8, "培训人数", "20"), row(9, "发放人数", "10分"))));

    assertThat(points(e)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-R-0112");
      assertThat(f.args()).containsEntry("kept", "30").containsEntry("rows", "2").containsEntry("first", "培训人数").containsEntry("line", "8");
      assertThat(f.message()).contains("第8行“培训人数”").contains("没有一级、二级指标类别").doesNotContain("截断");
    });
    // the points are treated as before: the score is the one JX-R-0111 came with
    Evaluation cut = evaluator.evaluate(form());
    assertThat(e.score()).isEqualTo(cut.score());
    assertThat(e.provisional()).isEqualTo(cut.provisional());
    assertThat(points(cut)).extracting(Finding::code).containsExactly("JX-R-0111");
  }

  @Test
  void keptRowsHoldingPartOfThePointsAreNamedAndTheRestSaidNotRead() {
    Evaluation e = Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(form(row(8, "培训人数", "20")));

    assertThat(points(e)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-R-0113");
      assertThat(f.args()).containsEntry("kept", "20").containsEntry("missing", "30").containsEntry("rest", "10");
      assertThat(f.message()).contains("“培训人数” on line 8").contains("the other 10 points belong to indicators not in what was read");
    });
  }

  @Test
  void cellsWithoutLinesOrANameBesideNoPointsAreNoKeptRow() {
    // no line: rows cannot be told; a 其中 sub-row's name with no 分值, and a 分值 on another line
    StrayCell noLine = StrayCell.of(3, Optional.of("三级指标"), "培训人数");
    StrayCell noLinePoints = StrayCell.of(6, Optional.of("分值"), "30");
    StrayCell subRow = StrayCell.of(12, 3, Optional.of("三级指标"), "其中：男性");
    StrayCell fundsPoints = StrayCell.of(4, 6, Optional.of("分值"), "10");

    assertThat(points(evaluator.evaluate(form(noLine, noLinePoints, subRow, fundsPoints))))
        .extracting(Finding::code).containsExactly("JX-R-0111");
  }

  @Test
  void keptRowsWithMorePointsThanAreMissingStillHoldThem() {
    // a form's 分值 may add up to more than its total (10 + 110): 50 kept against 30 missing
    assertThat(points(evaluator.evaluate(form(row(8, "培训人数", "50"))))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-R-0112");
      assertThat(f.args()).containsEntry("kept", "50").containsEntry("missing", "30");
    });
  }

  @Test
  void aRowWhoseLevelIsPrintedButUnknownDidNotLoseItsLevels() {
    // 过程指标 | 资金管理 | 资金使用合规性 (JX-I-0234): the levels are there, the model does not know them
    StrayCell[] row = concat(
        new StrayCell[] {
          StrayCell.of(8, 1, Optional.of("一级指标"), "过程指标"), StrayCell.of(8, 2, Optional.of("二级指标"), "资金管理")
        },
        row(8, "资金使用合规性", "30"));
    assertThat(points(evaluator.evaluate(form(row)))).extracting(Finding::code).containsExactly("JX-R-0111");
  }

  @Test
  void aSubRowsPointsArePartOfTheRowAbove() {
    // 补助种植面积 30, 其中桃树 10, 其中蔬菜 20: 30 kept, not 60
    StrayCell[] rows = concat(concat(row(8, "补助种植面积", "30"), row(9, "其中：桃树种植面积", "10")), row(10, "其中蔬菜种植面积", "20"));
    assertThat(points(evaluator.evaluate(form(rows)))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-R-0112");
      assertThat(f.args()).containsEntry("kept", "30").containsEntry("rows", "1");
    });
  }

  @Test
  void aNameColumnHeadedWithItsFullNameAndFullWidthPointsCount() {
    StrayCell[] row = {
      StrayCell.of(8, 3, Optional.of("三级指标名称"), "培训人数"), StrayCell.of(8, 6, Optional.of("分值（分）"), "３０")
    };
    assertThat(points(evaluator.evaluate(form(row)))).extracting(Finding::code).containsExactly("JX-R-0112");
  }
}
