package org.jixiao.rules.text;

import java.math.BigDecimal;
import org.jixiao.core.label.Label;
import org.jixiao.core.label.Labelled;

/**
 * The three bands in which a qualitative indicator earns a fraction of its weight (domain §3).
 * Where in its band a completion word lands is set by the {@link Vocabulary}.
 */
public enum Band implements Labelled {
  /** 达成年度指标: 80–100 % of the weight. */
  ACHIEVED("达成年度指标", "0.80", "1.00"),
  /** 部分达成年度指标并具有一定效果: 60–80 %. */
  PARTLY_ACHIEVED("部分达成年度指标并具有一定效果", "0.60", "0.80"),
  /** 未达成年度指标且效果较差: 0–60 %. */
  NOT_ACHIEVED("未达成年度指标且效果较差", "0", "0.60");

  private final Label label;
  private final BigDecimal lower;
  private final BigDecimal upper;

  Band(String label, String lower, String upper) {
    this.label = Label.of(label);
    this.lower = new BigDecimal(lower);
    this.upper = new BigDecimal(upper);
  }

  @Override
  public Label labels() {
    return label;
  }

  /** The lowest fraction of the band, inclusive. */
  public BigDecimal lower() {
    return lower;
  }

  /** The highest fraction of the band, inclusive. */
  public BigDecimal upper() {
    return upper;
  }

  /** Whether {@code fraction} lies in this band, ends included. */
  public boolean contains(BigDecimal fraction) {
    return fraction.compareTo(lower) >= 0 && fraction.compareTo(upper) <= 0;
  }
}
