package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.ReadDiagnostics;

/**
 * Builds a project from a project row: its identity, amounts and rate from the number columns,
 * its text fields and indicator pairs from the columns the header gives them.
 */
final class ProjectRows {
  /** The name given to a project whose row has no 项目名称 (reported as a diagnostic). */
  static final String PLACEHOLDER_NAME = "（未填写项目名称）";

  /** A project read from its row, still open to marker and continuation rows. */
  record OpenRow(Project.Builder project, List<Indicator> indicators) {}

  private final ReadContext ctx;
  private final NumberFields numbers;
  private final ShiftedRows shifted;
  /** For each printed column, the column whose field its cell fills; reused from row to row. */
  private int[] moveTo = new int[64];
  /** The 年度指标内容 / 完成情况 text of the row being read, by column; reused from row to row. */
  private @org.jspecify.annotations.Nullable String[] pairText = new String[0];

  ProjectRows(ReadContext ctx, NumberFields numbers) {
    this.ctx = ctx;
    this.numbers = numbers;
    this.shifted = new ShiftedRows(ctx);
  }

  /**
   * Reads a project row under layout {@code l}.
   *
   * @return the project, not yet built (marker and continuation rows may still add to it), and
   *     its indicators
   */
  OpenRow read(String[] cells, int count, long line, Layout l) {
    int seq = -1;
    String seqCell = RowCells.cell(cells, count, l.seqColumn());
    int parsedSeq = NumberCells.parseSeq(seqCell);
    if (parsedSeq >= 0) {
      seq = parsedSeq;
    }

    List<Msg> reasons = new ArrayList<>();
    int irregularColumn = irregularities(cells, count, l, reasons);

    // Where each printed column's cell goes: itself, another column's field, or stray.
    if (moveTo.length < count) {
      moveTo = new int[Math.max(count, 2 * moveTo.length)];
    }
    for (int c = 0; c < count; c++) {
      moveTo[c] = c;
    }
    if (!reasons.isEmpty()) {
      if (ctx.sink.strict()) {
        // Strict mode reads nothing it would have to guess: the first such row stops the read.
        ctx.sink.report(
            ReadDiagnostics.IRREGULAR_ROW,
            Severity.WARNING,
            Msg.of("JX-I-0111")
                .part("row", RowCells.describeRow(seq, line))
                .list("reasons", reasons, Msg.CLAUSES),
            line,
            irregularColumn,
            irregularColumn >= 0 ? cells[irregularColumn] : null,
            seq);
      }
      shifted.place(cells, count, line, seq, l, moveTo, reasons, irregularColumn);
    }

    Project.Builder project = Project.builder().sourceLine(line);
    if (seq >= 0) {
      project.seq(seq);
    }
    List<StrayCell> stray = new ArrayList<>();
    int width = l.width();
    if (pairText.length < width) {
      pairText = new String[width];
    } else {
      Arrays.fill(pairText, 0, width, null);
    }
    String name = fill(project, stray, cells, count, line, seq, parsedSeq, l);
    List<Indicator> indicators = indicators(l);
    if (name == null) {
      ctx.sink.report(
          ReadDiagnostics.MISSING_NAME,
          Severity.WARNING,
          Msg.of("JX-I-0118")
              .part("row", RowCells.describeRow(seq, line))
              .arg("placeholder", PLACEHOLDER_NAME),
          line,
          l.nameColumn(),
          null,
          seq);
      name = PLACEHOLDER_NAME;
    }
    project.name(name).strayCells(stray);
    return new OpenRow(project, indicators);
  }

  /**
   * Whether the row fits its header: adds to {@code reasons} why not, and returns the first
   * column that does not fit (-1 when all do).
   */
  private int irregularities(String[] cells, int count, Layout l, List<Msg> reasons) {
    int irregularColumn = -1;
    int lastNonBlank = -1;
    int outside = 0;
    int firstOutside = -1;
    for (int c = 0; c < count; c++) {
      if (Cells.isBlank(cells[c])) {
        continue;
      }
      lastNonBlank = c;
      if (l.role(c) == null) {
        outside++;
        if (firstOutside < 0) {
          firstOutside = c;
        }
      }
    }
    if (outside > 0) {
      reasons.add(
          Msg.of(outside == 1 ? "JX-I-0155" : "JX-I-0156")
              .arg("count", outside)
              .arg("column", firstOutside + 1L));
      irregularColumn = firstOutside;
    }
    if (!l.aligned() && lastNonBlank < l.lastField()) {
      reasons.add(
          Msg.of("JX-I-0157")
              .arg("end", lastNonBlank + 1L)
              .arg("last", l.lastField() + 1L)
              .arg("header", l.header(l.lastField())));
      if (irregularColumn < 0) {
        irregularColumn = lastNonBlank;
      }
    }
    // Under a header that PDF extraction shifted, the rows are suspect too: a 完成情况 without its
    // 年度指标内容, or text that contradicts its column, shows a shift. Under a header whose labels
    // all sit over their columns (a machine-written table) such text is taken as printed: only
    // cells beyond the header make its rows irregular.
    if (!l.aligned()) {
      for (int c = 0; c + 1 < l.width() && c + 1 < count; c++) {
        if (l.role(c) == Role.TARGET && Cells.isBlank(cells[c]) && !Cells.isBlank(cells[c + 1])) {
          reasons.add(
              Msg.of("JX-I-0158").arg("column", c + 2L).arg("header", l.header(c + 1)));
          if (irregularColumn < 0) {
            irregularColumn = c + 1;
          }
        }
      }
      int odd = ctx.sink.strict() ? -1 : oddText(cells, count, l, lastNonBlank);
      if (odd >= 0) {
        reasons.add(Msg.of("JX-I-0159").arg("column", odd + 1L).arg("header", l.header(odd)));
        if (irregularColumn < 0) {
          irregularColumn = odd;
        }
      }
    }
    return irregularColumn;
  }

  /**
   * Puts each of the row's cells into the field its column (or the column it moved to) holds, the
   * pairs of 年度指标内容 and 完成情况 into {@link #pairText}; cells without a field become stray.
   *
   * @return the 项目名称, or null when the row has none
   */
  private @org.jspecify.annotations.Nullable String fill(
      Project.Builder project, List<StrayCell> stray, String[] cells, int count, long line, int seq, int parsedSeq, Layout l) {
    String name = null;
    for (int c = 0; c < count; c++) {
      String text = cells[c];
      if (Cells.isBlank(text)) {
        continue;
      }
      Role role = l.role(c);
      if (role == Role.EVALUATION) {
        continue;
      }
      int into = moveTo[c];
      if (into == ShiftedRows.STRAY) {
        stray.add(ctx.layoutStray(line, c, l, text));
        continue;
      }
      role = l.role(into);
      if (role == null || role == Role.UNKNOWN) {
        stray.add(ctx.layoutStray(line, c, l, text));
        continue;
      }
      switch (role) {
        case SEQ:
          if (parsedSeq == -2) {
            numbers.notNumber(stray, c, l, text, line, seq, NumberFields.NOT_A_WHOLE_NUMBER);
          }
          break;
        case UNIT:
          project.unit(text);
          break;
        case DEPARTMENT:
          project.department(text);
          break;
        case NAME:
          name = text;
          break;
        case GOVERNMENT_INVESTMENT:
          NumberCells.Flag flag = NumberCells.parseFlag(text);
          if (flag == NumberCells.Flag.INVALID) {
            stray.add(ctx.layoutStray(line, c, l, text));
            ctx.sink.report(
                ReadDiagnostics.NOT_A_FLAG,
                Severity.WARNING,
                Msg.of("JX-I-0117")
                    .part("row", RowCells.describeRow(seq, line))
                    .arg("header", l.header(c)),
                line,
                c,
                text,
                seq);
          } else if (flag != null) {
            project.governmentInvestment(flag == NumberCells.Flag.YES);
          }
          break;
        case FUND:
          BigDecimal executed = numbers.amount(stray, c, l, text, line, seq);
          FundKind kind = l.fund(c);
          if (executed != null && kind != null) {
            project.addFunds(FundSource.executed(kind, executed));
          }
          break;
        case BUDGET:
          BigDecimal budget = numbers.amount(stray, c, l, text, line, seq);
          if (budget != null) {
            project.budget(budget);
          }
          break;
        case ADJUSTED_BUDGET:
          BigDecimal adjusted = numbers.amount(stray, c, l, text, line, seq);
          if (adjusted != null) {
            project.adjustedBudget(adjusted);
          }
          break;
        case ACTUAL:
          BigDecimal actual = numbers.amount(stray, c, l, text, line, seq);
          if (actual != null) {
            project.actual(actual);
          }
          break;
        case RATE:
          BigDecimal rate = numbers.number(stray, c, l, text, line, seq, true);
          if (rate != null) {
            project.statedExecutionRate(rate);
          }
          break;
        case EXECUTION_WEIGHT:
          BigDecimal weight = numbers.number(stray, c, l, text, line, seq, false);
          if (weight != null && weight.signum() < 0) {
            numbers.notNumber(stray, c, l, text, line, seq, NumberFields.NEGATIVE);
          } else if (weight != null) {
            project.statedExecutionWeight(weight);
          }
          break;
        case OUTPUT_POINTS:
        case BENEFIT_POINTS:
        case SATISFACTION_POINTS:
        case COST_POINTS:
          BigDecimal points = numbers.number(stray, c, l, text, line, seq, false);
          Category category = role.pointsOf();
          if (points != null && points.signum() < 0) {
            numbers.notNumber(stray, c, l, text, line, seq, NumberFields.NEGATIVE);
          } else if (points != null && category != null) {
            project.putStatedCategoryWeights(category, points);
          }
          break;
        case EXECUTION_SCORE:
          BigDecimal score = numbers.number(stray, c, l, text, line, seq, false);
          if (score != null) {
            project.statedExecutionScore(score);
          }
          break;
        case STATED_SCORE:
          BigDecimal total = numbers.number(stray, c, l, text, line, seq, false);
          if (total != null) {
            project.statedScore(total);
          }
          break;
        case GOAL:
          project.goal(text);
          break;
        case GOAL_OUTCOME:
          project.goalOutcome(text);
          break;
        case COMPLETION:
          project.statedCompletion(text);
          break;
        case PROBLEMS:
          project.problems(text);
          break;
        case RECTIFICATION:
          project.rectification(text);
          break;
        case TARGET:
        case ACHIEVED:
          pairText[into] = text;
          break;
        default:
          stray.add(ctx.layoutStray(line, c, l, text));
          break;
      }
    }
    return name;
  }

  /** The indicators of the row: one for each pair of 年度指标内容 and 完成情况 with text. */
  private List<Indicator> indicators(Layout l) {
    int width = l.width();
    List<Indicator> indicators = new ArrayList<>();
    for (int c = 0; c + 1 < width; c++) {
      if (l.role(c) != Role.TARGET) {
        continue;
      }
      String target = pairText[c];
      String achieved = pairText[c + 1];
      if (target == null && achieved == null) {
        continue;
      }
      Category category = l.category(c);
      if (category == null) {
        continue;
      }
      Subcategory sub = l.subcategory(c);
      Indicator.Builder indicator = Indicator.builder().category(category);
      if (sub != null) {
        indicator.subcategory(sub);
      }
      if (target != null) {
        indicator.target(target);
      }
      if (achieved != null) {
        indicator.actual(achieved);
      }
      indicators.add(indicator.build());
    }
    return indicators;
  }

  /**
   * The first column whose text contradicts its header in a way only a shift explains: a verdict
   * (已完成, 达标 …) under 年度指标内容, or the row's closing placeholder (无) before 整改情况.
   * -1 when there is none.
   */
  private static int oddText(String[] cells, int count, Layout l, int lastNonBlank) {
    int rectification = l.rectificationColumn();
    for (int c = l.anchor() + 1; c < count && c < l.width(); c++) {
      Role role = l.role(c);
      String text = cells[c];
      if (Cells.isBlank(text) || (role != Role.TARGET && role != Role.ACHIEVED)) {
        continue;
      }
      boolean satisfactionPair = l.subcategory(c) == Subcategory.SERVED_SATISFACTION;
      // Cheap tests first: most rows of a large table pass them without normalising any text.
      if (!satisfactionPair && text.contains("满意度")) {
        return c; // the satisfaction indicator names itself outside its pair
      }
      if (satisfactionPair && role == Role.TARGET && !mentionsSatisfaction(text)) {
        return c; // a satisfaction target that says nothing of satisfaction
      }
      if (role == Role.TARGET
          && text.length() <= 12
          && TextEvidence.has(TextEvidence.of(text), TextEvidence.COMPLETION)) {
        return c; // a verdict under 年度指标内容
      }
    }
    if (lastNonBlank > l.anchor()
        && lastNonBlank < rectification
        && lastNonBlank < count
        && cells[lastNonBlank].length() <= 4
        && TextEvidence.has(TextEvidence.of(cells[lastNonBlank]), TextEvidence.PLACEHOLDER)) {
      return lastNonBlank;
    }
    return -1;
  }

  private static boolean mentionsSatisfaction(String text) {
    return text.contains("满意") || text.contains("投诉") || text.contains("认可") || text.contains("好评");
  }
}
