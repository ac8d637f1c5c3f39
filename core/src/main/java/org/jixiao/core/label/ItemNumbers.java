package org.jixiao.core.label;

/**
 * Item numbers at the start of a text: 指标2, 2., 2、, (2), （2）, ②, 三、. Readers use it to tell
 * a line that opens a new item from the wrapped end of the one above (区节水改造项目数量 opens
 * none).
 */
public final class ItemNumbers {
  private ItemNumbers() {}

  private static final String NUMERALS = "一二三四五六七八九十";
  private static final String AFTER = ".、．:：)）";

  /**
   * Whether {@code text} opens with an item's number: a circled number (①–⑳); 指标 followed by a
   * number; or a number (digits or 一…十) in brackets or followed by {@code . 、 ： )}.
   *
   * @param text any text
   * @return whether it opens as a new item does
   */
  public static boolean opensNumbered(CharSequence text) {
    String raw = text.toString().strip();
    if (raw.isEmpty()) {
      return false;
    }
    if (raw.charAt(0) >= '①' && raw.charAt(0) <= '⑳') {
      return true;
    }
    String k = Labels.normalize(raw);
    if (k.isEmpty()) {
      return false;
    }
    boolean item = k.startsWith("指标");
    int i = item ? 2 : k.charAt(0) == '(' || k.charAt(0) == '（' ? 1 : 0;
    int start = i;
    while (i < k.length() && (Character.isDigit(k.charAt(i)) || NUMERALS.indexOf(k.charAt(i)) >= 0)) {
      i++;
    }
    if (i == start) {
      return false;
    }
    return item || (i < k.length() && AFTER.indexOf(k.charAt(i)) >= 0);
  }

  /** Last characters of an indicator's name that name a measure: a name ending so is complete. */
  private static final String MEASURE_ENDS = "率数量度性值%";

  /**
   * Whether {@code next}, a line's text under the name {@code previous}, is a new item's name
   * rather than the wrapped end of {@code previous}: it opens with a number ({@link
   * #opensNumbered}), or opens as {@code previous} does (parallel names: 完工项目县畜禽粪污综合利用率
   * above 完工项目县规模养殖场…), or {@code previous} already ends as a name of a measure does
   * (…合格率, …人数, …满意度, …及时性).
   *
   * @param previous the name above, as printed
   * @param next the line's text, as printed
   * @return whether the line is better read as an item of its own
   */
  public static boolean startsNewItem(CharSequence previous, CharSequence next) {
    if (opensNumbered(next)) {
      return true;
    }
    String above = Labels.normalize(previous);
    String below = Labels.normalize(next);
    if (above.length() >= 2 && below.length() >= 2 && above.regionMatches(0, below, 0, 2)) {
      return true;
    }
    return !above.isEmpty() && MEASURE_ENDS.indexOf(above.charAt(above.length() - 1)) >= 0;
  }
}
