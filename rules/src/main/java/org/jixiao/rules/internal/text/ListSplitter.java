package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;
import static org.jixiao.rules.internal.text.Chars.isBoundary;
import static org.jixiao.rules.internal.text.Chars.isCjk;
import static org.jixiao.rules.internal.text.Chars.isMarkerEnd;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.ListItem;
import org.jspecify.annotations.Nullable;

/**
 * Splits a cell holding a list into its items: numbered ({@code 1.… 2.…}, {@code 1、…},
 * {@code (1)…}, {@code 一、…}) or, failing that, separated by semicolons.
 *
 * <p>Numbers must start at 1 and may repeat or skip one (published tables print
 * {@code 1. 2. 2. 4.}); a number going back (a second list merged into the cell) is text. A
 * marker needs a boundary before it (start, space, {@code ;}, {@code 。} …), except the next
 * expected number directly after an ideograph ({@code …工作2.推进…}).
 */
public final class ListSplitter {
  private ListSplitter() {}

  private record Marker(int number, int start, int contentStart) {}

  /** The items of {@code s}; a single item numbered 0 when it is not a list. */
  public static List<ListItem> split(String s) {
    List<ListItem> items = listItems(s);
    if (items.isEmpty()) {
      items = new ArrayList<>(1); // a list the caller may change, as for a list of items
      items.add(new ListItem(0, clean(s)));
    }
    return items;
  }

  /**
   * The items of {@code s} when it is a list of two or more, else none: what {@link #split} gives
   * for a list, without the cleaned copy of a text that is none (most cells, and every cell is
   * asked).
   */
  public static List<ListItem> listItems(String s) {
    List<Marker> markers = markers(s);
    if (markers.size() >= 2) {
      boolean normalised = Normalized.known(s);
      List<ListItem> items = new ArrayList<>(markers.size());
      for (int m = 0; m < markers.size(); m++) {
        Marker marker = markers.get(m);
        int end = m + 1 < markers.size() ? markers.get(m + 1).start() : s.length();
        String text = clean(s.substring(marker.contentStart(), end));
        if (normalised) {
          Normalized.rememberPiece(text); // each item is scored on its own: no second normalising of it
        }
        items.add(new ListItem(marker.number(), text));
      }
      return items;
    }
    List<String> pieces = s.indexOf(';') < 0 ? List.of() : splitOn(s, ';'); // most cells are no list
    if (pieces.size() >= 2) {
      List<ListItem> items = new ArrayList<>(pieces.size());
      for (String piece : pieces) {
        items.add(new ListItem(0, piece));
      }
      return items;
    }
    return new ArrayList<>(0);
  }

  /** Whether {@code s} is a numbered list of at least two items. */
  public static boolean isNumberedList(String s) {
    return markers(s).size() >= 2;
  }

  /** The non-blank pieces of {@code s} between occurrences of {@code separator}, cleaned. */
  public static List<String> splitOn(String s, char separator) {
    return split(s, separator, false);
  }

  /**
   * The non-blank clauses of a normalised {@code s} between commas, cleaned; a comma between
   * digits that groups thousands ({@code 1,500人}) separates none.
   */
  public static List<String> splitOnCommas(String s) {
    return split(s, ',', true);
  }

  private static List<String> split(String s, char separator, boolean thousands) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || (s.charAt(i) == separator && !(thousands && groupsThousands(s, i)))) {
        String piece = clean(s.substring(from, i));
        if (!piece.isEmpty()) {
          out.add(piece);
        }
        from = i + 1;
      }
    }
    if (out.size() >= 2 && Normalized.known(s)) {
      for (String piece : out) {
        Normalized.rememberPiece(piece); // pieces are read on their own: no second normalising of them
      }
    }
    return out;
  }

  /** Whether the comma at {@code i} stands between a digit and exactly three more: 1,500. */
  private static boolean groupsThousands(String s, int i) {
    if (i == 0 || i + 3 >= s.length() || !isAsciiDigit(s.charAt(i - 1))) {
      return false;
    }
    for (int k = i + 1; k <= i + 3; k++) {
      if (!isAsciiDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 4 >= s.length() || !isAsciiDigit(s.charAt(i + 4));
  }

  private static List<Marker> markers(String s) {
    List<Marker> out = new ArrayList<>();
    char[] chars = CharArrays.of(s);
    int n = chars.length;
    int last = 0;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (isAsciiDigit(c) && (i == 0 || !isAsciiDigit(chars[i - 1]))) {
        int j = Chars.digitsEnd(chars, i);
        Marker marker = arabicMarker(chars, i, j, out.isEmpty(), last);
        if (marker != null) {
          out.add(marker);
          last = marker.number();
          i = marker.contentStart();
        } else {
          i = j;
        }
      } else if (ChineseNumerals.isStart(c) && i + 1 < n && chars[i + 1] == '、'
          && (i == 0 || isBoundary(chars[i - 1]))) {
        int number = ChineseNumerals.parse(String.valueOf(c)).map(v -> v.intValue()).orElse(-1);
        if (acceptable(number, out.isEmpty(), last)) {
          out.add(new Marker(number, i, i + 2));
          last = number;
          i += 2;
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The marker of the digits from {@code i} to {@code j}, or null: asked at every number of every
   * cell, so no {@code Optional} to make.
   */
  private static @Nullable Marker arabicMarker(char[] a, int i, int j, boolean first, int last) {
    int n = a.length;
    if (j - i > 2 || j >= n || !isMarkerEnd(a[j])) {
      return null;
    }
    int number = Chars.digitsValue(a, i, j);
    if (!acceptable(number, first, last)) {
      return null;
    }
    boolean expected = number == last + 1;
    boolean digitAfter = j + 1 < n && isAsciiDigit(a[j + 1]);
    if (digitAfter && !expected) {
      return null; // 2.5 is a decimal unless 2 is the number we are waiting for
    }
    char before = i == 0 ? ' ' : a[i - 1];
    boolean boundary = i == 0 || isBoundary(before) || (before == '(' && a[j] == ')');
    boolean glued =
        !first
            && expected
            && isCjk(before)
            && a[j] != ')'
            && j + 1 < n
            && isCjk(a[j + 1]);
    if (!boundary && !glued) {
      return null;
    }
    int start = before == '(' ? i - 1 : i;
    return new Marker(number, start, j + 1);
  }

  private static boolean acceptable(int number, boolean first, int last) {
    return first ? number == 1 : number >= last && number <= last + 2 && number > 0;
  }

  /** Trims spaces and trailing separators. */
  static String clean(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isTrim(s.charAt(from))) {
      from++;
    }
    while (to > from && (isTrim(s.charAt(to - 1)) || ";。,.、".indexOf(s.charAt(to - 1)) >= 0)) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isTrim(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
