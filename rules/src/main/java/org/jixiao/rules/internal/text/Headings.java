package org.jixiao.rules.internal.text;

import org.jixiao.core.label.Labels;

/** Column headings and level labels as the rules compare them. */
public final class Headings {
  private Headings() {}

  /**
   * A heading or a level's label as compared: NFKC without white space, traditional characters
   * folded (投入指標, 過程指標), without bracketed parts (分值（分）, 指标内容(150字内)), the points after
   * it (20分) and a closing colon.
   */
  public static String key(String text) {
    String n = Labels.foldTraditional(Labels.normalize(text));
    StringBuilder out = new StringBuilder(n.length());
    int depth = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '(' || c == '（' || c == '【' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '）' || c == '】' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && "0123456789.-—~～分:：".indexOf(out.charAt(end - 1)) >= 0) {
      end--;
    }
    return out.substring(0, end);
  }
}
