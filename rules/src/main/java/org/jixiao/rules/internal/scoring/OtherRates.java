package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Rates the actual names as another kind than the one asked (review 74d): 办结率98.6%，按时回复率100% under 回访满意率, 一次验收合格率
 * 100% under 工程优良率, 群众参与率72% under 政策知晓率, 采购合同签订率100% under 设备采购到货率. Each was read as the rate asked (met,
 * or 85 %); none answers it, and what is left decides (合同设备40台（套），已到货32台（套）: 80 % from the counts), or nothing does.
 * A rate's word is the two characters before the 率 or 度 that names the figure right before it (办结率98.6%, 合格率为100%,
 * 满意率达95%), and the name's the two before its own last 率 or 度; a figure is of another kind when its word shares no
 * character with the name's and does not stand in the name (完工率 under 完成率 is kept). Figures a reading before made (the
 * complement of 逾期率3% under 按时完成率) are kept, and a name of a denied rate (不及时率) keeps every figure: its other
 * words (逾期) are its own kind. Under 非常满意率 a rate of 满意 with no 非常 before it (综合满意率96.5%) is of another kind too:
 * the very satisfied are a part of the satisfied (review 75c). Part of {@link QuantitativeScorer}.
 */
final class OtherRates {
  private OtherRates() {}

  /** Characters between a rate's name and its figure: 为, 达, 达到, 是, a colon or a space. */
  private static final String BETWEEN = "为达到是:在 ";

  /** How far before a figure its rate's name may end. */
  private static final int NEAR = 4;

  /**
   * {@code figures} less the shares named as a rate of another kind than {@code name} asks; {@code printed} are the figures as
   * read from the cell, before any reading made one (a figure not among them is kept).
   */
  static List<Quantity> without(List<Quantity> figures, List<Quantity> printed, String actual, String name) {
    @Nullable String asked = wordOf(name, name.length());
    if (asked == null || actual.indexOf('率') < 0 && actual.indexOf('度') < 0 || denied(name, asked)) {
      return figures; // 不及时率: a rate of the denied, which other words (逾期) name
    }
    List<Quantity> kept = null;
    for (int i = 0; i < figures.size(); i++) {
      Quantity q = figures.get(i);
      @Nullable String word = q.unit().isShare() && printed.contains(q) ? rateBefore(actual, q.start()) : null;
      boolean other = word != null && (!name.contains(word) && word.indexOf(asked.charAt(0)) < 0 && word.indexOf(asked.charAt(1)) < 0
          || word.equals("满意") && name.contains("非常满意") && !veryBefore(actual, q.start())); // 综合满意率 under 非常满意率
      if (other && kept == null) {
        kept = new ArrayList<>(figures.subList(0, i));
      } else if (!other && kept != null) {
        kept.add(q);
      }
    }
    return kept == null ? figures : kept;
  }

  /** Whether 非常 stands within eight characters before {@code start}, in its clause: 非常满意率41%, 非常满意占41%. */
  private static boolean veryBefore(String actual, int start) {
    int from = Math.max(Clauses.clauseStart(actual, start), start - 8);
    return actual.substring(from, start).contains("非常");
  }

  /** Whether 不 or 未 stands right before the name's word: the rate of its denial. */
  private static boolean denied(String name, String asked) {
    int at = name.lastIndexOf(asked);
    return at > 0 && (name.charAt(at - 1) == '不' || name.charAt(at - 1) == '未');
  }

  /** The word of the rate named right before the figure at {@code start} (办结 of 办结率98.6%), or null. */
  private static @Nullable String rateBefore(String actual, int start) {
    int from = Math.max(Clauses.clauseStart(actual, start), start - NEAR);
    for (int k = start - 1; k >= from; k--) {
      char c = actual.charAt(k);
      if (c == '率' || c == '度') {
        return wordOf(actual, k + 1);
      }
      if (BETWEEN.indexOf(c) < 0) {
        return null;
      }
    }
    return null;
  }

  /**
   * The two characters before the last 率 ending before {@code end} of {@code text}, or before a 度 of a degree of regard
   * (满意度, 知晓度, 认可度: not 进度, 年度), when both are ideographs; else null.
   */
  private static @Nullable String wordOf(String text, int end) {
    int rate = text.lastIndexOf('率', end - 1);
    int degree = text.lastIndexOf('度', end - 1);
    int at = degree > rate && degree >= 2 && REGARDS.contains(text.substring(degree - 2, degree)) ? degree : rate;
    if (at < 2 || !Character.isIdeographic(text.charAt(at - 1)) || !Character.isIdeographic(text.charAt(at - 2))) {
      return null;
    }
    return text.substring(at - 2, at);
  }

  /** Words before 度 that make it a degree of regard, a rate (满意度). */
  private static final List<String> REGARDS = List.of("满意", "知晓", "认可", "认同", "信任", "好评", "知名", "参与");
}
