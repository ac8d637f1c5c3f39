package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The Hebei form's 自评得分 in three cells (河北成安 2020): 单项指标得分 | 权重占比(%) | 单项指标折算得分.
 * The template's own arithmetic says what each is: 折算得分 = 单项指标得分 × 权重占比 / 100, so
 * 单项指标得分 is a score out of 100 and 折算得分 the points the indicator earned out of its weight,
 * which is what a form's 得分 is. Where a row's figures obey that arithmetic, 折算得分 is read as the
 * indicator's stated score and 单项指标得分, which the model has no field for, is kept as a stray
 * cell (JX-I-0240). Where they do not, or one is missing, neither is taken for the score: both are
 * kept (JX-I-0241). The weight itself is read by the indicator block.
 */
final class ConvertedScore {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final FormGrid g;
  private final FormSink sink;
  private final int row;
  private final FormDraft d;
  private final String[] headers;

  ConvertedScore(FormGrid g, FormSink sink, int row, FormDraft d, String[] headers) {
    this.g = g;
    this.sink = sink;
    this.row = row;
    this.d = d;
    this.headers = headers;
  }

  /**
   * @param scoreColumn the 单项指标得分 column, or -1
   * @param weight the row's 权重占比 as read, or null
   * @param convertedColumn the 单项指标折算得分 column, or -1
   * @return the stated score (the 折算得分), or null when it cannot be told
   */
  @Nullable BigDecimal read(int scoreColumn, @Nullable BigDecimal weight, int convertedColumn) {
    String scoreText = text(scoreColumn);
    String convertedText = text(convertedColumn);
    if (FormText.isNothing(scoreText) && FormText.isNothing(convertedText)) {
      return null; // nothing stated (a template row, or a form not yet scored)
    }
    BigDecimal score = figure(scoreText);
    BigDecimal converted = figure(convertedText);
    if (score != null && converted != null && weight != null && agrees(score, weight, converted)) {
      keep(scoreColumn, scoreText);
      sink.report(FormDiagnostics.SUB_SCORES, Severity.INFO,
          Msg.of("JX-I-0240").arg("score", scoreText.strip()).arg("converted", convertedText.strip()),
          row, scoreColumn, scoreText);
      return converted;
    }
    keep(scoreColumn, scoreText);
    keep(convertedColumn, convertedText);
    int at = FormText.isNothing(convertedText) ? scoreColumn : convertedColumn;
    sink.report(FormDiagnostics.SUB_SCORES, Severity.WARNING, Msg.of("JX-I-0241"), row, at, text(at));
    return null;
  }

  /** Whether 折算得分 is 单项指标得分 × 权重占比 / 100, within the rounding of its printed decimals. */
  static boolean agrees(BigDecimal score, BigDecimal weight, BigDecimal converted) {
    BigDecimal expected = score.multiply(weight).movePointLeft(2);
    BigDecimal tolerance = HALF.movePointLeft(Math.max(converted.scale(), 0));
    return expected.subtract(converted).abs().compareTo(tolerance) <= 0;
  }

  private String text(int column) {
    return column >= 0 ? g.text(row, column) : "";
  }

  private static @Nullable BigDecimal figure(String text) {
    FormNumber n = FormNumber.points(text);
    return n.percent() || n.value() == null || n.value().signum() < 0 ? null : n.value();
  }

  private void keep(int column, String text) {
    if (column >= 0 && !text.isEmpty()) {
      d.stray(row, column, headers[column], text);
    }
  }
}
