package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Funds printed by source in columns (广水's template) are read by their headings' words, not by their places: for
 * any order of the columns, any two or more of the sources, either unit in the headings, and with or without a rate,
 * the budget is the 合计, the actual the 执行数, and the sources are those printed, each with its figure.
 */
class FormFundsBySourcePropertyTest {
  private static final String[][] SOURCES = {
    {"中央", "FISCAL_APPROPRIATION"}, {"省、地", "FISCAL_APPROPRIATION"}, {"本级", "FISCAL_APPROPRIATION"}, {"其他", "NON_FISCAL"}
  };

  @Test
  void everyOrderOfTheColumnsReadsTheSameFunds() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(2, SOURCES.length), booleans().all(), booleans().all())
        .checkAssert((seed, count, yuan, withRate) -> {
          Random random = new Random(seed);
          String unit = yuan ? " (元)" : " (万元)";
          List<String[]> columns = new ArrayList<>(); // heading, figure
          List<FundSource> expected = new ArrayList<>();
          int total = 0;
          List<Integer> picked = new ArrayList<>(List.of(0, 1, 2, 3));
          Collections.shuffle(picked, random);
          for (int i : picked.subList(0, count)) {
            int amount = 1 + random.nextInt(1000);
            total += amount;
            columns.add(new String[] {SOURCES[i][0] + unit, Integer.toString(amount)});
          }
          int executed = random.nextInt(total + 1);
          columns.add(new String[] {"合计" + unit, Integer.toString(total)});
          columns.add(new String[] {"执行数" + unit, Integer.toString(executed)});
          if (withRate) {
            columns.add(new String[] {"执行率", "50%"});
          }
          Collections.shuffle(columns, random);
          StringBuilder heading = new StringBuilder("项目资金 来源");
          StringBuilder figures = new StringBuilder();
          for (String[] c : columns) {
            heading.append('\t').append(c[0]);
            figures.append('\t').append(c[1]);
            for (String[] s : SOURCES) {
              if (c[0].equals(s[0] + unit)) {
                expected.add(FundSource.builder().kind(FundKind.valueOf(s[1])).budget(new BigDecimal(c[1])).label(s[0]).build());
              }
            }
          }
          ReadResult<PerformanceTable> r = Fixtures.read(
              "广水市财政预算支出项目绩效目标自评表\n项目名称\t测试项目\n" + heading + "\n" + figures + "\n");
          Project p = r.value().projects().get(0);
          assertThat(p.moneyUnit()).isEqualTo(yuan ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN);
          assertThat(p.budget()).contains(BigDecimal.valueOf(total));
          assertThat(p.actual()).contains(BigDecimal.valueOf(executed));
          assertThat(p.funds()).containsExactlyElementsOf(expected);
          assertThat(p.statedExecutionRate().isPresent()).isEqualTo(withRate);
          assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0212", "JX-I-0202", "JX-I-0203");
        });
  }
}
