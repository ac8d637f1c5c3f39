package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Denials (无投诉, 未发生安全事故, 零差评) under a target that sets a floor on a share of something wanted (满意度≥95%,
 * 合格率100%, 投诉办结率100%). A denial answers the share only when what it denies is the unwanted rest of what the
 * share counts ({@link ComplementRates}: 差评 of 好评率, 不合格 of 合格率, 不满意 of 满意度, 逾期 of 及时率) or, under a
 * share of quality or compliance, a problem of any kind (未发现质量问题 under 验收合格率: a problem found is what fails
 * an item). Any other denial leaves the share unreported: no complaints is no satisfaction rate, and a rate of
 * handling complaints (投诉办结率) had nothing to count when none came.
 */
public final class ShareDenials {
  private ShareDenials() {}

  /**
   * Shares of quality or compliance (合格率, 验收合格率, 达标率, 合规率, 资金使用合规性, 规范率) that a denial of any problem answers. Kept
   * as read before this class (met): a careful reviewer takes 未发现质量问题 as every item passing.
   */
  private static final List<String> QUALITY = List.of("合格", "达标", "合规", "规范");

  /** Unwanted words general enough to be any failure of quality (问题 of 质量问题, 无问题). */
  private static final String PROBLEM = "问题";

  /**
   * The thing {@code actual} (normalised) denies when no denial in it answers the share {@code asked} (the target's
   * text and the indicator's name, normalised); null when one does, or when a word read is no denial of an occurrence
   * (未超预算: a limit kept; 逾期率为0: a rate at zero, which {@code ComplementRates} reads) or when no denial names a
   * thing (未发生, 全年零发生: it may be of the rest of the share, as {@link OccurrenceDenials#otherThingDenied} takes
   * it). {@code words} are the
   * words of the reading, each a denial ({@code CompletionReader#statesNone}: 无…, 无不合格…, 未出现延误…).
   */
  public static @Nullable String unanswered(String asked, String actual, List<String> words) {
    String named = null;
    for (String word : words) {
      String w = word.endsWith("…") ? word.substring(0, word.length() - 1) : word;
      String denial = longestDenialAt(w);
      if (denial == null || w.indexOf('率') >= 0) {
        return null;
      }
      String rest = w.substring(denial.length());
      if (!rest.isEmpty() && answers(rest, asked)) {
        return null; // 无不合格, 未出现延误: the term names the rest of the share
      }
      named = named != null || rest.isEmpty() ? named : rest;
    }
    char[] chars = CharArrays.of(actual);
    String thing = null;
    for (int i = 0; i < chars.length; i++) {
      int length = Absence.absenceAt(actual, chars, i);
      if (length == 0) {
        continue;
      }
      int start = Absence.unwantedStart(actual, chars, i + length);
      // a bare denial names its thing before it, if at all (安全事故零发生)
      String denied = start >= 0 ? Absence.unwantedAt(actual, start) : OccurrenceDenials.lastUnwanted(actual, Clauses.clauseStart(actual, i), i);
      if (denied != null && answers(denied, asked)) {
        return null; // 零差评 under 好评率, 无逾期 under 及时率
      }
      thing = thing != null ? thing : denied;
      i += length - 1;
    }
    return thing != null ? thing : named;
  }

  /** Whether denying {@code thing} answers the share {@code asked}: its rest, or a problem under a share of quality. */
  private static boolean answers(String thing, String asked) {
    if (ComplementRates.complementOf(thing + "率", asked) != null) {
      return true;
    }
    return thing.endsWith(PROBLEM) && ComplementRates.asksRate(asked, QUALITY); // 合格率, 资金使用合规性
  }

  /** The longest word of {@link Absence#NONE_WORDS} that {@code w} starts with, or null. */
  private static @Nullable String longestDenialAt(String w) {
    String longest = null;
    for (String d : Absence.NONE_WORDS) {
      if (w.startsWith(d) && (longest == null || d.length() > longest.length())) {
        longest = d;
      }
    }
    return longest;
  }
}
