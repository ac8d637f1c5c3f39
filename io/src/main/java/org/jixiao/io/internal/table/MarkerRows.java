package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.io.ReadDiagnostics;

/**
 * The canonical layout's marker rows (【注】, 【元数据】, 【未归位单元格】, 【指标】, 【资金】): what the
 * writer could not put in a column, read back onto the row above. A marker row that cannot be
 * applied is kept as a note with a diagnostic.
 */
final class MarkerRows {
  private final ReadContext ctx;

  MarkerRows(ReadContext ctx) {
    this.ctx = ctx;
  }

  static boolean isMarker(String cell) {
    return cell.equals(Markers.STRAY)
        || cell.equals(Markers.METADATA)
        || cell.equals(Markers.NOTE)
        || cell.equals(Markers.INDICATOR)
        || cell.equals(Markers.FUND)
        || cell.equals(Markers.DECLARATION);
  }

  /** How many cells a marker row has, the marker included. */
  private static int arity(String marker) {
    switch (marker) {
      case Markers.NOTE:
        return 2;
      case Markers.METADATA:
      case Markers.DECLARATION:
        return 3;
      case Markers.STRAY:
        return 5; // column, header, text, and the line it was printed on when known
      case Markers.FUND:
        return 6;
      default:
        return 14; // Markers.INDICATOR: the 14th cell marks a row its copy cut off
    }
  }

  void accept(String[] cells, int count, long line) {
    String kind = cells[0];
    for (int c = arity(kind); c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        // Reading the row as its marker would drop the cells beyond it.
        badMarker(
            cells, count, line, Msg.of("JX-I-0131").arg("marker", kind).arg("cells", arity(kind)));
        return;
      }
    }
    if (kind.equals(Markers.NOTE)) {
      ctx.notes.add(count > 1 ? cells[1] : "");
      return;
    }
    if (kind.equals(Markers.METADATA)) {
      if (count < 2 || Cells.isBlank(cells[1])) {
        badMarker(cells, count, line, Msg.of("JX-I-0132"));
        return;
      }
      String value = count > 2 ? cells[2] : "";
      String earlier = ctx.metadata.get(cells[1]);
      if (earlier != null && !earlier.equals(value)) {
        badMarker(cells, count, line, Msg.of("JX-I-0133"));
        return;
      }
      ctx.metadata.put(cells[1], value);
      return;
    }
    if (kind.equals(Markers.INDICATOR)) {
      indicatorMarker(cells, count, line);
      return;
    }
    if (kind.equals(Markers.FUND)) {
      fundMarker(cells, count, line);
      return;
    }
    if (kind.equals(Markers.DECLARATION)) {
      declarationMarker(cells, count, line);
      return;
    }
    int column = count > 1 ? NumberCells.parseSeq(cells[1]) : -2;
    String text = count > 3 ? cells[3] : "";
    if (column < 0 || Cells.isBlank(text)) {
      badMarker(cells, count, line, Msg.of("JX-I-0134"));
      return;
    }
    if (ctx.last == ReadContext.Last.NONE) {
      badMarker(cells, count, line, Msg.of("JX-I-0135"));
      return;
    }
    String lineCell = count > 4 ? cells[4] : "";
    int printedOn = Cells.isBlank(lineCell) ? -1 : NumberCells.parseSeq(lineCell);
    if (!Cells.isBlank(lineCell) && printedOn < 1) {
      badMarker(cells, count, line, Msg.of("JX-I-0134"));
      return;
    }
    ctx.addStray(ReadContext.stray(printedOn, column, count > 2 ? cells[2] : "", text));
  }

  private void indicatorMarker(String[] cells, int count, long line) {
    if (ctx.last != ReadContext.Last.PROJECT) {
      badMarker(cells, count, line, Msg.of("JX-I-0136"));
      return;
    }
    Optional<Category> category = Category.fromLabel(at(cells, count, 1));
    String subText = at(cells, count, 2);
    Optional<Subcategory> sub =
        Cells.isBlank(subText) ? Optional.empty() : Subcategory.fromLabel(subText);
    String natureText = at(cells, count, 6);
    Optional<TargetNature> nature =
        Cells.isBlank(natureText)
            ? Optional.empty()
            : TargetNature.fromLabel(natureText);
    BigDecimal weight = NumberCells.parseDecimal(at(cells, count, 8), false);
    BigDecimal score = NumberCells.parseDecimal(at(cells, count, 9), false);
    String cutText = at(cells, count, 13);
    if (category.isEmpty()
        || (!Cells.isBlank(cutText) && !cutText.strip().equals(CanonicalWriter.CUT_OFF))
        || (!Cells.isBlank(subText) && sub.isEmpty())
        || (!Cells.isBlank(natureText) && nature.isEmpty())
        || weight == null
        || score == null) {
      badMarker(cells, count, line, Msg.of("JX-I-0137"));
      return;
    }
    Indicator.Builder indicator =
        Indicator.builder().category(category.get()).subcategory(sub).nature(nature);
    optionalText(at(cells, count, 3)).ifPresent(indicator::name);
    optionalText(at(cells, count, 4)).ifPresent(indicator::target);
    optionalText(at(cells, count, 5)).ifPresent(indicator::actual);
    optionalText(at(cells, count, 7)).ifPresent(indicator::measureUnit);
    optionalText(at(cells, count, 10)).ifPresent(indicator::deviationReason);
    optionalText(at(cells, count, 11)).ifPresent(indicator::explanation);
    optionalText(at(cells, count, 12)).ifPresent(indicator::printedSubcategory);
    indicator.cutOff(!Cells.isBlank(cutText));
    if (weight != NumberCells.ABSENT) {
      indicator.weight(weight);
    }
    if (score != NumberCells.ABSENT) {
      indicator.statedScore(score);
    }
    try {
      ctx.openIndicators.add(indicator.build());
    } catch (IllegalArgumentException e) {
      badMarker(
          cells,
          count,
          line,
          Msg.of("JX-I-0138").arg("reason", String.valueOf(e.getMessage())));
    }
  }

  /** A field of the declaration above; each at most once. */
  private void declarationMarker(String[] cells, int count, long line) {
    Project.Builder project = ctx.openProject;
    String field = at(cells, count, 1);
    String value = at(cells, count, 2);
    if (ctx.last != ReadContext.Last.PROJECT || project == null) {
      badMarker(cells, count, line, Msg.of("JX-I-0129"));
      return;
    }
    if (!DeclarationFields.known(field) || !ctx.declarationFields.add(field)) {
      badMarker(cells, count, line, Msg.of("JX-I-0130").arg("field", field));
      return;
    }
    String problem = DeclarationFields.set(project, field, value);
    if (problem != null) {
      badMarker(cells, count, line, Msg.of(problem).arg("field", field).arg("value", value));
    }
  }

  private void fundMarker(String[] cells, int count, long line) {
    Optional<FundKind> kind = FundKind.fromLabel(at(cells, count, 1));
    BigDecimal budget = NumberCells.parseDecimal(at(cells, count, 2), false);
    BigDecimal adjusted = NumberCells.parseDecimal(at(cells, count, 3), false);
    BigDecimal executed = NumberCells.parseDecimal(at(cells, count, 4), false);
    if (ctx.last == ReadContext.Last.NONE || kind.isEmpty() || budget == null || adjusted == null || executed == null) {
      badMarker(cells, count, line, Msg.of("JX-I-0139"));
      return;
    }
    FundSource.Builder fund = FundSource.builder().kind(kind.get());
    if (budget != NumberCells.ABSENT) {
      fund.budget(budget);
    }
    if (adjusted != NumberCells.ABSENT) {
      fund.adjustedBudget(adjusted);
    }
    if (executed != NumberCells.ABSENT) {
      fund.executed(executed);
    }
    fund.label(optionalText(at(cells, count, 5)));
    Project.Builder project = ctx.openProject;
    if (ctx.last == ReadContext.Last.TOTALS && ctx.totals != null) {
      ctx.totals.addFunds(fund.build());
    } else if (project != null) {
      project.addFunds(fund.build());
    }
  }

  private static String at(String[] cells, int count, int column) {
    return column < count ? cells[column] : "";
  }

  private static Optional<String> optionalText(String cell) {
    return Cells.isBlank(cell) ? Optional.empty() : Optional.of(cell);
  }

  private void badMarker(String[] cells, int count, long line, Msg what) {
    String joined = RowCells.joinNonBlank(cells, count);
    ctx.notes.add(joined);
    ctx.sink.report(
        ReadDiagnostics.BAD_MARKER,
        Severity.WARNING,
        what,
        line,
        0,
        joined,
        -1);
  }
}
