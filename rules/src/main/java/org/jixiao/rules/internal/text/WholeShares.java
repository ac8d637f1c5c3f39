package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;

/**
 * Rates that are a share of a whole and so cannot pass 100 %: satisfaction (满意度), and the
 * shares of things that passed, reached or were covered (合格率, 达标率, 覆盖率, 知晓率 …). A
 * completion rate (完成率) or a growth rate (增长率) can pass 100 % and is not one. A target
 * asking at least 290 % of such a share is a misprint (OCR of 90 %, a stray digit), which a
 * careful reader questions instead of scoring the actual against it.
 */
public final class WholeShares {
  private WholeShares() {}

  /** Endings of an indicator name that make it a share of a whole. */
  private static final List<String> ENDINGS =
      List.of("满意度", "满意率", "合格率", "达标率", "覆盖率", "知晓率", "普及率", "准确率", "正确率", "及格率", "优良率", "通过率",
          "完好率", "到位率", "入学率", "参保率", "接种率", "出勤率", "受益率", "签约率", "检测率", "建档率", "就诊率", "治愈率");

  /** Whether {@code indicator} is a share of a whole, by its category or the end of its name. */
  public static boolean isWholeShare(Indicator indicator) {
    if (indicator.category() == Category.SATISFACTION) {
      return true;
    }
    String name = indicator.name().orElse("").strip();
    if (name.contains("满意")) {
      return true;
    }
    for (String ending : ENDINGS) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
