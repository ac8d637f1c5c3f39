package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.Quantity;

/**
 * What is left undone of a floor target, which {@link Differences} reads as a shortfall from it:
 * 剩余20户未完成, 仍有200人未参加培训, 未完成人数20人, 有50人缺口, 缺50人. Read as the
 * level, 缺50人 against ≥ 200 人 earned 25 %; in a clause of 未完成 the figure was voided and the
 * words decided (70 %). A remainder is read only where the words leave no other sense: at the start
 * of its clause, of work not done (not a failure among work done, whom the work served, a later step
 * or a state), and not in a cell that says the rest was done after all.
 */
final class Remainders {
  private Remainders() {}

  /**
   * What is left undone (剩余20户未完成, 仍有200人未参加培训) or short on its own (缺50人, 还差50人, 有50人缺口):
   * words of a remainder before the figure and a negation after it within its clause, 差 or 缺 alone
   * at the start of a clause, or 有 or 存在 before a figure that a gap follows; where the words start,
   * or -1. Not a remainder that was done (还有20人获得表彰), a failure among work done (还有10人未通过考核,
   * 未达标), whom the work served (共有80名未成年人, 对有40户未改厕农户), nor a shortage of something else (缺编50人).
   */
  static int at(String s, int p, Quantity q) {
    int at = Differences.endingWith(s, p, SHORT_ALONE);
    if (at >= 0 && (at == 0 || Clauses.isClauseEnd(s.charAt(at - 1)) || "还尚仍".indexOf(s.charAt(at - 1)) >= 0)) {
      return at > 0 && "还尚仍".indexOf(s.charAt(at - 1)) >= 0 ? at - 1 : at; // 缺50人, 差50人: short by
    }
    int gapAt = Differences.endingWith(s, p, GAP_HOLDERS);
    if (gapAt < 0) {
      gapAt = Differences.endingWith(s, p, HOLDS); // 有50人缺口 at its clause's start; not 所有, 已有, 共有 …
    }
    gapAt = gapAt >= 0 && startsItsClause(s, gapAt) ? gapAt : -1;
    int gapEnd = Chars.startsWith(s, q.end(), "缺口") || Chars.startsWith(s, q.end(), "缺额") ? q.end() + 2 : Chars.startsWith(s, q.end(), "的缺口") ? q.end() + 3 : -1;
    if (gapAt >= 0 && gapEnd >= 0 && (gapEnd == s.length() || Clauses.isClauseEnd(s.charAt(gapEnd)))) {
      // 仍有50人缺口: a gap still open; not one filled or repaired after it (有20万元缺口，已由县财政兜底补足; 还有6处缺口，当月修复完毕)
      return Differences.containsAny(s.substring(gapEnd), FILLED) ? -1 : unlessAllDone(s, gapAt);
    }
    int undone = Differences.endingWith(s, p, UNDONE_BEFORE);
    if (undone >= 0) {
      return startsItsClause(s, undone) ? unlessAllDone(s, undone) : -1; // 未完成20人; not 完成上年度未完成20户的改造任务, made up
    }
    at = Differences.endingWith(s, p, LEFT_WORDS);
    boolean left = at >= 0 && startsItsClause(s, at) && undoneAfter(s, q.end()) && !Differences.containsAny(s.substring(q.end()), DONE_AFTER);
    return left ? unlessAllDone(s, at) : -1;
  }

  /**
   * {@code at}, or -1 when the cell says the whole was done in the end (截至6月底还有20户未完成，年底前已全部完成):
   * what was left was done. Asked only of a remainder found, not of every figure.
   */
  private static int unlessAllDone(String s, int at) {
    return Differences.containsAny(s, ALL_DONE) ? -1 : at;
  }


  /**
   * Whether the words at {@code at} start their clause, after nothing but words of when (目前, 截至年底 …):
   * a remainder the work was done on is an object (对剩余20户未脱贫户开展帮扶, 完成剩余15公里未硬化路段的硬化).
   */
  private static boolean startsItsClause(String s, int at) {
    int start = Clauses.clauseStart(s, at);
    if (start == at) {
      return true;
    }
    String before = s.substring(start, at).strip();
    return before.isEmpty() || WHEN.contains(before) || (before.startsWith("截至") && before.length() <= 8) || (before.startsWith("截止") && before.length() <= 8);
  }

  /** Words after a gap that say it was filled or repaired: 已由县财政兜底补足, 年内已招录到岗, 均已封堵, 当月修复完毕. */
  private static final List<String> FILLED =
      List.of("补足", "补齐", "到位", "招录", "解决", "填补", "封堵", "修复", "补充", "消除", "完毕", "兜底", "均已");

  /** Words of when or but before a remainder at the start of its clause: 目前还有20户未完成. */
  private static final List<String> WHEN = List.of("目前", "现", "但", "但是", "但仍", "其中", "年底", "年末", "至今", "到年底", "尚", "仍", "还");

  /** Words after a remainder that say it was done after all: 剩余100万元未支付工程款已于12月支付完毕. */
  private static final List<String> DONE_AFTER = List.of("完毕", "已于", "已完成", "已实现", "实现脱贫", "已全部");

  /** 差 or 缺 alone right before a figure: short by it. */
  private static final List<String> SHORT_ALONE = List.of("差", "缺");

  /** Words before a figure that a gap follows at the start of a clause: 有50人缺口, 存在50万元缺口. */
  private static final List<String> HOLDS = List.of("存在", "有");

  /** Words before a figure that a gap follows: 仍有50人缺口. */
  private static final List<String> GAP_HOLDERS = List.of("仍存在", "还存在", "尚存在", "仍有", "还有", "尚有");

  /** Words that the whole was done in the end: a remainder stated beside them was done too, or is a later step. */
  private static final List<String> ALL_DONE = List.of("全部完成", "已全部", "均已完成", "均已", "全面完成", "任务全部");

  /** Words of a remainder before a figure, undone when a negation follows it (剩余20户未完成, 尚余5个未验收). */
  private static final List<String> LEFT_WORDS =
      List.of("剩余的", "剩余", "尚余", "其余", "还剩", "剩下", "还有", "尚有", "仍有", "另有", "仅有", "只有");

  /** Words right before a figure that make it what was not done: 未完成20人, 尚未完成人数20人. */
  private static final List<String> UNDONE_BEFORE =
      List.of("尚未完成人数", "未完成人数", "尚未完成数", "未完成数", "尚未完成", "未完成", "尚未完工", "未完工", "尚未实施", "未实施");

  /** The most characters between a remainder's figure and its negation (剩余20户贫困户未脱贫). */
  private static final int UNDONE_REACH = 5;

  /**
   * Verbs of the work a target counts, which a remainder is left undone of after 未 or 没 (剩余20户未完成,
   * 仍有200人未参加培训, 未能实施); a success (未发现隐患, 未辍学), whom the work served (未满18周岁) and a
   * later step (未领取证书) have none. Work still to do (剩余20户正在施工, 将于下半年完成) is not read: as
   * often it is a later step or the beneficiaries' own (其余50名学员将于明年完成实习, 另有20家企业正在实施技术改造).
   */
  private static final List<String> WORK =
      List.of("完成", "实施", "开工", "施工", "建设", "建成", "竣工", "完工", "验收", "改造", "安装", "拨付", "发放", "到位", "落实", "开展", "启动", "参加",
          "参训", "培训", "脱贫", "搬迁", "签约", "办结", "整改", "采购", "支付", "硬化", "修复", "检测", "接种", "转移", "招录", "到岗", "知晓", "满意", "实现");

  /** Whether {@code [from, to)} of {@code s} holds a negation of the work (尚有20户未脱贫, 其余3个未验收). */
  static boolean negatedWorkIn(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if ((s.charAt(k) == '未' || s.charAt(k) == '没') && negatesWorkAt(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the 未 or 没 at {@code k} negates a verb of the work, 有, 能, 表示 or 再 between allowed (没有参加, 未能实施). */
  private static boolean negatesWorkAt(String s, int k) {
    int v = k + 1;
    for (String between : List.of("有", "能", "表示", "再")) {
      v += Chars.startsWith(s, v, between) ? between.length() : 0;
    }
    return Chars.startsWithAny(s, v, WORK);
  }

  /** Whether a negation of the work (未完成, 没有参加, 未能实施) follows {@code end} within its clause. */
  private static boolean undoneAfter(String s, int end) {
    int clauseEnd = Clauses.clauseEnd(s, end);
    for (int k = end; k < Math.min(clauseEnd, end + UNDONE_REACH); k++) {
      char c = s.charAt(k);
      if (Chars.isAsciiDigit(c)) {
        return false;
      }
      if (c == '未' || c == '没') {
        return negatesWorkAt(s, k);
      }
    }
    return false;
  }

}
