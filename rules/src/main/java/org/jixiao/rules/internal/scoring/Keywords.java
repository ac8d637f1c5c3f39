package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.text.Quantity;

/**
 * Keyword likeness of the words before two figures, to tell which actual figure answers a
 * target figure ({@code 举办公益招聘会60场} vs {@code 举办公益招聘会…共60场}): the number of
 * shared character pairs in the words before each — back to the previous figure or the start of
 * the clause, at most 16 characters.
 */
final class Keywords {
  private Keywords() {}

  private static final int WINDOW = 16;

  /** The character pairs of the clause before {@code position} in {@code text}. */
  static Set<String> before(String text, int position) {
    int from = position;
    while (from > 0
        && position - from < WINDOW
        && !isClauseEnd(text.charAt(from - 1))
        && !Character.isDigit(text.charAt(from - 1))) {
      from--;
    }
    Set<String> pairs = new HashSet<>();
    for (int i = from; i + 1 < position; i++) {
      if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
        pairs.add(text.substring(i, i + 2));
      }
    }
    return pairs;
  }

  /** The character pairs of a whole text, such as an indicator's name (女性培训人数: 女性, 性培, 培训 …). */
  static Set<String> of(String text) {
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
        pairs.add(text.substring(i, i + 2));
      }
    }
    return pairs;
  }

  /** Pairs that name a period (每月, 全年, 季度): shared by a frequency and any count over it, they pair nothing. */
  static Set<String> withoutPeriods(Set<String> pairs) {
    Set<String> out = new HashSet<>(pairs);
    out.removeIf(p -> p.indexOf('每') >= 0 || p.equals("全年") || p.equals("年度") || p.equals("季度") || p.equals("月度"));
    return out;
  }

  /**
   * Of rates no other reading told apart, those whose words before them share the most pairs with the indicator's
   * name (婴儿死亡率 ≤5‰ against 孕产妇死亡率1.5‰，婴儿死亡率3.2‰: 3.2 ‰); all of them when none shares any, or when
   * one is not the first figure of its clause with words of its own before it (完成8/10: the 10 goes with the 8;
   * 参保率由90%提高到92%: a move, which other readings weigh).
   */
  static List<Quantity> closestToName(List<Quantity> figures, String actual, String name) {
    Set<String> want = of(name);
    int best = 0;
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : figures) {
      Set<String> label = before(actual, q.start());
      if (label.isEmpty() || !firstOfItsClause(actual, q.start())) {
        return figures;
      }
      int likeness = shared(want, label);
      if (likeness > best) {
        best = likeness;
        out.clear();
      }
      if (likeness == best && likeness > 0) {
        out.add(q);
      }
    }
    return out.isEmpty() ? figures : out;
  }

  /** Whether no digit stands between the start of the clause holding {@code at} and it. */
  private static boolean firstOfItsClause(String text, int at) {
    for (int k = at - 1; k >= 0 && !isClauseEnd(text.charAt(k)); k--) {
      if (Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** How many pairs two sets share. */
  static int shared(Set<String> a, Set<String> b) {
    int count = 0;
    for (String pair : a) {
      if (b.contains(pair)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isClauseEnd(char c) {
    return c == ';' || c == '。' || c == ',' || c == '、' || c == ':' || c == '(' || c == ')' || c == '\n';
  }
}
