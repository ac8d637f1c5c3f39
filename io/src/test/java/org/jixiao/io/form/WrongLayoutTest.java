package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * A reader given another layout than its own says so once, as an ERROR, instead of reading label
 * rows as projects (a form read as a table gave seven nameless projects without an error) or a
 * declaration's targets as a form with no actuals.
 */
class WrongLayoutTest {
  /** A declaration's top block and indicator header, as the district workbooks print them. */
  private static final String DECLARATION =
      "二级项目支出绩效目标申报表\n"
          + "项目编码：\t440306231391500000189\t\t项目名称：\t潭头社区工作站\n"
          + "申请单位：\t深圳市宝安区松岗街道办事处（本级）\t\t实施期限：\t3\n"
          + "是否新增项目：\t否\t\t分配方式：\t因素法和项目法\n"
          + "政策依据：\t…\n测算依据：\t…\n年度目标：\t…\n"
          + "一级指标\t二级指标\t三级指标\t目标值\t指标解释\n"
          + "产出\t数量\t需保障保洁的党群服务中心数量\t两栋\t…\n";

  private static List<Finding> withRule(ReadResult<?> read, String rule) {
    return read.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
  }

  private static Path sample() throws Exception {
    return Path.of(Objects.requireNonNull(WrongLayoutTest.class.getResource("/longgang-hr-2019.tsv")).toURI());
  }

  @Test
  void everyRealFormReadAsATableIsOneErrorThatNamesTheFormLayout() throws Exception {
    for (String name : Fixtures.ALL) {
      ReadResult<PerformanceTable> read = TableReader.builder().build().read(Fixtures.path(name));
      List<Finding> said = withRule(read, ReadDiagnostics.OTHER_LAYOUT);
      assertThat(said).as(name).hasSize(1);
      assertThat(said.get(0).severity()).isEqualTo(Severity.ERROR);
      assertThat(said.get(0).code()).isEqualTo("JX-I-0196");
      assertThat(said.get(0).message()).as(name).contains("单个项目的自评表");
    }
  }

  @Test
  void aFormReadAsATableInEnglishNamesTheReadersToUse() throws Exception {
    ReadResult<PerformanceTable> read =
        TableReader.builder().locale(Locale.ENGLISH).build().read(Fixtures.path(Fixtures.TIANCHANG));
    assertThat(withRule(read, ReadDiagnostics.OTHER_LAYOUT))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("a single-project form").contains("FormReader"));
  }

  @Test
  void aStrictTableReadOfAFormStopsAtTheLayout() {
    // the title and 项目名称 rows come first, so the layout is told before any row is read wrong
    String form = "项目支出绩效自评表\n项目名称\t档案数字化\n\t年初预算数\t全年执行数\t分值\t执行率\t得分\n";
    assertThatThrownBy(() -> TableReader.builder().strict(true).build().read(form))
        .isInstanceOfSatisfying(
            JixiaoReadException.class, e -> assertThat(e.code()).hasValue("JX-I-0196"));
  }

  @Test
  void aDeclarationReadAsATableOrAsFormsIsAnErrorThatNamesTheDeclarationLayout() {
    ReadResult<PerformanceTable> table = TableReader.builder().build().read(DECLARATION);
    assertThat(withRule(table, ReadDiagnostics.OTHER_LAYOUT))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("绩效目标申报表"));
    ReadResult<PerformanceTable> forms = Fixtures.read(DECLARATION);
    assertThat(withRule(forms, FormDiagnostics.OTHER_LAYOUT))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("JX-I-0249");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
  }

  @Test
  void theSampleTableReadAsFormsSaysItIsATableAndHasNoForm() throws Exception {
    ReadResult<PerformanceTable> forms = FormReader.builder().build().read(sample());
    assertThat(withRule(forms, FormDiagnostics.OTHER_LAYOUT)).extracting(Finding::code).containsExactly("JX-I-0248");
    assertThat(withRule(forms, FormDiagnostics.NO_FORM)).hasSize(1);
  }

  @Test
  void eachLayoutReadByItsOwnReaderHasNoLayoutError() throws Exception {
    assertThat(withRule(TableReader.builder().build().read(sample()), ReadDiagnostics.OTHER_LAYOUT)).isEmpty();
    for (String name : Fixtures.ALL) {
      ReadResult<PerformanceTable> read = FormReader.builder().build().read(Fixtures.path(name));
      assertThat(withRule(read, FormDiagnostics.OTHER_LAYOUT)).as(name).isEmpty();
    }
  }
}
