package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Measures named after the work done (完成值, 完成数, 完成量, 完成数量, 完成度, 完成额; 实际完成值为0): nouns
 * that a figure follows, not a claim that the work was done. Read as 完成, 实际完成值为0 said the
 * target was met in full. A name is one only when a figure follows it, after 为, 是, 达, 仅, 只, = or a
 * colon or nothing: 完成量化考核, 完成数据采集, 完成数十项工程 and 完成度假村建设 are work done, and 实际完成值：是
 * answers yes. The vocabulary's decoys name the other measures (完成率, 完成进度, 完成情况, 完成时间).
 */
public final class CompletionNouns {
  private CompletionNouns() {}

  /** What a measure's name adds to 完成, longest first. */
  private static final List<String> MEASURES = List.of("数量", "值", "数", "量", "度", "额");

  /** The measures a zero may be stated by: {@link #MEASURES} and the vocabulary's. */
  private static final List<String> STATED_BY = List.of("数量", "进度", "值", "数", "量", "度", "额", "率");

  /** Words between a measure's name and its value (完成值为0, 完成数量仅为0). */
  private static final List<String> COPULAS = List.of("仅为", "只有", "仅有", "为", "是", "达", "仅", "只", ":", "=");

  /**
   * Words before a measure that make it a count of what is left (未完成数, 待完成数, 剩余完成量): its zero is the aim.
   */
  private static final List<String> SHORT = List.of("未", "没", "不", "无", "待", "剩余", "尚需");

  /** Words of what is to be avoided that {@link Absence#namesUnwanted} does not list: 延期交付次数, 工程缺陷数, 群众负担. */
  private static final List<String> AVOIDED = List.of("延误", "超期", "超时", "滞后", "延期", "缺陷", "不合格", "返工", "负担", "未按", "失败", "错误");

  /** What a measure may be of without naming anything but the indicator's own work: 实际完成值, 全年完成数. */
  private static final List<String> OWN =
      List.of("实际", "全年", "年度", "本年度", "本年", "当年", "项目", "累计", "总", "目前", "指标", "任务", "工作", "的", "已", "共");

  /** What a zero stated by a measure of the work says. */
  public enum Zero {
    /** 实际完成值为0: none of the work was done. */
    NOTHING_DONE,
    /** 安全事故完成值为0, 待完成数为0: none of what was to be avoided, or left, happened. */
    NONE_OF_THE_UNWANTED
  }

  /** A zero a measure states, the words that state it and what it says. */
  public record StatedZero(String words, Zero says) {}

  /**
   * The end of the measure's name that the completion word ending at {@code at} heads (实际完成值为0:
   * after 值), or -1 when the word heads none.
   */
  public static int nameEnd(String s, int at) {
    for (String measure : MEASURES) {
      if (s.startsWith(measure, at)) {
        int end = at + measure.length();
        if (measure.equals("数") && end < s.length() && "十百千万".indexOf(s.charAt(end)) >= 0) {
          return -1; // 完成数十项: some tens of items
        }
        return figureAt(s, afterCopula(s, end)) ? end : -1;
      }
    }
    return -1;
  }

  /**
   * The zero a measure of the work states (完成值为0, 完成数量为零, 完成进度为0, 完成率为0), or null: 完成 and a
   * measure's name, a copula, then a zero that no digit or decimal continues (not 0.5, 05, 零点五). Of what was to be
   * avoided or is left (安全事故完成值为0, 未按期完成数为0, 待完成数为0) it says none of it happened; of the indicator's
   * own work (实际完成值为0, 全年完成数为0) that nothing was done; of anything else (上半年完成值为0, A标段完成值为0,
   * 培训完成数为0) nothing is read.
   */
  public static @Nullable StatedZero zeroStated(String s) {
    for (int at = s.indexOf("完成"); at >= 0; at = s.indexOf("完成", at + 2)) {
      int end = at + 2;
      String measure = null;
      for (String m : STATED_BY) {
        if (s.startsWith(m, end)) {
          measure = m;
          break;
        }
      }
      if (measure == null) {
        continue;
      }
      int zero = zeroEnd(s, afterCopula(s, end + measure.length()));
      if (zero < 0) {
        continue;
      }
      String subject = subject(s, at);
      Zero says = avoidedOrLeft(subject) ? Zero.NONE_OF_THE_UNWANTED : ownWork(subject) ? Zero.NOTHING_DONE : null;
      if (says != null) {
        return new StatedZero(s.substring(Math.max(Clauses.clauseStart(s, at), at - subject.length()), zero), says);
      }
    }
    return null;
  }

  /** The words of the clause before {@code at}, less a list's number (1. 2、 (1)). */
  private static String subject(String s, int at) {
    String before = s.substring(Clauses.clauseStart(s, at), at).strip();
    int k = 0;
    while (k < before.length() && (isAsciiDigit(before.charAt(k)) || ChineseNumerals.isStart(before.charAt(k)) || ".、()".indexOf(before.charAt(k)) >= 0)) {
      k++;
    }
    return before.substring(k);
  }

  /** Whether the words before a measure name only the indicator's own work: nothing, 实际, 全年, 项目 …. */
  private static boolean ownWork(String subject) {
    String rest = subject;
    for (String word : OWN) {
      rest = rest.replace(word, "");
    }
    return rest.isEmpty();
  }

  /**
   * Whether {@code words} (an indicator's name, or the words before a measure) name what is to be avoided (安全事故,
   * 延期交付次数, 工程缺陷数, 不合格批次): a zero of it is the aim.
   */
  public static boolean namesTheAvoided(String words) {
    if (Absence.namesUnwanted(words)) {
      return true;
    }
    for (String word : AVOIDED) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean avoidedOrLeft(String subject) {
    return namesTheAvoided(subject) || Chars.startsWithAny(subject, 0, SHORT) || endsWithAny(subject, SHORT);
  }

  private static boolean endsWithAny(String s, List<String> words) {
    for (String w : words) {
      if (s.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static int afterCopula(String s, int k) {
    for (String copula : COPULAS) {
      if (s.startsWith(copula, k)) {
        return k + copula.length();
      }
    }
    return k;
  }

  private static boolean figureAt(String s, int k) {
    return k < s.length() && (isAsciiDigit(s.charAt(k)) || ChineseNumerals.isStart(s.charAt(k)) || s.charAt(k) == '零' || s.charAt(k) == '〇');
  }

  /** The end of a zero at {@code k} (0, 0%, 零, 〇, 0.0) that no other digit continues, else -1. */
  private static int zeroEnd(String s, int k) {
    if (k >= s.length()) {
      return -1;
    }
    char c = s.charAt(k);
    if (c == '零' || c == '〇') {
      return k + 1 < s.length() && (ChineseNumerals.isStart(s.charAt(k + 1)) || s.charAt(k + 1) == '点') ? -1 : k + 1; // 零点五 is no zero
    }
    if (c != '0') {
      return -1;
    }
    int e = k + 1;
    if (e + 1 < s.length() && s.charAt(e) == '.' && isAsciiDigit(s.charAt(e + 1))) {
      e++;
      while (e < s.length() && s.charAt(e) == '0') {
        e++;
      }
      if (e < s.length() && isAsciiDigit(s.charAt(e))) {
        return -1; // 0.5
      }
    } else if (e < s.length() && isAsciiDigit(s.charAt(e))) {
      return -1; // 05
    }
    return e < s.length() && s.charAt(e) == '%' ? e + 1 : e;
  }
}
