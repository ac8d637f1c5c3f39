package org.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.junit.jupiter.api.Test;

class EvaluateSampleExampleTest {

  @Test
  void evaluatesEveryProjectOfTheSampleAndPrintsALineForEach() {
    StringWriter text = new StringWriter();
    TableEvaluation result = EvaluateSampleExample.run(new PrintWriter(text));

    assertThat(result.evaluations()).hasSize(32);
    assertThat(result.profile()).isEqualTo("mof-2020");
    // 序号 10: 181.85 / 311.47 = 58.38 %, the published rate; 58.38 % × 10 = 5.84 points.
    Evaluation row10 = result.evaluations().stream().filter(e -> e.seq().orElse(0) == 10).findFirst().orElseThrow();
    assertThat(row10.execution().rate()).contains(new BigDecimal("58.38"));
    assertThat(row10.execution().points()).contains(new BigDecimal("5.84"));
    assertThat(text.toString()).contains("调解业务工作").contains("32 projects");
    assertThat(text.toString().lines().filter(l -> l.contains("score"))).hasSize(32);
  }
}
