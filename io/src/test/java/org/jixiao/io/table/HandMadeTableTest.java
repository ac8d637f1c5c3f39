package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/**
 * The first page of the real Longgang table (the seed's first 18 lines and a 合计 of their five
 * projects), changed in one of the ways people make such tables by hand or in a word processor —
 * the unit in a heading, a cell or the title; 附件2 or a note above the title; 序号 written 1. or
 * （2）; a 小计 row; a sign-off line spread over cells — reads as the page itself does: the same
 * projects with the same amounts, each change said where it is not plain.
 */
class HandMadeTableTest {
  private static final TableReader READER = TableReader.builder().build();

  /** The seed's first page: title lines, the three header rows and projects 1 to 5. */
  private static String page() {
    List<String> lines = Seed.text().lines().toList();
    return String.join("\n", lines.subList(0, 18)) + "\n合计\t\t\t\t386.44\t384.24\t384.24\t0.00\t99.43\n";
  }

  private static ReadResult<PerformanceTable> read(UnaryOperator<String> change) {
    return READER.read(change.apply(page()));
  }

  private static List<String> codes(ReadResult<PerformanceTable> read) {
    return read.diagnostics().stream().map(Finding::code).toList();
  }

  private static final ReadResult<PerformanceTable> AS_PUBLISHED = READER.read(page());

  private static void readsAsPublished(ReadResult<PerformanceTable> read) {
    assertThat(read.value().moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(read.value().projects()).extracting(p -> p.seq().orElse(-1)).containsExactly(1, 2, 3, 4, 5);
    assertThat(read.value().projects()).extracting(Project::budget)
        .isEqualTo(AS_PUBLISHED.value().projects().stream().map(Project::budget).toList());
    assertThat(read.value().projects()).extracting(Project::actual)
        .isEqualTo(AS_PUBLISHED.value().projects().stream().map(Project::actual).toList());
  }

  @Test
  void thePageReadsItsFiveProjectsInWanYuan() {
    assertThat(AS_PUBLISHED.value().projects()).hasSize(5);
    assertThat(AS_PUBLISHED.value().projects().get(0).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("318.14"));
  }

  @Test
  void aUnitInTheAmountHeadingsIsTheTablesWhenNoLineStatesOne() {
    ReadResult<PerformanceTable> read =
        read(t -> t.replace("单位：万元\n", "").replace("项目年度预算金额\t", "项目年度预算金额（万元）\t").replace("实际支出金额\t", "实际支出金额(万元)\t"));
    readsAsPublished(read);
    assertThat(codes(read)).contains("JX-I-0109").doesNotContain("JX-I-0142", "JX-I-0103");
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0109")).first()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(ReadDiagnostics.UNIT_IN_HEADING))
        .satisfies(f -> assertThat(f.message()).isEqualTo("表头“项目年度预算金额（万元）”注明金额以万元计；没有“单位”行，全表金额按万元理解"));
  }

  @Test
  void aUnitInAHeadingThatAgreesWithTheUnitLineIsSilentAndOneThatDiffersIsSaid() {
    ReadResult<PerformanceTable> agrees = read(t -> t.replace("项目年度预算金额\t", "项目年度预算金额（万元）\t"));
    readsAsPublished(agrees);
    assertThat(codes(agrees)).doesNotContain("JX-I-0109", "JX-I-0110", "JX-I-0103");
    ReadResult<PerformanceTable> differs = read(t -> t.replace("项目年度预算金额\t", "项目年度预算金额（元）\t"));
    readsAsPublished(differs); // the 单位 line's unit is kept
    assertThat(codes(differs)).contains("JX-I-0110");
  }

  @Test
  void aPercentSignInTheRateHeadingKeepsTheStatedRate() {
    ReadResult<PerformanceTable> read = read(t -> t.replace("预算支出执行率\t", "预算支出执行率（%）\t"));
    readsAsPublished(read);
    assertThat(read.value().projects()).extracting(Project::statedExecutionRate)
        .isEqualTo(AS_PUBLISHED.value().projects().stream().map(Project::statedExecutionRate).toList());
  }

  @Test
  void aUnitAtTheEndOfTheTitleIsTheTablesWhenNoLineStatesOne() {
    ReadResult<PerformanceTable> read =
        read(t -> t.replace("单位：万元\n", "").replace("情况公开表\n", "情况公开表（单位：万元）\n"));
    readsAsPublished(read);
    assertThat(codes(read)).doesNotContain("JX-I-0142");
    assertThat(read.value().fiscalYear()).hasValue(2019);
  }

  @Test
  void amountsWrittenWithTheirUnitAreReadAndOtherUnitsConvertedExactly() {
    ReadResult<PerformanceTable> sameUnit = read(t -> t.replace("\t318.14\t316.53\t", "\t318.14万元\t316.53万元\t"));
    readsAsPublished(sameUnit);
    assertThat(codes(sameUnit)).doesNotContain("JX-I-0114", "JX-I-0213");
    ReadResult<PerformanceTable> yuan = read(t -> t.replace("\t318.14\t316.53\t", "\t3181400元\t3,165,300元\t"));
    readsAsPublished(yuan);
    assertThat(yuan.value().projects().get(0).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo(new BigDecimal("318.14")));
    assertThat(codes(yuan)).doesNotContain("JX-I-0114").filteredOn("JX-I-0213"::equals).hasSize(2);
    assertThat(yuan.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0213")).first()
        .satisfies(f -> assertThat(f.message()).isEqualTo("以元填写的金额已精确换算为本表的万元"));
    // a figure with another word after it is still no amount
    assertThat(codes(read(t -> t.replace("\t318.14\t", "\t318.14万人\t")))).contains("JX-I-0114");
  }

  @Test
  void anAttachmentLabelOrANoteAboveTheTitleIsNoTitle() {
    for (String above : List.of("附件2", "附件2：", "附件：", "附件 二")) {
      ReadResult<PerformanceTable> read = read(t -> t.replace("附表：\n", above + "\n"));
      readsAsPublished(read);
      assertThat(read.value().title()).hasValueSatisfying(title -> assertThat(title).startsWith("2019年度深圳市龙岗区"));
      assertThat(read.value().fiscalYear()).hasValue(2019);
    }
    ReadResult<PerformanceTable> note = read(t -> t.replace("附表：\n", "说明：本表数据来源于部门决算。\n"));
    assertThat(note.value().title()).hasValueSatisfying(title -> assertThat(title).startsWith("2019年度深圳市龙岗区"));
    assertThat(note.value().notes()).contains("说明：本表数据来源于部门决算。");
    // an attachment label is a label, not the start of any text
    assertThat(read(t -> t.replace("附表：\n", "附件材料清单见后\n")).value().title()).contains("附件材料清单见后");
  }

  @Test
  void numberedListPunctuationAroundASeqIsNoPartOfIt() {
    ReadResult<PerformanceTable> read =
        read(t -> t.replace("\n1\t龙岗区", "\n1.\t龙岗区").replace("\n2\t龙岗区", "\n2、\t龙岗区")
            .replace("\n3\t龙岗区", "\n（3）\t龙岗区").replace("\n4\t龙岗区", "\n(4)\t龙岗区").replace("\n5\t龙岗区", "\n5．\t龙岗区"));
    readsAsPublished(read);
    assertThat(codes(read)).doesNotContain("JX-I-0115");
    // a decimal is still no 序号
    assertThat(codes(read(t -> t.replace("\n1\t龙岗区", "\n1.5\t龙岗区")))).contains("JX-I-0115");
  }

  @Test
  void aSubtotalRowIsKeptAsANoteAndIsNoProject() {
    ReadResult<PerformanceTable> read =
        read(t -> t.replace("\n合计\t", "\n小计\t\t\t\t386.44\t384.24\t384.24\t0.00\t99.43\n合计\t"));
    readsAsPublished(read);
    assertThat(read.value().notes()).anyMatch(n -> n.startsWith("小计"));
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0119")).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo(ReadDiagnostics.CLOSING_ROW));
    assertThat(read.value().totals()).isPresent();
  }

  @Test
  void aSignOffLineSpreadOverCellsIsKeptAsANoteAndIsNoProject() {
    for (String line : List.of("填表人：张三\t\t审核人：李四\t\t填报日期：2020年4月30日", "单位负责人：\t\t财务负责人：\t\t填表人：", "填表人：\t张三\t审核人：\t李四")) {
      ReadResult<PerformanceTable> read = read(t -> t + line + "\n");
      readsAsPublished(read);
      assertThat(read.value().notes()).as(line).anyMatch(n -> n.startsWith(line.substring(0, 3)));
      assertThat(codes(read)).as(line).contains("JX-I-0120").doesNotContain("JX-I-0114", "JX-I-0123");
    }
    // a project whose name starts with such a word is still a project
    ReadResult<PerformanceTable> project = read(t -> t.replace("\t临聘人员管理\t", "\t审核人员培训\t"));
    assertThat(project.value().projects()).extracting(p -> p.name()).contains("审核人员培训");
    assertThat(codes(project)).doesNotContain("JX-I-0120");
  }
}
