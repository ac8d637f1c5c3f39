package org.jixiao.rules.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the completion words of a text say, as read by {@link Vocabulary#read}: the terms found
 * (decoys left out) and the fraction they earn.
 *
 * <p>The fraction is the lowest of the terms found, so that 完成较好 next to 已完成 counts as
 * 完成较好; when the text holds words of the top band and of the bottom band at once (其余已完成,
 * 1期未能开展) it is {@linkplain #mixed() mixed} and earns the vocabulary's mixed fraction, in
 * the middle band.
 *
 * @param terms the terms found, in order
 * @param band the band of the fraction
 * @param fraction the fraction earned
 * @param mixed whether words of the top and the bottom band were both found
 * @param withdrawn whether every term found is a withdrawal (已撤项)
 */
public record Reading(
    List<Term> terms, Band band, BigDecimal fraction, boolean mixed, boolean withdrawn) {

  /** Copies the list. */
  public Reading {
    terms = List.copyOf(terms);
  }

  /** The words found, joined with {@code 、}, for traces. */
  public String words() {
    if (terms.size() == 1) {
      return terms.get(0).word();
    }
    StringBuilder out = new StringBuilder();
    for (Term t : terms) {
      if (out.length() > 0) {
        out.append('、');
      }
      out.append(t.word());
    }
    return out.toString();
  }
}
