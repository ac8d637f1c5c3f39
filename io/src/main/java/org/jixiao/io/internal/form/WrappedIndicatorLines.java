package org.jixiao.io.internal.form;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.label.ItemNumbers;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * An indicator's texts wrapped onto a line of their own: a form copied out of a PDF prints the end
 * of a long 三级指标, 年度指标值, 实际完成值 or 偏差原因 on the next line (the cells of one row wrap
 * together), with no category, no weight and no score. Read as a row of its own, the end became an
 * indicator of its own (a nameless one holding the rest of a target, 制度规定 under 严格执行相关),
 * the weights were shared over it and the target above was cut; joined to the indicator above,
 * each text is as printed.
 *
 * <p>A line is such an end only when it directly follows an indicator's row (or the header a page
 * break repeats under it), names no category, holds no nature, unit, weight or score, its name does
 * not open with an indicator's number (指标2, 2., （2）, ②) or a template's filler, nor as the name
 * above does, the name above does not already end as a measure's (…率, …数, …度; {@code
 * ItemNumbers.startsNewItem}), and each text it holds lies under a text that indicator has. A
 * target or an actual carries on only under an indicator that prints its 分值 or 得分 (a form that
 * prints no figures may list an indicator's second target on a line of its own) and only where its
 * cell above reads as unfinished ({@link #carriesOn}): a text centred in a tall row prints its first
 * line above the row it belongs to, and a sub-row under a merged 分值 prints a row of its own with
 * no 分值, both right under a finished cell. A line that names something as well as holding a
 * short target or actual (及时 | 及时) carries on only under a name that fills its column or is cut for
 * all to see ({@link NameWidths}), unless a page break's header stands between. A line holding only
 * the rest of a figure the column cut (≥2 / 00人次, 95 / %: {@link CutFigures}) carries it on under any
 * indicator, and one that may be such a rest or a value of its own (≥9 / 5% in a column wider than ≥9)
 * is kept apart with a warning.
 */
final class WrappedIndicatorLines {
  private WrappedIndicatorLines() {}

  /**
   * Joins the line's texts to the last indicator and says so, when the line is the end of that
   * indicator's texts; returns whether it did.
   *
   * @param cells the line's cells; it holds nothing but its texts (name, target, actual, reason,
   *     explanation)
   * @param names the widths of the block's names so far, the last one the indicator's above
   * @param afterHeader whether a header repeated by a page break stands between the two lines
   */
  static boolean join(List<Indicator> indicators, int lastRow, int row, IndicatorRowCells cells, NameWidths names,
      boolean afterHeader, FormSink sink) {
    if (indicators.isEmpty() || lastRow < 0 || row != lastRow + 1) {
      return false;
    }
    Indicator last = indicators.get(indicators.size() - 1);
    String name = cells.name;
    String reason = cells.reason;
    String explanation = cells.explanation;
    String target = cells.target;
    String actual = cells.actual;
    if (name.isEmpty() && reason.isEmpty() && explanation.isEmpty() && target.isEmpty() && actual.isEmpty()) {
      return false;
    }
    if (!under(name, last.name()) || !under(reason, last.deviationReason())
        || !under(explanation, last.explanation()) || !under(target, last.target()) || !under(actual, last.actual())) {
      return false;
    }
    CutFigures.Cut targetCut = CutFigures.of(last.target().orElse(""), target);
    CutFigures.Cut actualCut = CutFigures.of(last.actual().orElse(""), actual);
    boolean figureRest = name.isEmpty() && reason.isEmpty() && explanation.isEmpty()
        && targetCut != CutFigures.Cut.NONE && actualCut != CutFigures.Cut.NONE;
    boolean certain = targetCut == CutFigures.Cut.JOINS || actualCut == CutFigures.Cut.JOINS;
    if (figureRest && !certain && (targetCut == CutFigures.Cut.UNSURE || actualCut == CutFigures.Cut.UNSURE)) {
      // ≥9 / 5%: both parts read as figures, and no rest beside it is certainly one (≥2 / 00 proves the
      // line a wrapped line, and 20 / 2 beside it the rest of the actual); kept apart, said
      boolean t = targetCut == CutFigures.Cut.UNSURE;
      String figure = (t ? last.target() : last.actual()).orElse("");
      String rest = t ? target : actual;
      sink.report(FormDiagnostics.CUT_FIGURE_UNSURE, Severity.WARNING,
          Msg.of("JX-I-0276").arg("line", row + 1L).arg("above", lastRow + 1L).arg("figure", figure).arg("rest", rest),
          row, t ? cells.targetColumn : cells.actualColumn, rest);
      return false;
    }
    if (!figureRest && (!target.isEmpty() || !actual.isEmpty())
        && (last.weight().isEmpty() && last.statedScore().isEmpty()
            || !carriesOn(last.target().orElse(""), target, !name.isEmpty())
            || !carriesOn(last.actual().orElse(""), actual, !name.isEmpty()))) {
      return false;
    }
    if (!name.isEmpty()
        && (FormText.isPlaceholderName(name) || ItemNumbers.startsNewItem(last.name().orElse(""), name))) {
      return false;
    }
    if (!name.isEmpty() && (!target.isEmpty() || !actual.isEmpty()) && isShort(target) && isShort(actual)
        && !afterHeader && !names.goesOn(last.name().orElse(""), name)) {
      return false; // a sub-row under a merged 分值 names itself beside a name that did not fill its line
    }
    Indicator joined =
        Indicator.builder()
            .from(last)
            .name(joined(last.name(), name))
            .target(joined(last.target(), target))
            .actual(joined(last.actual(), actual))
            .deviationReason(joined(last.deviationReason(), reason))
            .explanation(joined(last.explanation(), explanation))
            .build();
    indicators.set(indicators.size() - 1, joined);
    String text = String.join(
        "\t", List.of(name, target, actual, reason, explanation).stream().filter(t -> !t.isEmpty()).toList());
    sink.report(FormDiagnostics.WRAPPED_LINE, Severity.INFO,
        Msg.of("JX-I-0254").arg("line", row + 1L).arg("above", lastRow + 1L), row, -1, text);
    return true;
  }

  /**
   * Whether {@code tail}, a target's or an actual's text on a line of its own, carries on {@code
   * above}, the cell's text on the indicator's row. Not a filler (/, 无, —: a template's empty row);
   * not under a text finished on its row: a value of its own (≥266米, 1.2万亩: the tail of a cell
   * centred on the row below, or a sub-row's value under a merged 分值) unless the tail is its unit
   * (≥95 / %) or a date's month (2023年 / 12月底前), nor a word short enough never to wrap (及时,
   * 达标); and not a value of its own where the
   * line names an indicator too (种母猪(≥头) | 20 | 20, 其中… | 1.5亩: a row of its own).
   */
  private static boolean carriesOn(String above, String tail, boolean named) {
    if (tail.isEmpty()) {
      return true;
    }
    if (FormText.isFiller(tail)) {
      return false;
    }
    if (FormText.isValueOfItsOwn(above)) {
      boolean figureEnds = Character.isDigit(above.charAt(above.length() - 1));
      return isUnit(tail) && (figureEnds || tail.strip().startsWith("/")) || monthAfterYear(above, tail);
    }
    if (above.codePointCount(0, above.length()) < 4) {
      return false;
    }
    return !named || !FormText.isValueOfItsOwn(tail);
  }

  /**
   * Whether a line's value is short enough to be a sub-row's own (及时, 达标, 全覆盖, 一次性通过): the end of a long
   * text cut by a page break in a form copied cell by cell is longer, and such a cut shows no width to go by.
   */
  private static boolean isShort(String text) {
    String t = text.strip();
    return t.codePointCount(0, t.length()) <= SHORT_VALUE;
  }

  private static final int SHORT_VALUE = 5;

  /** A date cut between its year and its month: 2023年 / 12月底前. */
  private static boolean monthAfterYear(String above, String tail) {
    String a = above.strip();
    if (a.length() != 5 || !a.endsWith("年") || FormText.year(a) < 0) {
      return false;
    }
    String t = tail.strip();
    int digits = 0;
    while (digits < t.length() && digits < 2 && Character.isDigit(t.charAt(digits))) {
      digits++;
    }
    return digits > 0 && t.startsWith("月", digits);
  }

  /**
   * The characters units are written in (人次, 万元, 平方米, 个月, %, 元/人*月): a tail made of them
   * alone, with a bound after it or not (%以上), is the unit of the figure above, where a word (及时,
   * 达标) is not.
   */
  private static final String UNIT_CHARS = "%％‰人次名家场期份个项件宗所台套户天日月年元亩米吨头只株棵辆座处间册本篇批张条公里平方立千万亿顷小时/*·";

  private static final List<String> BOUNDS = List.of("及以上", "以上", "以下", "以内", "左右");

  /** A unit printed alone (%, 个, 人次, 元/人*月, %以上). */
  static boolean isUnit(String text) {
    String t = text.strip();
    for (String bound : BOUNDS) {
      if (t.endsWith(bound)) {
        t = t.substring(0, t.length() - bound.length());
        break;
      }
    }
    if (t.length() > 6) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (UNIT_CHARS.indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Text may carry on a cell only where the indicator has text: a blank line adds nothing. */
  private static boolean under(String text, Optional<String> above) {
    return text.isEmpty() || above.filter(a -> !a.isBlank()).isPresent();
  }

  private static Optional<String> joined(Optional<String> above, String text) {
    return text.isEmpty() ? above : above.map(a -> a + text);
  }
}
