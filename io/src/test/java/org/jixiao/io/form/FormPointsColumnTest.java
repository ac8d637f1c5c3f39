package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A column of the indicator block headed by a bare figure, the block's points, instead of a name
 * (四川安居 2021: 年度绩效指标完成情况 | 一级指标 | … | 实际完成指标值 | 50, under a 自评得分 column that
 * prints 100, 20 and 20 above it).
 */
class FormPointsColumnTest {
  private static final String HEAD = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t50\n";
  private static final String ROWS =
      "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t30\n\t效益指标\t社会效益指标\t群众知晓率\t≥90%\t80%\t15\n";

  private static List<BigDecimal> scores(Project p) {
    return p.indicators().indicators().stream().map(i -> i.statedScore().orElse(null)).toList();
  }

  /** 安居 2021: the figures were stray cells under a header 50, the 50 itself kept only as their header. */
  @Test
  void underTheFormsSelfScoreColumnTheFiguresAreEachIndicatorsScore() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.ANJU));
    Project p = r.value().projects().get(0);
    List<Indicator> indicators = p.indicators().indicators();
    assertThat(indicators).hasSize(10);
    assertThat(indicators.subList(0, 9)).extracting(i -> i.statedScore().map(BigDecimal::toPlainString).orElse(""))
        .containsExactly("5", "4", "5", "3", "3", "3", "5", "3", "3");
    assertThat(indicators.get(9).statedScore()).isEmpty(); // the cut row 指标1:技
    assertThat(indicators).allSatisfy(i -> assertThat(i.weight()).isEmpty());
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("年度绩效指标完成情况");
      assertThat(c.text()).isEqualTo("50");
    });
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0238").doesNotContain("JX-I-0237");
  }

  @Test
  void aSelfScoreLabelAboveTheBlockMakesTheFiguresScoresAndTheHeadingIsKept() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t测试项目\t\t\t自评得分\n\t\t\t\t90\n" + HEAD + ROWS);
    Project p = r.value().projects().get(0);
    assertThat(scores(p)).containsExactly(new BigDecimal("30"), new BigDecimal("15"));
    assertThat(p.indicators().indicators().get(1).actual()).contains("80%");
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("50");
  }

  @Test
  void withoutTheFormSayingWhichPointsTheyAreTheFiguresStayStrayCells() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t测试项目\n" + HEAD + ROWS);
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators()).allSatisfy(i -> {
      assertThat(i.statedScore()).isEmpty();
      assertThat(i.weight()).isEmpty();
    });
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("50", "30", "15");
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0239");
  }

  @Test
  void aBlockWithItsOwnScoreColumnKeepsItAndTheFigureHeadingIsNoSecondOne() {
    String head = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\t50\n";
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t测试项目\t自评得分\n"
        + head + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t28\t30\n");
    Project p = r.value().projects().get(0);
    assertThat(scores(p)).containsExactly(new BigDecimal("28"));
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("30", "50");
  }
}
