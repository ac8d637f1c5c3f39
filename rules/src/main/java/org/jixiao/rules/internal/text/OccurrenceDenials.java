package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.jspecify.annotations.Nullable;

/**
 * The denials of an occurrence that {@link Absence} reads besides a word of absence right before the thing: the broad
 * negations 没有 and 不存在, which deny a thing only when no work stands between (没有乱收费现象, 不存在违规使用资金情况; not
 * 没有及时处理投诉), and a denial naming nothing after it at its clause's end (全年零发生, 项目施工期间未发生), which denies
 * what the indicator counts as 未发生 alone does.
 */
public final class OccurrenceDenials {
  private OccurrenceDenials() {}

  /**
   * Words of {@link Absence#NONE_WORDS} that negate work as readily as they deny a thing (没有完成, 没有及时处理投诉,
   * 不存在困难): they deny an unwanted thing only when no word of {@link #WORK_ON} stands between.
   */
  private static final List<String> BROAD = List.of("没有", "不存在");

  /**
   * Words of work done on a thing: after 没有 or 不存在 they make the work what is denied (没有及时处理投诉, 没有整改安全隐患,
   * 没有对违纪问题进行处理, 没有杜绝乱收费), not the thing.
   */
  private static final List<String> WORK_ON =
      List.of("完成", "达到", "达成", "按", "及时", "对", "把", "将", "开展", "进行", "实施", "落实", "杜绝", "避免", "防止", "处理", "处置",
          "解决", "整改", "办结", "办理", "消除", "查处", "排查", "化解", "纠正", "回复", "答复", "受理", "核查", "上报", "报告", "得到");

  /** Denials of an occurrence that may name nothing after them. 零发生 and 无发生 are 零 or 无 and 发生. */
  private static final List<String> OCCURRENCE_DENIED =
      List.of("从未发生", "没有发生", "没有出现", "未发生", "未出现", "没发生", "没出现", "零发生", "无发生");

  /** What may close a bare denial of an occurrence (未发生此类情况; 零发生的目标 is no result: not here). */
  private static final List<String> TAILS = List.of("此类情况", "此类事件", "此类问题", "此类现象", "任何情况", "情况", "现象");

  /**
   * What alone may stand before a bare denial in its clause (全年零发生, 实现零发生, 本年度均未发生): a span or an aim; any
   * other words must name something unwanted (安全事故零发生) or end in a span (项目施工期间未发生).
   */
  private static final List<String> LEAD_INS =
      List.of("全年度", "全年", "本年度", "本年", "年度内", "年内", "当年", "今年", "年度", "目前", "至今", "一直", "均", "都", "已", "实现",
          "做到", "保持", "确保", "达到");

  /** Words ending a span before a bare denial (项目施工期间, 建设期内, 开展以来). */
  private static final List<String> SPAN_ENDS = List.of("期间", "期内", "以来", "过程中", "年内");

  /**
   * Whether the word of absence {@code word}, ending at {@code from}, is a broad negation with a word of work between it
   * and the unwanted thing at {@code thing}: the work is what it denies (没有及时处理投诉).
   */
  static boolean workDenied(String word, String s, int from, int thing) {
    if (!BROAD.contains(word)) {
      return false;
    }
    for (int k = from; k < thing; k++) {
      if (Chars.startsWithAny(s, k, WORK_ON)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a denial of {@link #OCCURRENCE_DENIED} at {@code i} names nothing after it, ending its clause (a word of
   * {@link #TAILS} allowed), with only a span or an aim before it in its clause, or something unwanted: 全年零发生,
   * 项目施工期间未发生, 安全事故零发生; not 资金拨付未发生 (work that did not happen).
   */
  static boolean bare(String s, char[] chars, int i) {
    String denial = Chars.firstAt(s, i, OCCURRENCE_DENIED);
    if (denial == null) {
      return false;
    }
    int end = i + denial.length();
    String tail = Chars.firstAt(s, end, TAILS);
    end += tail == null ? 0 : tail.length();
    if (end < chars.length && !Clauses.isClauseEnd(chars[end])) {
      return false;
    }
    int start = Clauses.clauseStart(s, i);
    int lead = Chars.backOver(s, i, start, LEAD_INS);
    while (lead > start && !Chars.isCjk(chars[lead - 1])) {
      lead--;
    }
    return lead == start || Chars.startOfEndingAt(s, lead, SPAN_ENDS) >= 0 || Absence.holdsUnwanted(s.substring(start, lead));
  }

  /** Unwanted words general enough to deny whatever a name counts (未发生任何问题, 无负面事件). */
  private static final List<String> GENERAL = List.of("问题", "事件", "负面", "不良");

  /**
   * The unwanted thing {@code actual} denies when each of its denials names a thing that the indicator {@code name} does
   * not (未发生安全事故 under 群众投诉次数: 事故), so that it is no evidence on what the indicator counts; null when one
   * names the thing of the name or a general one (问题), a denial names nothing (未发生, 全年零发生; 安全事故零发生 names
   * 事故), the name names no
   * unwanted thing, or the actual denies none.
   */
  public static @Nullable String otherThingDenied(String name, String actual) {
    String n = IndicatorTexts.normalize(name);
    if (!Absence.holdsUnwanted(n)) {
      return null;
    }
    String s = IndicatorTexts.normalize(actual);
    char[] chars = CharArrays.of(s);
    String other = null;
    for (int i = 0; i < chars.length; i++) {
      int length = Absence.absenceAt(s, chars, i);
      if (length == 0) {
        continue;
      }
      int start = Absence.unwantedStart(s, chars, i + length);
      // a bare denial names its thing before it, if at all (安全事故零发生)
      String thing = start >= 0 ? Absence.unwantedAt(s, start) : lastUnwanted(s, Clauses.clauseStart(s, i), i);
      if (thing == null || n.contains(thing) || GENERAL.contains(thing)) {
        return null;
      }
      other = other == null ? thing : other;
      i += length - 1;
    }
    return other;
  }

  /** The last unwanted word of {@code s} from {@code from} to {@code to}, or null. */
  private static @Nullable String lastUnwanted(String s, int from, int to) {
    String last = null;
    for (int k = from; k < to; k++) {
      String w = Absence.unwantedAt(s, k);
      if (w != null && k + w.length() <= to) {
        last = w;
      }
    }
    return last;
  }
}
