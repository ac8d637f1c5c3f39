package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Words that make what follows in their clause an aim, not a result (目标表述，非完成情况): 力争无不合格, 下一步将确保无不合格,
 * 力争不发生安全事故, 争取全部完成. What the clause then says was done, or that nothing happened, is what was aimed at; a
 * reader does not take it as done. Not 争取到 or 争取了 (secured), and not a clause that says after the aim that it was
 * reached (力争全部完成，已实现 is two clauses: the second is a result).
 */
public final class Aims {
  private Aims() {}

  /**
   * The aim word that opens the clause of {@code s} (normalised) holding {@code at}, before {@code at}, after nothing but
   * words of when or who (年初, 今年, 项目, 全县); null when none does, or when the clause says anywhere after the aim
   * that it was reached (力争全部完成的目标已达成, 年初力争无不合格的目标圆满实现: review 69d).
   */
  public static @Nullable String aimBefore(String s, int at) {
    int k = Math.min(at, Clauses.afterItemMark(s, Clauses.clauseStart(s, at))); // 1.力争全部完成；2.下一步将确保无投诉
    if (k >= at || STARTS.indexOf(s.charAt(k)) < 0 && OPENER_FIRSTS.indexOf(s.charAt(k)) < 0) {
      return null; // most clauses open with neither an aim nor a word of when or who before one
    }
    String opener = Chars.firstAt(s, k, OPENERS);
    k += opener == null ? 0 : opener.length(); // 年初力争, 项目有望: not 较计划于, 通过积极争取, 已将继续
    if (k >= at || STARTS.indexOf(s.charAt(k)) < 0) {
      return null;
    }
    String aim = Chars.firstAt(s, k, WORDS);
    if (aim == null || (aim.equals("争取") || aim.equals("确保")) && Chars.startsWith(s, k + 2, "了")
        || aim.equals("争取") && Chars.startsWith(s, k + 2, "到")) { // 争取到, 争取了, 确保了: secured, ensured
      return null;
    }
    String rest = s.substring(k + aim.length(), Clauses.clauseEnd(s, at));
    return Differences.containsAny(rest, RESULTS) ? null : aim;
  }

  /**
   * The aim word before every one of {@code words} at every place {@code s} (normalised) holds it, when each has one
   * (力争无不合格: 无不合格; not 力争全部完成，已全部完成); null when any stands outside an aim's clause, or one is not found.
   */
  public static @Nullable String aimOfAll(String s, List<String> words) {
    String aim = null;
    for (String word : words) {
      String w = word.endsWith("…") ? word.substring(0, word.length() - 1) : word; // 无不合格…: a word and what it takes after it
      int at = s.indexOf(w);
      if (at < 0) {
        return null;
      }
      for (; at >= 0; at = s.indexOf(w, at + w.length())) { // every place it stands: 力争全部完成，已全部完成 is a result
        String a = aimBefore(s, at);
        if (a == null) {
          return null;
        }
        aim = aim == null ? a : aim;
      }
    }
    return aim;
  }

  /**
   * The aim word before every denial of {@code s} (normalised: 无, 未, 不, 没, 零, 杜绝), when each has one (力争不发生安全事故,
   * 确保实现零事故 after 力争); null when any denial stands outside an aim's clause, or there is none.
   */
  public static @Nullable String aimOfEveryDenial(String s) {
    return aimAtEvery(s, k -> DENIALS.indexOf(s.charAt(k)) >= 0);
  }

  /**
   * The aim word before every date of {@code s} (normalised: a month, 年底, 年内, 年末, 年前), when each has one (力争年底前完成,
   * 计划于12月完成: the date is aimed at, no date of completion); null when any date stands outside an aim's clause
   * (计划于12月完成，实际11月完成), or there is none.
   */
  public static @Nullable String aimOfEveryDate(String s) {
    return aimAtEvery(s, k -> s.charAt(k) == '月' || s.charAt(k) == '年' && k + 1 < s.length() && "底内末前".indexOf(s.charAt(k + 1)) >= 0);
  }

  /** The aim word before every place {@code k} of {@code s} that {@code marks} holds, when each has one; null otherwise or when none does. */
  private static @Nullable String aimAtEvery(String s, IntPredicate marks) {
    String aim = null;
    for (int k = 0; k < s.length(); k++) {
      if (!marks.test(k)) {
        continue;
      }
      String a = aimBefore(s, k);
      if (a == null) {
        return null;
      }
      aim = aim == null ? a : aim;
    }
    return aim;
  }

  /** The characters a denial starts with. */
  private static final String DENIALS = "无未不没零杜";

  /** Words of what is hoped for, not reached, that {@link FigureLabels} reads before a figure too. */
  static final List<String> HOPES = List.of("力争", "力求", "争取", "期望", "有望", "可望");

  /** Words of an aim or of what is to come: hoped for, not reached. */
  private static final List<String> WORDS = Stream.concat(HOPES.stream(), Stream.of("下一步将", "下一步要", "下一步继续", "下一步力争", "下一步确保", "下步将", "今后将", "今后要",
          "今后继续", "将确保", "将力争", "将于", "将在", "拟于", "拟在",
          "计划于", "计划在", "计划年底", "计划年内", "计划明年", "计划下半年", "预计于", "预计在", "预计将", "预计年底", "预计年内", "预计明年", "预计下半年", "预计", "旨在", "确保")).toList();

  /** The characters the {@link #WORDS} start with. */
  private static final CharTable STARTS = CharTable.of("力争期有可下今将拟计预旨确".toCharArray());

  /** Words of a result after an aim in its clause (力争全年已完成, 力争无不合格的目标圆满实现: done). */
  private static final List<String> RESULTS =
      List.of("已", "实际", "实现了", "做到了", "达到了", "完成了", "圆满实现", "顺利实现", "如期实现", "目标实现", "得以实现", "均已", "达成");

  /** The characters the {@link #OPENERS} start with. */
  private static final String OPENER_FIRSTS = "年今本全项我同并";

  /** Words of when or who that may open a clause before its aim (年初力争, 项目有望, 全县力争). */
  private static final List<String> OPENERS =
      List.of("年初", "今年", "本年度", "本年", "全年", "年内", "项目", "本项目", "全县", "全区", "全市", "全镇", "我县", "我区", "我市", "我局", "本单位", "我们", "同时",
          "并");
}
