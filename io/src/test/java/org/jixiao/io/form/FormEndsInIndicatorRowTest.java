package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Most stored copies of published forms are cut, and many stop inside a row of their indicator
 * block: the last indicator has its name, perhaps its 分值 and part of its target, and nothing from
 * the actual on. The reader marks that indicator cut off ({@link Indicator#cutOff()}), so that the
 * rules read it as undetermined rather than as a blank actual's "not applicable", and says so
 * (JX-I-0259, WARNING) on that row; its cells are read as printed. No other indicator is marked.
 */
class FormEndsInIndicatorRowTest {
  private static List<Finding> ends(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0259")).toList();
  }

  @Test
  void theSuixiAndLinxiangCopiesStopInsideTheirSatisfactionRows() throws IOException {
    ReadResult<PerformanceTable> suixi = FormReader.builder().build().read(Fixtures.path(Fixtures.SUIXI));
    List<Indicator> indicators = suixi.value().projects().get(0).indicators().indicators();
    Indicator last = indicators.get(indicators.size() - 1);
    assertThat(last.name()).contains("★受助对象满意度(≥**%)");
    assertThat(last.target()).contains(">=9");
    assertThat(last.actual()).isEmpty();
    assertThat(last.cutOff()).isTrue();
    assertThat(indicators.subList(0, indicators.size() - 1)).noneMatch(Indicator::cutOff);
    assertThat(ends(suixi)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.ENDS_IN_INDICATOR_ROW);
      assertThat(f.args()).containsEntry("name", "★受助对象满意度(≥**%)");
      assertThat(f.location().orElseThrow().line()).hasValue(20L);
      assertThat(f.message()).contains("★受助对象满意度(≥**%)").contains("无法判定");
    });

    ReadResult<PerformanceTable> linxiang = FormReader.builder().locale(Locale.ENGLISH).build().read(Fixtures.path(Fixtures.LINXIANG));
    assertThat(linxiang.value().projects().get(0).indicators().indicators()).hasSize(8);
    assertThat(ends(linxiang)).singleElement().satisfies(f -> {
      assertThat(f.location().orElseThrow().line()).hasValue(18L);
      assertThat(f.message()).startsWith("the copy ends in the row of its last indicator “受益农户满意度”");
    });
  }

  /** The class: of the real forms, exactly the copies that stop inside an indicator row are told. */
  @Test
  void everyRealCopyStoppingInsideAnIndicatorRowIsToldAndNoOther() throws IOException {
    List<String> told = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    for (String fixture : Fixtures.ALL) {
      ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(fixture));
      if (!ends(r).isEmpty()) {
        told.add(fixture);
      }
      if (r.value().projects().stream().anyMatch(p -> p.indicators().indicators().stream().anyMatch(Indicator::cutOff))) {
        marked.add(fixture);
      }
    }
    assertThat(marked).isEqualTo(told); // each told copy has its cut indicator marked, and only those
    // each checked by hand: its last line is an indicator row cut before its actual (岗, 公众满, 指标1:技, 农村 …)
    assertThat(told).containsExactlyInAnyOrder(Fixtures.TANGXI_WEITUO, Fixtures.DAYING, Fixtures.LICHENG, Fixtures.HAIDIAN,
        Fixtures.ANJU, Fixtures.YINCHUAN, Fixtures.XIUNING, Fixtures.SUINING, Fixtures.SUIXI, Fixtures.LINXIANG,
        Fixtures.GUANGSHUI_2021);
  }

  /**
   * A written form goes on below the cut row (总分, 存在问题 …), so the writer adds a row of its own
   * for the mark ({@code 【副本截断】 | 10}) and the reader marks the indicator again: 濉溪's form
   * written and read back is still provisional, not final.
   */
  @Test
  void aFormWrittenFromACutCopyReadsBackWithItsIndicatorCutOff() throws IOException {
    PerformanceTable suixi = FormReader.builder().build().read(Fixtures.path(Fixtures.SUIXI)).value();
    String written = FormWriter.builder().build().writeToString(suixi);
    assertThat(written).contains("【副本截断】\t10");
    ReadResult<PerformanceTable> back = read(written);
    assertThat(back.value().projects().get(0).indicators().indicators()).extracting(Indicator::cutOff)
        .containsExactlyElementsOf(suixi.projects().get(0).indicators().indicators().stream().map(Indicator::cutOff).toList());
    assertThat(ends(back)).isEmpty(); // the written form does not end in the row
    assertThat(back.diagnostics()).noneMatch(f -> f.severity() == Severity.WARNING && f.code().equals("JX-I-0203"));

    // a marker row that is not the writer's (no such indicator, one with an actual) is kept whole and said
    String form = Fixtures.INDICATOR_FORM_HEAD + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t45\t45\t\n";
    for (String bad : new String[] {"【副本截断】\t1\n", "【副本截断】\t7\n", "【副本截断】\t1\t多余\n"}) {
      ReadResult<PerformanceTable> r = read(form + bad);
      assertThat(r.value().projects().get(0).indicators().indicators()).as(bad).noneMatch(Indicator::cutOff);
      assertThat(r.diagnostics()).as(bad).anyMatch(f -> f.code().equals("JX-I-0203") && f.severity() == Severity.WARNING);
    }
  }

  @Test
  void aLastRowWithItsActualOrScoreOrFollowedByATotalIsNotCut() {
    String form = Fixtures.INDICATOR_FORM_HEAD + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t45\t45\t\n";
    assertThat(ends(read(form))).isEmpty();
    assertThat(ends(read(form + "\t\t质量指标\t合格率\t≥95%\t\t45\t40\t\n"))).isEmpty(); // a score, no actual: blank, not cut
    assertThat(ends(read(form + "\t\t质量指标\t合格率\t≥95%\n总分\t\t\t\t\t\t90\t85\n"))).isEmpty();
    ReadResult<PerformanceTable> cut = read(form + "\t\t质量指标\t合格率\t≥95%\n");
    assertThat(ends(cut)).hasSize(1);
    assertThat(cut.value().projects().get(0).indicators().indicators()).extracting(Indicator::cutOff).containsExactly(false, true);
    assertThat(read(form + "\t\t质量指标\t合格率\t≥95%\t\t45\t40\t\n").value().projects().get(0).indicators().indicators())
        .noneMatch(Indicator::cutOff);
    // a last line that carries on the name of an indicator read whole is no cut row
    assertThat(ends(read(form + "\t满意度指标\t服务对象满意度指标\t参训人员对培训组织安排及\t≥90%\t95%\t10\t10\t\n\t\t\t培训内容的总体满意程度\n")))
        .isEmpty();
  }

  /**
   * Stacked copies (a stored page of several forms): the first of two that stops inside its last
   * indicator's row, the next form's title right under it, is told and marked as a copy at the file's
   * end is. Real forms stacked: 临翔 2023 (cut in its 受益农户满意度 row) over 天长 2022 (whole). A whole
   * form over another, or a last row with its actual, is not told (review 2 of session 46).
   */
  @Test
  void theFirstOfTwoStackedCopiesStoppingInsideItsLastRowIsTold() throws IOException {
    String linxiang = java.nio.file.Files.readString(Fixtures.path(Fixtures.LINXIANG), java.nio.charset.StandardCharsets.UTF_8);
    String tianchang = java.nio.file.Files.readString(Fixtures.path(Fixtures.TIANCHANG), java.nio.charset.StandardCharsets.UTF_8);

    ReadResult<PerformanceTable> stacked = read(linxiang.stripTrailing() + "\n" + tianchang);

    assertThat(stacked.value().projects()).hasSize(2);
    List<Indicator> first = stacked.value().projects().get(0).indicators().indicators();
    assertThat(first.get(first.size() - 1).name()).contains("受益农户满意度");
    assertThat(first).extracting(Indicator::cutOff).containsOnlyOnce(true).last().isEqualTo(true);
    assertThat(stacked.value().projects().get(1).indicators().indicators()).noneMatch(Indicator::cutOff);
    assertThat(ends(stacked)).singleElement().satisfies(f -> {
      assertThat(f.args()).containsEntry("name", "受益农户满意度");
      assertThat(f.location().orElseThrow().line()).hasValue(18L);
    });

    // the other way round: the whole form above closes at its 总分, the cut one below ends the file
    ReadResult<PerformanceTable> reversed = read(tianchang.stripTrailing() + "\n" + linxiang);
    assertThat(ends(reversed)).singleElement().satisfies(f -> assertThat(f.args()).containsEntry("name", "受益农户满意度"));
    assertThat(reversed.value().projects().get(0).indicators().indicators()).noneMatch(Indicator::cutOff);

    // a last row with its actual, the next form right under it: no cut
    String form = Fixtures.INDICATOR_FORM_HEAD + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t45\t45\t\n";
    assertThat(ends(read(form + tianchang))).isEmpty();
  }
}
