package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.grid.GridLayout;
import org.jixiao.io.table.TableFormat;
import org.junit.jupiter.api.Test;

class FormWriterTest {
  private static final Trace T = Trace.of("test", "test", "test");

  private static Project zhongjiang() throws IOException {
    return FormReader.builder().build().read(Fixtures.path(Fixtures.ZHONGJIANG)).value().projects().get(0);
  }

  private static IndicatorResult scored(int index, Indicator i, String weight, String points) {
    return IndicatorResult.builder().index(index).category(i.category()).subcategory(i.subcategory())
        .outcome(Outcome.SCORED).weight(new BigDecimal(weight)).fraction(BigDecimal.ONE.min(new BigDecimal(points).divide(new BigDecimal(weight), 4, java.math.RoundingMode.HALF_UP)))
        .points(new BigDecimal(points)).trace(T).build();
  }

  @Test
  void writesTheComputedScoresTotalAndGradeOfAnEvaluation() throws IOException {
    Project p = zhongjiang();
    List<Indicator> all = p.indicators().indicators();
    Evaluation.Builder e = Evaluation.builder().profile("test").project(p.name()).status(Status.MOSTLY_COMPLETED)
        .execution(ExecutionResult.builder().rate(new BigDecimal("100.00")).weight(BigDecimal.TEN).points(new BigDecimal("10.00")).trace(T).build());
    for (int i = 0; i < all.size(); i++) {
      e.addIndicators(i == 0
          ? scored(0, all.get(0), "9.00", "4.50")
          : IndicatorResult.builder().index(i).category(all.get(i).category()).outcome(Outcome.UNDETERMINED).weight(BigDecimal.ZERO).trace(T).build());
    }
    Evaluation evaluation = e.score(new BigDecimal("84.50")).grade(Grade.GOOD).build();
    GridLayout form = FormWriter.builder().build().layout(p, 2022, evaluation);
    String text = FormWriter.builder().build().writeToString(
        PerformanceTable.builder().from(readTable()).build(), List.of(evaluation));
    assertThat(text).contains("年度资金总额\t\t20\t20\t10\t100.00%\t10.00\n"); // the funds block: 分值, computed rate and points
    assertThat(text).contains("安装坡面水标尺\t≥266米\t≥266米\t10\t4.50"); // stated 分值, computed 得分
    assertThat(text).contains("水标尺宽度\t≥50厘米\t≥50厘米\t10\n"); // not scored: blank 得分
    assertThat(text).contains("总分\t\t\t\t\t\t110\t84.50\n");
    assertThat(text).contains("自评等级\t" + Grade.GOOD.label() + "\n");
    assertThat(form.rows().get(0).get(0)).isEqualTo("项目支出绩效自评表");
    assertThat(form.rows().get(1).get(0)).isEqualTo("(2022年度)");
  }

  private static PerformanceTable readTable() throws IOException {
    return FormReader.builder().build().read(Fixtures.path(Fixtures.ZHONGJIANG)).value();
  }

  @Test
  void anEvaluationOfAnotherProjectIsRefused() throws IOException {
    Project p = zhongjiang();
    Evaluation other = Evaluation.builder().profile("t").project("别的项目").status(Status.UNDETERMINED)
        .execution(ExecutionResult.builder().weight(BigDecimal.TEN).trace(T).build()).build();
    assertThatThrownBy(() -> FormWriter.builder().build().layout(p, -1, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("别的项目");
  }

  @Test
  void theLayoutMergesTheTitleAndEachRunOfLevelOneAndLevelTwoCategories() throws IOException {
    GridLayout form = FormWriter.builder().build().layout(zhongjiang(), 2022, null);
    int header = -1;
    for (int r = 0; r < form.height(); r++) {
      if (form.text(r, 1).equals("一级指标")) {
        header = r;
      }
    }
    assertThat(header).isPositive();
    // 产出 6 rows, 效益 2, 满意度 1; 数量 2 rows, 时效 2 rows.
    assertThat(form.merges()).contains(
        new GridLayout.Region(0, 0, 1, form.width()),
        new GridLayout.Region(header + 1, 1, 6, 1),
        new GridLayout.Region(header + 7, 1, 2, 1),
        new GridLayout.Region(header + 1, 2, 2, 1),
        new GridLayout.Region(header + 4, 2, 2, 1));
    assertThat(form.text(header + 2, 1)).isEmpty();
    assertThat(form.asGrid("x").continuesMerge(header + 2, 1)).isTrue();
    assertThat(form.columnWidths()).hasSize(form.width());
  }

  @Test
  void csvUsesCrlfAndQuotesCellsWithCommas() throws IOException {
    String csv = FormWriter.builder().format(TableFormat.CSV).build().writeToString(readTable());
    assertThat(csv).contains("\r\n").contains("\"对农村地区供水计量设施设备进行改进,");
    PerformanceTable back = FormReader.builder().build().read(new StringReader(csv), "back.csv").value();
    assertThat(back.projects()).containsExactlyElementsOf(readTable().projects());
  }

  @Test
  void aLayoutRejectsOverlappingOrOutOfGridRegions() {
    List<List<String>> rows = List.of(List.of("a", "", ""), List.of("", "", ""));
    assertThatThrownBy(() -> GridLayout.of(rows, List.of(new GridLayout.Region(0, 0, 1, 2), new GridLayout.Region(0, 1, 2, 1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    assertThatThrownBy(() -> GridLayout.of(rows, List.of(new GridLayout.Region(1, 1, 2, 1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    assertThatThrownBy(() -> GridLayout.of(List.of(List.of("a", "b")), List.of(new GridLayout.Region(0, 0, 1, 2)), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covered");
  }
}
