package org.jixiao.rules.internal.scoring;

import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * A name that asks what was new in the year (新增, 新建, 新发放 …) answered only by totals that run over more years or stand
 * at a date (截至2023年底全县累计建成高标准农田31.6万亩 under 2023年新建高标准农田面积; 截至2023年末，全区实有各类市场主体6.8万户 under
 * 2023年新增市场主体数量): how much was new is not said, and the total read as the new met targets it did not (review 74b,
 * 71a). Undetermined ({@code stock-not-new}, JX-T-0506). A figure is such a total when the words of its sentence before it
 * hold 累计, 截至, 实有, 现有 or 保有 and its own clause no word of the new or of the year (新, 本年, 当年, 年内, 全年); a part of such a
 * total (其中省级示范村15个) is one too. Not when the name or the target asks a total itself (累计, 截至, 总量).
 * Part of {@link QuantitativeScorer}.
 */
final class StockNotNew {
  private StockNotNew() {}

  /** Characters after 新 in a name of the new: 新增, 新建, 新发放, 新培育, 新开工, 新引进, 新认定, 新注册, 新设立, 新招录. */
  private static final String NEW_VERBS = "增建发培开引认注设招";

  /** Words before a figure of a total over more years or at a date. */
  private static final List<String> STOCK = List.of("累计", "截至", "截止", "实有", "现有", "保有");

  /** Words of the new or of the year in a figure's own clause. */
  private static final List<String> NEW = List.of("新", "本年", "当年", "今年", "年内", "全年", "年度");

  /** Words in a name or a target that ask a total. */
  private static final List<String> TOTAL_ASKED = List.of("累计", "截至", "截止", "总量", "保有", "存量", "总数");

  /** The verdict when every one of {@code candidates} is such a total under a name of the new; null otherwise. */
  static @Nullable IndicatorVerdict verdict(
      String scorer, List<Quantity> candidates, String actual, String name, String target, Comparison comparison, Quantity wanted) {
    if (candidates.isEmpty() || !asksTheNew(name) && !asksTheNew(target) || Texts.containsAny(name, TOTAL_ASKED)
        || Texts.containsAny(target, TOTAL_ASKED) || !Texts.containsAny(actual, STOCK)) {
      return null;
    }
    for (Quantity q : candidates) {
      if (!stock(actual, q)) {
        return null;
      }
    }
    return UndeterminedReasons.notAsked(scorer, "stock-not-new", "JX-T-0506", comparison, wanted, candidates);
  }

  private static boolean asksTheNew(String text) {
    for (int k = text.indexOf('新'); k >= 0 && k + 1 < text.length(); k = text.indexOf('新', k + 1)) {
      if (NEW_VERBS.indexOf(text.charAt(k + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code q} is a total over years or at a date: a word of one before it in its sentence, none of the new in its clause. */
  private static boolean stock(String actual, Quantity q) {
    int clause = Clauses.clauseStart(actual, q.start());
    return Texts.containsAny(actual.substring(Texts.sentenceStart(actual, q.start()), q.start()), STOCK) && !Texts.containsAny(actual.substring(clause, q.start()), NEW);
  }
}
