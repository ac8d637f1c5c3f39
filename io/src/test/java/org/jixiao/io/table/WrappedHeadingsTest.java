package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/**
 * The first page of the real Longgang table (the seed's first 18 lines) with its headings wrapped
 * over the header's rows, as narrow PDF columns print them: 项目年度预算 above 金额, 预算支出 above
 * 执行率. Each wrapped heading is read as the one label it is, and the page reads as published.
 */
class WrappedHeadingsTest {
  private static final TableReader READER = TableReader.builder().build();

  /** The seed's first page: title lines, the three header rows (lines 11–13), projects 1 to 5. */
  private static List<String> page() {
    return new ArrayList<>(Seed.text().lines().toList().subList(0, 18));
  }

  private static final ReadResult<PerformanceTable> AS_PUBLISHED = READER.read(String.join("\n", page()));

  /** The page with its header (three rows of 28 cells) changed by {@code change}. */
  private static ReadResult<PerformanceTable> read(Consumer<String[][]> change) {
    List<String> lines = page();
    String[][] header = new String[3][28];
    for (int r = 0; r < 3; r++) {
      String[] cells = lines.get(10 + r).split("\t", -1);
      for (int c = 0; c < 28; c++) {
        header[r][c] = c < cells.length ? cells[c] : "";
      }
    }
    change.accept(header);
    for (int r = 0; r < 3; r++) {
      lines.set(10 + r, String.join("\t", header[r]));
    }
    return READER.read(String.join("\n", lines));
  }

  /** Writes {@code parts} down column {@code c}, from the header's first row. */
  private static void wrap(String[][] header, int c, String... parts) {
    for (int r = 0; r < parts.length; r++) {
      header[r][c] = parts[r];
    }
  }

  private static void readsAsPublished(ReadResult<PerformanceTable> read) {
    assertThat(read.value().projects()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(read.value().projects().get(i))
          .usingRecursiveComparison()
          .isEqualTo(AS_PUBLISHED.value().projects().get(i));
    }
  }

  private static List<Finding> withCode(ReadResult<PerformanceTable> read, String code) {
    return read.diagnostics().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void headingsWrappedOverTwoRowsAreReadAsTheirLabels() {
    ReadResult<PerformanceTable> read =
        read(h -> {
          wrap(h, 3, "是否政府投资", "项目(是/否)");
          wrap(h, 4, "项目年度预算", "金额");
          wrap(h, 8, "预算支出", "执行率");
          wrap(h, 9, "年初绩效", "目标");
          wrap(h, 10, "绩效目标整体", "完成情况");
          wrap(h, 25, "项目执行中存在", "的问题");
        });

    readsAsPublished(read);
    assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0103", "JX-I-0104");
    assertThat(withCode(read, "JX-I-0402")).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(ReadDiagnostics.WRAPPED_HEADING);
      assertThat(f.message())
          .startsWith("第11–13行的表头中有折成几行的标签，已合为一个标签读取：第4列“是否政府投资”与其下的“项目(是/否)”读作“是否政府投资项目(是/否)”")
          .contains("第5列“项目年度预算”与其下的“金额”读作“项目年度预算金额”")
          .contains("第26列“项目执行中存在”与其下的“的问题”读作“项目执行中存在的问题”");
    });
  }

  @Test
  void aHeadingWrappedOverThreeRowsAndItsUnitAreOneLabel() {
    ReadResult<PerformanceTable> read =
        read(h -> wrap(h, 4, "项目年度", "预算金额", "（万元）"));

    readsAsPublished(read);
    assertThat(withCode(read, "JX-I-0402")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("第5列“项目年度预算金额”与其下的“（万元）”读作“项目年度预算金额（万元）”"));
  }

  @Test
  void theUnitOfAWrappedHeadingIsTheTablesWhenNoLineStatesOne() {
    List<String> lines = page();
    lines.remove("单位：万元");
    String[] top = lines.get(9).split("\t", -1);
    String[] second = lines.get(10).split("\t", -1);
    top[4] = "项目年度预算金额";
    second[4] = "（万元）";
    lines.set(9, String.join("\t", top));
    lines.set(10, String.join("\t", second));

    ReadResult<PerformanceTable> read = READER.read(String.join("\n", lines));

    assertThat(read.value().moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(read.diagnostics()).extracting(Finding::code).contains("JX-I-0402", "JX-I-0109").doesNotContain("JX-I-0142");
  }

  @Test
  void aGroupOverItsOwnHeadingsStaysAGroup() {
    // 实际支出金额 over 合计, 产出目标 over 数量指标: both name something, so neither is a wrap
    assertThat(withCode(AS_PUBLISHED, "JX-I-0402")).isEmpty();
  }
}
