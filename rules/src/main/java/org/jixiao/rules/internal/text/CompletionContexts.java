package org.jixiao.rules.internal.text;

import java.util.List;

/**
 * What stands around a word {@link CompletionReader} finds and changes how it reads: whether a degree
 * qualifies a change (明显提升), whether 按 opens a conformity statement (按该标准发放), whether 无 before a degree
 * denies an improvement (无明显提升), whether a part is named later in the clause (未按计划开展第3、4期). Kept apart
 * from the reader so that each stays readable.
 */
final class CompletionContexts {
  private CompletionContexts() {}

  /** Verbs of change a degree word qualifies: 明显提升, 基本达到, 有效保障. */
  private static final List<String> CHANGES = Echo.CHANGES;

  /** Where a conformity statement names its rule: 按该标准发放, 按照计划实施. */
  private static final List<String> RULES = List.of("标准", "要求", "规定", "计划", "合同", "约定");

  /** Whether 第 names a part later in the clause from {@code from} (未按计划开展第3、4期): the shortfall is of that part. */
  static boolean partNamedLater(String s, int from) {
    int end = Clauses.clauseEnd(s, from);
    int k = s.indexOf('第', from);
    return k >= 0 && k < end;
  }

  /** Whether a degree word at {@code at} qualifies a change or result (see {@link Term.Kind#DEGREE}). */
  static boolean qualifies(String s, char[] chars, int at, int length, String cell) {
    if (cell.length() == length) {
      return true;
    }
    int end = at + length;
    if (end >= chars.length || Clauses.isClauseEnd(chars[end]) || "。.;,!".indexOf(chars[end]) >= 0) {
      return at > 0;
    }
    for (String verb : CHANGES) {
      if (s.startsWith(verb, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * 按 … 标准 / 要求 / 规定 / 计划 within its clause (8 characters): conformity; not when the clause ends with work in
   * progress or says 正在 (按照年度计划稳步推进, 按计划有序实施中: the work keeps to the plan, and is not done).
   */
  static boolean conformity(String s, char[] chars, int at) {
    int end = Math.min(chars.length, at + 10);
    for (int k = at + 1; k < end; k++) {
      if (Clauses.isClauseEnd(chars[k])) {
        return false;
      }
      for (String rule : RULES) {
        if (s.startsWith(rule, k)) {
          String rest = s.substring(k + rule.length(), Clauses.clauseEnd(s, k)).strip();
          return !rest.contains("正在") && !endsWithAny(rest, IN_PROGRESS); // not 按规定推进资金使用: what it pushed is said
        }
      }
    }
    return false;
  }

  /** Words of work in progress that end a clause after a rule kept (按计划稳步推进, 按要求有序实施中); 正在 anywhere after it. */
  private static final List<String> IN_PROGRESS = List.of("推进", "推进中", "推进实施", "进行中", "实施中", "建设中", "施工中", "开展中", "有序进行");

  private static boolean endsWithAny(String s, List<String> words) {
    for (String w : words) {
      if (s.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** The text without the full stops and commas it ends with. */
  static String stripEnd(String s, char[] chars) {
    int end = chars.length;
    while (end > 0 && "。.;,!".indexOf(chars[end - 1]) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Verbs of a change for the better whatever is changed: 无 before a degree of one of them says the
   * improvement did not come (无明显提升). Not 增加, 下降, 减少 …, whose direction may be the aim
   * (投诉量无明显增加, 满意度无明显下降).
   */
  private static final List<String> BETTER = List.of("提升", "提高", "改善", "增强", "加强", "好转", "优化", "完善", "改进", "强化", "增长");

  static boolean betterAt(String s, int at) {
    for (String verb : BETTER) {
      if (s.startsWith(verb, at)) {
        return true;
      }
    }
    return false;
  }
}
