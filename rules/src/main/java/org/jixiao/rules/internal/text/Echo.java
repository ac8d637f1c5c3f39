package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Unit;

/**
 * Whether an actual restates its target: the whole target ({@code 明显改善 / 明显改善},
 * {@code 省级示范点 / 省级示范点}), the actual inside the target when it is most of it and keeps
 * the change the target asks for ({@code 全天候可用 / 全天候}, not {@code 服务范围扩大 / 服务范}),
 * or the target inside the actual ({@code 按时 / 按时完成}). Spaces, punctuation and a leading 定性
 * (the 指标性质 cell joined to the value) are ignored. A longer target restated with its verb of
 * change moved and stated as done (提升服务水平… / …服务水平得到提升) is an echo too
 * ({@link #reordered}). A target that is a grade scale (优良中低差, 好坏) repeated as the actual is
 * no answer.
 */
public final class Echo {
  private Echo() {}

  /** What the actual is to the target. */
  public enum Kind {
    /** The actual restates the target. */
    ECHO,
    /** The actual repeats the target's grade scale instead of choosing a grade. */
    SCALE,
    /** The actual restates the target's words and denies them: 不规范 / 规范, 制度不健全 / 制度健全. */
    DENIED,
    /** The actual denies the target's words of part of what it covers: 个别单位档案管理不规范. */
    DENIED_IN_PART,
    /** Neither. */
    NONE
  }

  /** Verbs of change a qualitative target asks for: 提升, 改善, 增强 … */
  public static final java.util.List<String> CHANGES = // at most 64: Echo.changes keeps one bit each
      java.util.List.of("提升", "提高", "改善", "增强", "增加", "增长", "加强", "减少", "降低", "下降", "减轻", "缓解", "落实", "完善",
          "推进", "推动", "促进", "带动", "保障", "改进", "好转", "优化", "扩大", "发挥", "实现", "达到", "达成", "满足", "执行", "遏制",
          "控制", "解决", "规范", "完成", "巩固", "见效", "增收", "增多", "节约", "发展", "恢复", "健全", "强化", "普及", "覆盖", "成效",
          "效果", "收效");

  private static final String TOP_GRADES = "优好高";

  /** The longest target an echo is looked for in, in characters. */
  private static final int MAX_ECHO = 200;
  private static final String BOTTOM_GRADES = "差坏低";

  /** Compares a target with its actual, both as printed. */
  public static Kind of(String target, String actual) {
    String t = core(target);
    String a = core(actual);
    if (t.isEmpty() || a.isEmpty()) {
      return Kind.NONE;
    }
    boolean same = t.equals(a);
    if (same && isScale(t)) {
      return Kind.SCALE;
    }
    if (same) {
      return Kind.ECHO;
    }
    if (t.length() > MAX_ECHO || a.length() > 3 * MAX_ECHO) {
      return Kind.NONE; // an echo is a short answer; and containment of long texts could cost n·m
    }
    // the word tests first: most pairs are no echo by them, and then the figures need no scan
    if (!restatesInWords(t, a) && !restatesLasting(t, a)) {
      return Kind.NONE;
    }
    if (QuantityScanner.hasQuantity(t) || isScale(t) || QuantityScanner.hasQuantity(a) && !onlyCountsOfWork(a)) {
      return Kind.NONE; // figures are compared as figures, not as words: 完成 / 完成率60% is no echo
    }
    return Denials.of(t, a, IndicatorTexts.normalize(actual).strip());
  }

  /**
   * Whether every figure of {@code a} counts or measures the work done in a unit of the list (新修村内道路2.3公里, 带动126户):
   * none a share, a bare number, a date, a time or money, which may say how much of the target was met (完成率60%, 完成60). Beside a target with no
   * figure such counts say what was done, and the words restating the target say it was met.
   */
  private static boolean onlyCountsOfWork(String a) {
    List<Found> found = QuantityScanner.scan(a);
    for (Found f : found) {
      if (!f.figure()) {
        return false;
      }
      Unit unit = f.quantity().unit();
      if (Unit.of(unit.symbol()).isEmpty() || unit.equals(Unit.NONE) || unit.isShare() || unit.isMoney() || unit.isDuration()) {
        return false; // a unit of no list (60明显 reads 明 as one) says nothing of what was done
      }
    }
    return !found.isEmpty();
  }

  /**
   * Whether the actual restates the target in words (the cores, which differ): one inside the
   * other and most of it, or a short target's verb of change stated again.
   */
  static boolean restatesInWords(String t, String a) {
    if (t.length() >= 2 && a.contains(t) && a.length() <= 3 * t.length()) {
      return true;
    }
    if (a.length() >= 2 && t.contains(a) && 2 * a.length() >= t.length()) {
      return !dropsAChangeOfDegree(t, a);
    }
    if (t.length() <= 8) {
      for (String verb : CHANGES) {
        if (t.contains(verb) && (a.contains(verb) && !stillToDo(a, verb) || saysWithAnother(verb, a))) {
          return true; // 有所提升 / 养老服务提升: the change asked for is stated (明显提升 / 不断提高: in another word)
        }
      }
      return false;
    }
    return reordered(t, a);
  }

  /**
   * Verbs of a result that say the same change, each group one way: a short target's verb stated in
   * another of its group is stated (明显提升 / 不断提高, 降低发病率 / 发病率下降). Not verbs of an
   * activity (加强, 推进, 健全), which an actual names as work done or still to do (加强宣传).
   */
  private static final java.util.List<java.util.List<String>> SAME_CHANGES =
      java.util.List.of(
          java.util.List.of("提升", "提高"),
          java.util.List.of("改善", "好转"),
          java.util.List.of("减少", "降低", "下降", "减轻"),
          java.util.List.of("增加", "增长", "增多"));

  /** Words before a verb that leave its change to be made (有待提升, 仍需提高, 还需进一步改善). */
  private static final java.util.List<String> STILL_TO_DO =
      java.util.List.of("有待", "仍需", "还需", "尚需", "亟需", "亟待", "需要", "需", "待");

  /** Words after a verb that make it a noun of what is left (提升空间较大, 提高难度大). */
  private static final java.util.List<String> LEFT_AFTER = java.util.List.of("空间较", "空间很", "空间大", "空间仍", "空间还", "难度");

  /**
   * Whether the first {@code verb} of {@code a} is still to be done: a word of {@link #STILL_TO_DO}
   * before it, 进一步 between allowed, or one of {@link #LEFT_AFTER} after it.
   */
  private static boolean stillToDo(String a, String verb) {
    int v = a.indexOf(verb);
    int p = v >= 3 && a.startsWith("进一步", v - 3) ? v - 3 : v;
    for (String w : STILL_TO_DO) {
      if (p >= w.length() && a.startsWith(w, p - w.length())) {
        return true;
      }
    }
    int end = v + verb.length();
    for (String w : LEFT_AFTER) {
      if (a.startsWith(w, end)) {
        return true;
      }
    }
    // 推进中 ending its clause is going on; 提升中小学教育质量 is no such 中
    return a.startsWith("中", end) && (end + 1 == a.length() || !Chars.isCjk(a.charAt(end + 1)));
  }

  /** Whether {@code a} holds another verb of {@code verb}'s group in {@link #SAME_CHANGES}. */
  private static boolean saysWithAnother(String verb, String a) {
    for (java.util.List<String> group : SAME_CHANGES) {
      if (group.contains(verb)) {
        for (String other : group) {
          if (!other.equals(verb) && a.contains(other) && !stillToDo(a, other)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Words of lasting, one another's restatement: 长期 / 持续, 长效 / 长期 (可持续 holds 持续). */
  private static final java.util.List<String> LASTING = java.util.List.of("长期", "长效", "长久", "持久");

  /**
   * Whether the cores restate each other once their words of lasting are one (长期 / 持续, 长期有效 /
   * 持续有效, 长期 / 长效): a 可持续影响 target and its answer often say it in two of them.
   */
  private static boolean restatesLasting(String t, String a) {
    if (!mayLast(t) || !mayLast(a)) {
      return false; // the short target first: most name no lasting
    }
    String lt = lasting(t);
    String la = lasting(a);
    if (lt == t && la == a) {
      return false; // no word of lasting: the test above said all
    }
    // the same once made one, or most of the target (长期有效 / 持续); not the actual holding more
    // (持续时间短, 持续下降: a word of lasting with something else said of it)
    if (lt.equals(la) || (la.length() >= 2 && lt.contains(la) && 2 * la.length() >= lt.length() && !dropsAChangeOfDegree(lt, la))) {
      return true;
    }
    // the target stated with a result of lasting (长期 / 持续发挥作用, 可持续): not with anything else (持续下降)
    int at = la.indexOf(lt);
    return lt.length() >= 2 && at >= 0 && LASTING_RESULTS.contains(la.substring(0, at) + la.substring(at + lt.length()));
  }

  /** What may stand beside a target's words of lasting in an actual that restates them. */
  private static final java.util.List<String> LASTING_RESULTS =
      java.util.List.of("可", "发挥作用", "发挥效益", "发挥效用", "受益", "有效", "运行", "见效", "可发挥作用");

  /** Whether {@code s} may hold a word of lasting or 持续: one of their characters 长, 久, 持 (one pass). */
  private static boolean mayLast(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '长' || c == '久' || c == '持') {
        return true;
      }
    }
    return false;
  }

  /** {@code s} with its words of {@link #LASTING} as 持续; {@code s} itself when it holds none. */
  private static String lasting(String s) {
    if (s.indexOf('长') < 0 && s.indexOf('久') < 0) {
      return s;
    }
    String r = s;
    for (String w : LASTING) {
      r = r.replace(w, "持续");
    }
    return r.equals(s) ? s : r;
  }

  /**
   * Verbs of a change in degree (more, less, better): what a target asks to change by one of them
   * is named in the actual whether or not it changed.
   */
  static final java.util.List<String> CHANGES_OF_DEGREE =
      java.util.List.of("提升", "提高", "改善", "增强", "增加", "增长", "加强", "减少", "降低", "下降", "减轻", "缓解", "完善", "改进",
          "好转", "优化", "扩大", "强化", "促进", "推进", "带动", "健全", "增收", "节约", "巩固");

  /**
   * Whether an actual found inside its target leaves out the target's verb of a change in degree:
   * 服务范 of 服务范围扩大 (a cell cut short) or 服务质量 of 服务质量提升 names what was to change,
   * not that it changed, so it restates nothing. An actual that keeps the state asked for and
   * drops a word that is no such verb (全天候 of 全天候可用, 学校正常运转 of 保障学校正常运转) still
   * restates it.
   */
  private static boolean dropsAChangeOfDegree(String t, String a) {
    for (String verb : CHANGES_OF_DEGREE) {
      if (t.contains(verb) && !a.contains(verb)) {
        return true;
      }
    }
    return false;
  }

  /** Words that state a change happened without adding to what changed: 得到提升, 有了进一步提升. */
  private static final java.util.List<String> FILLERS = java.util.List.of("有了进一步", "进一步", "得到了", "得到", "得以", "有所", "有了", "了", "已", "均");

  /**
   * A longer target restated with its verb of change moved and the change stated as done: 提升各街道
   * 就业服务队伍业务素质 / 各街道就业服务队伍业务素质有了进一步提升, 改善全镇群众出行条件 / 全镇群众出行
   * 条件得到改善. The two are the same once the shared verb and those fillers are taken out; an
   * actual stating a negation or shortfall (未得到改善) is no restatement.
   */
  static boolean reordered(String t, String a) {
    // the verbs both hold, found in one pass over each (not an indexOf per verb), tried in order
    long both = changes(t) & changes(a);
    for (int k = 0; both != 0 && k < CHANGES.size(); k++) {
      if ((both & (1L << k)) == 0) {
        continue;
      }
      String verb = CHANGES.get(k);
      int tv = t.indexOf(verb);
      int av = a.indexOf(verb);
      String rest = withoutFillers(t.substring(0, tv) + t.substring(tv + verb.length()));
      if (rest.length() >= 6 && rest.equals(withoutFillers(a.substring(0, av) + a.substring(av + verb.length())))) {
        return Clauses.shortfalls(a).isEmpty();
      }
    }
    return false;
  }

  /** The first characters of the verbs of change: where one can start. */
  private static final CharSet CHANGE_STARTS = CharSet.of(c -> false).with(firstChars(CHANGES));

  /** The first character of each word: a set made from them, not by asking all 65 536 characters of every word. */
  private static char[] firstChars(java.util.List<String> words) {
    char[] out = new char[words.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = words.get(k).charAt(0);
    }
    return out;
  }

  static {
    if (CHANGES.size() > Long.SIZE) {
      throw new AssertionError("Echo.changes keeps one bit a verb of change: at most 64, not " + CHANGES.size());
    }
  }

  /** Which of the {@link #CHANGES} (one bit each, in their order) a text holds. */
  private static long changes(String s) {
    long found = 0;
    for (int i = 0; i < s.length(); i++) {
      if (CHANGE_STARTS.contains(s.charAt(i))) {
        for (int k = 0; k < CHANGES.size(); k++) {
          if (s.startsWith(CHANGES.get(k), i)) {
            found |= 1L << k;
          }
        }
      }
    }
    return found;
  }

  private static String withoutFillers(String s) {
    String out = s;
    for (String f : FILLERS) {
      out = out.replace(f, "");
    }
    return out;
  }

  /**
   * {@link Kind#SCALE} when {@link #of} would give it, else {@link Kind#NONE}: for a caller that
   * has no use for {@link Kind#ECHO}. Cheaper: the actual is cut to its core only when the
   * target's core is a grade scale, which nearly none is.
   */
  public static Kind scaleOnly(String target, String actual) {
    String t = core(target);
    if (t.isEmpty() || !isScale(t)) {
      return Kind.NONE;
    }
    return t.equals(core(actual)) ? Kind.SCALE : Kind.NONE;
  }

  /** 优良中低差, 好坏, 高中低: both a top and a bottom grade, nothing else. */
  static boolean isScale(String t) {
    boolean top = false;
    boolean bottom = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (TOP_GRADES.indexOf(c) >= 0) {
        top = true;
      } else if (BOTTOM_GRADES.indexOf(c) >= 0) {
        bottom = true;
      } else if ("良中较一般".indexOf(c) < 0) {
        return false;
      }
    }
    return top && bottom;
  }

  /** The text without spaces, punctuation and a leading 定性. */
  static String core(String text) {
    String s = IndicatorTexts.normalize(text).strip();
    if (s.startsWith("定性")) {
      s = s.substring(2);
    }
    char[] shared = CharArrays.of(s); // read only: other scanners of s read it too
    int first = 0; // the first character to drop: most texts keep them all and are returned as they are
    while (first < shared.length && kept(shared[first])) {
      first++;
    }
    if (first == shared.length) {
      return s;
    }
    // the kept characters moved up in one copy of the text: no builder to grow and inflate
    char[] chars = shared.clone();
    int k = first;
    for (int i = first + 1; i < chars.length; i++) {
      if (kept(chars[i])) {
        chars[k++] = chars[i];
      }
    }
    return new String(chars, 0, k);
  }

  private static boolean kept(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) // an ideograph, nearly every character: no space or punctuation
        || (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && ",;。.、:!?\"“”'‘’()[]【】《》".indexOf(c) < 0);
  }
}
