package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Measures named after the work done (完成值, 完成数, 完成量, 完成数量, 完成度, 完成额, 完成进度, 完成率) stated as zero:
 * 实际完成值为0 names what was done and says it was nothing, though its 完成 reads as a word that it was. The reading
 * of words is left as it is; {@code DeadlineScorer} asks this class so that such a 完成 does not count as work said to
 * be done beside work not yet due (全年实际完成值为0，因项目尚在建设工期内，未到完工日期: 东江 2020, a real row). Read
 * as nothing done wherever work was asked, it over-reached in four hostile reviews (a zero is as often the aim:
 * 安全事故, 剩余危房户数, 消除黑臭水体), and was dropped.
 */
public final class CompletionNouns {
  private CompletionNouns() {}

  /** What a measure's name adds to 完成, longest first. */
  private static final List<String> STATED_BY = List.of("数量", "进度", "值", "数", "量", "度", "额", "率");

  /** Units of incidents: a measure of them at zero (完成值为0起) counts what did not happen, not work undone. */
  private static final String INCIDENTS = "起宗例次件";

  /**
   * Whether the zero ending at {@code k} ends its clause after at most a unit of two characters (0户, 0万元), none of
   * incidents: 完成值为0起 counts what did not happen, 完成值为零差错 and 实际完成值为0（无错发漏发） name what the zero is of.
   */
  private static boolean endsWithAUnitAtMost(String s, int k) {
    if (k < s.length() && INCIDENTS.indexOf(s.charAt(k)) >= 0) {
      return false;
    }
    boolean afterZero = k > 0 && (s.charAt(k - 1) == '零' || s.charAt(k - 1) == '〇');
    for (int e = k; e <= Math.min(s.length(), k + (afterZero ? 0 : 2)); e++) {
      if (e == s.length() || Clauses.isClauseEnd(s.charAt(e)) || s.charAt(e) == '。') {
        return true;
      }
    }
    return false;
  }

  /** Words between a measure's name and its value (完成值为0, 完成数量仅为0). */
  private static final List<String> COPULAS = List.of("仅为", "只有", "仅有", "为", "是", "达", "仅", "只", ":", "=");

  /** What a measure may be of without naming anything but the indicator's own work: 实际完成值, 全年完成数. */
  private static final List<String> OWN =
      List.of("实际", "全年", "年度", "本年度", "本年", "当年", "今年", "项目", "累计", "总", "目前", "指标", "任务", "工作", "的", "已", "共", "本", "该");

  /**
   * The words of a zero a measure of the indicator's own work states (完成值为0, 实际完成数量为零, 完成进度为0, 完成率为0),
   * or null: 完成 and a measure's name, a copula, then a zero that no digit or decimal continues (not 0.5, 05, 零点五),
   * with nothing before it in its clause but words of the indicator's own work (实际, 全年, 本项目 …). A measure of
   * something else (安全事故完成值为0, 未按期完成数为0, 上半年完成值为0, A标段完成值为0) is none.
   */
  public static @Nullable String zeroStated(String s) {
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
      String subject = subject(s, at);
      if (zero > 0 && ownWork(subject) && endsWithAUnitAtMost(s, zero)) {
        return s.substring(Math.max(Clauses.clauseStart(s, at), at - subject.length()), zero);
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
    return Chars.withoutWords(subject, OWN).isEmpty();
  }

  private static int afterCopula(String s, int k) {
    for (String copula : COPULAS) {
      if (s.startsWith(copula, k)) {
        return k + copula.length();
      }
    }
    return k;
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
