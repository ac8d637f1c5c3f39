package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Changes;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.Moves;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A change asked without a figure, answered by a move of figures (review 78b h144): 提高农村居民最低生活保障标准 against 已将农村低保
 * 省定最低标准由家庭年人均收入2650元提高到3000元以上, 提高补助标准 against 由每人每月300元提高到350元, 降低单位能耗 against 由1.2吨降至
 * 1.05吨. They had no figure to compare and no words of completion: undetermined. A reader compares the two figures of the
 * move: a move the way asked meets the target; one the other way (由350元调整为300元 under 提高补助标准) is a change the other
 * way, as {@link Changes#opposite} reads in words: undetermined (JX-T-0273). The move must be of what the target changes: its clause
 * before the figures shares a pair of characters with the target's subject (标准, 能耗). Part of {@link QualitativeScorer}.
 */
final class MovesAsked {
  private MovesAsked() {}

  /** The verdict on a move in the actual of {@code input} against the change its target asks; null when either is not there. */
  static @Nullable IndicatorVerdict verdict(String scorer, IndicatorInput input) {
    String actual = IndicatorTexts.normalize(input.actual());
    if (actual.indexOf('由') < 0 && actual.indexOf('从') < 0) {
      return null; // nearly every actual: no 由 or 从 to start a move
    }
    Changes.Asked asked = Changes.asked(IndicatorTexts.normalize(input.target()));
    if (asked == null) {
      return null;
    }
    List<Quantity> figures = IndicatorTexts.parseActual(actual);
    for (int i = 0; i + 1 < figures.size(); i++) {
      Quantity from = figures.get(i);
      Quantity to = figures.get(i + 1);
      if (from.isRange() || to.isRange() || !from.unit().isCompatibleWith(to.unit()) || !moveBetween(actual, from, to)
          || !ofTheSubject(actual, from, asked.subject())) {
        continue;
      }
      int way = to.value().compareTo(from.value());
      if (way == 0) {
        return null; // 由300元调整为300元: no change
      }
      String move = actual.substring(from.start(), to.end());
      if ((way > 0) != asked.up()) {
        return IndicatorVerdict.undetermined(
            Reasons.trace(scorer, "opposite-change", "JX-T-0273")
                .putArgs("actual", Texts.shorten(input.actual()))
                .putArgs("target", Texts.shorten(input.target()))
                .build());
      }
      return IndicatorVerdict.scored(
          BigDecimal.ONE,
          QualitativeScorer.banded(
                  Reasons.trace(scorer, "move-asked", "JX-T-0511")
                      .putArgs("actual", Texts.shorten(input.actual()))
                      .putArgs("move", move)
                      .putArgs("target", Texts.shorten(input.target())),
                  BigDecimal.ONE)
              .build());
    }
    return null;
  }

  /** The most characters between 由 or 从 and the figure the move starts from: 由家庭年人均收入2650元, 由每人每月300元. */
  private static final int BY_REACH = 12;

  /**
   * Whether {@code from} and {@code to} of {@code s} are a move: 由 or 从 before {@code from} in its clause, with at most
   * {@link #BY_REACH} characters between (not 由于), and only a verb of change and 到, 至, 为 or 达 between the figures
   * (由2650元提高到3000元). A source and a destination (由县财政局拨付85万元至各乡镇) has no verb of change.
   */
  private static boolean moveBetween(String s, Quantity from, Quantity to) {
    int clause = Clauses.clauseStart(s, from.start());
    int by = Math.max(s.lastIndexOf('由', from.start()), s.lastIndexOf('从', from.start()));
    if (by < clause || from.start() - by > BY_REACH || s.startsWith("由于", by)) {
      return false;
    }
    return verbOfAMove(s.substring(from.end(), to.start()));
  }

  /** Whether {@code gap} is only a verb of change and 到, 至, 为 or 达, after 的基础上 and a comma if any: 提高到, 的基础上提高到. */
  private static boolean verbOfAMove(String gap) {
    int k = gap.startsWith("的基础上") ? 4 : gap.startsWith("基础上") ? 3 : 0;
    k += gap.startsWith(",", k) ? 1 : 0;
    String verb = Moves.verbAt(gap, k); // the verbs the reader of moves knows
    if (verb == null) {
      return false;
    }
    k += verb.length();
    k += gap.startsWith("了", k) ? 1 : 0;
    return k == gap.length() - 1 && "到至为达".indexOf(gap.charAt(k)) >= 0;
  }

  /** Whether the clause of the move, before its first figure, shares a pair of characters with the subject asked. */
  private static boolean ofTheSubject(String actual, Quantity from, String subject) {
    String before = actual.substring(Clauses.clauseStart(actual, from.start()), from.start());
    for (int k = 0; k + 2 <= subject.length(); k++) {
      String pair = subject.substring(k, k + 2);
      if (Character.isIdeographic(pair.charAt(0)) && Character.isIdeographic(pair.charAt(1)) && before.contains(pair)) {
        return true;
      }
    }
    return false;
  }
}
