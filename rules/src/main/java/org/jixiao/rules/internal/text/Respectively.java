package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Names and figures paired by 分别 (respectively): {@code 城市、农村低保标准分别达到600元/月、450元/月}
 * is two targets, {@code 城市低保标准达到600元/月,农村低保标准达到450元/月}. Read whole, the first
 * figure was the target and whichever figure of the actual looked most like it was compared
 * (农村's 460 against 城市's 600: 76.67 % where both were met; review 78b h104).
 *
 * <p>A clause is written out so when the names before 分别 (two to {@value #MOST}, joined by 、 or
 * by one 和, 与 or 及) are as many as the figures after it (joined by 、). Words the last name
 * carries after it ({@code 低保标准}) are shared by all when the other names are of one length
 * and the last is longer (城市、农村低保标准: 城市 and 农村, each with 低保标准), that length being one or
 * two characters, told by two names or more, or ending the last as it ends the first (城市低保、农村低保
 * 补差水平: 农村低保; but 幼儿园、小学学生 shares nothing, 小学学 could be the last name as well as 小学);
 * words between 分别 and
 * the first figure ({@code 达到}) go to every figure, and a bare figure takes the last figure's
 * unit and the words after it (分别达到600、450元/月以上). Anything else is left as it stands: names
 * that start with a digit (a list's markers), figures in words, a count of names and figures that
 * differ.
 */
public final class Respectively {
  private Respectively() {}

  /** The most names written out in one clause. */
  static final int MOST = 10;

  /** The longest name before the last, and the longest words between 分别 and the first figure. */
  private static final int LONGEST_NAME = 8;

  private static final int LONGEST_VERB = 6;

  /** What ends a clause before or after 分别 (normalised text). */
  private static final String CLAUSE_ENDS = ",;:。";

  /** Comparison signs that may open a figure (分别为≥95%、≥90%). */
  private static final String SIGNS = "≥≤<>=";

  /**
   * {@code s} (normalised) with each clause of names and figures paired by 分别 written out as one
   * clause per name, joined by commas; {@code s} itself when it has none.
   */
  public static String expand(String s) {
    int at = s.indexOf("分别");
    if (at < 0) {
      return s; // nearly every text
    }
    StringBuilder out = null;
    int copied = 0;
    while (at >= 0) {
      int start = clauseStart(s, at);
      int end = clauseEnd(s, at + 2);
      String written = start < copied ? null : writtenOut(s.substring(start, at), s.substring(at + 2, end));
      if (written != null) {
        out = out == null ? new StringBuilder(s.length() + 16) : out;
        out.append(s, copied, start).append(written);
        copied = end;
      }
      at = s.indexOf("分别", Math.max(end, at + 2));
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static int clauseStart(String s, int at) {
    int i = at;
    while (i > 0 && CLAUSE_ENDS.indexOf(s.charAt(i - 1)) < 0) {
      i--;
    }
    while (i < at && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int clauseEnd(String s, int from) {
    int i = from;
    while (i < s.length() && CLAUSE_ENDS.indexOf(s.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** The clause written out name by name, or null when its names and figures do not pair. */
  private static @Nullable String writtenOut(String before, String after) {
    List<String> names = names(before);
    if (names.size() < 2 || names.size() > MOST) {
      return null;
    }
    int verbEnd = 0;
    while (verbEnd < after.length() && !isAsciiDigit(after.charAt(verbEnd)) && SIGNS.indexOf(after.charAt(verbEnd)) < 0) {
      verbEnd++;
    }
    if (verbEnd == after.length() || verbEnd > LONGEST_VERB) {
      return null;
    }
    String verb = after.substring(0, verbEnd);
    List<String> figures = ListSplitter.splitOn(after.substring(verbEnd), '、');
    if (figures.size() != names.size()) {
      return null;
    }
    String last = figures.get(figures.size() - 1);
    int lastNumberEnd = numberEnd(last);
    if (lastNumberEnd < 0) {
      return null;
    }
    String afterLastNumber = last.substring(lastNumberEnd); // 元/月以上: what a bare figure before it takes
    // the names of one length and a longer last: the last carries words every name shares; one
    // name of three or more before it says too little of where the last ends (幼儿园、小学学生),
    // unless the last ends there as it does (城市低保、农村低保补差水平)
    int length = names.get(0).length();
    String lastName = names.get(names.size() - 1);
    boolean even = length <= 2 || names.size() > 2
        || (lastName.length() > length && lastName.charAt(length - 1) == names.get(0).charAt(length - 1));
    for (int k = 0; k < names.size() - 1; k++) {
      even &= names.get(k).length() == length;
    }
    String shared = even && lastName.length() > length ? lastName.substring(length) : "";
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      String figure = figures.get(k);
      int numberEnd = numberEnd(figure);
      if (numberEnd < 0) {
        return null;
      }
      boolean bare = numberEnd == figure.length();
      String name = k < names.size() - 1 ? names.get(k) + shared : lastName;
      out.append(k == 0 ? "" : ",").append(name).append(verb).append(figure).append(bare && k < names.size() - 1 ? afterLastNumber : "");
    }
    return out.toString();
  }

  /**
   * The names before 分别: pieces between 、, or the two sides of one 和, 与 or 及; none when a name
   * is blank, starts with a digit, or one before the last is longer than {@value #LONGEST_NAME}.
   */
  private static List<String> names(String before) {
    List<String> names = ListSplitter.splitOn(before, '、');
    if (names.size() < 2) {
      names = new ArrayList<>(2);
      for (char and : new char[] {'和', '与', '及'}) {
        int i = before.indexOf(and);
        if (i > 0 && i == before.lastIndexOf(and) && i < before.length() - 1) {
          names.add(before.substring(0, i).strip());
          names.add(before.substring(i + 1).strip());
          break;
        }
      }
    }
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      if (name.isEmpty() || !Chars.isCjk(name.charAt(0)) || (k < names.size() - 1 && name.length() > LONGEST_NAME)) {
        return List.of();
      }
    }
    return names;
  }

  /**
   * Where the number of a figure ({@code ≥95}, {@code 600}, {@code 1.5}) ends, or -1 when the
   * text is no figure opening with a digit after its signs.
   */
  private static int numberEnd(String figure) {
    int i = 0;
    while (i < figure.length() && SIGNS.indexOf(figure.charAt(i)) >= 0) {
      i++;
    }
    if (i == figure.length() || !isAsciiDigit(figure.charAt(i))) {
      return -1;
    }
    while (i < figure.length() && (isAsciiDigit(figure.charAt(i)) || figure.charAt(i) == '.')) {
      i++;
    }
    return i;
  }
}
