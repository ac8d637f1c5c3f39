package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether a printed rate is a row's own B / A × 100 as forms print it: at the decimals the cell
 * shows, rounded HALF_UP (692.98 / 808.1 = 85.75 % printed {@code 86%}, 淮南田家庵 2024) or cut off
 * as a spreadsheet's INT or TRUNC does (31.69 / 32.4 = 97.8086 % printed {@code 97.80%}, 临沧临翔
 * 2023). Either is the same rate shown, not a rate of its own.
 *
 * <p>It is the rule the stated-rate check of jixiao-rules applies to a form's total row
 * ({@code StatedRateCheck}: HALF_UP or DOWN at the printed decimals). The reader cannot call that
 * check (io does not depend on rules), so the rule is stated again here for the 其中 rows, which
 * the rules never see; the two should change together.
 */
final class PrintedRate {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PrintedRate() {}

  /**
   * @param stated the rate as printed, in percent (86 for {@code 86%})
   * @param base the row's budget (A), positive
   * @param actual the row's spending (B)
   */
  static boolean isQuotient(BigDecimal stated, BigDecimal base, BigDecimal actual) {
    int scale = Math.max(0, stated.scale());
    // B / A × 100 cut off one decimal past the printed ones: exact enough for both tests, as the
    // halfway point of HALF_UP and every cut-off value at `scale` are representable at scale + 1
    BigDecimal quotient = actual.multiply(HUNDRED).divide(base, scale + 1, RoundingMode.DOWN);
    return quotient.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0
        || quotient.setScale(scale, RoundingMode.DOWN).compareTo(stated) == 0;
  }
}
