package org.jixiao.io.grid;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.io.internal.form.BeginsAtIndicatorHeader;
import org.jixiao.io.internal.form.FormText;

/**
 * The three layouts of published performance documents, told apart by their header words (read
 * from the first {@value #ROWS_READ} rows with text only, so detection costs little on any grid).
 */
public enum DocumentLayout {
  /**
   * A: the department disclosure table (部门预算项目绩效自评情况公开表), one row per project under
   * a header with 序号, 项目名称, 预算支出执行率, 年度指标内容 ….
   */
  DISCLOSURE_TABLE,
  /**
   * B: the single-project self-evaluation form (项目支出绩效自评表 and its variants): 项目名称, a
   * funds block with 全年执行数 / 执行率 / 得分, 一级指标 … 实际完成值 / 得分.
   */
  SINGLE_PROJECT_FORM,
  /**
   * C: the target declaration form (绩效目标申报表): 项目编码, 申请单位, 政策依据, 测算依据, 一级指标
   * … 目标值, 指标解释, and no actuals.
   */
  TARGET_DECLARATION,
  /** None of the three: too few of any layout's header words. */
  UNKNOWN;

  /** How many rows {@link #detect} reads. */
  public static final int ROWS_READ = 40;

  private static final int MIN_SCORE = 3;

  /** How many rows {@link #detect} looks through for its rows with text (a grid of blank rows ends it). */
  private static final int MAX_ROWS_SCANNED = 1_000;

  private static boolean blank(CellGrid grid, int row, int width) {
    for (int c = 0; c < width; c++) {
      if (!grid.text(row, c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The layout of a grid, by the header words in its first {@value #ROWS_READ} rows that hold text
   * (rows of empty cells are passed over, as every reader passes them over): each layout
   * scores the words that belong to it (a title word such as 自评表, 评价表, 公开表 or 申报表 counts more);
   * the highest score wins when it reaches 3 and is not tied. When none does, a grid whose first
   * row with text is an indicator header of a self-evaluation (一级 / 二级 / 三级指标 with a column of
   * actuals or of scores) with an indicator row under it is a single-project form cut above its
   * indicator block.
   *
   * @param grid the cells
   * @return the layout, {@link #UNKNOWN} when none is clear
   */
  public static DocumentLayout detect(CellGrid grid) {
    int table = 0;
    int form = 0;
    int declaration = 0;
    int scan = Math.min(grid.height(), MAX_ROWS_SCANNED);
    int read = 0;
    List<int[]> actualHeadings = new ArrayList<>(); // row and column of 实际完成值, 全年执行数 …
    for (int r = 0; r < scan && read < ROWS_READ; r++) {
      int w = Math.min(grid.width(r), 200);
      if (blank(grid, r, w)) {
        continue; // rows of empty cells (a sheet's, tabs alone in a text) are no rows a reader sees
      }
      read++;
      boolean seq = false;
      boolean name = false;
      for (int c = 0; c < w; c++) {
        String text = grid.text(r, c);
        if (text.isEmpty() || text.length() > 120) {
          continue;
        }
        String k = FormText.key(text);
        String folded = FormText.folded(text);
        if (folded.contains("公开表")) {
          table += 2;
        }
        if (folded.contains("自评表") || FormText.namesEvaluationForm(folded)
            || (FormText.namesAResultsTable(folded) && FormText.titlesAResultsTable(grid, r, 200))) {
          form += 2; // 绩效评价表: the Sichuan system's export of the central transfer template (名山 2024)
        }
        // the key too: a mirror glosses each character of a title with its pinyin (績效目標(biāo)表)
        if (namesADeclaration(folded) || namesADeclaration(k)) {
          // 绩效目标申报表, 项目支出绩效目标表, 绩效目标审批表, 绩效评价指标表 of targets and 分值
          // (河北宁晋 2019); not 绩效目标自评表
          declaration += 2;
        }
        switch (k) {
          case "序号":
            seq = true;
            break;
          case "项目名称":
            name = true;
            form++;
            break;
          case "实际支出金额":
          case "预算支出执行率":
          case "年度指标内容":
          case "项目年度预算金额":
          case "是否政府投资项目":
          case "产出目标":
          case "效益目标":
            table++;
            break;
          case "年度资金总额": // the funds block of a form and of the Ministry's declaration alike
          case "总额":
            form++;
            break;
          case "全年执行数":
          case "全年执行资金": // the transfer template's A–E columns (全年预算数 (A) … 全年执行资金 (E))
          case "全年到位资金":
          case "预算执行数":
          case "年初预算数":
          case "全年预算数":
          case "执行率":
          case "实际完成值":
          case "完成值":
          case "全年实际值":
          case "预期目标":
          case "年初设定目标":
            form++;
            actualHeadings.add(new int[] {r, c});
            break;
          case "分值":
          case "得分":
          case "全年预算": // 全年预算数 and 全年执行数 wrapped in their narrow columns (全年预算 / 数(A)): a form's still
          case "全年执行":
            form++;
            break;
          case "项目编码":
          case "申请单位":
          case "一级预算单位":
          case "政策依据":
          case "测算依据":
          case "指标解释":
          case "指标说明":
          case "实施期限":
          case "是否新增项目":
          case "分配方式":
          case "预算申报数": // the amounts a declaration asks for, not what a form reports spent
          case "项目总投资":
            declaration++;
            break;
          case "目标值":
          case "指标值":
          case "指标目标值": // 甘肃's 省级部门预算项目支出绩效目标表 (嘉峪关 2023)
          case "绩效目标值":
          case "绩效指标值":
          case "当年预期实现值":
          case "预期实现值":
          case "年度数值":
          case "年度目标":
          case "中长期目标":
            declaration++; // the target columns and goals of a declaration, which has no actual column
            break;
          default:
            if (k.startsWith("项目总金额") || k.startsWith("本年度项目金额")) {
              declaration++;
            } else if (k.startsWith("指标值及") || k.startsWith("目标值及") || k.startsWith("指标值和") || k.startsWith("目标值和")) {
              declaration++; // 指标值及单位: the target column with its unit in the same cell
            }
            break;
        }
      }
      if (seq && name) {
        table += 3;
        form--;
      }
    }
    if (filledBelow(grid, actualHeadings, scan)) {
      // actuals are what a declaration has not; a target table that prints the self-evaluation's
      // columns empty beside its targets (实际完成值 | 未达到指标值原因, 乐昌 2018) is still one
      declaration -= 2;
    }
    if (table >= MIN_SCORE && table > form && table > declaration) {
      return DISCLOSURE_TABLE;
    }
    if (form >= MIN_SCORE && form > table && form > declaration) {
      return SINGLE_PROJECT_FORM;
    }
    if (declaration >= MIN_SCORE && declaration > table && declaration > form) {
      return TARGET_DECLARATION;
    }
    // a copy cut above its indicator block (大英 2022) shows too few words of a form (权重, 完成值),
    // but begins at an indicator header of a self-evaluation, with indicator rows under it
    return BeginsAtIndicatorHeader.startsGrid(grid) ? SINGLE_PROJECT_FORM : UNKNOWN;
  }

  /** Whether a title's text names a declaration (申报表, 目标表, 审批表, 批复表, a 指标表 not of a 自评). */
  private static boolean namesADeclaration(String text) {
    return text.contains("申报表") || text.contains("目标表") || text.contains("审批表") || text.contains("批复表")
        || (text.contains("指标表") && !text.contains("自评"));
  }

  /** Whether some cell under one of the headings, in its column, holds text. */
  private static boolean filledBelow(CellGrid grid, List<int[]> headings, int scan) {
    for (int[] h : headings) {
      for (int r = h[0] + 1; r < scan; r++) {
        if (h[1] < grid.width(r) && !grid.text(r, h[1]).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }
}
