package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a denial of the thing an indicator counts covers all of it. A denial covers only a part when a word before
 * the thing grades or sorts its occurrences within its field (未发生重大安全事故, 不存在较大火灾事故 — 严重程度 a grade;
 * 未发生群众集体上访, 无恶意投诉 — 方式 a manner) and the name and target do not
 * narrow it the same way or further (重大安全事故发生次数 | 未发生重大安全事故 covers it; 较大以上事故 |
 * 未发生重特大事故 does not: 较大 ones are left). Words naming the field or a party (安全生产, 食品, 群众, 施工), a cause
 * (因项目引发的: the form speaks of the project's own work), a count of one (任何, 一起) and 有效 (a complaint that does
 * not stand is no complaint of the work) narrow nothing. Also: the same wrong in other words (违规收费 is 乱收费).
 */
public final class DenialScope {
  private DenialScope() {}

  /** What a denial leaves unanswered: the thing it denies, and the word narrowing it to a part (null: another thing). */
  public record Unanswered(String denied, @Nullable String narrowing) {}

  /**
   * Grades of severity, lowest first by level (一般 0, 较大 1, 重大 and 重特大 2, 特大 and 特别重大 3), looked for longest
   * first; a grade denied is that grade and above (未发生重大事故 conventionally denies 特大 ones too), and 一般, the
   * lowest grade of accidents, fires and incidents, covers them all (未发生一般以上安全事故).
   */
  private static final List<String> GRADES = List.of("特别重大", "重特大", "特大", "重大", "较大", "一般");

  private static final int[] LEVELS = {3, 2, 3, 2, 1, 0};

  /**
   * Words that sort occurrences by manner, fault or extent, outside the ladder of grades: a denial holding one denies
   * only those so sorted, unless the name or target holds it (or its other word: 集体 and 群体 name one manner).
   */
  private static final List<String> SORTS =
      List.of("严重", "明显", "集体", "群体性", "群体", "越级", "恶意", "重复", "非正常", "实名", "大规模", "大面积", "批量");

  /** Manners named by two words: 集体上访 is a 群体性上访. */
  private static final List<List<String>> SAME_SORT = List.of(List.of("集体", "群体性", "群体"));

  /**
   * Where in {@code words} (what stands between a denial and its thing, or before a thing a bare denial follows) the word
   * narrowing the denial to a part of what {@code n} (name and target, normalised) counts starts, or -1 when none does.
   */
  public static int narrowingAt(String n, String words) {
    int nameLevel = gradeLevel(n);
    int lowest = Integer.MAX_VALUE;
    int lowestAt = -1;
    for (int k = 0; k < words.length(); k++) {
      int g = gradeAt(words, k);
      if (g >= 0) {
        int end = k + GRADES.get(g).length();
        if (LEVELS[g] < lowest && qualifiesTheThing(words, end)) {
          lowest = LEVELS[g]; // grades listed (重大、特大, 一般及重大) deny the lowest of them and above
          lowestAt = k;
        }
        k = end - 1;
        continue;
      }
      String sort = Chars.firstAt(words, k, SORTS);
      if (sort != null && !namesSort(n, sort) && qualifiesTheThing(words, k + sort.length())) {
        return k;
      }
    }
    return lowest > nameLevel ? lowestAt : -1; // 重大 under a name of all accidents, 重特大 under 较大以上
  }

  /**
   * Words that may stand between a grade or sort and the thing it qualifies: the thing's field or party ({@link
   * OccurrenceDenials#KINDS}), other grades and sorts, and the marks of a list or a bound (、, 及, 以上, 的, 性).
   */
  private static final List<String> QUALIFIERS_BETWEEN = qualifiersBetween();

  private static List<String> qualifiersBetween() {
    List<String> words = new ArrayList<>(OccurrenceDenials.KINDS);
    words.addAll(GRADES);
    words.addAll(SORTS);
    words.addAll(List.of("及以上", "以上", "、", "和", "及", "与", "或", "的", "性", "类", "级"));
    words.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(words);
  }

  /**
   * Whether the grade or sort ending at {@code from} qualifies the thing that follows {@code words}: nothing but words of
   * {@link #QUALIFIERS_BETWEEN} stands between (群众集体上访, 严重质量问题, 重大、特大安全事故); not 重复申领、虚报冒领
   * (the repeat is of the claim), 村集体资金被挪用 (集体 owns the funds), 责任区安全事故 (a place).
   */
  private static boolean qualifiesTheThing(String words, int from) {
    int k = from;
    while (k < words.length()) {
      String w = Chars.firstAt(words, k, QUALIFIERS_BETWEEN);
      if (w == null) {
        return false;
      }
      k += w.length();
    }
    return true;
  }

  /**
   * Whether a later item of the list the thing heads, at {@code from} of {@code s} right after the thing, is the same
   * thing of a grade {@code n} counts (未发生重大安全事故和一般安全事故: the whole is denied after all).
   */
  public static boolean listedWhole(String n, String s, int from, String thing) {
    int nameLevel = gradeLevel(n);
    int k = from;
    while (k < s.length() && "、和及与或".indexOf(s.charAt(k)) >= 0) {
      int p = k + 1;
      int level = -1;
      for (String w = Chars.firstAt(s, p, QUALIFIERS_BETWEEN); w != null && !s.startsWith(thing, p); w = Chars.firstAt(s, p, QUALIFIERS_BETWEEN)) {
        int g = gradeAt(s, p);
        level = g >= 0 ? Math.max(level, LEVELS[g]) : level;
        p += w.length();
      }
      if (!s.startsWith(thing, p)) {
        return false;
      }
      if (level <= nameLevel) {
        return true;
      }
      k = p + thing.length();
    }
    return false;
  }

  /** The narrowing word starting at {@code at} of {@code words} (a position {@link #narrowingAt} found). */
  public static String wordAt(String words, int at) {
    int g = gradeAt(words, at);
    String sort = Chars.firstAt(words, at, SORTS);
    return g >= 0 ? GRADES.get(g) : sort != null ? sort : words.substring(at, at + 1);
  }

  /** The lowest grade {@code n} names (较大以上事故: 1), or 0 when it names none: it counts every grade. */
  private static int gradeLevel(String n) {
    int level = Integer.MAX_VALUE;
    boolean any = false;
    for (int k = 0; k < n.length(); k++) {
      int g = gradeAt(n, k);
      if (g >= 0) {
        level = Math.min(level, LEVELS[g]);
        any = true;
        k += GRADES.get(g).length() - 1;
      }
    }
    return any ? level : 0;
  }

  private static int gradeAt(String s, int k) {
    for (int g = 0; g < GRADES.size(); g++) {
      if (s.startsWith(GRADES.get(g), k)) {
        return g;
      }
    }
    return -1;
  }

  private static boolean namesSort(String n, String sort) {
    if (n.contains(sort)) {
      return true;
    }
    for (List<String> same : SAME_SORT) {
      if (same.contains(sort)) {
        for (String w : same) {
          if (n.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Wrongs to those served by their everyday name (乱收费) and the acts they are (收费): 违规收费 is 乱收费. */
  private static final List<String> DISORDERLY = List.of("乱收费", "乱罚款", "乱摊派");

  /** General wrongs that with the act name the same wrong as a word of {@link #DISORDERLY} (违规收费, 违法罚款). */
  private static final List<String> BREACHES = List.of("违规", "违法");

  /**
   * Whether the thing denied at {@code at} of {@code s}, {@code thing}, is the wrong {@code n} counts in other words:
   * 违规收费 under 乱收费现象, 乱收费 under 违规收费次数 (the same act, done against the rules).
   */
  public static boolean sameWrong(String n, String s, int at, String thing) {
    for (String d : DISORDERLY) {
      String act = d.substring(1);
      if (BREACHES.contains(thing) && s.startsWith(act, at + thing.length()) && n.contains(d)) {
        return true; // 未发生违规收费 under 乱收费现象
      }
      if (thing.equals(d)) {
        for (String b : BREACHES) {
          if (n.contains(b + act)) {
            return true; // 未发现乱收费现象 under 违规收费次数
          }
        }
      }
    }
    return false;
  }
}
