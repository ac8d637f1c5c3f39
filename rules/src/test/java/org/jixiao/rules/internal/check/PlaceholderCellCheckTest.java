package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

class PlaceholderCellCheckTest {
  @Test
  void starPlaceholdersAreReportedWhereTheyStand() {
    var project =
        Projects.consistent()
            .indicators(
                IndicatorSet.of(
                    Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"),
                    Indicator.of(Subcategory.ECONOMIC, "*", "**"),
                    Indicator.of(Subcategory.SOCIAL, "提升", "已完成"),
                    Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.PLACEHOLDER_CELL))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
        .extracting(f -> f.location().flatMap(l -> l.path()).orElse(""))
        .containsExactly("indicators[1].target", "indicators[1].actual");
    assertThat(Evaluator.defaults().evaluate(project).indicators().get(1).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void ordinaryNotApplicableMarksAreNotReported() {
    var project =
        Projects.consistent()
            .indicators(
                IndicatorSet.of(
                    Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"),
                    Indicator.of(Subcategory.ECONOMIC, "/", "—"),
                    Indicator.of(Subcategory.SOCIAL, "提升", "已完成"),
                    Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "无")))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.PLACEHOLDER_CELL)).isEmpty();
  }
}
