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
 * as are 家 and 家次. Areas (平方米, 公顷), lengths (米, 公里) and weights (公斤, 吨) convert within
 * their kind. Shares convert among themselves: %, ‰ and rates per 万, 10万 or 100万 (10/10万 is 0.01 %).
 * A few spellings are aliases: 名 is 人, 百分比 is %, 个月 is 月, m2 (NFKC of ㎡) is 平方米,
 * 個 is 个.
 * {@link #NONE} is the unit of a bare number.
 */
public final class Unit {
  /** The unit of a number printed without one. */
  public static final Unit NONE = new Unit("", "", BigDecimal.ONE, false);

  private static final Map<String, Unit> BY_SYMBOL;

  static {
    Map<String, Unit> table = new LinkedHashMap<>();
    // Counting units (things counted): each its own dimension. Measure words not listed here
    // are still read as units of their own after an Arabic figure (see #ofWord).
    for (String count :
        new String[] {
          "人", "人次", "家", "家次", "场", "场次", "期", "批", "批次", "次", "份", "个", "项", "件", "宗", "所",
          "台", "套", "户", "户次", "册", "块", "张", "篇", "条", "本", "间", "处", "班", "轮", "例", "辆", "座",
          "栋", "封", "棵", "株", "只", "头", "盏", "盆", "单", "门", "粒", "匹", "架", "艘", "部", "支", "把",
          "面", "幅", "枚", "颗", "箱", "袋", "包", "瓶", "桶", "组", "队", "村", "镇", "起", "档", "课",
          "节", "堂", "届", "趟", "网点", "人日", "人天", "课次", "车次", "架次"
        }) {
      table.put(count, new Unit(count, count, BigDecimal.ONE, true));
    }
    // Measures: each its own dimension, not counts.
    for (String measure :
        new String[] {"学时", "周岁", "工作日", "立方米", "倍", "分", "分贝", "TB", "GB", "MB", "千瓦", "兆瓦", "度电"}) {
      table.put(measure, new Unit(measure, measure, BigDecimal.ONE, false));
    }
    // a class hour printed either way: 累计培训48课时 answers ≥40学时 (each of 45 minutes or so, as training plans count them)
    table.put("课时", new Unit("课时", "学时", BigDecimal.ONE, false));
    // Areas in thirds of a 平方米, so that the 亩 (2000/3 平方米, 15 to a 公顷) converts exactly.
    table.put("平方米", new Unit("平方米", "面积", new BigDecimal("3"), false));
    table.put("亩", new Unit("亩", "面积", new BigDecimal("2000"), false));
    table.put("公顷", new Unit("公顷", "面积", new BigDecimal("30000"), false));
    table.put("平方公里", new Unit("平方公里", "面积", new BigDecimal("3000000"), false));
    table.put("米", new Unit("米", "长度", BigDecimal.ONE, false));
    table.put("厘米", new Unit("厘米", "长度", new BigDecimal("0.01"), false));
    table.put("公里", new Unit("公里", "长度", new BigDecimal("1000"), false));
    table.put("公斤", new Unit("公斤", "重量", BigDecimal.ONE, false));
    table.put("斤", new Unit("斤", "重量", new BigDecimal("0.5"), false));
    table.put("吨", new Unit("吨", "重量", new BigDecimal("1000"), false));
    // Concentrations of air and water quality (PM2.5浓度≤35微克/立方米, 化学需氧量≤20毫克/升).
    table.put("微克/立方米", new Unit("微克/立方米", "空气浓度", BigDecimal.ONE, false));
    table.put("毫克/立方米", new Unit("毫克/立方米", "空气浓度", new BigDecimal("1000"), false));
    table.put("毫克/升", new Unit("毫克/升", "水中浓度", BigDecimal.ONE, false));
    table.put("元", new Unit("元", "元", BigDecimal.ONE, false));
    table.put("千元", new Unit("千元", "元", new BigDecimal("1000"), false));
    table.put("万元", new Unit("万元", "元", new BigDecimal("10000"), false));
    table.put("亿元", new Unit("亿元", "元", new BigDecimal("100000000"), false));
    table.put("%", new Unit("%", "%", BigDecimal.ONE, false));
    table.put("‰", new Unit("‰", "%", new BigDecimal("0.1"), false));
    // Rates per a base of 10⁴, 10⁵ or 10⁶, as health statistics print them (孕产妇死亡率≤10/10万,
    // 传染病发病率156.3/10万, 十万分之8): shares too, so 10/10万 is 0.01 %.
    table.put("/万", new Unit("/万", "%", new BigDecimal("0.01"), false));
    table.put("/10万", new Unit("/10万", "%", new BigDecimal("0.001"), false));
    table.put("/100万", new Unit("/100万", "%", new BigDecimal("0.0001"), false));
    table.put("分钟", new Unit("分钟", "时长", BigDecimal.ONE, false));
    table.put("小时", new Unit("小时", "时长", new BigDecimal("60"), false));
    table.put("天", new Unit("天", "时长", new BigDecimal("1440"), false));
    table.put("周", new Unit("周", "时长", new BigDecimal("10080"), false));
    table.put("月", new Unit("月", "月数", BigDecimal.ONE, false));
    table.put("年", new Unit("年", "月数", new BigDecimal("12"), false));
    // Aliases: other spellings of a unit above (after NFKC: ㎡ is m2, ㎞ is km, ％ is %).
    alias(table, "人", "名", "位");
    alias(table, "个", "個");
    alias(table, "%", "百分比", "个百分点", "百分点");
    // Not /万人: 每万人口全科医生数 counts doctors per 万人 (3.5/万人 is 3.5 人), no share.
    alias(table, "/万", "/1万", "/一万");
    alias(table, "/10万", "/十万", "/10万人", "/十万人", "/10万人口", "/十万人口", "/10万活产", "/十万活产");
    alias(table, "/100万", "/百万", "/100万人", "/百万人");
    alias(table, "月", "个月");
    alias(table, "工作日", "个工作日");
    alias(table, "小时", "个小时", "钟头");
    alias(table, "周", "个星期", "星期");
    alias(table, "万元", "萬元");
    alias(table, "人次", "人/次");
    alias(table, "户次", "户/次");
    alias(table, "家次", "家/次");
    alias(table, "场次", "场/次");
    alias(table, "周岁", "岁");
    alias(table, "平方米", "平方", "平米", "平", "m2", "M2", "㎡");
    alias(table, "立方米", "立方", "m3", "M3");
    alias(table, "公里", "千米", "km", "KM", "Km");
    alias(table, "米", "延米", "m", "M");
    alias(table, "厘米", "cm", "CM");
    alias(table, "公斤", "千克", "kg", "KG", "Kg");
    alias(table, "吨", "t");
    alias(table, "千瓦", "kw", "KW", "kW");
    alias(table, "分", "分值");
    alias(table, "分贝", "dB", "dB(A)", "dBA");
    alias(table, "微克/立方米", "μg/m3", "ug/m3", "微克/m3");
    alias(table, "毫克/立方米", "mg/m3", "毫克/m3");
    alias(table, "毫克/升", "mg/L", "mg/l");
    BY_SYMBOL = Collections.unmodifiableMap(table);
  }

  private static void alias(Map<String, Unit> table, String unit, String... aliases) {
    for (String alias : aliases) {
      table.put(alias, table.get(unit));
    }
  }

  /**
   * A measure word that is not in the table ({@code 盏} in {@code 100盏}): a counting unit of its
   * own, compatible only with itself.
   */
  public static Unit ofWord(String word) {
    Unit known = BY_SYMBOL.get(word);
    return known != null ? known : new Unit(word, word, BigDecimal.ONE, true);
  }

  /** Whether this unit is money (元, 万元, 亿元). */
  public boolean isMoney() {
    return dimension.equals("元");
  }

  /** Whether this unit is a share of a whole (%, ‰, a rate per 10万 …): a rate, not an amount. */
  public boolean isShare() {
    return dimension.equals("%");
  }

  /** Whether this unit measures a span of time (分钟, 小时, 天, 周, 工作日, 月, 年). */
  public boolean isDuration() {
    return dimension.equals("时长") || dimension.equals("月数") || dimension.equals("工作日");
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
