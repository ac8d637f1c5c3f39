package org.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.project.Project;
import org.jixiao.io.form.FormReader;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * End to end: real published self-evaluation forms whose stored copies stop early (fixtures and
 * sources in {@code src/test/resources/forms}, copied from io's), read by {@link FormReader} and
 * evaluated by the rules' {@link Evaluator}. Their printed 分值 show how much of the indicators'
 * 90 points was read; what was not read is not treated as not applicable.
 */
class CutFormExampleTest {
  private static Project read(String fixture) throws IOException {
    return FormScoreExampleTest.read(fixture);
  }

  private static List<String> codes(Evaluation e) {
    return FormScoreExampleTest.codes(e);
  }

  /**
   * The 2016 Haidian form stops in its second indicator row: one indicator of 分值 12.5 under
   * 产出指标(50分) is all that was read of 90 points. It scored 94.99 优 完成 (the 12.5 rescaled to 90,
   * for a project that spent 49.88 %) with a false alarm on its 得分 12.5; now it gets no score.
   */
  @Test
  void theHaidianFormCutInItsSecondIndicatorRowGetsNoScore() throws IOException {
    Project form = read("standard-10pt_goal-without-subheaders_haidian-baojie-2016.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);

    assertThat(e.execution().rate()).contains(new BigDecimal("49.88"));
    assertThat(e.score()).isEmpty();
    assertThat(e.grade()).isEmpty();
    assertThat(e.withheld()).contains(WithheldReason.UNDETERMINED_SHARE);
    assertThat(e.status()).isEqualTo(Status.UNDETERMINED);
    assertThat(e.findings())
        .filteredOn(f -> f.code().equals("JX-R-0111"))
        .singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("visible", "12.5").containsEntry("expected", "90").containsEntry("share", "13.89%"));
    assertThat(codes(e)).doesNotContain("JX-R-0282");
  }

  /**
   * The Licheng form of 2019 stops at its 社会效益 row: 60 of the 90 points were read, all met.
   * It is scored, provisionally, and its printed 得分 (12.5 ×4, 10) agree with their 分值 (they
   * were each reported against the rescaled 14.06 and 33.75).
   */
  @Test
  void theLichengFormCutInItsBenefitRowsIsScoredProvisionally() throws IOException {
    Project form = read("district-shandong_actual-header-zhibiaozhi_licheng-wenhuaguan-2019.tsv");
    Evaluation e = Evaluator.defaults().evaluate(form);

    assertThat(e.score()).contains(new BigDecimal("100.00"));
    assertThat(e.provisional()).isTrue();
    assertThat(e.findings())
        .filteredOn(f -> f.code().equals("JX-R-0111"))
        .singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("visible", "60").containsEntry("missing", "30"));
    assertThat(codes(e)).contains("JX-R-0108").doesNotContain("JX-R-0282");
  }
}
