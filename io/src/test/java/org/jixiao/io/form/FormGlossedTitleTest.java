package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * A mirror in traditional script that glosses each character with its pinyin, inside the title's
 * words too (宣城 2023: {@code …績(jī)效目標(biāo)自評(píng)表}), still titles the form: the title is kept as
 * printed and its year read, and the rows above the form's 项目名称 are no longer taken for the tail
 * of a form cut off above (JX-I-0201). Before, the title was not recognised and the year was lost.
 */
class FormGlossedTitleTest {
  @Test
  void aTitleGlossedInsideItsWordsIsReadWithItsYear() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.XUANCHENG));

    assertThat(r.value().title()).contains("宣城市轉(zhuǎn)移支付區(qū)域(項(xiàng)目)績(jī)效目標(biāo)自評(píng)表");
    assertThat(r.value().fiscalYear()).hasValue(2023);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0201");
    assertThat(r.value().notes()).isEmpty();
    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.adjustedBudget()).contains(new BigDecimal("148"));
      assertThat(p.actual()).contains(new BigDecimal("46"));
    });
    String tsv = Files.readString(Fixtures.path(Fixtures.XUANCHENG), StandardCharsets.UTF_8);
    assertThat(DocumentLayout.detect(TableReader.builder().build().readGrid(tsv, "")))
        .isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
  }
}
