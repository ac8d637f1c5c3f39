package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A template without 分值 column whose 指标值 and 实际完成值 hold each indicator's points (四川阆中
 * 2021: 20 | 20, 20 | 20, 10 | 10 … adding up to 100): read as printed, with a WARNING that they
 * look like points; forms whose targets are bare figures for good reason are not warned about.
 */
class FormPointsInValueColumnsTest {
  private static final String TOP = "项目支出绩效自评表\n项目名称\t测试项目\n";
  private static final String HEAD = "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\t未完成原因和改进措施\n";

  private static List<Finding> warnings(ReadResult<PerformanceTable> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0242")).toList();
  }

  private static String rows(String... pairs) {
    StringBuilder b = new StringBuilder();
    String[] subcategories = {"数量指标", "质量指标", "时效指标", "成本指标"};
    for (int i = 0; i < pairs.length; i++) {
      b.append("\t产出指标\t").append(subcategories[i % 4]).append("\t指标").append(i + 1).append("名称\t")
          .append(pairs[i].replace(' ', '\t')).append('\n');
    }
    return b.toString();
  }

  /** 阆中 2021: seven rows of 20 | 20, 10 | 10 were read as targets met, with nothing said. */
  @Test
  void pointsInBothValueColumnsAreReadAsPrintedAndWarnedAbout() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.LANGZHONG));
    List<Indicator> indicators = r.value().projects().get(0).indicators().indicators();
    assertThat(indicators).extracting(i -> i.target().orElse("")).containsExactly("20", "20", "10", "10", "10", "10", "20");
    assertThat(indicators).extracting(i -> i.actual().orElse("")).containsExactly("20", "20", "10", "10", "10", "10", "20");
    assertThat(warnings(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.POINTS_IN_VALUE_COLUMNS);
      assertThat(f.args()).containsEntry("targets", "100").containsEntry("actuals", "100");
      assertThat(f.location().orElseThrow().line()).hasValue(13L); // the indicator header
      assertThat(f.location().flatMap(l -> l.text())).contains("指标值");
    });
  }

  @Test
  void pointsAddingUpToNinetyAndAScoreBelowItsWeightAreWarnedAboutToo() {
    ReadResult<PerformanceTable> r = read(TOP + HEAD + rows("40 40", "30 24", "20 20"));
    assertThat(warnings(r)).singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("targets", "90").containsEntry("actuals", "84"));
  }

  @Test
  void bareTargetsThatAreNoPointsAreNotWarnedAbout() {
    // counts exceeded: an actual above its target is no score
    assertThat(warnings(read(TOP + HEAD + rows("50 52", "30 30", "20 20")))).isEmpty();
    // not a total of points
    assertThat(warnings(read(TOP + HEAD + rows("50 50", "30 30", "25 25")))).isEmpty();
    // a unit on a figure
    assertThat(warnings(read(TOP + HEAD + rows("50家 50家", "30 30", "20 20")))).isEmpty();
    // two rows are too few to tell
    assertThat(warnings(read(TOP + HEAD + rows("60 60", "40 40")))).isEmpty();
    // a row whose values are words
    assertThat(warnings(read(TOP + HEAD + rows("50 50", "30 30", "20 20", "按时 按时")))).isEmpty();
  }

  @Test
  void aFormWithItsOwnWeightColumnIsNotWarnedAbout() {
    String head = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n";
    assertThat(warnings(read(TOP + head + rows("50 50 30 30", "30 30 30 30", "20 20 30 30")))).isEmpty();
  }
}
