package org.jixiao.xlsx.internal;

import static org.jixiao.xlsx.internal.DeclarationLabels.fold;
import static org.jixiao.xlsx.internal.DeclarationLabels.key;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.money.MoneyUnit;

/**
 * The values of a declaration's top block as printed: amounts with their units (4,753.66万元,
 * 250万), the unit a caption states (金额单位：万元), the option a row of check boxes ticks
 * (新增项目□ 延续项目☑) and yes or no. {@link DeclarationLabels} says which field a label names; this
 * says what its value holds. Words are compared with traditional characters folded, as there.
 */
final class DeclarationValues {
  private DeclarationValues() {}

  /**
   * The money unit a line or a caption states: {@code 金额单位：元}, {@code 单位：万元}, {@code
   * （单位：万元）}, or a short caption with the unit in brackets ({@code 资金情况（万元）}).
   */
  static Optional<MoneyUnit> statedUnit(String text) {
    String s = fold(text).replace(" ", "").replace("\u3000", ""); // 金額單位：萬元
    String bare = s.replace("（", "").replace("）", "").replace("(", "").replace(")", "");
    for (String prefix : new String[] {"金额单位", "资金单位", "单位"}) {
      if (bare.startsWith(prefix + ":") || bare.startsWith(prefix + "：")) {
        return unitWord(bare.substring(prefix.length() + 1));
      }
    }
    int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
    if (open > 0 && open <= 8 && (s.endsWith("）") || s.endsWith(")"))) {
      return unitWord(s.substring(open + 1, s.length() - 1));
    }
    return Optional.empty();
  }

  private static Optional<MoneyUnit> unitWord(String word) {
    return switch (word) {
      case "万元" -> Optional.of(MoneyUnit.WAN_YUAN);
      case "元" -> Optional.of(MoneyUnit.YUAN);
      default -> Optional.empty();
    };
  }

  /** The unit an amount's label or text names ({@code 项目总金额（元）}, {@code 65万元}), if any. */
  static Optional<MoneyUnit> unitNamed(String label, String value) {
    String s = fold(label + value);
    if (s.contains("万元") || fold(value).strip().endsWith("万")) {
      return Optional.of(MoneyUnit.WAN_YUAN);
    }
    return s.contains("元") && !s.contains("万") ? Optional.of(MoneyUnit.YUAN) : Optional.empty();
  }

  /** An amount as printed: thousands separators and a unit suffix allowed (4,753.66万元). */
  static Optional<BigDecimal> amount(String text) {
    String s = fold(text).replace(",", "").replace("，", "").replace("万元", "").replace("元", "").strip();
    if (s.endsWith("万")) {
      s = s.substring(0, s.length() - 1).strip(); // 250万: 万 alone is 万元 (domain.md §4)
    }
    for (String word : new String[] {"总额", "合计", "共计", "共"}) {
      if (s.startsWith(word)) {
        s = s.substring(word.length()).replace(":", "").replace("：", "").strip(); // 总额50万元
        break;
      }
    }
    if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.')) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Marks of a ticked box on printed forms, and of an empty one (口 only beside a ticked mark). */
  private static final String TICKED = "■☑√✓✔☒▣";

  private static final String EMPTY = "□☐口";

  /**
   * The option a row of check boxes ticks (持续性项目■ 新增性项目口, 新增项目□延续项目√, □是 ☑否),
   * when exactly one is ticked; empty when the text has no ticked box, or ticks none or several.
   * A box follows its option unless the text starts with one.
   */
  static Optional<String> ticked(String text) {
    String t = withSymbolFontTicks(text.strip());
    List<Integer> marks = new ArrayList<>();
    boolean anyTicked = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      anyTicked |= TICKED.indexOf(c) >= 0;
      if (TICKED.indexOf(c) >= 0 || EMPTY.indexOf(c) >= 0) {
        marks.add(i);
      }
    }
    if (!anyTicked || marks.size() < 2) {
      return Optional.empty();
    }
    boolean before = marks.get(0) == 0;
    String option = null;
    for (int k = 0; k < marks.size(); k++) {
      int m = marks.get(k);
      int from = before ? m + 1 : k == 0 ? 0 : marks.get(k - 1) + 1;
      int to = before ? (k + 1 < marks.size() ? marks.get(k + 1) : t.length()) : m;
      String o = t.substring(from, to).strip();
      if (o.isEmpty() && EMPTY.indexOf(t.charAt(m)) >= 0 && t.charAt(m) == '口') {
        return Optional.empty(); // 口 with nothing beside it is a word's, not a box: not read as boxes
      }
      if (TICKED.indexOf(t.charAt(m)) >= 0) {
        if (option != null || o.isEmpty()) {
          return Optional.empty(); // several ticked, or a tick on nothing
        }
        option = o;
      }
    }
    return Optional.ofNullable(option);
  }

  /**
   * The text with the ticks a symbol font printed as letters made ticks: Word's and Excel's check
   * boxes in Wingdings show, once copied as text, a ticked box as {@code þ} and in Wingdings 2 as
   * {@code R} (新增项目□ 延续项目R), an empty one as {@code ¨}. A letter alone (not inside a word of
   * Latin letters or digits), and an {@code R} only with an empty box on the same text and not
   * itself before a box, where no word would put it.
   */
  static String withSymbolFontTicks(String t) {
    boolean boxes = t.indexOf('□') >= 0 || t.indexOf('☐') >= 0;
    boolean thorn = t.indexOf('þ') >= 0;
    StringBuilder out = new StringBuilder(t);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean alone = (i == 0 || !isLatinOrDigit(t.charAt(i - 1))) && (i + 1 == t.length() || !isLatinOrDigit(t.charAt(i + 1)));
      // an R ends its option: the text's end, a space or the next option follows it, not a box
      boolean ends = i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)) || EMPTY.indexOf(t.charAt(i + 1)) < 0;
      if (alone && (c == 'þ' || (c == 'R' && boxes && ends))) {
        out.setCharAt(i, '☑');
      } else if (c == '¨' && thorn) {
        out.setCharAt(i, '□'); // Wingdings' empty box beside its tick
      }
    }
    return out.toString();
  }

  private static boolean isLatinOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || c == 'þ';
  }

  /**
   * Whether a choice names a new project (新增项目, 新增性项目: true) or a continuing one (延续项目,
   * 持续性项目: false): the ticked option, else the text when it is such a short word alone. Empty
   * for any other choice (经常性项目, 一次性项目), which is the project's type.
   */
  static Optional<Boolean> newOrContinuing(String text) {
    String option = key(ticked(text).orElse(text));
    if (option.isEmpty() || option.length() > 8) {
      return Optional.empty();
    }
    boolean fresh = option.contains("新增") || option.contains("新建项目");
    boolean continuing = option.contains("延续") || option.contains("持续") || option.contains("续建");
    return fresh == continuing ? Optional.empty() : Optional.of(fresh);
  }

  static Optional<Boolean> yesNo(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.equals("是") || s.equals("y") || s.equals("yes")) {
      return Optional.of(true);
    }
    if (s.equals("否") || s.equals("n") || s.equals("no")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
