package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;

/**
 * Reads one sheet of a target declaration workbook (绩效目标申报表, layout C): the top block of
 * label/value pairs, the header row (一级指标 二级指标 三级指标 目标值 指标解释), the indicator rows
 * with 一级 and 二级 carried down merged cells, and the closing 备注.
 *
 * <p>Labels are found by their text wherever they stand, never by a fixed cell, and compared
 * without white space, the closing colon and a parenthesised part ({@code 项目总金额（中期规划，万元）：}
 * is {@code 项目总金额}, in 万元 by its parenthesis). A label jixiao does not know is kept as a
 * stray cell of the project with an INFO diagnostic: nothing in the sheet is dropped.
 */
public final class DeclarationSheet {
  /** What the parser made of a sheet: the project, or nothing when the sheet holds no declaration. */
  public record Result(Optional<Project> project, Optional<String> title, List<String> notes) {}

  private DeclarationSheet() {}

  /** Whether the grid has the indicator header of a declaration. */
  public static OptionalInt headerRow(Grid g) {
    for (int r = 0; r < g.height(); r++) {
      boolean level1 = false;
      boolean level3 = false;
      boolean target = false;
      for (int c = 0; c < g.width(r); c++) {
        String t = key(g.text(r, c));
        level1 |= t.equals("一级指标");
        level3 |= t.equals("三级指标");
        target |= t.equals("目标值") || t.equals("年度指标值") || t.equals("指标值");
      }
      if (level1 && level3 && target) {
        return OptionalInt.of(r);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Reads the sheet; {@code index} is its zero-based position, used as 序号 when the name has none.
   * The diagnostics are worded in the language of {@code locale}.
   */
  public static Result read(Grid g, int index, List<Finding> diagnostics, Locale locale) {
    OptionalInt header = headerRow(g);
    if (header.isEmpty()) {
      diagnostics.add(diagnostic("JX-X-0101", Severity.INFO, g.at(0, 0), locale, "sheet", g.sheet()));
      return new Result(Optional.empty(), Optional.empty(), List.of());
    }
    Project.Builder p = Project.builder().seq(seq(g.sheet(), index));
    List<StrayCell> strays = new ArrayList<>();
    Optional<String> title = Optional.empty();
    boolean named = false;
    Amount[] amounts = new Amount[2]; // 项目总金额, 本年度项目金额
    java.util.Map<Field, String> given = new java.util.EnumMap<>(Field.class); // each field's first value
    for (int r = 0; r < header.getAsInt(); r++) {
      List<Integer> labels = new ArrayList<>();
      for (int c = 0; c < g.width(r); c++) {
        if (field(g.text(r, c)).isPresent()) {
          labels.add(c);
        }
      }
      if (labels.isEmpty()) {
        int from = firstColumn(g, r);
        if (from >= 0 && title.isEmpty()) {
          title = Optional.of(g.text(r, from));
          from = firstColumn(g, r, from + 1); // a unit or a date beside the title is kept too
        }
        for (int c = from; c >= 0; c = firstColumn(g, r, c + 1)) {
          keep(g, r, c, Optional.empty(), strays, diagnostics, locale);
        }
        continue;
      }
      // a caption left of the row's first label (基本信息 | 项目名称： …) is no field's value
      for (int c = firstColumn(g, r); c >= 0 && c < labels.get(0); c = firstColumn(g, r, c + 1)) {
        keep(g, r, c, Optional.empty(), strays, diagnostics, locale);
      }
      for (int k = 0; k < labels.size(); k++) {
        int c = labels.get(k);
        int end = k + 1 < labels.size() ? labels.get(k + 1) : g.width(r);
        String value = "";
        int at = c;
        for (int v = c + 1; v < end && value.isEmpty(); v++) {
          value = g.text(r, v);
          at = v;
        }
        String label = g.text(r, c);
        // the label's value is its first filled cell; another one before the next label is no
        // field of the form, and is kept rather than dropped
        for (int v = at + 1; v < end && !value.isEmpty(); v++) {
          if (!g.text(r, v).isEmpty()) {
            keep(g, r, v, Optional.of(label), strays, diagnostics, locale);
          }
        }
        Field f = field(label).orElseThrow();
        if (value.isEmpty()) {
          continue;
        }
        String earlier = given.putIfAbsent(f, value);
        if (earlier != null) {
          // 申请单位 then 实施单位, 政策依据 then 立项依据: the first value stays; a different second
          // one is kept under its label rather than written over it
          if (!earlier.equals(value)) {
            strays.add(StrayCell.of(at, Optional.of(label), value));
          }
          continue;
        }
        switch (f) {
          case CODE -> p.code(value);
          case NAME -> {
            p.name(value);
            named = true;
          }
          case UNIT -> p.unit(value);
          case DEPARTMENT -> p.department(value);
          case PERIOD -> p.period(value);
          case TYPE -> p.projectType(value);
          case NEW -> {
            Optional<Boolean> yes = yesNo(value);
            if (yes.isPresent()) {
              p.newProject(yes.get());
            } else {
              strays.add(StrayCell.of(at, Optional.of(label), value));
              diagnostics.add(
                  diagnostic("JX-X-0102", Severity.WARNING, g.at(r, at), locale,
                      "label", label, "value", value, "problem", XlsxProblems.part("JX-X-0150", "value", value)));
            }
          }
          case ALLOCATION -> p.allocationMethod(value);
          case TOTAL, AMOUNT -> {
            Optional<BigDecimal> amount = amount(value);
            if (amount.isPresent()) {
              amounts[f == Field.TOTAL ? 0 : 1] = new Amount(amount.get(), unitOf(label, value), label, value, g.at(r, at));
            } else {
              strays.add(StrayCell.of(at, Optional.of(label), value));
              diagnostics.add(
                  diagnostic("JX-X-0102", Severity.WARNING, g.at(r, at), locale,
                      "label", label, "value", value, "problem", XlsxProblems.part("JX-X-0151", "value", value)));
            }
          }
          case POLICY -> p.policyBasis(value);
          case CALCULATION -> p.calculationBasis(value);
          case GOAL -> p.goal(value);
          case LONG_TERM -> p.longTermGoal(value);
        }
      }
    }
    if (!named) {
      diagnostics.add(diagnostic("JX-X-0107", Severity.WARNING, g.at(0, 0), locale, "sheet", g.sheet()));
      p.name(g.sheet().isBlank() ? "（未命名）" : g.sheet());
    }
    // the project's unit is its year's amount's (本年度项目金额), else its total's, else 万元
    Amount total = amounts[0];
    Amount year = amounts[1];
    MoneyUnit unit = year != null ? year.unit() : total != null ? total.unit() : MoneyUnit.WAN_YUAN;
    p.moneyUnit(unit);
    if (total != null) {
      BigDecimal value = total.value();
      if (total.unit() != unit) {
        // 项目总金额（元） beside 本年度项目金额（万元）: the project's amounts are in one unit
        value = total.unit().convert(value, unit);
        diagnostics.add(
            diagnostic("JX-X-0111", Severity.INFO, total.at(), locale,
                "label", total.label(), "value", total.text(), "from", total.unit().label(), "to", unit.label(),
                "converted", value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString()));
      }
      p.totalAmount(value);
    }
    if (year != null) {
      p.budget(year.value());
    }
    List<String> notes = new ArrayList<>();
    p.indicators(IndicatorSet.of(indicators(g, header.getAsInt(), strays, notes, diagnostics, locale)));
    p.strayCells(strays);
    return new Result(Optional.of(p.build()), title, notes);
  }

  private static List<Indicator> indicators(
      Grid g, int header, List<StrayCell> strays, List<String> notes, List<Finding> diagnostics, Locale locale) {
    int c1 = column(g, header, "一级指标");
    int c2 = column(g, header, "二级指标");
    int c3 = column(g, header, "三级指标");
    int ct = Math.max(column(g, header, "目标值"), Math.max(column(g, header, "年度指标值"), column(g, header, "指标值")));
    int ce = column(g, header, "指标解释");
    List<Integer> known = List.of(c1, c2, c3, ct, ce);
    List<Integer> unknown = new ArrayList<>(); // 分值, 度量单位, 指标性质 …: no field here, kept as stray cells
    for (int c = 0; c < g.width(header); c++) {
      if (!known.contains(c) && !g.text(header, c).isEmpty()) {
        unknown.add(c);
        diagnostics.add(diagnostic("JX-X-0105", Severity.INFO, g.at(header, c), locale, "text", g.text(header, c)));
      }
    }
    List<Indicator> out = new ArrayList<>();
    String level1 = "";
    String level2 = "";
    for (int r = header + 1; r < g.height(); r++) {
      String first = firstText(g, r);
      if (first.startsWith("备注") || first.startsWith("注：") || first.startsWith("说明：")) {
        notes.add(rowText(g, r)); // 备注： | 本表金额单位以元计: the whole row, not its label alone
        continue;
      }
      for (int c : unknown) {
        if (!g.text(r, c).isEmpty()) {
          strays.add(StrayCell.of(c, Optional.of(g.text(header, c)), g.text(r, c)));
        }
      }
      String l1 = g.text(r, c1);
      String l2 = c2 < 0 ? "" : g.text(r, c2);
      level1 = !l1.isEmpty() ? l1 : level1;
      level2 = !l2.isEmpty() ? l2 : (g.continuesMerge(r, c2) ? level2 : "");
      String name = c3 < 0 ? "" : g.text(r, c3);
      String target = ct < 0 ? "" : g.text(r, ct);
      String explanation = ce < 0 ? "" : g.text(r, ce);
      if (l1.isEmpty() && l2.isEmpty() && name.isEmpty() && target.isEmpty() && explanation.isEmpty()) {
        for (int c = firstColumn(g, r); c >= 0; c = firstColumn(g, r, c + 1)) {
          if (!unknown.contains(c)) { // those are kept above, under their header
            strays.add(StrayCell.of(c, Optional.empty(), g.text(r, c)));
          }
        }
        continue;
      }
      Optional<Subcategory> sub = Subcategory.fromLabel(level2);
      Optional<Category> cat = Category.fromLabel(level1).or(() -> sub.map(Subcategory::category));
      if (cat.isEmpty()) {
        diagnostics.add(
            diagnostic("JX-X-0106", Severity.WARNING, g.at(r, c1), locale,
                "level1", level1,
                "indicator", XlsxProblems.part("JX-X-0152", "level1", level1),
                "outcome", XlsxProblems.part("JX-X-0154")));
        for (String t : List.of(level1, level2, name, target, explanation)) {
          if (!t.isEmpty()) {
            strays.add(StrayCell.of(r, Optional.of("指标行"), t));
          }
        }
        continue;
      }
      if (sub.isEmpty() && !level2.isEmpty()) {
        diagnostics.add(
            diagnostic("JX-X-0106", Severity.WARNING, g.at(r, c2), locale,
                "level1", level1, "level2", level2,
                "indicator", XlsxProblems.part("JX-X-0153", "level2", level2),
                "outcome", XlsxProblems.part("JX-X-0155", "level1", level1)));
        strays.add(StrayCell.of(c2, Optional.of("二级指标"), level2));
      }
      Indicator.Builder i = Indicator.builder().category(cat.get()).subcategory(sub);
      if (!name.isEmpty()) {
        i.name(name);
      }
      if (!target.isEmpty()) {
        i.target(target);
      }
      if (!explanation.isEmpty()) {
        i.explanation(explanation);
      }
      out.add(i.build());
    }
    return out;
  }

  private static int column(Grid g, int header, String label) {
    for (int c = 0; c < g.width(header); c++) {
      if (key(g.text(header, c)).equals(label)) {
        return c;
      }
    }
    return -1;
  }

  /** The first column of row {@code r} from {@code from} on with text, or -1. */
  private static int firstColumn(Grid g, int r, int from) {
    for (int c = from; c < g.width(r); c++) {
      if (!g.text(r, c).isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  private static int firstColumn(Grid g, int r) {
    return firstColumn(g, r, 0);
  }

  /** The cells of row {@code r} from its first with text, tab-separated, without trailing empty ones. */
  private static String rowText(Grid g, int r) {
    int from = firstColumn(g, r);
    StringBuilder line = new StringBuilder();
    int last = from;
    for (int c = from; c >= 0; c = firstColumn(g, r, c + 1)) {
      line.append("\t".repeat(c - last)).append(g.text(r, c));
      last = c;
    }
    return line.toString();
  }

  private static String firstText(Grid g, int r) {
    int c = firstColumn(g, r);
    return c < 0 ? "" : g.text(r, c);
  }

  /** An amount of the top block: its value, the unit its label or text names, and where it is. */
  private record Amount(BigDecimal value, MoneyUnit unit, String label, String text, Location at) {}

  /** Keeps a cell that is no field of the form as a stray cell, and reports it (JX-X-0105). */
  private static void keep(
      Grid g, int r, int c, Optional<String> header, List<StrayCell> strays, List<Finding> diagnostics, Locale locale) {
    strays.add(StrayCell.of(c, header, g.text(r, c)));
    diagnostics.add(diagnostic("JX-X-0105", Severity.INFO, g.at(r, c), locale, "text", g.text(r, c)));
  }

  /** The fields of the top block, by the labels real declarations print. */
  enum Field {
    CODE, NAME, UNIT, DEPARTMENT, PERIOD, TYPE, NEW, ALLOCATION, TOTAL, AMOUNT, POLICY, CALCULATION, GOAL, LONG_TERM
  }

  static Optional<Field> field(String label) {
    String k = key(label);
    return Optional.ofNullable(
        switch (k) {
          case "项目编码", "项目代码", "项目编号" -> Field.CODE;
          case "项目名称" -> Field.NAME;
          case "申请单位", "实施单位", "项目单位" -> Field.UNIT;
          case "一级预算单位", "主管部门", "主管单位" -> Field.DEPARTMENT;
          case "实施期限", "项目期限" -> Field.PERIOD;
          case "项目类型", "项目类别" -> Field.TYPE;
          case "是否新增项目", "是否新增" -> Field.NEW;
          case "分配方式" -> Field.ALLOCATION;
          case "项目总金额", "项目总额", "中期规划总金额" -> Field.TOTAL;
          case "本年度项目金额", "年度金额", "本年度金额", "年度资金总额" -> Field.AMOUNT;
          case "政策依据", "立项依据" -> Field.POLICY;
          case "测算依据", "资金测算依据" -> Field.CALCULATION;
          case "年度目标", "年度绩效目标", "年度总体目标" -> Field.GOAL;
          case "长期目标", "总体目标" -> Field.LONG_TERM;
          default -> null;
        });
  }

  /** A label without white space, closing colon and parenthesised parts. */
  static String key(String label) {
    StringBuilder out = new StringBuilder(label.length());
    int depth = 0;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0 && !Character.isWhitespace(c) && c != '\u3000') {
        out.append(c);
      }
    }
    String s = out.toString();
    while (s.endsWith("：") || s.endsWith(":")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The unit a label or value names: 万元 unless it names 元 without 万. */
  private static MoneyUnit unitOf(String label, String value) {
    String s = label + value;
    return !s.contains("万") && s.contains("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
  }

  /** An amount as printed: thousands separators and a unit suffix allowed (4,753.66万元). */
  static Optional<BigDecimal> amount(String text) {
    String s = text.replace(",", "").replace("，", "").replace("万元", "").replace("元", "").strip();
    try {
      return Optional.of(new BigDecimal(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Boolean> yesNo(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.equals("是") || s.equals("y") || s.equals("yes")) {
      return Optional.of(true);
    }
    if (s.equals("否") || s.equals("n") || s.equals("no")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** 序号 from a sheet name such as {@code 6.政府购买服务…}, else the sheet's position. */
  private static int seq(String sheet, int index) {
    int end = 0;
    while (end < sheet.length() && end < 6 && Character.isDigit(sheet.charAt(end))) {
      end++;
    }
    return end > 0 ? Integer.parseInt(sheet.substring(0, end)) : index + 1;
  }

  /** A diagnostic of reading a declaration (rule {@code read.declaration}) in the reader's language. */
  static Finding diagnostic(String code, Severity severity, Location location, Locale locale, Object... args) {
    return XlsxProblems.diagnostic("read.declaration", code, severity, location, locale, args);
  }
}
