package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * An indicator header whose 一级指标 heading is blank or unreadable, its other headings clean (长江禁捕
 * 2020, a docx copy of the Hubei 20/80 template: OCR merged 年度绩效目标1(80分) and 一级指标 into one
 * garbled cell beside a blank one), still opens the block: the column left of 二级指标 is read as the
 * 一级 column, a WARNING says so (JX-I-0258), and rows whose 一级 labels are garbled too take their
 * categories from their 二级. Before, no header was found and every indicator row was lost.
 */
class FormLevelOneUnheadedTest {
  private static List<Finding> unheaded(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0258")).toList();
  }

  @Test
  void theChangjiangBlockIsReadWithItsCategoriesFromTheSecondLevel() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.CHANGJIANG));
    Project p = r.value().projects().get(0);

    assertThat(p.indicators().indicators())
        .extracting(i -> i.category(), i -> i.subcategory().orElseThrow(), i -> i.name().orElse(""),
            i -> i.target().orElse(""), i -> i.actual().orElse(""), i -> i.statedScore().orElseThrow().toPlainString())
        .containsExactly(
            tuple(Category.OUTPUT, Subcategory.QUANTITY, "补贴渔船数", "6", "6", "20"),
            tuple(Category.OUTPUT, Subcategory.QUALITY, "渔船补贴发放率", "100%", "100%", "10"),
            tuple(Category.OUTPUT, Subcategory.TIMELINESS, "12月底之前完成", "100%", "100%", "10"),
            tuple(Category.SATISFACTION, Subcategory.SERVED_SATISFACTION, "退捕渔民抽样调查满意度", "90%", "290%", "40"));
    assertThat(p.statedScore()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("100"));
    // the garbled 一级 labels and the block's garbled heading are kept, not dropped
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("出标产指", "益标效指", "意指斥满度打");
    assertThat(unheaded(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.LEVEL_ONE_UNHEADED);
      assertThat(f.args()).containsEntry("column", "2");
      assertThat(f.location().orElseThrow().line()).hasValue(10L);
      assertThat(f.location().orElseThrow().text()).hasValue("度效标O0B年绩目1分EB");
      assertThat(f.message()).contains("第2列按一级指标读取");
    });
    ReadResult<PerformanceTable> en = FormReader.builder().locale(Locale.ENGLISH).build().read(Fixtures.path(Fixtures.CHANGJIANG));
    assertThat(unheaded(en)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("the indicator header prints no 一级指标"));
  }

  /** The class, not the one cell: a blank 一级 heading, beside the block's label or not, or one cut short, read alike. */
  @Test
  void aBlankOrCutLevelOneHeadingReadsAlike() {
    String headings = "\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n";
    String rows = "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t20\n" + "\t\t质量指标\t合格率\t≥95%\t96%\t20\n";
    for (String left : List.of("绩效指标\t", "\t", "绩效目标(80分)\t一级指")) {
      ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t某项目\n" + left + headings + rows);
      assertThat(r.value().projects().get(0).indicators().indicators()).as(left)
          .extracting(i -> i.subcategory().orElseThrow()).containsExactly(Subcategory.QUANTITY, Subcategory.QUALITY);
      assertThat(unheaded(r)).as(left).hasSize(1);
    }
  }

  /**
   * A header over two rows whose 一级指标 is printed only on the upper one (绩效指标 | 一级指标 | … | 分值 |
   * 得分 over | | 二级指标 | 三级指标 | 年度指标值 | 实际完成值) is one header: its lower line, blank under 一级指标,
   * does not open the block again, and the 分值 and 得分 are read (a review of this change built it).
   */
  @Test
  void theSecondLineOfATwoRowHeaderDoesNotReopenTheBlock() {
    String tsv = Fixtures.INDICATOR_FORM_HEAD.substring(0, Fixtures.INDICATOR_FORM_HEAD.lastIndexOf("绩效指标"))
        + "绩效指标\t一级指标\t\t\t\t\t分值\t得分\n"
        + "\t\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        + "\t产出指标\t数量指标\t培训人次\t≥100人次\t50人次\t50\t25\n"
        + "\t效益指标\t社会效益指标\t就业率\t≥90%\t95%\t40\t40\n";
    ReadResult<PerformanceTable> r = read(tsv);
    assertThat(unheaded(r)).isEmpty();
    assertThat(r.value().projects().get(0).indicators().indicators())
        .extracting(i -> i.weight().orElseThrow().toPlainString(), i -> i.statedScore().orElseThrow().toPlainString())
        .containsExactly(tuple("50", "25"), tuple("40", "40"));
  }

  /**
   * Not a header: a declaration's block (no actual, no score), a block label right beside 二级指标
   * (no column left for the levels), or another heading there (序号). And a header that prints 一级指标 is
   * read as before, without the warning: no other fixture gets it.
   */
  @Test
  void onlyAHeaderMissingItsLevelOneHeadingIsReadSo() throws IOException {
    String head = "项目支出绩效自评表\n项目名称\t某项目\n";
    String row = "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t20\n";
    for (String header : List.of("\t\t二级指标\t三级指标\t年度指标值\t指标解释\n", "\t绩效指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n",
        "\t序号\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n")) {
      ReadResult<PerformanceTable> r = read(head + header + row);
      assertThat(unheaded(r)).as(header).isEmpty();
      assertThat(r.value().projects().get(0).indicators().indicators()).as(header).isEmpty();
    }
    for (String fixture : Fixtures.ALL) {
      if (!fixture.equals(Fixtures.CHANGJIANG)) {
        assertThat(unheaded(FormReader.builder().build().read(Fixtures.path(fixture)))).as(fixture).isEmpty();
      }
    }
  }
}
