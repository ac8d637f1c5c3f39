package org.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.examples.custom.LowExecutionCheck;
import org.jixiao.examples.custom.LowExecutionPolicy;
import org.junit.jupiter.api.Test;

class CustomRuleExampleTest {

  private static Evaluation row(TableEvaluation t, int seq) {
    return t.evaluations().stream().filter(e -> e.seq().orElse(0) == seq).findFirst().orElseThrow();
  }

  @Test
  void projectsBelowSixtyPercentLoseTheirExecutionPointsAndGetAFinding() {
    StringWriter text = new StringWriter();
    CustomRuleExample.Results r = CustomRuleExample.run(new PrintWriter(text));

    // 序号 10: 58.38 % < 60 % → 0 instead of 5.84; 序号 24: 7.18 / 15.00 = 47.87 % → 0 instead of 4.79.
    assertThat(row(r.builtIn(), 10).execution().points()).contains(new BigDecimal("5.84"));
    assertThat(row(r.byBuilder(), 10).execution().points()).contains(new BigDecimal("0.00"));
    assertThat(row(r.builtIn(), 24).execution().points()).contains(new BigDecimal("4.79"));
    assertThat(row(r.byBuilder(), 24).execution().points()).contains(new BigDecimal("0.00"));
    assertThat(row(r.byBuilder(), 10).execution().trace().rule()).isEqualTo(LowExecutionPolicy.ID);
    assertThat(row(r.byBuilder(), 10).findings()).anyMatch(f -> f.rule().equals(LowExecutionCheck.ID));

    // 序号 25: 15.95 / 19.50 = 81.79 % ≥ 60 % → 81.79 % × 10 = 8.18, as before.
    assertThat(row(r.byBuilder(), 25).execution().points()).isEqualTo(row(r.builtIn(), 25).execution().points());
    assertThat(row(r.byBuilder(), 25).findings()).noneMatch(f -> f.rule().equals(LowExecutionCheck.ID));

    // Exactly the two projects under 60 % changed.
    long changed =
        java.util.stream.IntStream.range(0, r.builtIn().evaluations().size())
            .filter(i -> !r.builtIn().evaluations().get(i).execution().points()
                .equals(r.byBuilder().evaluations().get(i).execution().points()))
            .count();
    assertThat(changed).isEqualTo(2);
    assertThat(text.toString()).contains("序号 10").contains("序号 24");
  }

  @Test
  void theServiceLoaderRegistrationGivesTheBuilderResults() {
    CustomRuleExample.Results r = CustomRuleExample.run(new PrintWriter(new StringWriter()));
    assertThat(r.byServiceLoader()).isEqualTo(r.byBuilder());
  }
}
