package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.label.Labels;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The indicator block: a header of one or two rows names the columns (一级指标, 二级指标,
 * 三级指标, 指标性质, 年度指标值 / 指标值 / 年初目标值, 度量单位, 实际完成值 / 完成值 / 全年实际值,
 * 分值 / 权重, 得分, 偏差原因 / 未完成原因, 指标解释) in any order; under it one row per indicator,
 * with 一级 and 二级 carried down over blank or merged cells. A row's cells are gathered by role
 * ({@link IndicatorRowCells}) before the row is judged an indicator, a wrapped line or a label row.
 */
final class IndicatorBlock {
  private final FormGrid g;
  private final FormSink sink;
  /** What each column holds, as the header says. */
  private final IndicatorColumns columns;
  /** The 一级指标 column, or -1. */
  final int cat1Column;
  private @Nullable Category category;
  private @Nullable Subcategory subcategory;
  private boolean categoryNamed;
  /** The points printed in the 一级 cells. */
  private final LevelPoints levelPoints;
  /** Rows above a 二级 label centred in its merged cell ({@link CentredLevels}). */
  private final CentredLevels centred;
  /** The header's rows: the upper, the one naming 一级指标, the wrapped second line (-1 where none). */
  private final int[] headerRows;
  /** The second line of a header wrapped over two rows ({@link WrappedHeader}), or -1. */
  private final int lowerRow;
  /** The columns told as unplaced in a block without an actual column. */
  private final UnplacedColumns unplaced;
  /** The row of the last indicator read, whose texts the next line may carry on; -1 before one. */
  private int lastIndicatorRow = -1;
  /** Level labels printed over two lines of their column. */
  private final WrappedLabels wrapped;
  /** The block's own label, left of the 一级 column, wrapped down its rows. */
  private final BlockLabelLines blockLabels;
  /** The rows of the last header printed again inside the block ({@link #goesOnPast}), or -1. */
  private int repeatedFrom = -1;
  private int repeatedTo = -1;
  /** The cells of the row being read that hold part of a wrapped label, read as labels. */
  private final BitSet labelCells = new BitSet();
  /** A tall row's texts whose first line stands above it. */
  private final CentredFirstLines firstLines;
  /** The widths of the names read, which a wrapped name's first line fills. */
  private final NameWidths names;

  private IndicatorBlock(FormGrid g, FormSink sink, int row, int upper, int lower) {
    this.g = g;
    this.sink = sink;
    this.lowerRow = lower;
    this.headerRows = new int[] {upper, row, lower};
    columns = new IndicatorColumns(g, row, upper, lower);
    cat1Column = columns.cat1Column;
    wrapped = new WrappedLabels(g, sink, columns.roles());
    blockLabels = new BlockLabelLines(g, row, cat1Column);
    levelPoints = new LevelPoints(columns.headers());
    centred = new CentredLevels(g, sink, columns);
    firstLines = new CentredFirstLines(g, sink, columns);
    names = new NameWidths(g, lower >= 0 ? lower : row, columns.column(IndicatorRole.NAME),
        columns.column(IndicatorRole.TARGET), columns.column(IndicatorRole.ACTUAL));
    unplaced = new UnplacedColumns(g, sink, columns);
  }

  /** Whether a line holds the part of a level label wrapped onto it ({@link WrappedLabels}). */
  boolean isWrappedLabelLine(int row) {
    return !wrapped.fragments(row).isEmpty();
  }

  /**
   * A column headed by a bare figure (四川安居 2021: 年度绩效指标完成情况 | 一级指标 | … | 50): the
   * figure is the block's points, and the column holds each indicator's. Which points, 分值 or 得分,
   * the heading does not say; the form does when it labels that column 自评得分 above the block
   * (with 100, 20, 20 under it): then they are read as scores. Else they stay stray cells. The
   * heading's figure is kept under the row's label either way.
   */
  private void pointsHeading(int row, FormDraft d) {
    int c = columns.pointsColumn;
    if (c < 0) {
      return;
    }
    boolean scores = d.scoreColumnLabel && !columns.has(IndicatorRole.SCORE) && !columns.has(IndicatorRole.WEIGHT);
    if (scores) {
      columns.assign(c, IndicatorRole.SCORE);
    }
    String points = g.text(row, c);
    int first = g.first(row);
    d.stray(row, c, first >= 0 && first < c && columns.roleAt(first) == IndicatorRole.NONE ? g.text(row, first) : null, points);
    sink.report(FormDiagnostics.POINTS_HEADING, Severity.INFO,
        Msg.of(scores ? "JX-I-0238" : "JX-I-0239").arg("points", Labels.normalize(points).strip()), row, c, points);
  }

  /**
   * Whether {@code below}, a header opened inside this block, prints this block's header again
   * (Word repeats a table's header row at the top of each page): then this block goes on under it.
   * The merged 一级 / 二级 cells of the page before run on past the break, so the first rows under
   * it print no level and take the levels read above, as they would without the break; a row split
   * by the break carries on the last indicator's texts. Said once ({@code JX-I-0270}). A header with
   * other columns opens a block of its own, as before.
   *
   * @param row the repeated header's row
   * @return whether this block goes on, past the header's rows
   */
  boolean goesOnPast(IndicatorBlock below, int row) {
    int last = below.columns.lastRow(below.lastHeaderRow(row));
    if (!columns.headsAgain(below.columns) || !RepeatedHeader.printsAgain(g, headerRows, cat1Column, row)
        || RepeatedHeader.startsOver(g, cat1Column, columns.column(IndicatorRole.CAT2), category, subcategory, last)) {
      return false;
    }
    repeatedFrom = row;
    repeatedTo = last;
    if (lastIndicatorRow >= 0) {
      lastIndicatorRow = last; // the header stands between the two lines of a split row
    }
    String levels = category == null ? "" : category.label() + (subcategory == null ? "" : " / " + subcategory.label());
    int first = Math.max(g.first(row), 0);
    sink.report(FormDiagnostics.REPEATED_HEADER, Severity.INFO,
        levels.isEmpty() ? Msg.of("JX-I-0271") : Msg.of("JX-I-0270").arg("levels", levels), row, first, g.text(row, first));
    return true;
  }

  /** The last row of the header opened at {@code row}: its second line when wrapped, else itself. */
  int lastHeaderRow(int row) {
    return lowerRow >= 0 ? lowerRow : row;
  }

  static IndicatorBlock open(FormGrid g, FormSink sink, int row, FormDraft d) {
    int upper = row > 0 && IndicatorColumns.isUpperHeader(g, row - 1) ? row - 1 : -1;
    int lower = WrappedHeader.lower(g, row);
    IndicatorBlock block = new IndicatorBlock(g, sink, row, upper, lower);
    if (lower >= 0) {
      // 年度 / 指标值, 实际 / 完成值: the two lines are one header; the joined headings are said once
      sink.report(FormDiagnostics.WRAPPED_HEADER, Severity.INFO,
          Msg.of("JX-I-0253").arg("headings", block.columns.joinedHeadings(row, lower)), lower, g.first(lower),
          g.text(lower, g.first(lower)));
    }
    int unheaded = block.columns.unheadedCat1;
    if (unheaded >= 0) {
      int first = Math.max(g.first(row), 0);
      sink.report(FormDiagnostics.LEVEL_ONE_UNHEADED, Severity.WARNING,
          Msg.of("JX-I-0258").arg("column", unheaded + 1L), row, first, g.text(row, first));
    }
    int next = block.lastHeaderRow(row) + 1;
    if (next < g.height()) {
      block.columns.partsHeader(next);
    }
    block.pointsHeading(row, d);
    d.valueBlock = block.columns.valueBlock(row, d.indicators.size());
    return block;
  }

  /**
   * Whether the row's cells left of the 一级 column only repeat the block's own labels there (绩效指标
   * printed again after a page break, where a merged label is cut; those cells are kept beside
   * the row) or carry the block's label on down its rows ({@link BlockLabelLines}): the row is
   * still an indicator row.
   */
  boolean labelsOnTheLeft(int row) {
    List<WrappedLabels.Joined> left = blockLabels.continued(row);
    return repeatsLabelsOnTheLeft(row) || LevelAboveOne.onTheLeft(g, columns, row) || left != null && !left.isEmpty();
  }

  private boolean repeatsLabelsOnTheLeft(int row) {
    boolean any = false;
    for (int c = 0; c < cat1Column; c++) {
      String k = g.key(row, c);
      if (k.isEmpty()) {
        continue;
      }
      String h = columns.header(c);
      if (h == null || !k.equals(FormText.key(h))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The role of a column. */
  IndicatorRole roleOf(int c) {
    return columns.roleAt(c);
  }

  /**
   * Whether a 二级 of {@code sub} cannot stand under a carried 一级 {@code carried}: it belongs to
   * another level. Satisfaction under 效益 is no such case: older templates print 服务对象满意度指标
   * as a 二级 of 效益指标.
   */
  static boolean belongsElsewhere(Category carried, Subcategory sub) {
    return carried != sub.category() && !(carried == Category.BENEFIT && sub.category() == Category.SATISFACTION);
  }

  /** Whether {@code text} in the 一级 column names a category (or is a bare (50分)). */
  static boolean namesCategory(String text) {
    String k = FormText.categoryKey(text);
    return k.isEmpty() || Category.fromLabel(k).isPresent();
  }

  /** Reads an indicator row into the draft. */
  void read(int row, FormDraft d) {
    if (columns.isPartsRow(row) || row == lowerRow || (row >= repeatedFrom && row <= repeatedTo)) {
      return; // the target parts' headings, the header's second line, a repeated header's: labels, as the header's are
    }
    labelCells.clear();
    for (WrappedLabels.Joined j : wrapped.fragments(row)) {
      wrapped.say(row, j);
      labelCells.set(j.column());
    }
    boolean above = LevelAboveOne.onTheLeft(g, columns, row);
    if (above) {
      // before the block's own label: 绩效指标(90分) there is a level with its points, kept
      LevelAboveOne.keep(g, sink, cat1Column, row, d, labelCells);
    }
    List<WrappedLabels.Joined> left = above || repeatsLabelsOnTheLeft(row) ? null : blockLabels.continued(row);
    if (left != null) {
      blockLabels.take(left);
      for (WrappedLabels.Joined j : left) {
        if (j.other() != row) {
          wrapped.say(row, j); // 指标完成 under 年度绩效: said; a label's first line is not
        }
        labelCells.set(j.column());
      }
    }
    IndicatorRowCells cells = new IndicatorRowCells();
    int w = g.width(row);
    for (int c = 0; c < w; c++) {
      String t = g.text(row, c);
      if (t.isEmpty() || labelCells.get(c)) {
        continue; // part of a wrapped label, read with the label
      }
      cells.filled++;
      IndicatorRole role = columns.roleAt(c);
      if (role == IndicatorRole.CAT1) {
        levelOne(row, c, t, d, cells);
      } else if (role == IndicatorRole.CAT2) {
        levelTwo(row, c, t, d, cells);
      } else {
        cells.take(role, c, t);
      }
    }
    firstLines.giveTo(row, cells);
    boolean beside = cells.barePoints && cells.level2Column >= 0;
    Category named = category;
    if (beside && named != null && subcategory != null && !belongsElsewhere(named, subcategory)
        && !d.categoryPoints.containsKey(named)) {
      // 效益指标 above, (40分) | 服务对象满意度指标: the points of the named level whose merged cell
      // runs on (older templates print satisfaction under 效益), not of the 二级's own level
      levelPoints.settle(named, true, d);
    } else {
      if (beside) {
        category = null; // (30分) | 经济效益指标: a level of its own, named by its 二级 only
        cells.ownLevel = true;
      }
      levelPoints.settle(subcategory != null ? subcategory.category() : category, beside, d);
    }
    String name = cells.name;
    String weightText = cells.weightText(g, row);
    String scoreText = cells.scoreText(g, row);
    String subScores = cells.subScores(g, row);
    boolean data = cells.data(g, row);
    int texts = cells.texts();
    boolean unknown = cells.unknown;
    int unknownColumn = cells.unknownColumn;
    if (texts > 0 && texts == cells.filled
        && WrappedIndicatorLines.join(d.indicators, lastIndicatorRow, row, cells, names, row - 1 == repeatedTo,
            sink)) {
      lastIndicatorRow = row; // a long name may take more than one more line
      names.saw(name);
      return;
    }
    if (texts > 0 && texts == cells.filled && row - 1 != repeatedTo && firstLines.hold(row, cells,
        lastIndicatorRow == row - 1 && !d.indicators.isEmpty() ? d.indicators.get(d.indicators.size() - 1) : null)) {
      return; // the first line of the row below, centred; under a repeated header, a split row's end
    }
    if (name.isEmpty() && !data) {
      if (cells.placeholder && !unknown) {
        sink.report(FormDiagnostics.PLACEHOLDER_ROW, Severity.INFO, Msg.of("JX-I-0232"), row, -1, g.text(row, g.first(row)));
        keepOthers(row, d);
      } else if (unknown && namesExecution(row)) {
        // 河北成安 2020: the template's 预算执行率 line inside the block, left empty, is no indicator
        strayRow(row, d, FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0244"), unknownColumn);
      } else if (unknown) {
        strayRow(row, d, FormDiagnostics.UNKNOWN_CATEGORY, Severity.WARNING,
            Msg.of("JX-I-0231"), unknownColumn);
      } else {
        keepOthers(row, d);
      }
      return; // a row that only names 一级 / 二级
    }
    if (!data && FormText.isPlaceholderName(name)) {
      sink.report(FormDiagnostics.PLACEHOLDER_ROW, Severity.INFO, Msg.of("JX-I-0232"), row, -1, name);
      return;
    }
    if (FormText.key(name).startsWith("其中") && FormText.isNothing(weightText) && FormText.isNothing(scoreText)
        && FormText.isNothing(subScores)) {
      strayRow(row, d, FormDiagnostics.SUB_ROW, Severity.INFO, Msg.of("JX-I-0233"), -1);
      return;
    }
    Category carried = category;
    Subcategory sub = subcategory;
    if (!cells.ownLevel && carried != null && sub != null && cells.level2Column >= 0 && belongsElsewhere(carried, sub)) {
      // 产出指标 … then | 社会效益 | … under a blank 一级 (鄂州 2019): the 二级 names its own level,
      // which a carried 产出 cannot hold; it is the level from here on, as a lost 一级 label would be
      category = sub.category();
      sink.report(FormDiagnostics.LEVEL_FROM_SECOND, Severity.INFO,
          Msg.of("JX-I-0255").arg("carried", carried.label()).arg("level", sub.category().label()), row, cells.level2Column,
          g.text(row, cells.level2Column));
    }
    Subcategory own = subcategory != null || name.isEmpty() ? subcategory : centred.below(row, category);
    Category cat = category != null ? category : own != null ? own.category() : null;
    if (cat == null) {
      strayRow(row, d, FormDiagnostics.UNKNOWN_CATEGORY, Severity.WARNING,
          Msg.of(categoryNamed || unknown ? "JX-I-0234" : "JX-I-0235"),
          unknownColumn);
      return;
    }
    if (unknown && unknownColumn >= 0) {
      // 产出指标 | 其他自定义指标: the other level gives the category, and the label it does not
      // know is kept rather than dropped
      String label = g.text(row, unknownColumn);
      d.stray(row, unknownColumn, columns.header(unknownColumn), label);
      sink.report(FormDiagnostics.UNKNOWN_CATEGORY, Severity.WARNING, Msg.of("JX-I-0231"), row, unknownColumn, label);
    }
    Indicator indicator = indicator(row, cat, own, cells, d);
    keepOthers(row, d);
    d.indicators.add(indicator);
    lastIndicatorRow = row;
    names.saw(name);
    unplaced.tell(row);
  }

  /** The indicator a row prints, of category {@code cat} and 二级 {@code sub}: its texts, and its figures read (a cell that is no number kept). */
  private Indicator indicator(int row, Category cat, @Nullable Subcategory sub, IndicatorRowCells cells, FormDraft d) {
    Indicator.Builder b = Indicator.builder().category(cat).subcategory(Optional.ofNullable(sub));
    b.name(opt(cells.name)).target(opt(cells.target)).actual(opt(cells.actual)).measureUnit(opt(cells.unit));
    b.deviationReason(opt(cells.reason)).explanation(opt(cells.explanation));
    String nature = cells.nature;
    if (!nature.isEmpty()) {
      Optional<TargetNature> n = NatureGlyphs.read(nature);
      if (n.isPresent()) {
        b.nature(n);
      } else {
        d.stray(row, cells.natureColumn, columns.header(cells.natureColumn), nature);
        sink.report(FormDiagnostics.UNKNOWN_NATURE, Severity.WARNING, Msg.of("JX-I-0236"), row,
            cells.natureColumn, nature);
      }
    }
    BigDecimal weight = null;
    if (cells.weightColumn >= 0) {
      weight = number(row, cells.weightColumn, d);
      if (weight != null && weight.signum() < 0) {
        notNumber(row, cells.weightColumn, d, FundsBlock.NEGATIVE_WEIGHT);
        weight = null;
      } else {
        b.weight(Optional.ofNullable(weight));
      }
    }
    if (cells.scoreColumn >= 0) {
      b.statedScore(Optional.ofNullable(number(row, cells.scoreColumn, d)));
    } else if (cells.scoreOf100Column >= 0 || cells.convertedColumn >= 0) {
      ConvertedScore scores = new ConvertedScore(g, sink, row, d, columns.headers());
      b.statedScore(Optional.ofNullable(scores.read(cells.scoreOf100Column, weight, cells.convertedColumn)));
    }
    return b.build();
  }

  /**
   * A 一级 cell: the category from this row down (its points kept), or points alone that wait for a
   * 二级 to say whose they are.
   */
  private void levelOne(int row, int c, String t, FormDraft d, IndicatorRowCells cells) {
    cells.placeholder = cells.placeholder || (FormText.isPlaceholderMark(t) && !FormText.isNothing(t));
    if (WrappedLabels.isBarePoints(IndicatorRole.CAT1, t)) {
      // (50分) without its level's name: the points wait for a 二级 to say whose they are,
      // and the levels read above stay (the cell may stand mid-way down its merged rows)
      levelPoints.bare(java.util.Objects.requireNonNull(FormText.bracketPoints(t)), t, row, c);
      cells.barePoints = true;
      centred.pointsOne();
      return;
    }
    String label = wrapped.levelLabel(row, c);
    String k = FormText.isPlaceholderMark(t) ? "" : FormText.categoryKey(label);
    category = k.isEmpty() ? null : Category.fromLabel(k).orElse(null);
    centred.levelOne(category, subcategory);
    if (category == null || subcategory == null || subcategory.category() != category) {
      subcategory = null;
    } // else the label is centred in its group (a 二级 of it printed above): the 二级 runs on under it
    categoryNamed = true;
    cells.ownLevel = true;
    levelPoints.named(category, label, row, c, d);
    if (!k.isEmpty() && category == null && !k.equals("效果指标")) {
      // 效果指标 (the Hebei form) holds benefits and satisfaction: its 二级 says which
      cells.unknown = true;
      cells.unknownColumn = c;
    }
  }

  /** A 二级 cell: the subcategory from this row down, or none for a placeholder (-, /, ……). */
  private void levelTwo(int row, int c, String t, FormDraft d, IndicatorRowCells cells) {
    if (FormText.isPlaceholderMark(t)) {
      subcategory = null; // -, / or the template's continuation dots ……: no category
      cells.placeholder = cells.placeholder || !FormText.isNothing(t);
      centred.levelTwo();
      return;
    }
    String label = wrapped.levelLabel(row, c); // once: it says a wrapped label
    subcategory = Subcategory.fromLabel(FormText.categoryKey(label)).orElse(null);
    centred.levelTwo();
    cells.level2Column = c;
    if (subcategory != null) {
      levelPoints.secondLevel(sink, row, c, t, label, d);
    }
    if (subcategory == null) {
      cells.unknown = true;
      cells.unknownColumn = c;
    }
  }

  /**
   * Marks the last indicator cut off when the copy ends in its row ({@link EndsInIndicatorRow#mark}).
   *
   * @param lastRow the grid's last row with text
   * @return whether the last indicator was marked
   */
  boolean markEndOfCopy(int lastRow, FormDraft d) {
    return EndsInIndicatorRow.mark(g, lastRow, lastIndicatorRow, columns.column(IndicatorRole.ACTUAL), d);
  }

  /** Says that the last indicator was marked cut off ({@link #markEndOfCopy}), at the copy's last row. */
  void tellCutOff(int lastRow, FormDraft d) {
    EndsInIndicatorRow.tell(g, sink, lastRow, d);
  }

  /** Whether every cell of the row names the execution (预算执行率, 预算执行情况), not a category. */
  private boolean namesExecution(int row) {
    return !g.anyKey(row, k -> !k.startsWith("预算执行") && !k.equals("执行率") && !k.equals("资金执行率"));
  }

  private static Optional<String> opt(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A 分值 or 得分 cell: points, with or without their 分 ({@link FormNumber#points}). */
  private @Nullable BigDecimal number(int row, int c, FormDraft d) {
    FormNumber n = FormNumber.points(g.text(row, c));
    if (n.invalid() || n.percent()) {
      notNumber(row, c, d, FundsBlock.NOT_A_NUMBER);
      return null;
    }
    return n.value();
  }

  /** @param code what the cell is not: {@link FundsBlock#NOT_A_NUMBER} … */
  private void notNumber(int row, int c, FormDraft d, String code) {
    String t = g.text(row, c);
    d.stray(row, c, columns.headerWithin(c), t);
    sink.report(ReadDiagnostics.NOT_A_NUMBER, Severity.ERROR,
        Msg.of(code).arg("header", FormText.key(columns.headerWithin(c))), row, c, t);
  }

  /** Cells under no known column are kept as stray cells. */
  private void keepOthers(int row, FormDraft d) {
    int w = g.width(row);
    for (int c = 0; c < w; c++) {
      String t = g.text(row, c);
      if (!t.isEmpty() && columns.roleAt(c) == IndicatorRole.NONE && !labelCells.get(c)) {
        d.stray(row, c, columns.header(c), t);
        sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0237"), row, c, t);
      }
    }
  }

  private void strayRow(int row, FormDraft d, String rule, Severity severity, Msg message, int column) {
    int w = g.width(row);
    String first = "";
    for (int c = 0; c < w; c++) {
      String t = g.text(row, c);
      if (!t.isEmpty()) {
        d.stray(row, c, columns.header(c), t);
        if (first.isEmpty()) {
          first = t;
        }
      }
    }
    sink.report(rule, severity, message, row, column, column >= 0 ? g.text(row, column) : first);
  }
}
