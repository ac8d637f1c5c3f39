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
    // the funds block: stated 分值, the weight used (折算分值), computed rate and points
    assertThat(text).contains("年度资金总额\t\t20\t20\t10\t10\t100.00%\t10.00\n");
    assertThat(text).contains("安装坡面水标尺\t≥266米\t≥266米\t10\t9.00\t4.50"); // stated 分值, weight used, computed 得分
    assertThat(text).contains("水标尺宽度\t≥50厘米\t≥50厘米\t10\t0\n"); // not scored: weight 0, blank 得分
    assertThat(text).contains("总分\t\t\t\t\t\t110\t19.00\t84.50\n");
    assertThat(text).contains("自评等级\t" + Grade.GOOD.label() + "\n");
    assertThat(form.rows().get(0).get(0)).isEqualTo("项目支出绩效自评表");
    assertThat(form.rows().get(1).get(0)).isEqualTo("(2022年度)");
  }

  /** Every indicator scored in full against the weight given for it (points = weight). */
  private static Evaluation fullMarks(Project p, String executionWeight, List<String> weights) {
    List<Indicator> all = p.indicators().indicators();
    assertThat(weights).hasSameSizeAs(all);
    BigDecimal total = new BigDecimal(executionWeight);
    Evaluation.Builder e = Evaluation.builder().profile("test").project(p.name()).status(Status.COMPLETED)
        .execution(ExecutionResult.builder().rate(new BigDecimal("100.00")).weight(new BigDecimal(executionWeight))
            .points(new BigDecimal(executionWeight)).trace(T).build());
    for (int i = 0; i < all.size(); i++) {
      e.addIndicators(scored(i, all.get(i), weights.get(i), weights.get(i)));
      total = total.add(new BigDecimal(weights.get(i)));
    }
    return e.score(total).grade(Grade.EXCELLENT).build();
  }

  /** The column of the indicator header whose text is {@code label}, -1 when none. */
  private static int column(GridLayout form, int header, String label) {
    for (int c = 0; c < form.width(); c++) {
      if (form.text(header, c).equals(label)) {
        return c;
      }
    }
    return -1;
  }

  private static int row(GridLayout form, int column, String text) {
    for (int r = 0; r < form.height(); r++) {
      if (form.text(r, column).equals(text)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + text);
  }

  @Test
  void anEvaluatedFormPrintsTheWeightEachScoreWasComputedAgainstBesideTheStatedOne() throws IOException {
    // 中江县 (https://chacewang.com/newsdetail/news242266.html) states 分值 10 + 100: a profile
    // following the form's 分值 (sichuan-2023) scores its indicators out of 90, each 分值 × 0.9.
    Project p = zhongjiang();
    List<String> used = List.of("9.00", "9.00", "18.00", "9.00", "9.00", "9.00", "9.00", "9.00", "9.00");
    Evaluation evaluation = fullMarks(p, "10", used);
    GridLayout form = FormWriter.builder().build().layout(p, 2022, evaluation);
    int header = row(form, 1, "一级指标");
    int stated = column(form, header, "分值");
    int scaled = column(form, header, "折算分值");
    int score = column(form, header, "得分");
    assertThat(scaled).as("a column of the weights used, between 分值 and 得分").isEqualTo(stated + 1).isEqualTo(score - 1);
    List<Indicator> all = p.indicators().indicators();
    for (int i = 0; i < all.size(); i++) {
      int r = header + 1 + i;
      assertThat(form.text(r, stated)).isEqualTo(all.get(i).weight().orElseThrow().toPlainString()); // as printed
      assertThat(form.text(r, scaled)).isEqualTo(used.get(i));
      assertThat(new BigDecimal(form.text(r, score))).isLessThanOrEqualTo(new BigDecimal(form.text(r, scaled)));
    }
    int funds = row(form, 1, "年度资金总额");
    int fundsScaled = column(form, funds - 1, "折算分值");
    assertThat(fundsScaled).isEqualTo(column(form, funds - 1, "分值") + 1);
    assertThat(form.text(funds, fundsScaled)).isEqualTo("10");
    int total = row(form, 0, "总分");
    assertThat(form.text(total, stated)).isEqualTo("110"); // the form's own sum, kept
    assertThat(form.text(total, scaled)).isEqualTo("100.00"); // what the 得分 are out of
    assertThat(form.text(total, score)).isEqualTo("100.00");

    // The stated 分值 read back as they were, not as the weights used.
    String text = FormWriter.builder().build().writeToString(readTable(), List.of(evaluation));
    Project back = FormReader.builder().build().read(text, "back.tsv").value().projects().get(0);
    assertThat(back.indicators().indicators()).extracting(Indicator::weight)
        .containsExactlyElementsOf(all.stream().map(Indicator::weight).toList());
    assertThat(back.statedExecutionWeight()).isEqualTo(p.statedExecutionWeight());
  }

  @Test
  void anEvaluatedFormLeavesAWeightTheFormDidNotStateBlankAndPrintsTheWeightUsedBesideIt() throws IOException {
    // The 20/80 form of 区商务局 prints no 分值 per indicator, only 得分 (fixture SHANGWU).
    PerformanceTable table = FormReader.builder().build().read(Fixtures.path(Fixtures.SHANGWU)).value();
    Project p = table.projects().get(0);
    assertThat(p.indicators().indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.weight()).isEmpty());
    List<String> used = p.indicators().indicators().stream().map(i -> "10.00").toList();
    Evaluation evaluation = fullMarks(p, "20", used);
    GridLayout form = FormWriter.builder().build().layout(p, 2020, evaluation);
    int header = row(form, 1, "一级指标");
    int stated = column(form, header, "分值");
    int scaled = column(form, header, "折算分值");
    assertThat(scaled).isPositive();
    for (int i = 0; i < used.size(); i++) {
      assertThat(form.text(header + 1 + i, stated)).isEmpty();
      assertThat(form.text(header + 1 + i, scaled)).isEqualTo("10.00");
    }
    String text = FormWriter.builder().build().writeToString(table, List.of(evaluation));
    Project back = FormReader.builder().build().read(text, "back.tsv").value().projects().get(0);
    assertThat(back.indicators().indicators()).hasSameSizeAs(p.indicators().indicators()).allSatisfy(i -> assertThat(i.weight()).isEmpty());
    assertThat(back.statedExecutionWeight()).isEqualTo(p.statedExecutionWeight());
  }

  @Test
  void aFormEvaluatedWithItsOwnWeightsHasNoColumnOfWeightsUsed() throws IOException {
    Project p = zhongjiang();
    List<String> stated = p.indicators().indicators().stream().map(i -> i.weight().orElseThrow().toPlainString()).toList();
    GridLayout form = FormWriter.builder().build().layout(p, 2022, fullMarks(p, "10", stated));
    assertThat(column(form, row(form, 1, "一级指标"), "折算分值")).isEqualTo(-1);
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
