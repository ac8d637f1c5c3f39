package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.Quantity;

/**
 * Whether an indicator asks the total before 其中 or 含, or may ask a part after it, told by what the total's
 * own words say beside the name (review 62b, class L). A total whose clause says only that it was done
 * (320人次, 已完成8所, 开展15次, 累计2150人次) counts what the name names, and its parts are kinds of it: the
 * name asks a part only when it, or the target, holds every word of the part's (脱贫人口培训 against …（其中脱贫人口
 * 85人次）); 维修校舍 against 已完成8所（含结转项目2所） asks the 8, 送医下乡义诊 against 开展15次，其中巡回义诊6次
 * the 15. A total whose words are all the name's (培训 of 职业技能培训人次) leaves the rest of the name
 * (职业技能) to qualify it: a part sharing a character with that rest may be what it asks (妇女培训人数 against
 * 培训120人，其中女性45人; 建档立卡户危房改造 against 完成危房改造120户，其中脱贫户48户), else the total. A total
 * that names a thing the name does not (新增养老床位180张 under 医养结合床位) is not told here.
 */
public final class PartsAsked {
  private PartsAsked() {}

  /** What the words tell of the totals and the parts. */
  public enum Answer {
    /** A part may be what the name asks: the figures stay tied. */
    PART,
    /** The total is what the name asks. */
    TOTAL,
    /** The total's clause names something of its own: not told here. */
    UNTOLD
  }

  /**
   * Words of a total's clause that say only that it was done, when, and how much in all: 已完成, 开展, 累计, 共计,
   * 全年, 截至年底, 新增. What is left of the clause is the total's own words.
   */
  private static final List<String> DONE_ONLY =
      List.of("已经", "已完成", "完成", "开展", "举办", "组织", "实施", "进行", "发放", "建成", "实现", "达到", "达", "实际", "累计", "共计", "合计",
          "总计", "总共", "共有", "共", "全年", "本年度", "年度", "本年", "今年", "当年", "截至", "截止", "年底", "年末", "目前", "新增", "全部",
          "已", "了", "为", "计", "约", "有", "均", "年", "月", "日", "底", "度");

  private static final WordList DONE_ONLY_WORDS = WordList.of(DONE_ONLY);

  /** Characters of a part's words that name nothing (其中有, 为, 共计, 的, 等). */
  private static final String FILLERS = "有为共计的等约已均分别";

  /**
   * What the name {@code name} and the target {@code target} ask of the totals {@code levels} and the parts
   * {@code parts} of {@code text} (normalised), each part after 其中 or 含 ({@link FigureRoles#partAt}).
   */
  public static Answer of(List<Quantity> levels, List<Quantity> parts, String text, String name, String target) {
    for (Quantity q : parts) {
      if (!afterALevel(levels, text, FigureRoles.partAt(text, q.start()))) {
        return Answer.UNTOLD; // 计划改造100户（含维修加固30户），实际完成98户: a part of the plan, not of a level
      }
    }
    StringBuilder own = new StringBuilder();
    for (Quantity q : levels) {
      ownWords(text, q, own);
    }
    String named = name + target;
    if (own.length() == 0) {
      for (Quantity q : parts) { // the total counts what the name names: a part asked is named in full
        String words = partWords(text, q);
        if (!words.isEmpty() && allIn(words, named)) {
          return Answer.PART;
        }
      }
      return Answer.TOTAL;
    }
    if (name.isEmpty() || !allIn(own, name)) {
      return Answer.UNTOLD; // 新增养老床位180张 under 医养结合床位: the total names a thing of its own
    }
    String core = RestatedTargets.withoutMeasure(name);
    String rest = rest(core, own.toString());
    for (Quantity q : parts) {
      String words = partWords(text, q);
      if (words.isEmpty()) {
        continue;
      }
      if (allIn(words, named)) {
        return Answer.PART;
      }
      // 孤独症儿童 under 残疾儿童康复救助 (救助230人): a kind of what the rest names, in words of its own; but 女性
      // under 妇女培训人数 and 脱贫户 under 建档立卡户危房改造 may be the part asked in other words
      if (!kindOf(words, core, own.toString()) && anyIn(words, rest)) {
        return Answer.PART;
      }
    }
    return Answer.TOTAL;
  }

  /**
   * Whether the part's {@code words} end in a pair of adjacent ideographs of the name's {@code core} that the total's
   * {@code own} words do not hold, after words of their own: a kind of the thing the name names (寄宿制学生 of
   * 学生营养餐补助, C级危房 of 农村危房改造).
   */
  private static boolean kindOf(String words, String core, String own) {
    for (int i = 0; i + 1 < core.length(); i++) {
      char a = core.charAt(i);
      char b = core.charAt(i + 1);
      if (Chars.isCjk(a) && Chars.isCjk(b) && own.indexOf(a) < 0 && own.indexOf(b) < 0) {
        if (words.length() > 2 && words.endsWith(core.substring(i, i + 2))) {
          return true; // not 乡村医生 under 村医培训: the pair inside another word
        }
      }
    }
    return false;
  }

  /** Whether a level ends before the mark at {@code at} with no figure between (18个（其中, 15次，其中). */
  private static boolean afterALevel(List<Quantity> levels, String text, int at) {
    for (Quantity q : levels) {
      if (at >= 0 && q.end() <= at && Chars.firstAsciiDigit(text, q.end(), at) == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends the ideographs of the clause of the total {@code q} that are not words of {@link #DONE_ONLY}: before
   * it from the clause's start, after it up to a bracket or the clause's end (完成18个村的建设: 村的建设).
   */
  private static void ownWords(String text, Quantity q, StringBuilder own) {
    int from = Clauses.clauseStart(text, q.start());
    wordsOf(text, from, q.start(), own);
    int end = q.end();
    while (end < text.length() && !Clauses.isClauseEnd(text.charAt(end)) && text.charAt(end) != '(') {
      end++;
    }
    wordsOf(text, q.end(), end, own);
  }

  private static void wordsOf(String text, int from, int to, StringBuilder out) {
    int k = from;
    while (k < to) {
      char c = text.charAt(k);
      String done = DONE_ONLY_WORDS.at(text, c, k);
      if (done != null && k + done.length() <= to) {
        k += done.length();
        continue;
      }
      if (Chars.isCjk(c)) {
        out.append(c);
      }
      k++;
    }
  }

  /**
   * The words of the part {@code q}: from its 其中 or 含 (or its item's start) to its figure, after the last figure
   * or mark between (其中新建10个、改造8个: 改造), less words that name nothing.
   */
  private static String partWords(String text, Quantity q) {
    int from = FigureRoles.partWordsAt(text, q.start());
    int k = q.start();
    while (k > from && Chars.isCjk(text.charAt(k - 1))) {
      k--;
    }
    StringBuilder out = new StringBuilder(q.start() - k);
    for (int i = k; i < q.start(); i++) {
      if (FILLERS.indexOf(text.charAt(i)) < 0) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** The ideographs of the name's {@code core} (less its measure word: 人数, 户数) that {@code own} does not hold. */
  private static String rest(String core, String own) {
    StringBuilder out = new StringBuilder(core.length());
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if (Chars.isCjk(c) && own.indexOf(c) < 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether every ideograph of {@code words} stands in {@code in}. */
  private static boolean allIn(CharSequence words, String in) {
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (Chars.isCjk(c) && in.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether an ideograph of {@code words} stands in {@code in}. */
  private static boolean anyIn(String words, String in) {
    for (int i = 0; i < words.length(); i++) {
      if (in.indexOf(words.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
