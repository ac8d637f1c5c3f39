package org.jixiao.rules.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A unit of measure as indicator text prints it (人, 人次, 家, 场, 万元, %, 天 …).
 *
 * <p>Two units are <em>compatible</em> when one converts into the other: 元, 万元 and 亿元 are
 * money; 年 and 月 are months; 分钟, 小时, 天 and 周 are clock time. Counting units are
 * compatible only with themselves: 人 (persons) and 人次 (person-times) are different things,
 * as are 家 and 家次. A few spellings are aliases: 名 is 人, 百分比 is %, 个月 is 月.
 * {@link #NONE} is the unit of a bare number.
 */
public final class Unit {
  /** The unit of a number printed without one. */
  public static final Unit NONE = new Unit("", "", BigDecimal.ONE, false);

  private static final Map<String, Unit> BY_SYMBOL;

  static {
    Map<String, Unit> table = new LinkedHashMap<>();
    // Counting units (things counted): each its own dimension.
    for (String count :
        new String[] {
          "人", "人次", "家", "家次", "场", "场次", "期", "批", "批次", "次", "份", "个", "项", "件", "宗", "所",
          "台", "套", "户", "册", "块", "张", "篇", "条", "本", "间", "处", "班", "轮", "例", "辆", "座", "栋",
          "封", "棵", "株"
        }) {
      table.put(count, new Unit(count, count, BigDecimal.ONE, true));
    }
    // Measures: each its own dimension, not counts.
    for (String measure : new String[] {"课时", "学时", "吨", "平方米", "公里", "米", "周岁", "工作日", "元/人"}) {
      table.put(measure, new Unit(measure, measure, BigDecimal.ONE, false));
    }
    table.put("元", new Unit("元", "元", BigDecimal.ONE, false));
    table.put("千元", new Unit("千元", "元", new BigDecimal("1000"), false));
    table.put("万元", new Unit("万元", "元", new BigDecimal("10000"), false));
    table.put("亿元", new Unit("亿元", "元", new BigDecimal("100000000"), false));
    table.put("%", new Unit("%", "%", BigDecimal.ONE, false));
    table.put("分钟", new Unit("分钟", "时长", BigDecimal.ONE, false));
    table.put("小时", new Unit("小时", "时长", new BigDecimal("60"), false));
    table.put("天", new Unit("天", "时长", new BigDecimal("1440"), false));
    table.put("周", new Unit("周", "时长", new BigDecimal("10080"), false));
    table.put("月", new Unit("月", "月数", BigDecimal.ONE, false));
    table.put("年", new Unit("年", "月数", new BigDecimal("12"), false));
    // Aliases: other spellings of a unit above.
    table.put("名", table.get("人"));
    table.put("位", table.get("人"));
    table.put("百分比", table.get("%"));
    table.put("个月", table.get("月"));
    table.put("个工作日", table.get("工作日"));
    table.put("个百分点", table.get("%"));
    BY_SYMBOL = Collections.unmodifiableMap(table);
  }

  private final String symbol;
  private final String dimension;
  private final BigDecimal factor;
  private final boolean count;

  private Unit(String symbol, String dimension, BigDecimal factor, boolean count) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.factor = factor;
    this.count = count;
  }

  /** The unit a symbol or alias names ({@code 名} gives 人), or empty when it is not a unit. */
  public static Optional<Unit> of(String symbol) {
    return Optional.ofNullable(BY_SYMBOL.get(symbol));
  }

  /** Every symbol and alias recognised, for documentation. */
  public static Set<String> symbols() {
    return BY_SYMBOL.keySet();
  }

  /** The canonical symbol, for example {@code 人次}; empty for {@link #NONE}. */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether this unit counts things (人, 次, 家, 场 …) rather than measuring money, time, a share
   * or a size. A target without a unit (零投诉) may be answered by a count.
   */
  public boolean isCount() {
    return count;
  }

  /** Whether a value in {@code other} can be converted into this unit. */
  public boolean isCompatibleWith(Unit other) {
    return dimension.equals(other.dimension);
  }

  /**
   * Converts {@code value}, stated in this unit, into {@code target} (万元 to 元 multiplies by
   * 10⁴).
   *
   * @throws IllegalArgumentException when the units are not compatible
   */
  public BigDecimal convert(BigDecimal value, Unit target) {
    if (!isCompatibleWith(target)) {
      throw new IllegalArgumentException("cannot convert " + symbol + " into " + target.symbol);
    }
    if (factor.compareTo(target.factor) == 0) {
      return value;
    }
    return value.multiply(factor).divide(target.factor, MathContext.DECIMAL128);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unit that && that.symbol.equals(symbol);
  }

  @Override
  public int hashCode() {
    return symbol.hashCode();
  }

  @Override
  public String toString() {
    return symbol;
  }
}
