package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * What the indicator around a target text says about reading it: whether it is about cost or
 * money (a bare 万 is 万元, a bare figure is a ceiling), whether it is a timeliness indicator, and
 * the comparison and unit its name or 度量单位 column gives ({@code 公猪舍(≥**平方米)},
 * {@code 保障在职职工人数(人)}, {@code 接受业务培训人数}).
 *
 * <p>Whether the figures are money is looked for in the name and target only when first asked
 * ({@link #money()}): it matters only to a text with a bare 千, 万 or 亿 or a figure per
 * something without a unit, and the look is a pass over both texts. Equal contexts say the same
 * in every component; equality asks for {@code money} too.
 */
public final class TargetContext {
  private final boolean cost;
  private final boolean timeliness;
  private final String name;
  private final Optional<Unit> unit;
  private final Optional<Comparison> comparison;
  private final Optional<String> per;
  private final String target; // where money is looked for, besides the name; empty when money is given
  private byte money; // 0 not looked for yet, 1 no, 2 yes (a benign race: the look is pure)

  /**
   * A context that says all this, money included (the shared contexts of a bare text).
   *
   * @param cost whether the indicator is a 成本 indicator
   * @param money whether its figures are money
   * @param timeliness whether the indicator is a 时效 indicator (a bare duration is a time limit)
   * @param name the indicator's name (三级指标), normalised, or empty
   * @param unit the unit a bare figure takes, when the form or the name gives one
   * @param comparison the comparison the name's template placeholder states ({@code ≥**个})
   * @param per what a figure is per, as the name says ({@code 配套资金每人每年}, {@code 人均培训学时})
   */
  private TargetContext(
      boolean cost,
      boolean money,
      boolean timeliness,
      String name,
      Optional<Unit> unit,
      Optional<Comparison> comparison,
      Optional<String> per) {
    this(cost, timeliness, name, unit, comparison, per, "");
    this.money = money ? YES : NO;
  }

  private TargetContext(
      boolean cost,
      boolean timeliness,
      String name,
      Optional<Unit> unit,
      Optional<Comparison> comparison,
      Optional<String> per,
      String target) {
    this.cost = cost;
    this.timeliness = timeliness;
    this.name = Objects.requireNonNull(name, "name");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    this.per = Objects.requireNonNull(per, "per");
    this.target = target;
  }

  private static final byte NO = 1;
  private static final byte YES = 2;

  /** Whether the indicator is a 成本 indicator, by its category or by a name that asks a cost ({@link #namesACost}). */
  public boolean cost() {
    return cost;
  }

  /**
   * Whether its figures are money: a 成本 indicator, a money unit, or a word of money ({@link
   * #MONEY_WORDS}) in the name or the target.
   */
  public boolean money() {
    byte m = money;
    if (m == 0) {
      m = cost || unit.map(Unit::isMoney).orElse(false) || MONEY_WORD_LIST.occursIn(name) || MONEY_WORD_LIST.occursIn(target) ? YES : NO;
      money = m;
    }
    return m == YES;
  }

  /** Whether the indicator is a 时效 indicator (a bare duration is a time limit). */
  public boolean timeliness() {
    return timeliness;
  }

  /** The indicator's name (三级指标), normalised, or empty. */
  public String name() {
    return name;
  }

  /** The unit a bare figure takes, when the form or the name gives one. */
  public Optional<Unit> unit() {
    return unit;
  }

  /** The comparison the name's template placeholder states ({@code ≥**个}). */
  public Optional<Comparison> comparison() {
    return comparison;
  }

  /** What a figure is per, as the name says ({@code 配套资金每人每年}, {@code 人均培训学时}). */
  public Optional<String> per() {
    return per;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TargetContext c
        && cost == c.cost
        && timeliness == c.timeliness
        && name.equals(c.name)
        && unit.equals(c.unit)
        && comparison.equals(c.comparison)
        && per.equals(c.per)
        && money() == c.money();
  }

  @Override
  public int hashCode() {
    return Objects.hash(cost, money(), timeliness, name, unit, comparison, per);
  }

  @Override
  public String toString() {
    return "TargetContext[cost=" + cost + ", money=" + money() + ", timeliness=" + timeliness + ", name=" + name
        + ", unit=" + unit + ", comparison=" + comparison + ", per=" + per + "]";
  }

  /** No indicator around the text: the text alone decides. */
  public static final TargetContext NONE =
      new TargetContext(false, false, false, "", Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * A bare text that speaks of money, or a cell read as written under an indicator about money:
   * a bare 万 is 万元, and no unit comes from a name.
   */
  public static final TargetContext MONEY =
      new TargetContext(false, true, false, "", Optional.empty(), Optional.empty(), Optional.empty());

  /** Words of money: a text holding one states its figures in 元 or 万元. */
  private static final List<String> MONEY_WORDS =
      List.of("成本", "费用", "经费", "资金", "金额", "预算", "支出", "租金", "补贴", "补助", "投入", "投资", "收入", "价格", "造价",
          "工资", "薪酬", "奖励", "奖金", "税", "营收", "产值", "利润", "费", "元");

  /** {@link #MONEY_WORDS} by first character: one pass over a text, not a search per word. */
  private static final WordList MONEY_WORD_LIST = WordList.of(MONEY_WORDS);

  /** The context of an indicator: its categories, name and 度量单位. */
  public static TargetContext of(Indicator indicator) {
    return Memo.get(OF, indicator, Boolean.TRUE, (i, unused) -> compute(i));
  }

  private static final Object OF = new Object();

  private static TargetContext compute(Indicator indicator) {
    String name = IndicatorTexts.normalize(indicator.name().orElse(""));
    boolean cost =
        indicator.category() == Category.COST
            || indicator.subcategory().map(TargetContext::isCost).orElse(false)
            || namesACost(name);
    String target = IndicatorTexts.normalize(indicator.target().orElse(""));
    Optional<Unit> formUnit =
        indicator.measureUnit()
            .map(u -> IndicatorTexts.normalize(u).strip())
            .filter(u -> !u.isEmpty())
            .map(TargetContext::unit);
    Optional<Unit> unit = formUnit.isPresent() ? formUnit : nameUnit(name);
    boolean timeliness = indicator.subcategory().map(x -> x == Subcategory.TIMELINESS).orElse(false);
    Optional<String> per = namePer(name);
    if (per.isEmpty()) { // 度量单位 元/人: per 人
      per = indicator.measureUnit().map(u -> IndicatorTexts.normalize(u).strip()).filter(u -> u.indexOf('/') > 0)
          .map(u -> u.substring(u.indexOf('/') + 1)).filter(u -> !u.isEmpty());
    }
    // a context of its own, even for an indicator without name or unit whose context equals NONE
    // or MONEY: which of the two it is would take the look for money this defers (the memo then
    // parses such a target again for a bare-text reading, which only an undetermined reason asks for)
    return new TargetContext(cost, timeliness, name, unit, nameComparison(name), per, target);
  }

  /** The context of a bare target text: money when it speaks of money (总成本不超83.32万). */
  public static TargetContext ofText(String normalised) {
    boolean money = MONEY_WORD_LIST.occursIn(normalised);
    return money ? MONEY : NONE;
  }

  /** Words of a name that ask a cost to fall or a saving, not a cost: 成本节约额, 降低群众就医成本. */
  private static final WordList SAVINGS = WordList.of(List.of("节约", "节省", "节支", "降低", "减少", "压减", "下降", "降本"));

  /**
   * Whether a name asks a cost under whatever category the form files it (指标1.培训成本 under 产出指标, review 78 r162): a
   * bare figure of it is a ceiling, as under 成本指标. Not a name of a saving or of a cost brought down (成本节约额 ≥10万元,
   * 降低就医成本): what is asked there is the saving.
   */
  static boolean namesACost(String name) {
    return name.contains("成本") && !SAVINGS.occursIn(name);
  }

  private static boolean isCost(Subcategory s) {
    return s == Subcategory.COST
        || s == Subcategory.ECONOMIC_COST
        || s == Subcategory.SOCIAL_COST
        || s == Subcategory.ECOLOGICAL_COST;
  }

  private static Unit unit(String text) {
    Optional<Unit> known = Unit.of(text);
    if (known.isPresent()) {
      return known.get();
    }
    int slash = text.indexOf('/');
    Optional<Unit> perBase = perBase(text, slash);
    if (perBase.isPresent()) {
      return perBase.get();
    }
    String head = slash > 0 ? text.substring(0, slash) : text;
    return Unit.of(head).orElse(Unit.ofWord(head));
  }

  /** A rate per a base a form's unit or a name's bracket prints ({@code 1/10万}, {@code 例/10万}): the share it is. */
  private static Optional<Unit> perBase(String text, int slash) {
    return slash < 0 ? Optional.empty() : Unit.of(text.substring(slash)).filter(Unit::isShare);
  }

  /**
   * The unit a name gives: a template placeholder {@code (≥**平方米)}, a unit in brackets at the
   * end {@code (人)} or {@code (万元)}, or the noun it ends with: 人数 is 人, 率 or 比例 is %,
   * 数量 or 个数 is 个.
   */
  static Optional<Unit> nameUnit(String name) {
    int open = name.lastIndexOf('(');
    int close = name.lastIndexOf(')');
    if (open >= 0 && close > open && close - open <= 12) {
      String inside = stripComparison(name.substring(open + 1, close));
      if (!inside.isEmpty() && inside.length() <= 6) { // (万元), (微克/立方米)
        Optional<Unit> u = Unit.of(inside);
        if (u.isPresent()) {
          return u;
        }
        int slash = inside.indexOf('/');
        Optional<Unit> perBase = perBase(inside, slash);
        if (perBase.isPresent()) {
          return perBase; // 孕产妇死亡率(1/10万)
        }
        if (slash > 0 && Unit.of(inside.substring(0, slash)).isPresent()) {
          return Unit.of(inside.substring(0, slash));
        }
      }
    }
    int stars = name.indexOf("**");
    if (stars >= 0) {
      String after = name.substring(stars + 2);
      for (int len = Math.min(4, after.length()); len >= 1; len--) {
        Optional<Unit> u = Unit.of(after.substring(0, len));
        if (u.isPresent()) {
          return u;
        }
      }
    }
    String bare = open > 0 && close == name.length() - 1 ? name.substring(0, open) : name;
    if (bare.endsWith("人数") || bare.endsWith("人员数")) {
      return Unit.of("人");
    }
    if (bare.endsWith("率") || bare.endsWith("比例") || bare.endsWith("比率") || bare.endsWith("占比")
        || bare.endsWith("满意度")) {
      return Unit.of("%");
    }
    if (bare.endsWith("数量") || bare.endsWith("个数")) {
      return Unit.of("个");
    }
    if ((bare.startsWith("PM2.5") || bare.startsWith("PM10")) && bare.endsWith("浓度")) {
      return Unit.of("微克/立方米"); // the unit of the air quality standard (GB 3095)
    }
    for (int len = Math.min(3, bare.length()); len >= 2; len--) {
      Optional<Unit> u = Unit.of(bare.substring(bare.length() - len)); // 人均培训学时, 培训人次
      if (u.isPresent()) {
        return u;
      }
    }
    if (bare.length() >= 2 && bare.endsWith("数")) {
      Optional<Unit> u = Unit.of(bare.substring(bare.length() - 2, bare.length() - 1)); // 活动次数, 受益户数
      if (u.isPresent() && u.get().isCount()) {
        return u;
      }
    }
    return Optional.empty();
  }

  private static final List<String> NAME_PERIODS = List.of("学期", "季度", "年", "月", "周", "天", "日", "旬");

  /** 人均 and 户均 (per person, per household) or the first 每X of a name: what its figure is per. */
  static Optional<String> namePer(String name) {
    if (name.contains("人均")) {
      return Optional.of("人");
    }
    if (name.contains("户均")) {
      return Optional.of("户");
    }
    int each = name.indexOf('每');
    if (each >= 0 && each + 1 < name.length()) {
      for (String p : NAME_PERIODS) {
        if (name.startsWith(p, each + 1)) {
          return Optional.of(p);
        }
      }
      for (int len = Math.min(2, name.length() - each - 1); len >= 1; len--) {
        String word = name.substring(each + 1, each + 1 + len);
        if (Unit.of(word).isPresent()) {
          return Optional.of(word);
        }
      }
    }
    return Optional.empty();
  }

  private static String stripComparison(String s) {
    int i = 0;
    while (i < s.length() && "≥≤><=≧≦*".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return s.substring(i).strip();
  }

  /** The comparison of a template placeholder in the name: {@code ≥**个}, {@code (<**元/户·年)}. */
  static Optional<Comparison> nameComparison(String name) {
    int stars = name.indexOf('*');
    if (stars <= 0) {
      int open = name.lastIndexOf('(');
      if (open >= 0 && open + 1 < name.length()) {
        return symbol(name.charAt(open + 1), open + 2 < name.length() ? name.charAt(open + 2) : ' ');
      }
      return Optional.empty();
    }
    char before = name.charAt(stars - 1);
    char before2 = stars >= 2 ? name.charAt(stars - 2) : ' ';
    if (before == '=' && (before2 == '>' || before2 == '<')) {
      return symbol(before2, '=');
    }
    return symbol(before, ' ');
  }

  private static Optional<Comparison> symbol(char c, char next) {
    @Nullable Comparison found =
        switch (c) {
          case '≥', '≧' -> Comparison.AT_LEAST;
          case '≤', '≦' -> Comparison.AT_MOST;
          case '>' -> next == '=' ? Comparison.AT_LEAST : Comparison.MORE_THAN;
          case '<' -> next == '=' ? Comparison.AT_MOST : Comparison.LESS_THAN;
          case '=' -> Comparison.EQUAL;
          default -> null;
        };
    return Optional.ofNullable(found);
  }
}
