package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * An indicator its copy cut off before its actual ({@link Indicator#cutOff()}) is written on an
 * 【指标】 row with a 14th cell {@code CUT_OFF} and reads back cut off, in every format; a 14th cell
 * holding anything else, or a cut row with an actual, is not read as an indicator but kept as a
 * note with the reason (JX-I-0137, JX-I-0138).
 */
class CutOffMarkerTest {
  private static final PerformanceTable TABLE =
      PerformanceTable.builder()
          .moneyUnit(MoneyUnit.WAN_YUAN)
          .addProjects(
              Project.builder()
                  .name("临时救助")
                  .moneyUnit(MoneyUnit.WAN_YUAN)
                  .budget(new BigDecimal("30"))
                  .indicators(IndicatorSet.of(
                      Indicator.of(Subcategory.QUANTITY, ">=7人", "7人"),
                      Indicator.builder().category(Category.SATISFACTION).subcategory(Subcategory.SERVED_SATISFACTION)
                          .name("★受助对象满意度(≥**%)").target(">=9").weight(BigDecimal.TEN).cutOff(true).build()))
                  .build())
          .build();

  @Test
  void aCutOffIndicatorIsWrittenWithItsMarkAndReadsBackCutOff() {
    for (TableFormat format : TableFormat.values()) {
      String written = TableWriter.builder().format(format).build().writeToString(TABLE);
      assertThat(written).contains("CUT_OFF");
      ReadResult<PerformanceTable> back = TableReader.builder().format(format).strict(true).build().read(written);
      assertThat(back.value()).isEqualTo(TABLE);
    }
  }

  @Test
  void aFourteenthCellThatIsNoCutMarkOrACutRowWithAnActualIsKeptAsANote() {
    String written = TableWriter.builder().build().writeToString(TABLE);
    String other = written.replace("\tCUT_OFF", "\t是");
    ReadResult<PerformanceTable> r = TableReader.builder().build().read(other);
    assertThat(codes(r)).contains("JX-I-0137");
    assertThat(r.value().projects().get(0).indicators().indicators()).hasSize(1);
    assertThat(r.value().notes()).anyMatch(n -> n.contains("★受助对象满意度"));

    String withActual = written.replace("\t>=9\t", "\t>=9\t95%\t").replace("\t95%\t\t", "\t95%\t"); // an actual in the cut row
    ReadResult<PerformanceTable> r2 = TableReader.builder().build().read(withActual);
    assertThat(r2.value().projects().get(0).indicators().indicators()).noneMatch(Indicator::cutOff);
    assertThat(codes(r2)).containsAnyOf("JX-I-0138", "JX-I-0137");
  }

  private static List<String> codes(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::code).toList();
  }
}
