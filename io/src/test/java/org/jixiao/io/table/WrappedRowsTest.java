package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.testing.WrappedLines.cut;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/**
 * The first page of the real Longgang table (the seed's first 18 lines), with a project row cut
 * the ways a PDF extraction cuts tall rows: the ends of its texts on a line of their own (no 序号,
 * no figure, every text under a cell the row filled), on the same page or after the header
 * repeated on the next. Read, the page has its five projects with the texts as printed; a line
 * that brings figures, or text where the row had none, is no such end.
 */
class WrappedRowsTest {
  private static final TableReader READER = TableReader.builder().build();

  private static final int NAME = 2;
  private static final int GOAL = 9;
  /** 质量指标 完成情况 of project 2: 因不可抗力因素，该期培训计划取消. */
  private static final int QUALITY_ACTUAL = 12;
  private static final int RECTIFICATION = 26;

  /** The seed's first page: title lines, the three header rows (lines 11–13), projects 1 to 5. */
  private static List<String> page() {
    return new ArrayList<>(Seed.text().lines().toList().subList(0, 18));
  }

  private static final ReadResult<PerformanceTable> AS_PUBLISHED = READER.read(String.join("\n", page()));

  /** The ends {@code cut} moves to a line of their own, tab-separated. */
  private static String ends(String line, int at, int... columns) {
    String[] row = line.split("\t", -1);
    return String.join("\t", Arrays.stream(columns).mapToObj(c -> row[c].substring(at)).toList());
  }

  private static ReadResult<PerformanceTable> read(List<String> lines) {
    return READER.read(String.join("\n", lines));
  }

  private static List<Finding> withCode(ReadResult<PerformanceTable> read, String code) {
    return read.diagnostics().stream().filter(f -> f.code().equals(code)).toList();
  }

  /** The same projects as the page as published: texts, indicators, figures and stray cells. */
  private static void readsAsPublished(ReadResult<PerformanceTable> read) {
    assertThat(read.value().projects()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(read.value().projects().get(i))
          .usingRecursiveComparison()
          .ignoringFields("sourceLine")
          .isEqualTo(AS_PUBLISHED.value().projects().get(i));
    }
  }

  @Test
  void theEndsOfARowsTextsOnALineOfTheirOwnAreJoinedToThem() {
    // project 2 (line 15): 雇员员、组织人事干部培训 and three more texts cut after 7 characters
    ReadResult<PerformanceTable> read = read(cut(page(), 14, 7, NAME, GOAL, QUALITY_ACTUAL, RECTIFICATION));

    readsAsPublished(read);
    assertThat(read.value().projects().get(1).name()).isEqualTo("雇员员、组织人事干部培训");
    assertThat(withCode(read, "JX-I-0401")).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(ReadDiagnostics.WRAPPED_ROW);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message())
          .isEqualTo("第16行没有序号、没有金额，其文字都在第15行（序号 2）有字的栏下，是该行的折行（跨页或换行）：已接在该行各栏文字之后");
      assertThat(f.location().orElseThrow().line()).hasValue(16);
      assertThat(f.location().orElseThrow().text()).hasValue(ends(page().get(14), 7, NAME, GOAL, QUALITY_ACTUAL, RECTIFICATION));
    });
    assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0118", "JX-I-0122");
  }

  @Test
  void aRowCutByAPageBreakJoinsAcrossTheHeaderRepeatedOnTheNextPage() {
    List<String> lines = cut(page(), 15, 9, GOAL, 11, 13, 22, 24, 26);
    // the next page repeats the header (lines 11–13) above the row's ends
    List<String> header = page().subList(10, 13);
    lines.addAll(16, header);

    ReadResult<PerformanceTable> read = read(lines);

    readsAsPublished(read);
    assertThat(withCode(read, "JX-I-0401")).singleElement()
        .satisfies(f -> assertThat(f.location().orElseThrow().line()).hasValue(20));
  }

  @Test
  void aLineThatBringsFiguresIsAProjectOfItsOwn() {
    List<String> lines = page();
    lines.add(15, "\t\t员额培训补充\t否\t1.00\t1.00\t1.00\t\t100.00");

    ReadResult<PerformanceTable> read = read(lines);

    assertThat(read.value().projects()).hasSize(6);
    assertThat(read.value().projects().get(2).name()).isEqualTo("员额培训补充");
    assertThat(read.value().projects().get(1).name()).isEqualTo("雇员员、组织人事干部培训");
    assertThat(withCode(read, "JX-I-0401")).isEmpty();
  }

  @Test
  void aLineWithTextWhereTheRowHasNoneIsNoWrapAndKeepsItsText() {
    // project 2 leaves 时效指标 (columns 17, 18) empty: text there is not the end of its texts
    List<String> lines = page();
    String[] rest = new String[28];
    Arrays.fill(rest, "");
    rest[NAME] = "补充说明";
    rest[17] = "当年完成";
    lines.add(15, String.join("\t", rest));

    ReadResult<PerformanceTable> read = read(lines);

    assertThat(withCode(read, "JX-I-0401")).isEmpty();
    assertThat(read.value().projects().get(1).name()).isEqualTo("雇员员、组织人事干部培训");
    assertThat(read.value().projects()).anySatisfy(p -> assertThat(p.name()).isEqualTo("补充说明"));
  }

  @Test
  void aRowWithoutSeqIsNotWrappedByTheLineBelow() {
    // with no 序号 above, a line of text under its cells may be a project of its own
    List<String> lines = cut(page(), 14, 8, NAME);
    lines.set(14, lines.get(14).replaceFirst("^2\t", "\t"));

    ReadResult<PerformanceTable> read = read(lines);

    assertThat(withCode(read, "JX-I-0401")).isEmpty();
    assertThat(read.value().projects()).extracting(Project::name)
        .contains("雇员员、组织人事", "干部培训");
  }

  @Test
  void aStrictReadJoinsTheEndsAsALenientOneDoes() {
    // the page as jixiao writes it (a strict read stops at the published page's shifted cells)
    List<String> written =
        new ArrayList<>(TableWriter.builder().build().writeToString(AS_PUBLISHED.value()).lines().toList());
    int row = 0;
    while (!written.get(row).startsWith("2\t")) {
      row++;
    }
    int name = Arrays.asList(written.get(row).split("\t", -1)).indexOf("雇员员、组织人事干部培训");
    TableReader strict = TableReader.builder().strict(true).build();

    ReadResult<PerformanceTable> read = strict.read(String.join("\n", cut(written, row, 8, name)));

    assertThat(read.value().projects()).hasSize(5);
    assertThat(read.value().projects().get(1).name()).isEqualTo("雇员员、组织人事干部培训");
    assertThat(withCode(read, "JX-I-0401")).hasSize(1);
  }

  @Test
  void aWorksheetRowUnderAProjectMergedOverRowsIsNoWrap() {
    // a sheet that lists a project over two rows, its 序号 and 名称 merged over both: the second
    // row's texts are the project's own second row, not the first row's texts carried on
    List<String> lines = cut(page(), 14, 7, GOAL);
    int second = 15;
    CellGrid grid =
        new CellGrid() {
          @Override
          public String name() {
            return "sheet";
          }

          @Override
          public int height() {
            return lines.size();
          }

          @Override
          public int width(int row) {
            return lines.get(row).split("\t", -1).length;
          }

          @Override
          public String text(int row, int column) {
            String[] cells = lines.get(row).split("\t", -1);
            return column < cells.length ? cells[column] : "";
          }

          @Override
          public boolean continuesMerge(int row, int column) {
            return row == second && column == 0;
          }

          @Override
          public Location location(int row, int column) {
            return Location.builder().line(row + 1L).column(column + 1).build();
          }
        };

    ReadResult<PerformanceTable> read = READER.read(grid);

    assertThat(withCode(read, "JX-I-0401")).isEmpty();
    assertThat(read.value().projects().get(1).goal()).hasValue("完成一期50人");
    assertThat(withCode(read, "JX-I-0122")).hasSize(1);
  }
}
