package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 指标性质 column in whatever glyph a form prints its comparator with: ≧ and the box-drawing ═
 * (云南永德 公开14表 2022), ⩾ ⩽ ≦, 》《 › ‹ 〉 〈 for ＞ ＜, and two-character forms (>=, =>, ≥=):
 * each is its comparator, not an unknown nature kept aside.
 */
class FormNatureGlyphTest {
  private static final String HEAD =
      "项目支出绩效自评表\n项目名称\t某项目\n实施单位\t某中心\n"
          + "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t年度指标值\t实际完成值\t分值\t得分\n";

  private static List<String> rules(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::rule).toList();
  }

  @Test
  void theGlyphsOfAYunnanFormAreItsComparators() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.YONGDE));
    Project p = r.value().projects().get(0);
    // rows 14–23: ≧ ≧ ≧ ═ (有效, no nature) ═ ≧ ≧ ≧; 生态效益 is printed empty
    assertThat(p.indicators().indicators())
        .extracting(Indicator::nature)
        .containsExactly(
            Optional.of(TargetNature.AT_LEAST), Optional.of(TargetNature.AT_LEAST), Optional.of(TargetNature.AT_LEAST),
            Optional.of(TargetNature.EQUAL), Optional.empty(), Optional.of(TargetNature.EQUAL),
            Optional.of(TargetNature.AT_LEAST), Optional.of(TargetNature.AT_LEAST), Optional.of(TargetNature.AT_LEAST));
    assertThat(rules(r)).doesNotContain(FormDiagnostics.UNKNOWN_NATURE);
    assertThat(p.strayCells()).extracting(StrayCell::header).doesNotContain(Optional.of("指标性质"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "≧, AT_LEAST", "⩾, AT_LEAST", "＞＝, AT_LEAST", "=>, AT_LEAST", "≥=, AT_LEAST", "》=, AT_LEAST",
    "≦, AT_MOST", "⩽, AT_MOST", "<=, AT_MOST", "＝＜, AT_MOST", "≤=, AT_MOST", "《＝, AT_MOST",
    "═, EQUAL", "﹦, EQUAL", "＝＝, EQUAL",
    "》, MORE_THAN", "›, MORE_THAN", "〉, MORE_THAN", "﹥, MORE_THAN",
    "《, LESS_THAN", "‹, LESS_THAN", "〈, LESS_THAN", "﹤, LESS_THAN"
  })
  void aComparatorGlyphIsItsNature(String glyph, TargetNature nature) {
    ReadResult<PerformanceTable> r = read(HEAD + "\t产出指标\t数量指标\t培训人数\t" + glyph + "\t10\t12\t10\t10\n");
    assertThat(r.value().projects().get(0).indicators().indicators().get(0).nature()).as(glyph).contains(nature);
    assertThat(rules(r)).as(glyph).doesNotContain(FormDiagnostics.UNKNOWN_NATURE);
  }

  /** Text that is no comparator, or two that contradict each other, is still kept aside and told. */
  @ParameterizedTest
  @CsvSource({"大约", "><", "≥≤", "≧≧≧", "≥10"})
  void whatIsNoSingleComparatorStaysAStrayCell(String text) {
    ReadResult<PerformanceTable> r = read(HEAD + "\t产出指标\t数量指标\t培训人数\t" + text + "\t10\t12\t10\t10\n");
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators().get(0).nature()).as(text).isEmpty();
    assertThat(p.strayCells()).as(text).contains(StrayCell.of(4, Optional.of("指标性质"), text));
    assertThat(rules(r)).as(text).contains(FormDiagnostics.UNKNOWN_NATURE);
  }
}
