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
}
