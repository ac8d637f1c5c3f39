package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table reader's scanners (cells, numbers, header labels, title lines) are hand-written, not
 * regular expressions; a hostile cell of 100 000 characters costs no more than a benign one of the
 * same length, as a ratio of the fastest of three reads — never an absolute time. See also
 * examples' {@code RegularExpressionInventoryTest}.
 */
class ReaderTimingTest {
  private static final int LENGTH = 100_000;
  private static final double MAX_RATIO = 50;

  private static String repeat(String unit) {
    return unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
  }

  /** The cell in a title line, a header, and a row's name, budget and rate columns. */
  private static String table(String cell, TableFormat format) {
    String s = String.valueOf(format.separator());
    String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
    return String.join(
        "\n",
        quoted,
        "序号" + s + "项目名称" + s + "项目年度预算金额" + s + "预算支出执行率" + s + quoted,
        "1" + s + quoted + s + quoted + s + quoted + s + "x",
        "合计" + s + s + quoted + s + quoted,
        "");
  }

  private static long fastest(Runnable work) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      work.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  /**
   * The hostile read's time over the benign one's; a ratio over the limit is measured again, base
   * and all, up to four times, and the lowest kept: a collection or a compilation on a busy
   * machine can slow one read many times over, a quadratic cell slows every one.
   */
  private static double ratio(Runnable hostile, Runnable benign, long base) {
    double ratio = (double) fastest(hostile) / base;
    for (int again = 0; again < 4 && ratio >= MAX_RATIO; again++) {
      ratio = Math.min(ratio, (double) fastest(hostile) / fastest(benign));
    }
    return ratio;
  }

  @Test
  void aHostileCellCostsAtMostABoundedRatioOfABenignOne() {
    List<String> hostile =
        List.of(
            repeat("1,"), repeat("1,000,"), repeat("1."), repeat("1"), repeat("１２３"), repeat("1e"),
            repeat("—"), repeat("-"), repeat("*"), repeat("'"), repeat("'=") , repeat("\""),
            repeat("\u3000"), repeat(" "), repeat("%"), repeat("合计"), repeat("序号"),
            repeat("单位："), repeat("部门名称："), repeat("附表"), repeat("年度："), repeat("其中："),
            repeat("\uD800"), repeat("😀"), repeat("\r\n"));
    StringBuilder report = new StringBuilder();
    double worst = 0;
    for (TableFormat format : TableFormat.values()) {
      TableReader reader =
          TableReader.builder().format(format).maxCellLength(2 * LENGTH).build();
      String benign = table(repeat("完成培训一百人次满意度高"), format);
      reader.read(benign);
      long base = fastest(() -> reader.read(benign));
      for (String cell : hostile) {
        String text = table(cell, format);
        reader.read(text);
        double ratio = ratio(() -> reader.read(text), () -> reader.read(benign), base);
        if (ratio > worst) {
          worst = ratio;
          report.setLength(0);
          report.append(String.format("worst %.1f× (%s, %s…)", ratio, format, cell.substring(0, 6)));
        }
      }
    }
    System.out.println("table reader: " + report);
    assertThat(worst).as(report.toString()).isLessThan(MAX_RATIO);
  }
}
