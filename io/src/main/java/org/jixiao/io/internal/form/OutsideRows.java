package org.jixiao.io.internal.form;

import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a text that stand outside every form: a unit line of the form below, kept for it; a
 * report printed above the first form and its rows (INFO JX-I-0260); any other row a note (INFO or
 * WARNING JX-I-0201). Each is kept as a note of the document.
 */
final class OutsideRows {
  private final FormGrid g;
  private final FormSink sink;
  private final List<String> notes;
  private final UnitLine unitAbove;

  /** The title of a report printed above the first form, once one is seen. */
  private @Nullable String report;

  OutsideRows(FormGrid g, FormSink sink, List<String> notes, UnitLine unitAbove) {
    this.g = g;
    this.sink = sink;
    this.notes = notes;
    this.unitAbove = unitAbove;
  }

  /** A row outside every form: a unit line of the form below, a report's title or row, or a note. */
  void row(int r, int first) {
    if (g.count(r) == 1 && unitAbove.take(g, r, first)) {
      return; // the unit of the form below, not a note
    }
    notes.add(g.joined(r, 0));
    boolean lone = g.count(r) == 1;
    String text = g.text(r, first);
    if (lone && namesAReport(text)) {
      report = text;
    }
    if (report != null && !formLike(r, first)) {
      // a report printed above its form (黄冈市档案馆 2020: 项目绩效自评报告, then 附件2 the 自评表): its rows are
      // the report's, not the tail of a form cut off above
      sink.report(FormDiagnostics.OUTSIDE_FORM, Severity.INFO, Msg.of("JX-I-0260").arg("report", report), r, first, text);
      return;
    }
    sink.report(
        FormDiagnostics.OUTSIDE_FORM,
        lone ? Severity.INFO : Severity.WARNING,
        Msg.of("JX-I-0201"),
        r,
        first,
        text);
  }

  /**
   * Whether a lone line titles a report of a year (黄冈市档案馆2020年度 项目绩效自评报告, …绩效评价报告): it
   * ends in 报告, names 绩效 or 评价 and a year, and is no sentence or note (认真撰写年度绩效自评报告,
   * 注：本表须随附项目绩效自评报告, a task, have no year or carry a colon or a sentence's marks).
   */
  static boolean namesAReport(String text) {
    String key = FormText.key(text);
    return text.length() <= 60 && key.endsWith("报告") && (key.contains("绩效") || key.contains("评价"))
        && FormText.year(text) > 0 && text.chars().noneMatch(ch -> "：:，,。；;".indexOf(ch) >= 0)
        && FormTitles.TASK_VERBS.stream().noneMatch(key::startsWith);
  }

  /**
   * Whether a row under a report's title reads as part of a form (a level label, a 总分): the tail of
   * a form cut off above may stand there too, and keeps its WARNING.
   */
  private boolean formLike(int r, int first) {
    if (FormParser.TOTAL_KEYS.contains(FormText.key(g.text(r, first)))) {
      return true;
    }
    for (int c = first; c >= 0; c = g.next(r, c + 1)) {
      String k = FormText.categoryKey(g.text(r, c));
      if (!k.isEmpty() && (Category.fromLabel(k).isPresent() || Subcategory.fromLabel(k).isPresent())) {
        return true;
      }
    }
    return false;
  }
}
