package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * A group named by what it lacked, which the work then served: 有60名未就业高校毕业生实现就业, 对35户未脱贫户实施
 * 结对帮扶, 为10所未配备校医的学校配备了校医. Its 未 negates no work; read as one, the clause's figure was voided
 * and its words decided (70 %). A group with no work done on it after it (还有20户未脱贫户) is still what is
 * left, and one in a clause of a remainder or an addition (其余40名未入学适龄儿童劝返入学, 另有20公里未养护路段纳入
 * 下年度计划) is read by its words as before: the figure may be all that was done or beside it.
 */
final class Groups {
  private Groups() {}

  /**
   * Whether the 未 at {@code i} of {@code s} starts the name of a group (未就业人员, 未脱贫户, 未通硬化路的自然村)
   * that a verb of work done follows in its clause (实现就业, 实施帮扶, 完成改造, 配备了), not negated.
   */
  static boolean servedAt(String s, int i) {
    int end = i;
    while (end < s.length() && end < i + REACH + DONE_REACH && !Clauses.isClauseEnd(s.charAt(end))) {
      end++; // a bounded look: a run of 未 must not cost the square of its length
    }
    int start = i;
    while (start > 0 && start > i - BACK_REACH && !Clauses.isClauseEnd(s.charAt(start - 1))) {
      start--;
    }
    boolean clauseStart = start == 0 || Clauses.isClauseEnd(s.charAt(start - 1));
    if (clauseStart && Chars.startsWithAny(s, FigureRoles.afterWhen(s, start), FigureRoles.BESIDE)) {
      return false; // 此外还有5户未纳入建档立卡的边缘户也实现稳定增收: a remainder or an addition, read by its words as before
    }
    int head = -1;
    for (int k = i + 2; k < Math.min(end, i + 1 + REACH); k++) {
      char c = s.charAt(k);
      if (!Chars.isCjk(c)) {
        return false;
      }
      if (c == '的' && k + 1 < end && Chars.isCjk(s.charAt(k + 1))) {
        head = k + 1; // 未通硬化路的自然村
        break;
      }
      int h = headAt(s, k);
      if (h > 0) {
        head = k + h; // 未脱贫户, 未就业人员
        break;
      }
    }
    if (head < 0) {
      return false;
    }
    for (int k = head; k < end; k++) {
      char c = s.charAt(k);
      if (Clauses.isNegationStart(c) && k + 1 < end && !Chars.startsWith(s, k, "不断")) {
        return false; // 未脱贫户尚未实施帮扶: undone still
      }
      if (Chars.startsWithAny(s, k, DONE)) {
        return true;
      }
    }
    return false;
  }

  /** The length of a group's head at {@code k}, or 0. */
  private static int headAt(String s, int k) {
    for (String h : HEADS) {
      if (s.startsWith(h, k)) {
        return h.length();
      }
    }
    return 0;
  }

  /** The most characters from 未 to a group's head (未通硬化路的自然村: 6). */
  private static final int REACH = 9;

  /** The most characters from a group's head to the verb of the work done on it (实施结对帮扶). */
  private static final int DONE_REACH = 16;

  /** The most characters back from 未 to its clause's start, for words of a remainder there (此外还有5户未…). */
  private static final int BACK_REACH = 12;

  /** Words that end the name of a group after what it lacked: 未脱贫户, 未就业人员, 未达标学校. */
  private static final List<String> HEADS =
      List.of("户", "人员", "人口", "学生", "毕业生", "学校", "村", "家庭", "企业", "儿童", "群众", "居民", "对象", "老人", "残疾人", "劳动力", "地块", "路段", "危房",
          "站点", "单位");

  /** Verbs of work done on a group. */
  private static final List<String> DONE =
      List.of("实现", "完成", "配备", "进行", "纳入", "实施", "接受", "开展", "参加", "通过", "解决", "安置", "落实", "发放", "提供", "覆盖", "建成", "改造", "全部",
          "均已", "已", "劝返", "搬入", "入住", "签约", "补植", "核实", "帮扶");
}
