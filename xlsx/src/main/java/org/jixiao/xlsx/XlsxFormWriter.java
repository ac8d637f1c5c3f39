package org.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.form.FormWriter;
import org.jixiao.io.grid.GridLayout;
import org.jixiao.xlsx.internal.FormSheet;

/**
 * Writes projects as single-project forms (项目支出绩效自评表), one sheet per project, laid out by
 * {@link FormWriter} — the standard form with its merged cells, and with evaluations the computed
 * 得分 of the funds block and of every indicator, 总分 and 自评等级. {@link WorkbookReader} (or
 * {@link Workbooks} with {@code FormReader}) reads the forms back; without evaluations the
 * projects read back equal, within the limits {@link FormWriter} states.
 *
 * <p>Sheets are named by 序号 and project name, cut to Excel's 31 characters and made unique.
 * Instances are immutable and thread-safe.
 */
public final class XlsxFormWriter {
  private final FormWriter forms;

  private XlsxFormWriter(FormWriter forms) {
    this.forms = forms;
  }

  /** A writer of the standard form. */
  public static XlsxFormWriter standard() {
    return new XlsxFormWriter(FormWriter.builder().build());
  }

  /**
   * A writer that lays forms out with {@code forms} (its title, for instance).
   *
   * @param forms the form layout
   * @return the writer
   */
  public static XlsxFormWriter of(FormWriter forms) {
    return new XlsxFormWriter(forms);
  }

  /**
   * Writes one form per project; the stream is flushed, not closed.
   *
   * @param table the projects
   * @param evaluations one evaluation per project in table order, or an empty list
   * @param out where the .xlsx bytes go
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when there are evaluations but not one per project
   */
  public void write(PerformanceTable table, List<Evaluation> evaluations, OutputStream out) throws IOException {
    List<GridLayout> layouts = forms.layouts(table, evaluations);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Set<String> used = new HashSet<>();
      for (int i = 0; i < layouts.size(); i++) {
        var p = table.projects().get(i);
        String base = (p.seq().isPresent() ? p.seq().getAsInt() + " " : (i + 1) + " ") + p.name();
        FormSheet.write(workbook, unique(WorkbookUtil.createSafeSheetName(base), used), layouts.get(i));
      }
      if (layouts.isEmpty()) {
        workbook.createSheet("项目支出绩效自评表");
      }
      workbook.write(out);
      out.flush();
    }
  }

  /**
   * Writes one form per project to a file, created or replaced.
   *
   * @param table the projects
   * @param evaluations one evaluation per project in table order, or an empty list
   * @param file the .xlsx file
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, List<Evaluation> evaluations, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(table, evaluations, out);
    }
  }

  /**
   * The workbook's bytes.
   *
   * @param table the projects
   * @param evaluations one evaluation per project in table order, or an empty list
   * @return the .xlsx bytes
   */
  public byte[] toBytes(PerformanceTable table, List<Evaluation> evaluations) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(table, evaluations, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory does not fail
    }
    return out.toByteArray();
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
    }
    return candidate;
  }
}
