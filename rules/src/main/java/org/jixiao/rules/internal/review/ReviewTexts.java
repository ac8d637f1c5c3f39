package org.jixiao.rules.internal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.rules.internal.scoring.Texts;
import org.jixiao.rules.internal.text.Headings;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/** How review checks read the cells of a declaration. */
final class ReviewTexts {
  private ReviewTexts() {}

  /** The cell trimmed (declarations pasted from Word end in newlines and spaces), or empty when blank. */
  static Optional<String> filled(Optional<String> cell) {
    return cell.map(String::strip).filter(s -> !s.isEmpty() && !IndicatorTexts.isPlaceholder(s));
  }

  /** Whether the cell says the indicator does not apply (不适用, 不涉及, 无此项). */
  static boolean notApplicable(Optional<String> cell) {
    return cell.map(ReviewTexts::normalized).filter(s -> s.equals("不适用") || s.equals("不涉及") || s.equals("无此项")).isPresent();
  }

  /** Whether the indicator is marked 不适用 in any of its cells. */
  static boolean markedNotApplicable(Indicator i) {
    return notApplicable(i.name()) || notApplicable(i.target()) || notApplicable(i.explanation());
  }

  /** Whether the indicator has a name, a target and an explanation, none of them 不适用. */
  static boolean isFilled(Indicator i) {
    return !markedNotApplicable(i) && filled(i.name()).isPresent() && filled(i.target()).isPresent() && filled(i.explanation()).isPresent();
  }

  /** Whether the indicator has anything in it that is not 不适用. */
  static boolean hasContent(Indicator i) {
    return !markedNotApplicable(i) && (filled(i.name()).isPresent() || filled(i.target()).isPresent() || filled(i.explanation()).isPresent());
  }

  /**
   * The first-level labels of the evaluation frameworks' 投入 / 过程 / 决策 indicators (投入指标,
   * 过程指标, 投入, 过程类指标, 過程指標, 过程管理指标, and 决策指标 of the 2020 framework 决策-过程-产出-效益, with
   * or without the points printed after them: 投入指标(20分)) among a
   * project's stray cells, each once, as printed. A declaration filled in that framework has
   * its rows kept as stray cells by the readers (no category of the model is 投入 or 过程), so
   * these labels are what tells such a declaration from one with no indicators at all. 投入目标
   * alone is not one: a template prints it as the caption of its funds block (内蒙古's 项目绩效目标表).
   */
  static List<String> inputOrProcessLevels(Project p) {
    Set<String> levels = new LinkedHashSet<>();
    for (StrayCell cell : p.strayCells()) {
      if (isInputOrProcessLevel(cell.text())) {
        levels.add(cell.text().strip());
      }
    }
    return List.copyOf(levels);
  }

  /**
   * Whether a cell is a first-level label of the 投入 / 过程 / 决策 frameworks (see {@link
   * #inputOrProcessLevels}): the word alone or with 类, or a level's name that starts with it and
   * ends in 指标 — 过程指标, 过程类指标, and 过程管理指标 / 投入管理指标, the second block of the NDRC's
   * 中央预算内投资计划绩效目标表. The declaration reader keeps any 一级 cell starting with 投入, 过程
   * or 决策 as such a row; the review sees every stray cell, names and captions too, so it asks for
   * a level's shape (nothing, 类, 性, 管理 or 控制 between the word and 指标) where the reader needs none.
   */
  static boolean isInputOrProcessLevel(String text) {
    String k = Headings.key(text);
    for (String level : new String[] {"投入", "过程", "决策"}) {
      if (k.startsWith(level)) {
        String rest = k.substring(level.length());
        if (rest.isEmpty() || rest.equals("类")) {
          return true;
        }
        if (!rest.endsWith("指标")) {
          return false; // 投入使用率, 过程管理规范, 投入目标: a name or a caption
        }
        String between = rest.substring(0, rest.length() - 2);
        // 过程指标, 过程类指标, 过程性指标, 过程管理指标, 投入管理指标; not 投入产出指标, 过程质量指标
        return between.isEmpty() || between.equals("类") || between.equals("性") || between.equals("管理") || between.equals("控制");
      }
    }
    return false;
  }

  /**
   * The stray cells that hold what an indicator table holds, as printed and in order: the levels
   * of the model's indicators (产出指标, 數量指標, 满意度指标 …: {@link Category#fromLabel} and
   * {@link Subcategory#fromLabel}) first, then the table's headings (三级指标, 一級目標, 指标值,
   * 区域目标值 …: {@link #isIndicatorHeading}). A reader that did not recognise a table's header
   * keeps all its cells as strays, so these tell a table that could not be read from none at all:
   * empty unless there are levels and at least two headings, as a table's header and rows give.
   */
  static List<String> indicatorTableCells(Project p) {
    List<String> levels = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (StrayCell cell : p.strayCells()) {
      String text = cell.text().strip();
      if (Category.fromLabel(text).isPresent() || Subcategory.fromLabel(text).isPresent()) {
        levels.add(text);
      } else if (isIndicatorHeading(text)) {
        headings.add(text);
      }
    }
    if (levels.isEmpty() || headings.size() < 2) {
      // a table has its header and its levels: a caption (绩效指标 | 产出指标), goals split by level
      // (产出目标 …), a note quoting 年度指标值 or a template's bare levels are no table left unread
      return List.of();
    }
    levels.addAll(headings);
    return levels;
  }

  /**
   * The names of indicator rows whose levels were lost: stray cells under a name column's heading
   * (三级指标, 三级, 指标内容, 指标名称; brackets aside, 指标内容(150字内)) printed on one line with a
   * target (a cell under a heading ending in 值: 指标值, 目标值, 当年预期实现值) and no level. A
   * declaration reader keeps a row it cannot place cell by cell, each under its heading and on its
   * line; a row whose 一级 and 二级 cells were blank (lost in a copy, 武川 2021) leaves its name and
   * target and nothing in a level column, and any required row may be among such rows.
   *
   * <p>In a two-level table (一级指标 | 二级指标 | 绩效标准 | 当年预期实现值) the 二级 column holds the
   * names: a text there that is no level's label counts as the row's name when no 三级 name stands
   * beside it.
   *
   * <p>A level kept on a line (制度指标, an unknown level merged over rows, 宁晋 2019) owns that
   * row and the kept rows right below it, which its merged cell covers. When some of the cells
   * carry no line (a project built by hand, or read from a file written before lines were kept),
   * rows cannot be told apart, and a level kept anywhere means no row is counted (JX-V-0131 then
   * says only what the review knows).
   */
  static List<Unplaced> unplacedNames(Project p) {
    return linesKnown(p) ? unplacedRows(p.strayCells()) : unplacedAnywhere(p.strayCells());
  }

  /** Whether every kept cell that may name, target or level a row carries its line. */
  static boolean linesKnown(Project p) {
    for (StrayCell cell : p.strayCells()) {
      if (cell.line().isEmpty() && kind(cell) != Kept.OTHER) {
        return false;
      }
    }
    return true;
  }

  /** A row that lost its levels: its name, and its line when the cells carry one. */
  record Unplaced(String name, OptionalLong line) {}

  /** What a kept cell is to the review of lost levels. */
  private enum Kept {
    NAME,
    /** A text under the 二级 heading that is no level's label: a two-level table's indicator name. */
    SECOND_NAME,
    TARGET,
    LEVEL,
    OTHER
  }

  private static Kept kind(StrayCell cell) {
    String text = cell.text().strip();
    String heading = cell.header().map(Headings::key).orElse("");
    if (text.isEmpty()) {
      return Kept.OTHER;
    }
    if (NAME_HEADINGS.contains(heading)) {
      return Kept.NAME;
    }
    if (heading.contains("值") && !heading.contains("分值")) {
      return Kept.TARGET; // 指标值, 当年预期实现值, 指标值及单位, 目标值和计量单位
    }
    if (SECOND_HEADINGS.contains(heading) && !isLevelCell("", text)) {
      // 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 (鄂州 2022): the 一级 column holds 数量指标,
      // the 二级 column the indicator's name; a sum's label is no name
      String k = Headings.key(text);
      boolean sum = k.equals("总分") || k.equals("合计") || k.equals("总计");
      return sum || k.endsWith("目标") ? Kept.OTHER : Kept.SECOND_NAME;
    }
    if (ATTRIBUTES.contains(Headings.key(text))) {
      return Kept.OTHER; // 正向指标 under 指标方向性, 定量指标 under 指标类型: what kind of indicator, no level
    }
    return isLevelCell(heading, text) ? Kept.LEVEL : Kept.OTHER;
  }

  /** The words templates class an indicator by, each ending in 指标: its direction, its kind, its scope. */
  private static final Set<String> ATTRIBUTES =
      Set.of("正向指标", "逆向指标", "反向指标", "中性指标", "定量指标", "定性指标", "共性指标", "个性指标");

  private static final Set<String> SECOND_HEADINGS = Set.of("二级指标", "二级", "二级目标");

  /** The names of rows without a level, line by line: a row under a kept level's merged cell is its. */
  private static List<Unplaced> unplacedRows(List<StrayCell> cells) {
    TreeMap<Long, List<StrayCell>> byLine = new TreeMap<>();
    for (StrayCell cell : cells) {
      if (kind(cell) != Kept.OTHER) {
        byLine.computeIfAbsent(cell.line().orElseThrow(), l -> new ArrayList<>()).add(cell);
      }
    }
    List<Unplaced> names = new ArrayList<>();
    long owned = -1; // the last line a kept level covers: its own and those right below it
    for (Map.Entry<Long, List<StrayCell>> row : byLine.entrySet()) {
      long line = row.getKey();
      String name = null;
      String secondName = null;
      boolean target = false;
      boolean level = false;
      for (StrayCell cell : row.getValue()) {
        Kept k = kind(cell);
        if (k == Kept.NAME && name == null) {
          name = cell.text().strip();
        } else if (k == Kept.SECOND_NAME && secondName == null) {
          secondName = cell.text().strip();
        }
        target |= k == Kept.TARGET;
        level |= k == Kept.LEVEL;
      }
      if (level || (owned >= 0 && line == owned + 1)) {
        owned = line;
        continue;
      }
      String named = name != null ? name : secondName; // a 三级 name before a two-level table's
      if (named != null && target) {
        names.add(new Unplaced(named, OptionalLong.of(line)));
      }
    }
    return names;
  }

  /** The names of rows without a level when the cells carry no lines: none once a level is kept anywhere. */
  private static List<Unplaced> unplacedAnywhere(List<StrayCell> cells) {
    List<Unplaced> names = new ArrayList<>();
    boolean target = false;
    for (StrayCell cell : cells) {
      switch (kind(cell)) {
        case NAME -> names.add(new Unplaced(cell.text().strip(), cell.line()));
        case TARGET -> target = true;
        case LEVEL, SECOND_NAME -> {
          return List.of(); // without lines a 二级 cell may be any level's: as careful as before
        }
        default -> {}
      }
    }
    return target ? names : List.of();
  }

  private static final Set<String> NAME_HEADINGS = Set.of("三级指标", "三级", "指标内容", "指标名称");

  private static final Set<String> LEVEL_HEADINGS = Set.of("一级指标", "二级指标", "一级", "二级", "一级目标", "二级目标", "级指标");

  /**
   * Whether a stray cell is a level: under a level's heading, or a level's label wherever it stands
   * (数量指标, or a short label ending in 指标 such as 制度指标); not a 总分 / 合计 row's label or a
   * caption naming 绩效.
   */
  private static boolean isLevelCell(String heading, String text) {
    String k = Headings.key(text);
    if (k.equals("总分") || k.equals("合计") || k.equals("总计") || k.contains("绩效")) {
      return false; // a table's sum, or a caption (绩效指标, 年度绩效目标) a top block prints too
    }
    return LEVEL_HEADINGS.contains(heading) || Category.fromLabel(text).isPresent() || Subcategory.fromLabel(text).isPresent()
        || (k.endsWith("指标") && k.length() <= 8);
  }

  /**
   * Whether a cell is a heading of an indicator table: a level's heading (一级指标, 三級指標, 一级目标,
   * and 级指标 with its first character lost) or the target's (指标值, 目标值, 年度指标值, 区域目标值),
   * or 指标名称 / 指标解释. Not 绩效指标 or 绩效目标: captions a top block prints too.
   */
  static boolean isIndicatorHeading(String text) {
    String k = Headings.key(text);
    if (k.length() > 6) {
      return false; // a sentence that ends alike (本项目的年度指标值) is no heading
    }
    if (k.endsWith("级指标") || k.endsWith("级目标")) {
      String rest = k.substring(0, k.length() - 3);
      return rest.isEmpty() || (rest.length() == 1 && "一二三四1234".contains(rest));
    }
    return k.endsWith("指标值") || k.endsWith("目标值") || k.equals("指标名称") || k.equals("指标解释");
  }

  /** NFKC, white space removed: what the checks compare. */
  static String normalized(String text) {
    String n = IndicatorTexts.normalize(text);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** At most 60 characters of a cell for quoting in an opinion. */
  static String quote(String text) {
    return Texts.cut(text.strip(), 60);
  }

  /** What an indicator is called in an opinion: its 三级指标, else its level's label. */
  static String label(Indicator i) {
    return filled(i.name()).map(ReviewTexts::quote).orElse(level(i));
  }

  /**
   * The level an indicator is filed under, as an opinion names it: its 二级 label, the 二级 label
   * printed for several levels (社会、经济、生态效益 指标), else its 一级 label.
   */
  static String level(Indicator i) {
    return i.subcategory().map(Subcategory::label).or(i::printedSubcategory).orElse(i.category().label());
  }

  /**
   * Whether a filled 三级指标 names nothing: no letter or ideograph in it, only figures and signs
   * (88, 20%, 1.): a flattened copy puts a score or a value where the name goes.
   */
  static boolean namesNothing(String name) {
    for (int k = 0; k < name.length(); k++) {
      if (Character.isLetter(name.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the indicator is a cost indicator (成本 at level 2, or a level-1 成本). */
  static boolean isCost(Indicator i) {
    return i.subcategory().filter(s -> s == Subcategory.COST || s.category() == Category.COST).isPresent()
        || i.category() == Category.COST;
  }

  /**
   * The money a cost indicator's target names as a total, in 元: a figure in 元, 千元, 万元 or 亿元,
   * read as a reviewer reads a cost (a bare 万 is 万元 there). A price per unit (≤200元/台,
   * 单价不超过200元, 人均) is no total: it is neither a ceiling of the year's money nor a sum to
   * tell the amount's unit by.
   */
  static Optional<BigDecimal> moneyInYuan(Indicator indicator) {
    Target t = IndicatorTexts.parseTarget(indicator);
    if (t.quantity().isEmpty()
        || t.quantity().get().per().filter(per -> !YEAR.contains(per)).isPresent()
        || perUnit(indicator.target().orElse(""))) {
      return Optional.empty(); // 24.68万/年 is the year's total; 200元/台 is a price
    }
    Quantity q = t.quantity().get();
    return yuan(q.upper().orElse(q.value()), q.unit().symbol());
  }

  /** Whether a cost target names a price per unit in words: 单价, 每台 (每年 aside), 人均, 平均. */
  private static boolean perUnit(String target) {
    String n = normalized(target);
    for (String w : PER_UNIT_WORDS) {
      if (n.contains(w)) {
        return true;
      }
    }
    for (int i = n.indexOf('每'); i >= 0; i = n.indexOf('每', i + 1)) {
      if (i + 1 < n.length() && n.charAt(i + 1) != '年') {
        return true;
      }
    }
    return false;
  }

  private static final List<String> PER_UNIT_WORDS = List.of("单价", "均价", "人均", "平均");

  /** What a cost is per when it is the year's total. */
  private static final List<String> YEAR = List.of("年", "年度", "全年");

  /** An amount in a money unit (元, 千元, 万元, 亿元), in 元; empty for any other unit. */
  static Optional<BigDecimal> yuan(BigDecimal value, String unit) {
    return switch (unit) {
      case "元" -> Optional.of(value);
      case "千元" -> Optional.of(value.multiply(new BigDecimal("1000")));
      case "万元" -> Optional.of(value.multiply(new BigDecimal("10000")));
      case "亿元" -> Optional.of(value.multiply(new BigDecimal("100000000")));
      default -> Optional.empty();
    };
  }

  /**
   * Four-digit years (1949–2099) the text names as years or in dates: 2023年, 2023-10-15, 2023/10,
   * 2023.3. Not {@code IndicatorTexts.dates}: its periods need a month, and a stale year in a
   * declaration often stands alone (2022年, 2023年全年).
   */
  static List<Integer> years(String text) {
    List<Integer> out = new ArrayList<>();
    String n = IndicatorTexts.normalize(text);
    for (int i = 0; i + 4 <= n.length(); i++) {
      if (i > 0 && Character.isDigit(n.charAt(i - 1))) {
        continue;
      }
      if (!allDigits(n, i, i + 4) || (i + 4 < n.length() && Character.isDigit(n.charAt(i + 4)))) {
        continue;
      }
      int year = Integer.parseInt(n.substring(i, i + 4));
      char next = i + 4 < n.length() ? n.charAt(i + 4) : ' ';
      boolean dated = next == '年' || ((next == '-' || next == '/' || next == '.') && monthFollows(n, i + 5));
      if (dated && year >= 1949 && year <= 2099) {
        out.add(year);
      }
      i += 3;
    }
    return out;
  }

  /**
   * Whether a month (1–12) starts at {@code at} and is not itself the start of an amount: 2023.10
   * and 2023-3-1 are dates, 1949.29万元 and 2030.5万 are not.
   */
  private static boolean monthFollows(String n, int at) {
    int end = at;
    while (end < n.length() && end - at < 3 && Character.isDigit(n.charAt(end))) {
      end++;
    }
    if (end == at || end - at > 2) {
      return false;
    }
    int month = Integer.parseInt(n.substring(at, end));
    if (month < 1 || month > 12) {
      return false;
    }
    return end >= n.length() || "万亿元千百%".indexOf(n.charAt(end)) < 0;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a target (or a name) states a time limit: a deadline, a duration, a date, or a word
   * such as 及时 or 按时; a 生命周期 is no limit of the year's work.
   */
  static boolean statesTimeLimit(String target) {
    String n = without(normalized(target), NO_LIMITS);
    Target t = IndicatorTexts.parseTarget(n);
    if (t.deadline().isPresent() || !years(n).isEmpty()) {
      return true;
    }
    if (t.quantity().filter(q -> q.unit().isDuration()).isPresent()) {
      return true;
    }
    for (String word : TIME_WORDS) {
      if (n.contains(word)) {
        return true;
      }
    }
    return ReviewScans.statesFrequency(n); // a frequency is a time standard: 1次/月, 按月安排, 每2个月
  }

  /** Words that contain a time word and state no limit: 生命周期, 无限期, 不限期, 相当期望. */
  private static final List<String> NO_LIMITS = List.of("生命周期", "无限期", "不限期", "相当期");

  private static String without(String n, List<String> words) {
    String out = n;
    for (String word : words) {
      out = out.replace(word, "");
    }
    return out;
  }

  private static final List<String> TIME_WORDS =
      List.of("及时", "按时", "按期", "按计划", "准时", "如期", "当年", "当期", "当月", "当日", "当天", "季度", "季末", "年末", "月末", "限期", "上半年", "下半年", "年初", "每天", "每日", "每周", "每月", "每季", "每年", "全年", "年底", "年内", "年度内",
          "月底", "月前", "日前", "之前", "以前", "前完成", "内完成", "小时内", "天内", "日内", "工作日", "时限", "期限", "周期");
}
