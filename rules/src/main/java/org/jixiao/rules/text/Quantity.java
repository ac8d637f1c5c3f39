package org.jixiao.rules.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number with its unit as found in indicator text: {@code 1500人次}, {@code 121.2万元},
 * {@code 100-500人} (a range), {@code 近9000份} (approximate). Chinese numerals and multipliers
 * are resolved ({@code 两场} is 2 场, {@code 17.2万人次} is 172000 人次); money keeps its printed
 * unit and converts through {@link Unit#convert}.
 *
 * @param value the number, or the lower end of a range
 * @param upper the upper end of a range ({@code 100-500人}), when it is one
 * @param unit the unit, {@link Unit#NONE} for a bare number
 * @param approximate whether the text hedges the number (约, 近, 余, 多, 左右)
 * @param start where the quantity starts in the {@linkplain IndicatorTexts#normalize normalised}
 *     text
 * @param end where it ends (exclusive) in the normalised text
 * @param per what the figure is per, when it is a rate: {@code 人} in {@code 1000元/人}, {@code 年}
 *     in {@code 48万一年} or {@code 1500人次/年}, {@code 人*月} in {@code 530元/人*月}
 */
public record Quantity(
    BigDecimal value,
    Optional<BigDecimal> upper,
    Unit unit,
    boolean approximate,
    int start,
    int end,
    Optional<String> per) {

  /** A quantity that is not a rate. */
  public Quantity(
      BigDecimal value, Optional<BigDecimal> upper, Unit unit, boolean approximate, int start, int end) {
    this(value, upper, unit, approximate, start, end, Optional.empty());
  }

  /** A plain quantity without position, for tests and custom rules. */
  public static Quantity of(BigDecimal value, Unit unit) {
    return new Quantity(value, Optional.empty(), unit, false, 0, 0);
  }

  /** This quantity as a rate per {@code what}. */
  public Quantity per(String what) {
    return new Quantity(value, upper, unit, approximate, start, end, Optional.of(what));
  }

  /** This quantity in another unit (the value is not converted: the unit was implied). */
  public Quantity withUnit(Unit other) {
    return new Quantity(value, upper, other, approximate, start, end, per);
  }

  /** Whether this is a range such as {@code 18—54周岁}. */
  public boolean isRange() {
    return upper.isPresent();
  }

  /**
   * A short canonical form: {@code 1500 人次}, {@code 100..500 人}, {@code ~9000 份}, {@code 0},
   * {@code 1000 元/人}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (approximate) {
      out.append('~');
    }
    out.append(plain(value));
    upper.ifPresent(u -> out.append("..").append(plain(u)));
    if (!unit.symbol().isEmpty()) {
      out.append(' ').append(unit.symbol());
    }
    per.ifPresent(p -> out.append(unit.symbol().isEmpty() ? " /" : "/").append(p));
    return out.toString();
  }

  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
