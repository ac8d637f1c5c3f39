package org.jixiao.io.internal.form;

import java.util.List;

/**
 * What a form's title and the year line under it look like: a title names a 绩效自评表 and is no
 * note or task (注：…, 按时完成…自评表填报), a year line is a year and nothing else.
 */
final class FormTitles {
  private FormTitles() {}

  /** 注：…, 说明：…, or a sentence (a title has no comma or full stop). */
  static boolean isNote(String folded) {
    for (String start : NOTE_STARTS) {
      if (folded.startsWith(start)) {
        return true;
      }
    }
    for (int i = 0; i < folded.length(); i++) {
      if (SENTENCE_MARKS.indexOf(folded.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NOTE_STARTS = List.of("注", "说明", "备注", "填报说明", "附注");

  private static final String SENTENCE_MARKS = "，,。；;";

  /** A title by itself: it ends in 绩效自评表 (a bracketed year after it aside) and is no task to do. */
  static boolean namesAForm(String folded) {
    String t = folded.strip();
    int bracket = t.indexOf('(');
    if (bracket > 0 && t.endsWith(")")) {
      t = t.substring(0, bracket).strip(); // 项目支出绩效自评表(2022年度)
    }
    if (!t.endsWith("绩效自评表") && !t.endsWith("绩效评价表")) {
      return false;
    }
    for (String verb : TASK_VERBS) {
      if (t.startsWith(verb)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the next row with text after {@code row} is an indicator header ({@link
   * IndicatorColumns#isHeader}) of one project: a header with a 项目名称 column heads a summary of
   * several projects' indicators, not one project's results.
   */
  static boolean aboveIndicatorHeader(FormGrid g, int row) {
    for (int r = row + 1; r < g.height(); r++) {
      if (g.count(r) > 0) {
        return IndicatorColumns.isHeader(g, r) && !g.anyKey(r, k -> k.equals("项目名称"));
      }
    }
    return false;
  }

  /** Words that open a task, not a title (完成…自评表填报); {@link FormText#namesAResultsTable} too. */
  static final List<String> TASK_VERBS = List.of("完成", "按时", "及时", "做好", "开展", "编制", "填报", "提交", "报送");

  /** Whether a cell is a year and nothing else: 2022年度, (2022年度), （2022年）. */
  static boolean yearLine(String text) {
    StringBuilder k = new StringBuilder(); // the cell without brackets and spaces (no regular expressions here)
    for (char ch : org.jixiao.core.label.Labels.normalize(text).toCharArray()) {
      if (ch != '(' && ch != ')' && !Character.isWhitespace(ch)) {
        k.append(ch);
      }
    }
    int n = k.length();
    if (n < 5 || n > 6 || k.charAt(4) != '年' || (n == 6 && k.charAt(5) != '度')) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (k.charAt(i) < '0' || k.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
