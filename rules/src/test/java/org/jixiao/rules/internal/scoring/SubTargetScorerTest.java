package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/**
 * The sub-target scorer's pairings (by number, repeated numbers, by position, by unit and
 * keyword, figures separated by 、), its refusals (one target, a plain word, more than 30 items,
 * an unpaired item) and both combinations (mean, min), pinned with their traces.
 */
class SubTargetScorerTest {
  private static final Evaluator MEAN = Evaluator.defaults();
  private static final Evaluator MIN =
      Evaluator.of(Profiles.defaultProfile().toBuilder().id("min").combination(Profile.Combination.MIN).build());

  private static String many() {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= 31; i++) {
      out.append(i).append(".举办").append(i).append("场 ");
    }
    return out.toString();
  }

  static String render(IndicatorVerdict v) {
    StringBuilder b =
        new StringBuilder(
            v.outcome()
                + v.fraction().map(f -> " " + f.toPlainString()).orElse("")
                + " "
                + v.trace().rule()
                + "/"
                + v.trace().method()
                + " {"
                + v.trace().withFormat(Reasons.EN).reason()
                + "}");
    if (!v.parts().isEmpty()) {
      b.append(" [");
      for (IndicatorVerdict p : v.parts()) {
        b.append(p.item().orElse(-1))
            .append(":")
            .append(p.outcome())
            .append(p.fraction().map(f -> " " + f.toPlainString()).orElse(""))
            .append(";");
      }
      b.append("]");
    }
    return b.toString();
  }

  private static final String[][] CASES = {
        {"1.举办5场 2.培训10人", "1.举办5场 2.培训8人",
         "SCORED 0.9 sub-targets/mean-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → 80%; mean of 2 scored = 90%} [1:SCORED 1;2:SCORED 0.8;]",
         "SCORED 0.8 sub-targets/min-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → 80%; lowest of 2 scored = 80%} [1:SCORED 1;2:SCORED 0.8;]"},
        {"1.甲5人 2.乙3人 2.丙4人", "1.5人 2.3人 2.2人",
         "SCORED 1 sub-targets/mean-of-parts {3 sub-targets paired by number: 1 → 100%, 2 → undetermined, 2 → undetermined; mean of 1 scored = 100%} [1:SCORED 1;2:UNDETERMINED;2:UNDETERMINED;]",
         "SCORED 1 sub-targets/min-of-parts {3 sub-targets paired by number: 1 → 100%, 2 → undetermined, 2 → undetermined; lowest of 1 scored = 100%} [1:SCORED 1;2:UNDETERMINED;2:UNDETERMINED;]"},
        {"1.举办5场 2.培训10人 3.发放100份", "1.5场 2.10人",
         "SCORED 1 sub-targets/mean-of-parts {3 sub-targets paired by number: 1 → 100%, 2 → 100%, 3 → undetermined; mean of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;3:UNDETERMINED;]",
         "SCORED 1 sub-targets/min-of-parts {3 sub-targets paired by number: 1 → 100%, 2 → 100%, 3 → undetermined; lowest of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;3:UNDETERMINED;]"},
        {"举办5场;培训10人", "举办5场;培训5人",
         "SCORED 0.75 sub-targets/mean-of-parts {2 sub-targets paired by position: 1 → 100%, 2 → 50%; mean of 2 scored = 75%} [1:SCORED 1;2:SCORED 0.5;]",
         "SCORED 0.5 sub-targets/min-of-parts {2 sub-targets paired by position: 1 → 100%, 2 → 50%; lowest of 2 scored = 50%} [1:SCORED 1;2:SCORED 0.5;]"},
        {"举办5场;培训10人", "举办5场，培训10人",
         "SCORED 1 sub-targets/mean-of-parts {2 sub-targets paired by unit and keyword: 1 → 100%, 2 → 100%; mean of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;]",
         "SCORED 1 sub-targets/min-of-parts {2 sub-targets paired by unit and keyword: 1 → 100%, 2 → 100%; lowest of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;]"},
        {"举办5场;培训10人", "完成",
         "SCORED 1.00 qualitative/qualitative-band {the actual '完成' says 完成 → achieved → 100%}",
         "SCORED 1.00 qualitative/qualitative-band {the actual '完成' says 完成 → achieved → 100%}"},
        {"5场、10人", "5场、8人",
         "SCORED 0.9 sub-targets/mean-of-parts {2 sub-targets paired by unit and keyword: 1 → 100%, 2 → 80%; mean of 2 scored = 90%} [1:SCORED 1;2:SCORED 0.8;]",
         "SCORED 0.8 sub-targets/min-of-parts {2 sub-targets paired by unit and keyword: 1 → 100%, 2 → 80%; lowest of 2 scored = 80%} [1:SCORED 1;2:SCORED 0.8;]"},
        {"5场、甲", "5场、8人",
         "SCORED 1 quantitative/positive-ratio {actual 5 场 against target ≥ 5 场 → 100% (target met)}",
         "SCORED 1 quantitative/positive-ratio {actual 5 场 against target ≥ 5 场 → 100% (target met)}"},
        {"5场、10人", "共5场",
         "SCORED 1 quantitative/positive-ratio {actual 5 场 against target ≥ 5 场 → 100% (target met)}",
         "SCORED 1 quantitative/positive-ratio {actual 5 场 against target ≥ 5 场 → 100% (target met)}"},
        {"MANY", "MANY",
         "UNDETERMINED sub-targets/too-many-items {the target lists 31 items, more than the 30 a form holds; not scored item by item}",
         "UNDETERMINED sub-targets/too-many-items {the target lists 31 items, more than the 30 a form holds; not scored item by item}"},
        {"1.甲5人 2.乙5人", "1.无 2.无",
         "UNDETERMINED sub-targets/parts {2 sub-targets paired by number: 1 → undetermined, 2 → undetermined; none could be scored} [1:UNDETERMINED;2:UNDETERMINED;]",
         "UNDETERMINED sub-targets/parts {2 sub-targets paired by number: 1 → undetermined, 2 → undetermined; none could be scored} [1:UNDETERMINED;2:UNDETERMINED;]"},
        {"1.甲 2.乙", "1.目前试运营 2.筹备中",
         "UNDETERMINED sub-targets/parts {2 sub-targets paired by number: 1 → undetermined, 2 → undetermined; none could be scored} [1:UNDETERMINED;2:UNDETERMINED;]",
         "UNDETERMINED sub-targets/parts {2 sub-targets paired by number: 1 → undetermined, 2 → undetermined; none could be scored} [1:UNDETERMINED;2:UNDETERMINED;]"},
        {"1.举办5场 2.培训10人", "1.举办9场 2.培训20人",
         "SCORED 1 sub-targets/mean-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → 100%; mean of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;]",
         "SCORED 1 sub-targets/min-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → 100%; lowest of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;]"},
        {"1.举办5场 2.培训10人", "1.举办5场 2.无",
         "SCORED 1 sub-targets/mean-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → undetermined; mean of 1 scored = 100%} [1:SCORED 1;2:UNDETERMINED;]",
         "SCORED 1 sub-targets/min-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → undetermined; lowest of 1 scored = 100%} [1:SCORED 1;2:UNDETERMINED;]"},
        {"1.举办5场 2.培训10人", "举办5场，培训6人",
         "SCORED 0.8 sub-targets/mean-of-parts {2 sub-targets paired by unit and keyword: 1 → 100%, 2 → 60%; mean of 2 scored = 80%} [1:SCORED 1;2:SCORED 0.6;]",
         "SCORED 0.6 sub-targets/min-of-parts {2 sub-targets paired by unit and keyword: 1 → 100%, 2 → 60%; lowest of 2 scored = 60%} [1:SCORED 1;2:SCORED 0.6;]"},
        {"1.举办5场 2.培训10人", "举办5场;培训6人",
         "SCORED 0.8 sub-targets/mean-of-parts {2 sub-targets paired by position: 1 → 100%, 2 → 60%; mean of 2 scored = 80%} [1:SCORED 1;2:SCORED 0.6;]",
         "SCORED 0.6 sub-targets/min-of-parts {2 sub-targets paired by position: 1 → 100%, 2 → 60%; lowest of 2 scored = 60%} [1:SCORED 1;2:SCORED 0.6;]"},
        {"(1)举办5场(2)培训10人", "(1)举办5场(2)培训10人",
         "SCORED 1 sub-targets/mean-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → 100%; mean of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;]",
         "SCORED 1 sub-targets/min-of-parts {2 sub-targets paired by number: 1 → 100%, 2 → 100%; lowest of 2 scored = 100%} [1:SCORED 1;2:SCORED 1;]"}
  };

  @Test
  void pairingsRefusalsAndCombinations() {
    for (String[] c : CASES) {
      String target = c[0].equals("MANY") ? many() : c[0];
      String actual = c[1].equals("MANY") ? many() : c[1];
      Indicator indicator = Indicator.of(Subcategory.QUANTITY, target, actual);
      assertThat(render(MEAN.judge(indicator))).as("mean: %s / %s", c[0], c[1]).isEqualTo(c[2]);
      assertThat(render(MIN.judge(indicator))).as("min: %s / %s", c[0], c[1]).isEqualTo(c[3]);
    }
    assertThat(List.of(CASES)).hasSize(17);
  }
}
