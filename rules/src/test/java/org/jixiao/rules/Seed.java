package org.jixiao.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;

/**
 * Test projects built by hand from the seed table {@code longgang-hr-2019.tsv} (a copy of the
 * published PDF's text, 单位：万元). The io module's reader is written elsewhere; this fixture only
 * takes cells by row and column, and each golden row's mapping of cells to indicators is written
 * out below, the way a person reading the PDF places them.
 *
 * <p>Amounts (columns 4–8: budget, actual, 一般公共预算, 政府性基金预算, rate) are aligned in every
 * row and read for all 32 rows. Text cells are shifted by the extraction; the golden rows place
 * them by meaning and say so.
 */
final class Seed {
  private Seed() {}

  private static final Map<Integer, List<String>> ROWS = read();

  /** The 序号 of the 32 rows, in table order. */
  static List<Integer> seqs() {
    return new ArrayList<>(ROWS.keySet());
  }

  /** One cell of a row, exactly as extracted (empty when the row is shorter). */
  static String cell(int seq, int column) {
    List<String> row = ROWS.get(seq);
    if (row == null) {
      throw new IllegalArgumentException("no row " + seq);
    }
    return column < row.size() ? row.get(column) : "";
  }

  static BigDecimal amount(int seq, int column) {
    return new BigDecimal(cell(seq, column).strip());
  }

  /** A row's project with its amounts, names, goal and stated completion, and no indicators. */
  static Project.Builder amounts(int seq) {
    Project.Builder p =
        Project.builder()
            .seq(seq)
            .unit(cell(seq, 1))
            .name(cell(seq, 2))
            .governmentInvestment(cell(seq, 3).strip().equals("是"))
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(amount(seq, 4))
            .actual(amount(seq, 5))
            .statedExecutionRate(amount(seq, 8))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, amount(seq, 6)));
    if (!cell(seq, 7).isBlank()) {
      // Only 序号 17 prints an amount here, under the 政府性基金预算 header of its page.
      p.addFunds(FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, amount(seq, 7)));
    }
    if (!cell(seq, 9).isBlank()) {
      p.goal(cell(seq, 9));
    }
    if (!cell(seq, 10).isBlank()) {
      p.statedCompletion(cell(seq, 10));
    }
    return p;
  }

  /** A (年度指标内容, 完成情况) pair taken from two columns; -1 means "not printed". */
  static Indicator pair(int seq, Subcategory sub, int targetColumn, int actualColumn) {
    return text(sub, targetColumn < 0 ? "" : cell(seq, targetColumn), actualColumn < 0 ? "" : cell(seq, actualColumn));
  }

  /** An indicator from text; blank text is left absent, as a reader leaves an empty cell. */
  static Indicator text(Subcategory sub, String target, String actual) {
    return Indicator.builder()
        .category(sub.category())
        .subcategory(sub)
        .target(Optional.of(target).filter(t -> !t.isBlank()))
        .actual(Optional.of(actual).filter(a -> !a.isBlank()))
        .build();
  }

  /**
   * A row laid out as the header says: seven pairs from column 11 (数量, 质量, 时效, 经济效益, 社会效益,
   * 生态效益, 满意度), then 问题 and 整改. Rows 1, 2 and 38 are printed this way.
   */
  static Project regular(int seq) {
    Subcategory[] order = {
      Subcategory.QUANTITY,
      Subcategory.QUALITY,
      Subcategory.TIMELINESS,
      Subcategory.ECONOMIC,
      Subcategory.SOCIAL,
      Subcategory.ECOLOGICAL,
      Subcategory.SERVED_SATISFACTION
    };
    List<Indicator> indicators = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      indicators.add(pair(seq, order[k], 11 + 2 * k, 12 + 2 * k));
    }
    return amounts(seq)
        .indicators(IndicatorSet.of(indicators))
        .problems(cell(seq, 25))
        .rectification(cell(seq, 26))
        .build();
  }

  /** 序号 1: laid out as the header says (经济效益 and 生态效益 blank). */
  static Project row1() {
    return regular(1);
  }

  /** 序号 2: laid out as the header says (经济效益 and 生态效益 blank). */
  static Project row2() {
    return regular(2);
  }

  /**
   * 序号 10, shifted. Column 13 merges the 质量 target list and its actual list (a second list
   * restarting at "1.共受理"); it is split there. Column 14 is a 时效 target without an actual;
   * column 15 a 社会效益 target whose actual is column 16 (已完成); column 20 a 满意度 actual
   * without a target; columns 21 and 22 are 问题 and 整改. 经济效益 and 生态效益 are not printed.
   */
  static Project row10() {
    String merged = cell(10, 13);
    int restart = merged.indexOf(" 1.共受理");
    return amounts(10)
        .indicators(
            IndicatorSet.of(
                pair(10, Subcategory.QUANTITY, 11, 12),
                text(Subcategory.QUALITY, merged.substring(0, restart), merged.substring(restart + 1)),
                pair(10, Subcategory.TIMELINESS, 14, -1),
                pair(10, Subcategory.SOCIAL, 15, 16),
                pair(10, Subcategory.SERVED_SATISFACTION, -1, 20)))
        .problems(cell(10, 21))
        .rectification(cell(10, 22))
        .build();
  }

  /**
   * 序号 21, shifted: 数量 is columns 11/12 (the publisher put the figures in the target cell and a
   * plain list in the actual cell); 质量 target 13 without an actual; 时效 14/15; 社会效益 26/27;
   * 满意度 30/31; 问题 32, 整改 33.
   */
  static Project row21() {
    return amounts(21)
        .indicators(
            IndicatorSet.of(
                pair(21, Subcategory.QUANTITY, 11, 12),
                pair(21, Subcategory.QUALITY, 13, -1),
                pair(21, Subcategory.TIMELINESS, 14, 15),
                pair(21, Subcategory.SOCIAL, 26, 27),
                pair(21, Subcategory.SERVED_SATISFACTION, 30, 31)))
        .problems(cell(21, 32))
        .rectification(cell(21, 33))
        .build();
  }

  /**
   * 序号 24: the 生态效益 pair is simply absent (domain §2): 数量 11/12, 质量 13/14, 时效 15/16,
   * 经济效益 17/18, 社会效益 19/20 (blank), 满意度 21/22, 问题 23, 整改 24.
   */
  static Project row24() {
    return amounts(24)
        .indicators(
            IndicatorSet.of(
                pair(24, Subcategory.QUANTITY, 11, 12),
                pair(24, Subcategory.QUALITY, 13, 14),
                pair(24, Subcategory.TIMELINESS, 15, 16),
                pair(24, Subcategory.ECONOMIC, 17, 18),
                pair(24, Subcategory.SOCIAL, 19, 20),
                pair(24, Subcategory.SERVED_SATISFACTION, 21, 22)))
        .problems(cell(24, 23))
        .rectification(cell(24, 24))
        .build();
  }

  /** 序号 38: the withdrawn project (已撤项), laid out as the header says. */
  static Project row38() {
    return regular(38);
  }

  /** Every row with its amounts only: enough for execution rates and table checks. */
  static List<Project> amountRows() {
    List<Project> out = new ArrayList<>();
    for (int seq : seqs()) {
      out.add(amounts(seq).build());
    }
    return out;
  }

  /**
   * The 合计 row as domain §2 reads it: budget 44489.72, actual 43755.66, 一般公共预算 43716.90,
   * 政府性基金预算 0.00 and 38.76 as 非财政拨款 (printed in the rate position of the extraction).
   */
  static TotalsRow totals() {
    List<String> row = totalsCells();
    return TotalsRow.builder()
        .budget(new BigDecimal(row.get(4)))
        .actual(new BigDecimal(row.get(5)))
        .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal(row.get(6))))
        .addFunds(FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, new BigDecimal(row.get(7))))
        .addFunds(FundSource.executed(FundKind.NON_FISCAL, new BigDecimal(row.get(8))))
        .build();
  }

  /** The seed table: the 32 rows with their amounts and the 合计 row. */
  static PerformanceTable table() {
    return PerformanceTable.builder()
        .title("2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表")
        .department("深圳市龙岗区人力资源局")
        .fiscalYear(2019)
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .projects(amountRows())
        .totals(totals())
        .build();
  }

  private static List<String> totalsCells() {
    for (String line : lines()) {
      List<String> cells = List.of(line.split("\t", -1));
      if (cells.get(0).strip().equals("合计") && cells.size() > 8) {
        return cells;
      }
    }
    throw new IllegalStateException("no 合计 row");
  }

  private static Map<Integer, List<String>> read() {
    Map<Integer, List<String>> rows = new LinkedHashMap<>();
    for (String line : lines()) {
      String[] cells = line.split("\t", -1);
      if (cells.length > 8 && cells[0].strip().matches("[0-9]{1,3}")) {
        rows.put(Integer.parseInt(cells[0].strip()), List.of(cells));
      }
    }
    return Collections.unmodifiableMap(rows);
  }

  private static List<String> lines() {
    try (InputStream in = Seed.class.getResourceAsStream("/longgang-hr-2019.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing test resource longgang-hr-2019.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
