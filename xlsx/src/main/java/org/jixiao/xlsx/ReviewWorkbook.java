package org.jixiao.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.rules.Messages;
import org.jixiao.rules.review.Opinion;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.ReviewAspect;
import org.jixiao.rules.review.TableReview;

/**
 * Writes reviews as the workbook reviewers exchange (绩效目标审核意见表): one row per declaration —
 * 序号, 项目编码, 项目名称, 审核结论 — then one column per review aspect holding that aspect's
 * opinions, one a line, and an empty 审核人意见 column for the reviewer's own word. Text cells wrap;
 * the header is frozen and filtered, so a reviewer can sort, edit and send it back.
 */
public final class ReviewWorkbook {
  private ReviewWorkbook() {}

  /**
   * Writes the workbook; labels and opinions in Chinese, or English for an English {@code locale}
   * (the opinions are localised by the reviewer that made them).
   *
   * @throws IOException when {@code out} fails
   */
  public static void write(TableReview reviews, OutputStream out, Locale locale) throws IOException {
    boolean en = Messages.isEnglish(locale);
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(en ? "Review" : "审核意见");
      CellStyle head = headerStyle(wb);
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      Row title = sheet.createRow(0);
      String text =
          (en ? "Review of performance targets — budget year " : "绩效目标审核意见表（预算年度") + reviews.budgetYear().year() + (en ? "" : "年）");
      title.createCell(0).setCellValue(text);
      ReviewAspect[] aspects = ReviewAspect.values();
      int columns = 4 + aspects.length + 1;
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
      Row header = sheet.createRow(1);
      List<String> names =
          new java.util.ArrayList<>(en ? List.of("No.", "Project code", "Project", "Verdict") : List.of("序号", "项目编码", "项目名称", "审核结论"));
      for (ReviewAspect a : aspects) {
        names.add(en ? a.name().charAt(0) + a.name().substring(1).toLowerCase(Locale.ROOT) : a.label());
      }
      names.add(en ? "Reviewer's note" : "审核人意见");
      for (int c = 0; c < names.size(); c++) {
        header.createCell(c).setCellValue(names.get(c));
        header.getCell(c).setCellStyle(head);
      }
      int r = 2;
      for (Review review : reviews.reviews()) {
        Row row = sheet.createRow(r++);
        if (review.seq().isPresent()) {
          row.createCell(0).setCellValue(review.seq().getAsInt());
        }
        // The code stays text: as a number Excel would keep only 15 of its 21 digits.
        row.createCell(1).setCellValue(review.code().orElse(""));
        row.createCell(2).setCellValue(review.project());
        row.createCell(3).setCellValue(en ? review.verdict().name() : review.verdict().label());
        int c = 4;
        for (ReviewAspect a : aspects) {
          List<Opinion> opinions = review.byAspect().get(a);
          String cell = opinions == null ? "" : opinions.stream().map(o -> o.finding().message()).collect(Collectors.joining("\n"));
          row.createCell(c).setCellValue(cell);
          row.getCell(c).setCellStyle(wrap);
          c++;
        }
        row.createCell(c).setCellStyle(wrap);
        row.getCell(2).setCellStyle(wrap);
      }
      int[] widths = {6, 24, 36, 12};
      for (int c = 0; c < columns; c++) {
        sheet.setColumnWidth(c, 256 * (c < widths.length ? widths[c] : 48));
      }
      sheet.createFreezePane(4, 2);
      sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, columns - 1));
      wb.write(out);
    }
  }

  private static CellStyle headerStyle(Workbook wb) {
    CellStyle s = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    s.setFont(bold);
    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setBorderBottom(BorderStyle.THIN);
    s.setWrapText(true);
    return s;
  }
}
