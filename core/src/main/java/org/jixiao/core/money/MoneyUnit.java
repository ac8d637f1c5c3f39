package org.jixiao.core.money;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.label.Labels;

/** The unit in which a table states money (单位：元 / 万元 / 亿元). Conversion is exact. */
public enum MoneyUnit implements Labelled {
  /** 元. */
  YUAN("元", 0, "人民币元"),
  /** 万元 = 10⁴ 元. */
  WAN_YUAN("万元", 4, "万"),
  /** 亿元 = 10⁸ 元. */
  YI_YUAN("亿元", 8, "亿");

  private static final Labels<MoneyUnit> LABELS = Labels.of(MoneyUnit.class);

  private final Label label;
  private final int powerOfTen;

  MoneyUnit(String label, int powerOfTen, String... variants) {
    this.label = Label.of(label, variants);
    this.powerOfTen = powerOfTen;
  }

  @Override
  public Label labels() {
    return label;
  }

  /** How many 元 one of this unit is, as a power of ten (元 0, 万元 4, 亿元 8). */
  public int powerOfTen() {
    return powerOfTen;
  }

  /**
   * Converts an amount stated in this unit into {@code target}, exactly: only the decimal point
   * moves, so converting back gives a numerically equal amount ({@code compareTo == 0}).
   */
  public BigDecimal convert(BigDecimal amount, MoneyUnit target) {
    return amount.movePointRight(powerOfTen - target.powerOfTen);
  }

  /** Parses 元, 万元, 亿元 and their variants (full-width forms and spaces are accepted). */
  public static Optional<MoneyUnit> fromLabel(CharSequence text) {
    return LABELS.parse(text);
  }
}
