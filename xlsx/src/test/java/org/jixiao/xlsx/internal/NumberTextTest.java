package org.jixiao.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Finding;
import org.junit.jupiter.api.Test;

/** The text of number cells: jixiao's own display of plain formats is POI's DataFormatter's. */
class NumberTextTest {
  private static final String[] FORMATS = {"0", "0.0", "0.00", "0.000", "#,##0", "#,##0.00", "0%", "0.00%", "#,##0.0000"};

  @Test
  void plainFormatsAreRecognisedAndOthersAreNot() {
    assertThat(NumberText.simpleDecimals("0")).isZero();
    assertThat(NumberText.simpleDecimals("#,##0.00")).isEqualTo(2);
    assertThat(NumberText.simpleDecimals("0.00%")).isEqualTo(2);
    assertThat(NumberText.simpleDecimals("0.00\"万元\"")).isEqualTo(-1);
    assertThat(NumberText.simpleDecimals("#,##0.00_);(#,##0.00)")).isEqualTo(-1);
    assertThat(NumberText.simpleDecimals("0.")).isEqualTo(-1);
  }

  /**
   * A decimal of up to 13 digits stored as a double reads, under a plain format, as Excel shows it:
   * the decimal rounded half up to the format's decimals (Excel rounds the 15-digit value, not the
   * binary double: 2.675 under 0.00 shows 2.68); and where no rounding is needed, exactly as POI's
   * DataFormatter prints it, without grouping.
   */
  @Test
  void aPlainFormatReadsAsExcelShowsItAndAsDataFormatterWhereNothingIsRounded() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("s");
      CellStyle[] styles = new CellStyle[FORMATS.length];
      for (int i = 0; i < FORMATS.length; i++) {
        styles[i] = wb.createCellStyle();
        styles[i].setDataFormat(wb.createDataFormat().getFormat(FORMATS[i]));
      }
      DataFormatter poi = new DataFormatter(Locale.US);
      qt().withExamples(3000)
          .forAll(longs().between(-9_999_999_999L, 9_999_999_999L), integers().between(0, 3), integers().between(0, FORMATS.length - 1))
          .checkAssert(
              (digits, scale, f) -> {
                BigDecimal decimal = BigDecimal.valueOf(digits, scale);
                Cell cell = sheet.createRow(0).createCell(0);
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(styles[f]);
                List<Finding> diagnostics = new ArrayList<>();
                String ours = new NumberText(poi, Locale.SIMPLIFIED_CHINESE).text("s", cell, diagnostics);
                boolean percent = FORMATS[f].endsWith("%");
                int decimals = NumberText.simpleDecimals(FORMATS[f]);
                BigDecimal shown = (percent ? decimal.movePointRight(2) : decimal).setScale(decimals, RoundingMode.HALF_UP);
                assertThat(ours).isEqualTo(shown.toPlainString() + (percent ? "%" : ""));
                assertThat(diagnostics.isEmpty()).isEqualTo(shown.compareTo(percent ? decimal.movePointRight(2) : decimal) == 0);
                if (diagnostics.isEmpty() && shown.signum() != 0) {
                  assertThat(ours).isEqualTo(poi.formatCellValue(cell).replace(",", ""));
                }
              });
    }
  }
}
