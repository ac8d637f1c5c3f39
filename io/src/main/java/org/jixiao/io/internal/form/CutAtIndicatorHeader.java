package org.jixiao.io.internal.form;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * A copy that ends at the indicator block's header (四川炉霍 2021: {@code 绩效指标 | 一级 指标 | 二级指标 |
 * … | 未完成原} and nothing after it). Most stored copies of published forms are cut, and one cut
 * there leaves a project without indicators: the rules then say the project has no output, benefit or
 * satisfaction indicators, a fault of the project, when it is the copy that stops. The reader says so
 * (JX-I-0247, WARNING) where it sees it: a header with no row of the form under it and no indicator read.
 */
final class CutAtIndicatorHeader {
  private CutAtIndicatorHeader() {}

  static void check(FormGrid g, FormDraft d, FormSink sink) {
    int row = d.indicatorHeaderRow;
    if (row < 0 || d.rowsBelowIndicatorHeader || !d.indicators.isEmpty()) {
      return;
    }
    int first = Math.max(g.first(row), 0);
    sink.report(FormDiagnostics.CUT_AT_INDICATOR_HEADER, Severity.WARNING, Msg.of("JX-I-0247"), row, first,
        g.text(row, first));
  }
}
