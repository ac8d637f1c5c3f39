package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Vocabulary;

/**
 * An actual that only restates its target, or a piece of it (4个月 / 4个月, 100% / ≥100%, 一次性 /
 * 一次性通过省文物局验收), while the indicator's 偏差原因 says the work fell short or is still ahead
 * (未完成展陈建设, 尚未开工, 项目推迟, 待方案审核后将尽快实施) is a copy of the target, not a
 * measurement: a department that fills the actual from the target and explains the shortfall
 * beside it has told what happened in the remark (休宁 2023). The remark's words then decide,
 * read through the profile's vocabulary as an actual's are, and work still ahead earns what a
 * negated completion word does ({@link Vocabulary#negatedFraction()}; method {@code remark}).
 *
 * <p>Declines for any other indicator: an actual of its own (a figure or words the target does
 * not have), a remark that is blank, a placeholder, or says nothing below achieved (improvement
 * measures such as 继续加强管理 are written beside met targets too), words of both ends at once,
 * and the parts of a list (the remark is the whole indicator's).
 */
public final class RemarkScorer implements IndicatorScorer {
  /**
   * Words saying the work is still ahead, which the vocabulary does not read as a shortfall (it
   * reads what was done): 将尽快实施, 正在推进, 建设中, 待方案审核后.
   */
  private static final List<String> AHEAD = List.of("将尽快", "尽快实施", "尽快完成", "尽快开展", "正在", "进行中", "实施中", "推进中", "建设中", "待审核", "待批复", "暂未");

  @Override
  public String id() {
    return BuiltInIds.DEVIATION_REMARK;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    Optional<String> remark = input.indicator().deviationReason();
    if (remark.isEmpty() || input.item().isPresent() || IndicatorTexts.isPlaceholder(remark.get())
        || !restates(input.target(), input.actual())) {
      return Optional.empty();
    }
    Vocabulary vocabulary = context.profile().vocabulary();
    Optional<Reading> reading = vocabulary.read(remark.get());
    Band band;
    BigDecimal fraction;
    String words;
    if (reading.isPresent()) {
      Reading r = reading.get();
      if (r.band() == Band.ACHIEVED || r.mixed() || r.withdrawn()) {
        return Optional.empty();
      }
      band = r.band();
      fraction = r.fraction();
      words = r.words();
    } else {
      Optional<String> ahead = ahead(IndicatorTexts.normalize(remark.get()));
      if (ahead.isEmpty()) {
        return Optional.empty();
      }
      band = Band.NOT_ACHIEVED;
      fraction = vocabulary.negatedFraction();
      words = ahead.get();
    }
    Trace trace =
        Reasons.trace(id(), "remark", "JX-T-0228")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("remark", Texts.shorten(remark.get()))
            .putArgs("words", words)
            .putArgs("band", band.label())
            .putArgs("bandEn", QualitativeScorer.english(band))
            .putArgs("percent", fraction, Trace.Printed.PERCENT)
            .putFigures("fraction", Decimals.fraction(fraction))
            .putFigures("bandLower", band.lower())
            .putFigures("bandUpper", band.upper())
            .build();
    return Optional.of(IndicatorVerdict.scored(fraction, trace));
  }

  /** The first word of {@link #AHEAD} in {@code remark}, or 待…后 (待方案审核后), or none. */
  private static Optional<String> ahead(String remark) {
    for (String word : AHEAD) {
      if (remark.contains(word)) {
        return Optional.of(word);
      }
    }
    int wait = remark.indexOf('待');
    while (wait >= 0) {
      int end = wait + 1;
      while (end < remark.length() && ",;。,;".indexOf(remark.charAt(end)) < 0) {
        if (remark.charAt(end) == '后') {
          return Optional.of("待…后");
        }
        end++;
      }
      wait = remark.indexOf('待', wait + 1);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code actual} says nothing the target does not: once normalised and without white
   * space, it is the target, the target less the comparator it begins with (100% of ≥100%), or,
   * when it has no digit, a piece of the target's words (一次性 of 一次性通过验收). A figure is
   * never a piece: 1 of ≥10场 is a count of its own.
   */
  static boolean restates(String target, String actual) {
    String a = compact(actual);
    String t = compact(target);
    if (a.isEmpty() || t.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < t.length() && "≥≤><=≧≦".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    if (a.equals(t) || a.equals(t.substring(i))) {
      return true;
    }
    for (int k = 0; k < a.length(); k++) {
      if (Character.isDigit(a.charAt(k))) {
        return false;
      }
    }
    return t.contains(a);
  }

  private static String compact(String text) {
    String n = IndicatorTexts.normalize(text);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
