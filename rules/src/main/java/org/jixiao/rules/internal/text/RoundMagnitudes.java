package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;

/**
 * A round magnitude said without a numeral, as the least of a figure (百余人, 千余人次, 逾百人, 超万人, 上千户, 过万人): at
 * least 100, 1,000 or 10,000 of the unit after it, read as that figure approximately, as 5000余人 is read 5000. Only
 * with a word of a bound before it (逾, 超, 过, 超过, 上 — not 以上, 线上, nor 成千上万 —, or 不足, 不到 …, a bound below) or
 * 余 or 多 after it: a bare 百 or 千 is a word (百姓, 千方百计), 百分之 a share, and 数百, 近千 say no least. Whether the
 * figure is a bound on the wrong side of a target is for {@code StatedBounds} to weigh (逾百人 against ≤ 100 人).
 */
public final class RoundMagnitudes {
  private RoundMagnitudes() {}

  /** Whether {@code c} is a magnitude this reads: 百, 千, 万 or 亿. */
  public static boolean isMagnitude(char c) {
    return c == '百' || c == '千' || c == '万' || c == '亿';
  }

  /**
   * Reads a round magnitude at {@code start} of {@code s} into {@code out} when it is one (see the class), and returns
   * where reading goes on: after it, or after its first character when it is none.
   */
  static int read(String s, int start, List<Found> out) {
    int n = s.length();
    int j = start;
    BigDecimal value = BigDecimal.ONE;
    while (j < n && isMagnitude(s.charAt(j))) { // 百万, 千万: the magnitudes multiply
      value = value.multiply(of(s.charAt(j)));
      j++;
    }
    if (j < n && s.charAt(j) == '分') {
      return j; // 百分之, 千分之, 万分之: a share, read elsewhere
    }
    boolean more = j < n && (s.charAt(j) == '余' || s.charAt(j) == '多');
    if (!more && !boundBefore(s, start)) {
      return start + 1;
    }
    int k = more ? j + 1 : j;
    FigureUnits.UnitMatch unit = FigureUnits.unitAt(s, k);
    if (unit == null) { // 百姓, 千方百计, 逾千亩 without a unit read: no figure
      return j;
    }
    out.add(Found.figure(new Quantity(value, Optional.empty(), unit.unit(), true, start, unit.end())));
    return unit.end();
  }

  /**
   * Whether a word of a bound stands right before {@code at}: of more (逾, 超, 过, 上, 超过, 多于 …; not 以上, 线上, 网上,
   * 马上, nor 成千上万) or of less (不足, 不到, 少于 …: 不足千人次 is below 1,000, which a bound's reading weighs).
   */
  private static boolean boundBefore(String s, int at) {
    if (at == 0) {
      return false;
    }
    char c = s.charAt(at - 1);
    if (c == '上') {
      return at < 2 || (NOT_MORE_BEFORE_SHANG.indexOf(s.charAt(at - 2)) < 0 && !isMagnitude(s.charAt(at - 2)));
    }
    if (c == '逾' || c == '超' || c == '过') {
      return true;
    }
    for (String word : BOUND_WORDS) {
      if (s.startsWith(word, at - word.length())) {
        return true;
      }
    }
    return false;
  }

  /** Characters that make a word with 上 after them (以上, 线上, 网上, 马上, 之上, 向上): 上 is then no "more than". */
  private static final String NOT_MORE_BEFORE_SHANG = "以线网马之向";

  /** Two-character words of a bound right before a magnitude (多于千人, 不足千人次). */
  private static final List<String> BOUND_WORDS = List.of("多于", "高于", "大于", "不足", "不到", "少于", "低于", "不满", "未满");

  private static BigDecimal of(char magnitude) {
    return switch (magnitude) {
      case '百' -> HUNDRED;
      case '千' -> THOUSAND;
      case '万' -> TEN_THOUSAND;
      default -> HUNDRED_MILLION;
    };
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
}
