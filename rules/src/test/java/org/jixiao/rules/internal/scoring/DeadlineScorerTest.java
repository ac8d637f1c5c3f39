package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * The deadline scorer: a dated actual against a dated deadline, on time or late; it declines
 * (the words decide) when the target has no deadline, when the actual states no date, or when the
 * actual states a shortfall, whichever it looks at first.
 */
class DeadlineScorerTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  private static String judged(String target, String actual) {
    return SubTargetScorerTest.render(EVALUATOR.judge(Indicator.of(Subcategory.TIMELINESS, target, actual)));
  }

  @Test
  void aDatedActualIsComparedWithTheDeadline() {
    assertThat(judged("9月底前完成", "8月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("9月底前完成", "11月完成")).startsWith("SCORED").contains("deadline/deadline-late");
  }

  @Test
  void aShortfallInTheActualLeavesTheWordsToDecide() {
    // the date is there, but 未能 says the work was not done by it: no deadline verdict
    assertThat(judged("9月底前完成", "8月未能完成")).doesNotContain("deadline/");
    assertThat(judged("9月底前完成", "延期至8月")).doesNotContain("deadline/");
  }

  @Test
  void noDeadlineOrNoDateLeavesTheWordsToDecide() {
    assertThat(judged("完成培训", "8月完成")).doesNotContain("deadline/");
    assertThat(judged("9月底前完成", "已完成")).doesNotContain("deadline/");
  }
}
