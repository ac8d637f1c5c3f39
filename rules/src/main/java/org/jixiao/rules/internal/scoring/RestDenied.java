package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Chars;
import org.jixiao.rules.internal.text.ComplementRates;
import org.jixiao.rules.internal.text.OccurrenceDenials;
import org.jixiao.rules.internal.text.RestDenials;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Vocabulary;

/**
 * The verdict on an actual that denies the rest of the share asked (否认其余部分，比率为全部): 无一例不合格 under 合格率≥90%,
 * 未出现识别错误 under 识别准确率≥98%, 无一户遗漏 under 覆盖率100% are met (method {@code rest-denied}, JX-T-0291; the
 * band read them as 不合格 or 未…, 70 % or 30 %, or read nothing). What {@link RestDenials} reads as such a denial, with
 * nothing beside it that tells otherwise: no figure (不合格2例, 合格率96%: the figure is read as before), no occurrence
 * counted, no failure named beside it (无一处错误，但有一处遗漏), and no word of the rest of the text that says less than met
 * (无一例不合格，但未全部完成).
 */
final class RestDenied {
  private RestDenied() {}

  /**
   * Met when the actual of {@code input} denies the rest of the share its target and name ask, under {@code floor}, a
   * floor above 0 on a share in % (not a ceiling: 差错率≤1% is read as before); empty otherwise.
   */
  static Optional<IndicatorVerdict> verdict(String scorer, IndicatorInput input, Vocabulary vocabulary, boolean floor) {
    if (!floor || !mayDeny(input.actual())) {
      return Optional.empty(); // most actuals the band reads below met hold no denial at all (基本完成, 部分完成)
    }
    // each test below only turns the verdict down, so the cheapest and most often failing come first
    String actual = IndicatorTexts.normalize(input.actual()).strip();
    if (Chars.hasAsciiDigit(actual)) {
      return Optional.empty();
    }
    String name = input.indicator().name().map(IndicatorTexts::normalize).orElse("").strip();
    if (RestDenials.twoShares(name)) {
      return Optional.empty(); // 救助覆盖率和准确率 | 无遗漏: one of the two shares is told (review 68t)
    }
    String target = IndicatorTexts.normalize(input.target()).strip();
    String share = ComplementRates.lastShare(name);
    String asked = share.equals(name) ? target + "|" + name : share; // 传染病报告及时率 asks 及时, not 报告
    List<int[]> spans = RestDenials.spans(asked, name, actual);
    if (spans.isEmpty() || Absence.asksAbsence(target) || OccurrenceDenials.reportsOccurrence(actual)
        || RestDenials.failureBeside(asked, actual, spans) || RestDenials.partBeside(actual, spans)) {
      return Optional.empty();
    }
    StringBuilder rest = new StringBuilder();
    StringJoiner denied = new StringJoiner("、");
    int from = 0;
    for (int[] span : spans) {
      rest.append(actual, from, span[0]).append('，');
      denied.add(actual.substring(span[0], span[1]));
      from = span[1];
    }
    rest.append(actual, from, actual.length());
    Optional<Reading> beside = vocabulary.read(rest.toString());
    if (beside.isPresent() && beside.get().fraction().compareTo(BigDecimal.ONE) < 0) {
      return Optional.empty(); // 无一例不合格，但未全部完成: the words beside say less than met
    }
    Band band = Band.ACHIEVED;
    Trace trace =
        Reasons.trace(scorer, "rest-denied", "JX-T-0291")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("denied", denied.toString())
            .putArgs("name", name.isBlank() ? Texts.shorten(input.target()) : name)
            .putArgs("band", band.label())
            .putArgs("bandEn", QualitativeScorer.english(band))
            .putArgs("percent", BigDecimal.ONE, Trace.Printed.PERCENT)
            .putFigures("fraction", Decimals.fraction(BigDecimal.ONE))
            .putFigures("bandLower", band.lower())
            .putFigures("bandUpper", band.upper())
            .build();
    return Optional.of(IndicatorVerdict.scored(BigDecimal.ONE, trace));
  }

  /**
   * Whether {@code s} may deny the rest of a share: a look before any target is parsed, as printed for the character a
   * denial starts with (无, 未, 没, 不), then normalised for a word of a rest close after it (未完成 holds none).
   */
  static boolean mayDeny(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '无' || c == '未' || c == '没' || c == '不' || c == '無' || c == '沒') {
        return RestDenials.mayDenyARest(IndicatorTexts.normalize(s));
      }
    }
    return false;
  }
}
