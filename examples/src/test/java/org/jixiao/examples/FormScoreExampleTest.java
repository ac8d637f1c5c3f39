package org.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.form.FormReader;
import org.jixiao.io.form.FormWriter;
import org.jixiao.io.grid.GridLayout;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * End to end: a real published single-project form (项目支出绩效自评表, fixtures and sources in
 * {@code src/test/resources/forms}, copied from io's) is read by {@link FormReader}, evaluated by
 * the rules' {@link Evaluator}, and the computed total is compared with the 总分 printed on it.
 * Only complete forms print a 总分, and only those are compared with it.
 */
class FormScoreExampleTest {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.1");

  /** The one project of a form fixture of {@code src/test/resources/forms}, read by {@link FormReader}. */
  static Project read(String fixture) throws IOException {
    try (InputStream bytes = FormScoreExampleTest.class.getResourceAsStream("/forms/" + fixture)) {
      assertThat(bytes).as(fixture).isNotNull();
      Reader in = new InputStreamReader(bytes, StandardCharsets.UTF_8);
      PerformanceTable table = FormReader.builder().build().read(in, fixture).value();
      assertThat(table.projects()).hasSize(1);
      return table.projects().get(0);
    }
  }

  static List<String> codes(Evaluation e) {
    return e.findings().stream().map(Finding::code).toList();
  }

  /**
   * 施甸 2019 (file 16): the rate printed as the fraction 0.1 for 94 / 650 = 14.46 % is that rate
   * shown at one decimal (INFO JX-R-0263), not a rate of 0.1 % (ERROR JX-R-0261), and the 得分 2.9
   * agrees with 20 × 14.46 %. The form prints no 分值; its 得分 imply 20, 20, 20, 10 and 10 once
   * read as B / A not capped at the target (JX-R-0115: 31.9 = 12767.36 / 8000 × 20). The official
   * rules cap them: the total is 58.17, and the 总分 71.7 and the three 得分 above their 分值
   * (JX-R-0286) are the differences to report.
   */
  @Test
  void theShidianFormsFractionRateAgreesAndItsUncappedScoresDoNot() throws IOException {
    Project form = read("twenty-eighty_rate-as-fraction-uncapped-scores_shidian-xinxingzhuti-2019.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);
    assertThat(form.statedExecutionRate()).contains(new BigDecimal("0.1"));
    assertThat(e.execution().rate()).contains(new BigDecimal("14.46"));
    assertThat(codes(e)).contains("JX-R-0263", "JX-R-0115").doesNotContain("JX-R-0261", "JX-R-0262", "JX-R-0283");
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("20.00", "20.00", "20.00", "10.00", "10.00");
    assertThat(e.score()).contains(new BigDecimal("58.17"));
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0282"))
        .extracting(f -> f.args().get("stated"))
        .containsExactly("71.7");
    // each of the three is above its 分值, which no reading of its row can give (JX-R-0286)
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0286"))
        .extracting(f -> f.args().get("stated"), f -> f.args().get("weight"))
        .containsExactly(tuple("31.9", "20"), tuple("10.5", "10"), tuple("11.1", "10"));
  }

  @Test
  void theStandardTianchangFormEvaluatesToItsPrinted100() throws IOException {
    Project form = read("standard-10pt_tianchang-shuihan-2022.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);
    assertThat(form.statedScore()).contains(new BigDecimal("100"));
    assertThat(e.score()).hasValueSatisfying(s -> assertThat(s.subtract(new BigDecimal("100")).abs()).isLessThanOrEqualTo(TOLERANCE));
    assertThat(e.execution().points()).contains(new BigDecimal("10.00"));
    // Seven of the ten indicators print only a name, 分值 and 得分 (no 年度指标值 / 实际完成值):
    // the rules call them not applicable and give their weight to the three that can be judged.
    assertThat(e.indicators()).filteredOn(r -> r.outcome() == Outcome.SCORED).hasSize(3);
  }

  @Test
  void aMirrorsGlossedCopyIsScoredAsItsWordsAndItsOwnMiscountIsFound() throws IOException {
    // 黄冈 2020 in traditional characters with pinyin after each one (項(xiàng)目, 進(jìn)度指標(biāo)): every actual
    // equals its target, 98% against 98% among them, yet the form gives that one 19.6 of its 20
    // points and prints a 总分 of 99.6
    Project form = read("mirror-traditional-pinyin_twenty-eighty-jindu-level_huanggang-shuitubaochi-2020.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);
    assertThat(form.statedScore()).contains(new BigDecimal("99.6"));
    assertThat(e.indicators()).hasSize(5).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.SCORED));
    assertThat(e.score()).contains(new BigDecimal("100.00"));
    // the form prints no 分值: 10, 10, 20 and 20 met in full imply theirs, and the 19.6 takes the
    // 20 they leave of 80 (JX-R-0114); that 得分 and the 总分 are then the two differences
    assertThat(e.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("10.00", "10.00", "20.00", "20.00", "20.00");
    assertThat(codes(e)).contains("JX-R-0114").doesNotContain("JX-R-0283");
    assertThat(e.findings()).filteredOn(f -> f.code().equals("JX-R-0282"))
        .extracting(f -> f.args().get("stated"))
        .containsExactly("99.6", "19.6");
  }

  @Test
  void theTransferFundFormWhoseWeightsAddUpTo110EvaluatesToItsPrinted100() throws IOException {
    Project form = read("xianjie-transfer_score-sum-110_zhongjiang-biaochi-2022.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);
    assertThat(form.statedScore()).contains(new BigDecimal("100"));
    assertThat(e.score()).contains(new BigDecimal("100.00"));
    // The rules rescale the form's 分值 (10 + 100) to 100 and say so.
    assertThat(codes(e)).contains("JX-R-0206");
  }

  @Test
  void theTwentyEightyFormIsScoredBelowItsPrinted100AndTheFindingsSayWhy() throws IOException {
    Project form = read("twenty-eighty_no-weight-column_shangwu-fuwumaoyi-2020.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);
    assertThat(form.statedScore()).contains(new BigDecimal("100"));
    assertThat(form.statedExecutionWeight()).contains(new BigDecimal("20")); // from 预算执行情况(20 分)
    assertThat(e.execution().points()).contains(new BigDecimal("20.00"));
    // 产出指标 (60 分) and 效益指标 (40 分) are the categories' weights, as proportions of the 80
    // the execution leaves: 48 over six output rows, 32 for the benefits.
    assertThat(form.statedCategoryWeights()).containsEntry(Category.OUTPUT, new BigDecimal("60")).containsEntry(Category.BENEFIT, new BigDecimal("40"));
    assertThat(e.indicators().subList(0, 6)).allSatisfy(r -> assertThat(r.weight()).isEqualByComparingTo("8.00"));
    // The form gives every indicator full marks. The rules cannot judge '有利于推动企业走出去'
    // (no completion word, no figure in the target), so the 32 go to the other benefit, read
    // '较好把握' as 85 %: 48 + 27.20 + 20 = 95.20, provisional.
    assertThat(e.indicators().get(6).weight()).isEqualByComparingTo("32.00");
    assertThat(e.score()).contains(new BigDecimal("95.20"));
    assertThat(e.provisional()).isTrue();
    assertThat(e.indicators().get(7).outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(e.indicators().get(6).fraction()).contains(new BigDecimal("0.85"));
    assertThat(codes(e)).contains("JX-R-0103", "JX-R-0282");
  }

  @Test
  void anExecutionWeightPrintedAsTheWholeTotalIsNotTakenAsTheWeight() throws IOException {
    // 鄂州 2021: the funds row prints 分值 100 beside indicators with 分值 of their own. Taken as
    // printed it left every indicator a weight of 0 and the score 83.5 (8.35 × 10) without a word;
    // read as a careful reviewer reads it, execution has the template's 10 and the indicators the
    // rest. The copy is cut in its 社会效益 row: 70 of the indicators' 90 points are seen, so the
    // score is provisional (JX-R-0111).
    Project form = read("standard-execution-weight-100_ezhou-shiminzhongxin-2021.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);
    assertThat(form.statedExecutionWeight()).contains(new BigDecimal("100"));
    assertThat(e.execution().weight()).isEqualByComparingTo("10");
    assertThat(e.execution().points()).contains(new BigDecimal("8.35"));
    assertThat(e.indicators()).filteredOn(r -> r.outcome() == Outcome.SCORED)
        .allSatisfy(r -> assertThat(r.weight().signum()).isPositive());
    assertThat(e.score()).contains(new BigDecimal("95.26"));
    assertThat(e.provisional()).isTrue();
    assertThat(codes(e)).contains("JX-R-0208", "JX-R-0111").doesNotContain("JX-R-0206");
  }

  @Test
  void aFormLaidOutWithMergedCellsAsASpreadsheetRendersItEvaluatesTheSame() throws IOException {
    Project form = read("xianjie-transfer_score-sum-110_zhongjiang-biaochi-2022.tsv");
    GridLayout sheet = FormWriter.builder().build().layout(form, 2022, null);
    Project back = FormReader.builder().build().read(sheet.asGrid("中江")).value().projects().get(0);
    assertThat(back).isEqualTo(form);
    assertThat(Evaluator.defaults().evaluate(back).score()).isEqualTo(Evaluator.defaults().evaluate(form).score());
  }
}
