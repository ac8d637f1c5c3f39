package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Chars;
import org.jixiao.rules.internal.text.QuantityScanner;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A target of one word that a rate is named after (合格, 达标, 完好, 合规) answered by that rate (工程质量合格率100%, 水质达标率
 * 92%): the word asks all of it, so the rate is the share met (92 %). Both were undetermined: the target has no figure, and
 * a figure in the actual stops the reading of its words. Read by {@link QuantitativeScorer} when the target has no figure.
 *
 * <p>Only where it cannot be in doubt: the target is the word alone, two to four ideographs ending in a word that asks all
 * (合格, 达标, 完好, 合规, 及时, 到位, 完成, 准确; not 满意), a leading 定性 and a closing stop allowed; the actual names the word's rate exactly once, with its figure in % right after (为, 达, 达到, 是, a colon or
 * spaces between), and no word denies it (不合格率: the rate of the rest).
 */
final class RateOfTheWord {
  private RateOfTheWord() {}

  /** What may stand between 率 and its figure: 合格率为100%, 达标率达到92%, 完好率：98%. */
  private static final String[] BETWEEN = {"达到", "为", "达", "是", ":", " "};

  /** The verdict when {@code input}'s actual gives the rate of its one-word target; null otherwise. */
  static @Nullable IndicatorVerdict verdict(String scorer, IndicatorInput input, String targetText, String actualText) {
    String word = word(targetText);
    if (word == null) {
      return null;
    }
    String rate = word + "率";
    int at = actualText.indexOf(rate);
    if (at < 0 || actualText.indexOf(rate, at + 1) >= 0 || at > 0 && "不未非".indexOf(actualText.charAt(at - 1)) >= 0) {
      return null; // none, two (which answers?), or the rate of the rest (不合格率)
    }
    int p = at + rate.length();
    for (boolean moved = true; moved; ) {
      moved = false;
      for (String w : BETWEEN) {
        if (actualText.startsWith(w, p)) {
          p += w.length();
          moved = true;
        }
      }
    }
    @Nullable Quantity q = null;
    for (Quantity each : QuantityScanner.quantities(actualText, false)) {
      if (each.start() == p) {
        q = each;
      }
    }
    if (q == null || !q.unit().symbol().equals("%") || q.isRange() || q.value().signum() < 0) {
      return null;
    }
    BigDecimal fraction = q.value().min(Decimals.HUNDRED).movePointLeft(2); // exact: a share of all
    Trace trace =
        Reasons.trace(scorer, "rate-of-the-word", "JX-T-0512")
            .putArgs("target", Texts.shorten(input.target()))
            .putArgs("rate", actualText.substring(at, q.end()))
            .putArgs("percent", fraction, Trace.Printed.PERCENT)
            .putFigures("fraction", Decimals.fraction(fraction))
            .build();
    return IndicatorVerdict.scored(fraction, trace);
  }

  /** The target's word (合格, 验收合格, 水质达标), ending in a word of {@link #ALL_ASKED}, or null. */
  private static @Nullable String word(String targetText) {
    String t = targetText.strip();
    t = t.startsWith("定性") ? t.substring(2).strip() : t;
    while (!t.isEmpty() && "。.;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.length() < 2 || t.length() > 4 || Chars.ideographs(t) != t.length()) {
      return null;
    }
    for (String word : ALL_ASKED) {
      if (t.endsWith(word)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Words that ask all of what they are said of (合格, 及时, 到位), whose rate is then the share met; not 满意, whose rate
   * no form asks at 100 %, nor a change (提升).
   */
  private static final List<String> ALL_ASKED = List.of("合格", "达标", "完好", "合规", "及时", "到位", "完成", "准确");
}
