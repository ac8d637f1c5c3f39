package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A copy that ends at the indicator header (四川炉霍 2021, cut at {@code 未完成原}) is said to end there (JX-I-0247,
 * WARNING), so that a project without indicators is seen as a cut copy rather than as a project that set none.
 */
class FormCutAtIndicatorHeaderTest {
  private static List<Finding> cut(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0247")).toList();
  }

  private static String luhuo() throws IOException {
    return Files.readString(Fixtures.path(Fixtures.LUHUO), StandardCharsets.UTF_8);
  }

  @Test
  void aCopyEndingAtTheIndicatorHeaderIsSaidToBeCutThere() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.LUHUO));
    assertThat(cut(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.CUT_AT_INDICATOR_HEADER);
      assertThat(f.location().orElseThrow().line()).hasValue(12L);
      assertThat(f.location().orElseThrow().text()).hasValue("绩效指标");
      assertThat(f.message()).contains("截断");
    });
    // what stands above the header is read as before
    assertThat(r.value().projects().get(0).name()).isEqualTo("重大传染病防治项目");
    assertThat(r.value().projects().get(0).indicators().isEmpty()).isTrue();
  }

  @Test
  void theMessageIsEnglishOnRequest() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().locale(Locale.ENGLISH).build().read(Fixtures.path(Fixtures.LUHUO));
    assertThat(cut(r)).singleElement().satisfies(f -> assertThat(f.message()).contains("the copy is cut there"));
  }

  @Test
  void aHeaderWithAnIndicatorUnderItIsNoCut() throws IOException {
    String form = luhuo().stripTrailing() + "\n\t产出指标\t数量指标\t接种人数\t≥95%\t96%\t\n";
    ReadResult<PerformanceTable> r = read(form);
    assertThat(r.value().projects().get(0).indicators().size()).isEqualTo(1);
    assertThat(cut(r)).isEmpty();
  }

  /** A form that goes on below an empty block (its 总分 row) is no copy cut at the header: the rules speak of it. */
  @Test
  void aHeaderWithRowsOfTheFormBelowItIsNoCut() throws IOException {
    assertThat(cut(read(luhuo().stripTrailing() + "\n总分\t\t\t\t\t\t\n"))).isEmpty();
    assertThat(cut(read(luhuo().stripTrailing() + "\n\t\t\t\t\t\t\n"))).hasSize(1); // a blank line is no row
  }

  /** The next form stacked under a cut one: the cut form is told, the next is read on its own. */
  @Test
  void aCutFormFollowedByAnotherIsToldAlone() throws IOException {
    String next = "项目支出绩效自评表\n项目名称\t乙\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\n"
        + "\t产出指标\t数量指标\t人数\t10\t10\n";
    ReadResult<PerformanceTable> r = read(luhuo().stripTrailing() + "\n" + next);
    assertThat(r.value().projects()).hasSize(2);
    assertThat(cut(r)).singleElement().satisfies(f -> assertThat(f.location().orElseThrow().line()).hasValue(12L));
  }
}
