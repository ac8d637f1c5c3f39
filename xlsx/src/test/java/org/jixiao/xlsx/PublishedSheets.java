package org.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Sheets laid out as published disclosure tables are in Excel: the header block of the 2019
 * Longgang HR bureau's table (序号 merged over three rows, 实际支出金额 over its fund columns, 产出目标
 * over six columns, each 指标 over its pair), built by hand cell by cell.
 */
final class PublishedSheets {
  private PublishedSheets() {}

  /** Columns of the header written by {@link #header}. */
  static final int WIDTH = 26;

  static final int BUDGET = 4;
  static final int ACTUAL = 5;
  static final int RATE = 8;

  /** The title lines and the three-row header with its merged regions, from row {@code top}. */
  static int header(Sheet s, int top, boolean titles) {
    int r = top;
    if (titles) {
      set(s, r++, 0, "附表：");
      set(s, r, 0, "2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表");
      s.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTH - 1));
      r++;
      set(s, r++, 0, "部门名称（盖章）：深圳市龙岗区人力资源局");
      set(s, r++, 0, "单位：万元");
    }
    int h = r;
    String[] level1 = {"序号", "单位名称", "项目名称", "是否政府投资项目(是/否)", "项目年度预算金额", "实际支出金额", "", "", "预算支出执行率", "年初绩效目标", "绩效目标整体完成情况",
        "产出目标", "", "", "", "", "", "效益目标", "", "", "", "满意度指标", "", "项目执行中存在的问题", "整改情况", ""};
    for (int c = 0; c < level1.length; c++) {
      set(s, h, c, level1[c]);
    }
    set(s, h + 1, 5, "合计");
    set(s, h + 1, 6, "其中：财政拨款");
    set(s, h + 2, 6, "一般公共预算");
    set(s, h + 2, 7, "政府性基金预算");
    String[] pairs = {"数量指标", "质量指标", "时效指标", "社会效益指标", "生态效益指标", "服务对象满意度指标"};
    for (int p = 0; p < pairs.length; p++) {
      int c = 11 + 2 * p;
      set(s, h + 1, c, pairs[p]);
      set(s, h + 2, c, "年度指标内容");
      set(s, h + 2, c + 1, "完成情况");
      s.addMergedRegion(new CellRangeAddress(h + 1, h + 1, c, c + 1));
    }
    for (int c : new int[] {0, 1, 2, 3, 4, 8, 9, 10, 23, 24}) {
      s.addMergedRegion(new CellRangeAddress(h, h + 2, c, c));
    }
    s.addMergedRegion(new CellRangeAddress(h, h, 5, 7));
    s.addMergedRegion(new CellRangeAddress(h + 1, h + 2, 5, 5));
    s.addMergedRegion(new CellRangeAddress(h + 1, h + 1, 6, 7));
    s.addMergedRegion(new CellRangeAddress(h, h, 11, 16));
    s.addMergedRegion(new CellRangeAddress(h, h, 17, 20));
    s.addMergedRegion(new CellRangeAddress(h, h, 21, 22));
    return h + 3;
  }

  /** A project row: amounts as numbers, text in the indicator pairs. */
  static void project(Sheet s, int r, int seq, String name, double budget, double actual, String rate) {
    set(s, r, 0, seq);
    set(s, r, 1, "龙岗区人力资源局(本级)");
    set(s, r, 2, name);
    set(s, r, 3, "否");
    set(s, r, BUDGET, budget);
    set(s, r, ACTUAL, actual);
    set(s, r, 6, actual);
    set(s, r, RATE, rate);
    set(s, r, 9, "保障项目运行");
    set(s, r, 10, "完成");
    set(s, r, 11, "开展培训4场");
    set(s, r, 12, "完成4场");
    set(s, r, 21, "满意度≥90%");
    set(s, r, 22, "95%");
  }

  static Cell set(Sheet s, int r, int c, Object value) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    Cell cell = row.createCell(c);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(value.toString());
    }
    return cell;
  }

  static Cell formatted(Sheet s, int r, int c, double value, String format) {
    Cell cell = set(s, r, c, value);
    Workbook wb = s.getWorkbook();
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    cell.setCellStyle(style);
    return cell;
  }

  static byte[] bytes(Workbook wb) throws Exception {
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    }
  }
}
