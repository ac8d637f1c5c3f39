package org.jixiao.rules.text;

import java.util.Optional;

/**
 * A deadline stated in a target: a date or period to finish by ({@code 9月底前}, {@code 2023-10-15},
 * {@code 2021.1.1-12.31}, {@code 年底前}, {@code 不跨年度}), a time limit ({@code 半小时内},
 * {@code 5个工作日}, {@code 15天以内}) or a word ({@code 按时}, {@code 及时}, {@code 计划时间内}).
 * Deadlines are never figures: {@code 2023-10-15} is not the number 15.
 *
 * @param text the deadline phrase as found in the normalised target text
 * @param by the date or period to finish by, comparable with an actual date ({@link
 *     DatePeriod#endsBy}); empty for a time limit or a word
 * @param within the time limit, for {@code 半小时内} 0.5 小时; empty for a date or a word
 */
public record Deadline(String text, Optional<DatePeriod> by, Optional<Quantity> within) {

  /** A deadline stated by a word only ({@code 按时}). */
  public Deadline(String text) {
    this(text, Optional.empty(), Optional.empty());
  }
}
