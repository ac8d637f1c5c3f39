package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.ReadDiagnostics;
import org.jspecify.annotations.Nullable;

/**
 * Reads the number cells of project and 合计 rows: a cell that is not a number is kept as a stray
 * cell and reported as an ERROR with its location.
 */
final class NumberFields {
  /** The code of a cell that is not a number. */
  static final String NOT_A_NUMBER = "JX-I-0114";

  /** The code of a 序号 that is not a whole number. */
  static final String NOT_A_WHOLE_NUMBER = "JX-I-0115";

  /** The code of a number that must not be negative. */
  static final String NEGATIVE = "JX-I-0116";

  private final ReadContext ctx;
  /** The unit the table's amounts are read in, as settled so far (单位 line, title, heading, default). */
  private final Supplier<MoneyUnit> tableUnit;

  NumberFields(ReadContext ctx, Supplier<MoneyUnit> tableUnit) {
    this.ctx = ctx;
    this.tableUnit = tableUnit;
  }

  /**
   * The amount in {@code text}: a number, or a number with its unit (318.14万元, 3,181,400元) as
   * tables typed by hand print it — in the table's unit, or converted exactly to it and said
   * (INFO JX-I-0213, as the form reader says it); null when absent or not an amount (then kept and reported).
   */
  @Nullable BigDecimal amount(List<StrayCell> stray, int c, Layout l, String text, long line, int seq) {
    BigDecimal value = NumberCells.parseDecimal(text, false);
    if (value == null) {
      String t = text.strip();
      for (MoneyUnit unit : UNITS_BY_LENGTH) {
        for (String label : List.of(unit.label(), unit == MoneyUnit.WAN_YUAN ? "万" : unit == MoneyUnit.YI_YUAN ? "亿" : unit.label())) {
          if (t.endsWith(label) && t.length() > label.length()) {
            BigDecimal figure = NumberCells.parseDecimal(t.substring(0, t.length() - label.length()), false);
            if (figure != null && figure != NumberCells.ABSENT) {
              MoneyUnit table = tableUnit.get();
              if (unit == table) {
                return figure;
              }
              BigDecimal exact = unit.convert(figure, table).stripTrailingZeros();
              BigDecimal converted = exact.scale() < 0 ? exact.setScale(0) : exact; // 318.14, not 318.1400
              ctx.sink.report(
                  ReadDiagnostics.NOT_A_NUMBER,
                  Severity.INFO,
                  Msg.of("JX-I-0213").arg("from", unit.label()).arg("to", table.label()),
                  line,
                  c,
                  text,
                  seq);
              return converted;
            }
          }
        }
      }
    }
    return number(stray, c, l, text, line, seq, false);
  }

  /** Longer unit labels first: 万元 before 元. */
  private static final List<MoneyUnit> UNITS_BY_LENGTH = List.of(MoneyUnit.WAN_YUAN, MoneyUnit.YI_YUAN, MoneyUnit.YUAN);

  /** The number in {@code text}, null when absent or not a number (then kept and reported). */
  @Nullable BigDecimal number(
      List<StrayCell> stray, int c, Layout l, String text, long line, int seq, boolean percent) {
    BigDecimal value = NumberCells.parseDecimal(text, percent);
    if (value == null) {
      notNumber(stray, c, l, text, line, seq, NOT_A_NUMBER);
      return null;
    }
    return value == NumberCells.ABSENT ? null : value;
  }

  /**
   * Keeps a cell that is not the number its column needs and reports it.
   *
   * @param code {@link #NOT_A_NUMBER}, {@link #NOT_A_WHOLE_NUMBER} or {@link #NEGATIVE}
   */
  void notNumber(
      List<StrayCell> stray, int c, Layout l, String text, long line, int seq, String code) {
    stray.add(ctx.layoutStray(line, c, l, text));
    ctx.sink.report(
        ReadDiagnostics.NOT_A_NUMBER,
        Severity.ERROR,
        Msg.of(code).part("row", RowCells.describeRow(seq, line)).arg("header", l.header(c)),
        line,
        c,
        text,
        seq);
  }
}
