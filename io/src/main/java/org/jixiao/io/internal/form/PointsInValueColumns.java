package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.label.Labels;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * An indicator block whose 指标值 and 实际完成值 columns hold each indicator's points (四川阆中
 * 2021, a template with no 分值 column: `建设普通省道二级公路32.1公里 | 20 | 20`, 20 + 20 + 10 + 10 +
 * 10 + 10 + 20 = 100). The reading stays as printed: the headings say targets and actuals, and
 * where the figures are a weight and a score, actual ÷ target is that score's share of the weight
 * anyway. But a WARNING says so (JX-I-0242) when every indicator of a block without 分值 or 得分
 * column has a bare figure in both columns (no unit, no 指标性质), each actual at most its target,
 * at least three of them, and the targets add up to a total of points (100, or 90 when the
 * execution's 10 is apart).
 */
final class PointsInValueColumns {
  /** The block's header row, the target's column and the index of its first indicator. */
  record Block(int row, int column, String heading, int first) {}

  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MIN_ROWS = 3;

  private PointsInValueColumns() {}

  static void check(FormDraft d, FormSink sink) {
    Block block = d.valueBlock;
    if (block == null) {
      return;
    }
    List<Indicator> rows = d.indicators.subList(Math.min(block.first(), d.indicators.size()), d.indicators.size());
    if (rows.size() < MIN_ROWS) {
      return;
    }
    BigDecimal targets = BigDecimal.ZERO;
    BigDecimal actuals = BigDecimal.ZERO;
    for (Indicator i : rows) {
      BigDecimal target = bare(i.target().orElse(""));
      BigDecimal actual = bare(i.actual().orElse(""));
      if (target == null || actual == null || actual.compareTo(target) > 0 || i.nature().isPresent()
          || i.measureUnit().isPresent()) {
        return;
      }
      targets = targets.add(target);
      actuals = actuals.add(actual);
    }
    if (targets.compareTo(HUNDRED) != 0 && targets.compareTo(NINETY) != 0) {
      return;
    }
    sink.report(FormDiagnostics.POINTS_IN_VALUE_COLUMNS, Severity.WARNING,
        Msg.of("JX-I-0242").arg("targets", targets.stripTrailingZeros().toPlainString())
            .arg("actuals", actuals.stripTrailingZeros().toPlainString()),
        block.row(), block.column(), block.heading());
  }

  /** The figure of a cell that is only a figure ({@code 20}, {@code 12.5}), else null. */
  private static @Nullable BigDecimal bare(String text) {
    String t = Labels.normalize(text).strip();
    return FormText.isDecimal(t) ? new BigDecimal(t) : null;
  }
}
