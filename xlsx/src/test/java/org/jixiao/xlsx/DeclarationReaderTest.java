package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The two real 2023 declaration workbooks of 宝安区松岗街道 (one sheet per project, 20 each), read
 * into 40 projects; the facts asserted were checked by hand in the workbooks.
 */
class DeclarationReaderTest {
  static ReadResult<PerformanceTable> read(String file) throws Exception {
    try (InputStream in = DeclarationReaderTest.class.getResourceAsStream(file)) {
      return DeclarationReader.builder().build().read(in);
    }
  }

  static Project sheet(PerformanceTable t, int seq) {
    return t.projects().stream().filter(p -> p.seq().orElse(-1) == seq).findFirst().orElseThrow();
  }

  static Indicator row(Project p, Subcategory sub, int nth) {
    return p.indicators().indicators().stream().filter(i -> i.subcategory().equals(java.util.Optional.of(sub))).skip(nth).findFirst().orElseThrow();
  }

  @Test
  void bothWorkbooksReadIntoFortyDeclarationsWithEveryIndicatorRow() throws Exception {
    PerformanceTable a = read("baoan-songgang-2023-a.xlsx").value();
    PerformanceTable b = read("baoan-songgang-2023-b.xlsx").value();
    assertThat(a.projects()).hasSize(20);
    assertThat(b.projects()).hasSize(20);
    // 205 and 209 indicator rows: 10 per standard sheet, more where a 二级指标 has two rows.
    assertThat(a.projects().stream().mapToInt(p -> p.indicators().indicators().size()).sum()).isEqualTo(205);
    assertThat(b.projects().stream().mapToInt(p -> p.indicators().indicators().size()).sum()).isEqualTo(209);
    assertThat(a.title()).contains("二级项目支出绩效目标申报表");
    assertThat(a.metadata()).containsEntry("layout", "declaration");
    assertThat(a.notes()).singleElement().asString().startsWith("备注");
    assertThat(a.projects()).allSatisfy(p -> assertThat(p.actual()).isEmpty());
  }

  @Test
  void sheetSixOfFileAHasItsTopBlockAndItsIndicators() throws Exception {
    Project p = sheet(read("baoan-songgang-2023-a.xlsx").value(), 6);
    assertThat(p.code()).contains("440306231391500000189");
    assertThat(p.name()).isEqualTo("政府购买服务（物业后勤类社区工作站经费）潭头社区工作站");
    assertThat(p.unit()).contains("深圳市宝安区松岗街道办事处（本级）");
    assertThat(p.department()).contains("深圳市宝安区松岗街道办事处（本级）");
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    // As printed under a 万元 label (the values are in 元: review says so; the reader keeps them).
    assertThat(p.totalAmount().orElseThrow()).isEqualByComparingTo("740400");
    assertThat(p.budget().orElseThrow()).isEqualByComparingTo("246800");
    assertThat(p.newProject()).contains(false);
    assertThat(p.projectType()).contains("15 其他经费");
    Indicator quantity = row(p, Subcategory.QUANTITY, 0);
    assertThat(quantity.category()).isEqualTo(Category.OUTPUT);
    assertThat(quantity.name()).contains("需保障保洁的党群服务中心数量");
    assertThat(quantity.target()).contains("两栋");
    assertThat(row(p, Subcategory.COST, 0).target()).contains("不超过30万一年");
    assertThat(row(p, Subcategory.SERVED_SATISFACTION, 0).target()).contains("≥95%");
    Indicator economic = row(p, Subcategory.ECONOMIC, 0);
    assertThat(economic.name()).contains("不适用");
    assertThat(economic.target()).contains("不适用");
    assertThat(economic.explanation()).contains("不适用");
    assertThat(row(p, Subcategory.OTHER_SATISFACTION, 0).target()).contains("不适用");
  }

  @Test
  void aSecondRowUnderAMergedSecondLevelCellKeepsItsCategory() throws Exception {
    Project p = sheet(read("baoan-songgang-2023-a.xlsx").value(), 19);
    assertThat(p.code()).contains("440306231391500000175");
    assertThat(p.indicators().indicators()).hasSize(14);
    Indicator second = row(p, Subcategory.QUANTITY, 1);
    assertThat(second.name()).contains("日常零星维修");
    assertThat(second.target()).contains("1处");
    assertThat(row(p, Subcategory.SOCIAL, 1).target()).contains("90%");
  }

  @Test
  void aCodeStoredAsANumberIsKeptAsItsDigitsAndReported() throws Exception {
    ReadResult<PerformanceTable> read = read("baoan-songgang-2023-a.xlsx");
    Project first = sheet(read.value(), 1);
    assertThat(first.code()).contains("440306231391500000000");
    assertThat(read.diagnostics())
        .filteredOn(f -> f.code().equals("JX-X-0103"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.location().flatMap(l -> l.path()).orElseThrow()).endsWith("!B2");
        });
  }

  /**
   * Strict reading stops at what a person should fix, not at the merged category cells the
   * workbooks repeat under their regions: file B has nothing, file A one code stored as a number.
   */
  @Test
  void theRealWorkbooksReadStrictlyUpToTheirRealProblems() throws Exception {
    DeclarationReader strict = DeclarationReader.builder().strict(true).build();
    try (InputStream b = DeclarationReaderTest.class.getResourceAsStream("baoan-songgang-2023-b.xlsx")) {
      assertThat(strict.read(b).value().projects()).hasSize(20);
    }
    try (InputStream a = DeclarationReaderTest.class.getResourceAsStream("baoan-songgang-2023-a.xlsx")) {
      assertThatThrownBy(() -> strict.read(a))
          .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.code()).contains("JX-X-0103"));
    }
  }

  /** Writing the declarations as a table (TSV) keeps what a declaration has beyond a table's columns. */
  @Test
  void theRealDeclarationsWrittenAsATableReadBackEqual() throws Exception {
    for (String file : List.of("baoan-songgang-2023-a.xlsx", "baoan-songgang-2023-b.xlsx")) {
      PerformanceTable declarations = read(file).value();
      assertThat(declarations.projects()).anySatisfy(p -> assertThat(p.calculationBasis()).isPresent());
      String tsv = org.jixiao.io.table.TableWriter.builder().build().writeToString(declarations);
      ReadResult<PerformanceTable> back = org.jixiao.io.table.TableReader.builder().strict(true).build().read(tsv);
      assertThat(back.value().projects()).as(file).isEqualTo(declarations.projects());
    }
  }

  @Test
  void eachSheetOfTheSecondWorkbookGivesItsNameAmountAndTargetsWhereItsTemplatePutsThem() throws Exception {
    PerformanceTable b = read("baoan-songgang-2023-b.xlsx").value();
    Project first = sheet(b, 1);
    assertThat(first.name()).isEqualTo("政府购买服务（专业技术服务类社区工作站管理经费）花果山社区工作站");
    assertThat(first.budget().orElseThrow()).isEqualByComparingTo("3000");
    assertThat(row(first, Subcategory.TIMELINESS, 0).target()).contains("3个工作日");
    assertThat(row(first, Subcategory.COST, 0).target()).contains("出具评估报告总成本不超过0.3万元");
    Project twenty = sheet(b, 20);
    assertThat(twenty.code()).contains("440306231391559800154");
    assertThat(twenty.budget().orElseThrow()).isEqualByComparingTo(new BigDecimal("5500000"));
    assertThat(row(twenty, Subcategory.QUANTITY, 0).target()).contains("大于5次");
    assertThat(row(twenty, Subcategory.ECOLOGICAL, 0).target()).contains("不适用");
    Project ten = sheet(b, 10);
    assertThat(row(ten, Subcategory.SERVED_SATISFACTION, 1).name()).contains("保障范围的服务对象满意度");
    assertThat(row(ten, Subcategory.SERVED_SATISFACTION, 1).target()).contains("95%以上");
  }

  @Test
  void aTrailingNewlinePastedFromWordIsNotPartOfTheCell() throws Exception {
    // sheet 20 of file A: most of its indicator cells end in \r\n (C12 社区饭堂数量, D12 1处, …)
    PerformanceTable a = read("baoan-songgang-2023-a.xlsx").value();
    Indicator first = row(sheet(a, 20), Subcategory.QUANTITY, 0);
    assertThat(first.name()).contains("社区饭堂数量");
    assertThat(first.target()).contains("1处");
    assertThat(first.explanation()).contains("社区饭堂数量有1处");
    for (Project p : a.projects()) {
      for (Indicator i : p.indicators().indicators()) {
        for (java.util.Optional<String> cell : List.of(i.name(), i.target(), i.explanation())) {
          assertThat(cell.orElse("")).doesNotEndWith("\n").doesNotEndWith("\r");
        }
      }
    }
  }

  @Test
  void aSecondValueBesideALabelIsKeptAsAStrayCellAndReported() throws Exception {
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    HostileWorkbookTest.declaration(wb, "1.测试", "≥10场");
    wb.getSheetAt(0).getRow(1).createCell(2).setCellValue("（原编码作废）"); // between the code and 项目名称：
    ReadResult<PerformanceTable> read;
    try (InputStream in = new java.io.ByteArrayInputStream(HostileWorkbookTest.bytes(wb))) {
      read = DeclarationReader.builder().build().read(in);
    }
    Project p = read.value().projects().get(0);
    assertThat(p.code()).contains("440306231391500000189");
    assertThat(p.name()).isEqualTo("测试项目");
    assertThat(p.strayCells()).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("（原编码作废）");
      assertThat(c.column()).isEqualTo(2);
      assertThat(c.header()).contains("项目编码：");
    });
    assertThat(read.diagnostics())
        .filteredOn(f -> f.code().equals("JX-X-0105"))
        .singleElement()
        .satisfies(f -> assertThat(f.location().flatMap(l -> l.path()).orElseThrow()).endsWith("!C2"));
  }

  @Test
  void aTotalInYuanBesideAYearsAmountInWanYuanIsConvertedNotTakenAsWanYuan() throws Exception {
    // 项目总金额（元）：1000000 and 本年度项目金额（万元）：50: the project is in 万元, its total 100
    Project p;
    try (InputStream in = new java.io.ByteArrayInputStream(XlsxDiagnosticsTest.twoUnits())) {
      p = DeclarationReader.builder().build().read(in).value().projects().get(0);
    }
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("50"));
    assertThat(p.totalAmount()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("100"));
  }

  @Test
  void aLaterSheetsDifferentTitleIsKeptAsANote() throws Exception {
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    HostileWorkbookTest.declaration(wb, "1.甲", "≥10场");
    HostileWorkbookTest.declaration(wb, "2.乙", "≥20场");
    HostileWorkbookTest.declaration(wb, "3.丙", "≥30场");
    wb.getSheetAt(1).getRow(0).getCell(0).setCellValue("2024年二级项目支出绩效目标申报表");
    PerformanceTable t;
    try (InputStream in = new java.io.ByteArrayInputStream(HostileWorkbookTest.bytes(wb))) {
      t = DeclarationReader.builder().build().read(in).value();
    }
    assertThat(t.projects()).hasSize(3);
    assertThat(t.title()).contains("二级项目支出绩效目标申报表");
    assertThat(t.notes()).containsExactly("2024年二级项目支出绩效目标申报表"); // the third's title is the first's
  }

  @Test
  void aFieldGivenTwiceKeepsItsFirstValueAndTheSecondAsAStrayCell() throws Exception {
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    HostileWorkbookTest.declaration(wb, "1.测试", "≥10场");
    org.apache.poi.ss.usermodel.Row units = wb.getSheetAt(0).getRow(2);
    units.createCell(3).setCellValue("申请单位：");
    units.createCell(4).setCellValue("甲单位");
    units.createCell(5).setCellValue("实施单位：");
    units.createCell(6).setCellValue("乙单位");
    Project p;
    try (InputStream in = new java.io.ByteArrayInputStream(HostileWorkbookTest.bytes(wb))) {
      p = DeclarationReader.builder().build().read(in).value().projects().get(0);
    }
    assertThat(p.unit()).contains("甲单位");
    assertThat(p.strayCells()).extracting(c -> c.header().orElse("-") + " " + c.text()).containsExactly("实施单位： 乙单位");
  }

  @Test
  void cellsOutsideTheFormsFieldsAreKeptWithTheirColumnAndHeader() throws Exception {
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    HostileWorkbookTest.declaration(wb, "1.测试", "≥10场");
    org.apache.poi.ss.usermodel.Sheet s = wb.getSheetAt(0);
    s.getRow(0).createCell(5).setCellValue("单位：万元"); // beside the title: read as the amounts' unit
    s.getRow(3).createCell(5).setCellValue("分值"); // a column this layout has no field for
    s.getRow(4).createCell(5).setCellValue("20");
    s.createRow(5).createCell(6).setCellValue("（续）"); // a row with no indicator in it, beyond the header
    org.apache.poi.ss.usermodel.Row caption = s.getRow(2);
    caption.getCell(0).setCellValue("基本信息"); // left of the row's label, which moves one cell right
    caption.createCell(1).setCellValue("本年度项目金额（万元）：");
    caption.createCell(2).setCellValue("24.68");
    org.apache.poi.ss.usermodel.Row note = s.createRow(6);
    note.createCell(0).setCellValue("备注：");
    note.createCell(1).setCellValue("本表金额单位以万元计");
    ReadResult<PerformanceTable> read;
    try (InputStream in = new java.io.ByteArrayInputStream(HostileWorkbookTest.bytes(wb))) {
      read = DeclarationReader.builder().build().read(in);
    }
    PerformanceTable t = read.value();
    assertThat(t.title()).contains("二级项目支出绩效目标申报表");
    assertThat(t.notes()).containsExactly("备注：\t本表金额单位以万元计");
    Project p = t.projects().get(0);
    assertThat(p.indicators().indicators()).singleElement().satisfies(i -> assertThat(i.target()).contains("≥10场"));
    assertThat(p.strayCells())
        .extracting(c -> c.column() + " " + c.header().orElse("-") + " " + c.text())
        .containsExactlyInAnyOrder("5 分值 20", "6 - （续）", "0 - 基本信息");
    assertThat(read.diagnostics())
        .filteredOn(f -> f.code().equals("JX-X-0105"))
        .extracting(f -> f.location().flatMap(l -> l.path()).orElseThrow().replaceAll(".*!", ""))
        .containsExactlyInAnyOrder("F4", "A3");
  }

  @Test
  void aUnitLineBesideTheTitleSaysWhatTheAmountsWithoutAUnitOfTheirOwnAreIn() throws Exception {
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    HostileWorkbookTest.declaration(wb, "1.测试", "≥10场");
    org.apache.poi.ss.usermodel.Sheet s = wb.getSheetAt(0);
    s.getRow(0).createCell(5).setCellValue("金额单位：元");
    org.apache.poi.ss.usermodel.Row amount = s.getRow(2);
    amount.getCell(0).setCellValue("年度资金总额："); // a label that names no unit
    amount.removeCell(amount.getCell(1));
    amount.createCell(1).setCellValue("250000");
    Project p;
    try (InputStream in = new java.io.ByteArrayInputStream(HostileWorkbookTest.bytes(wb))) {
      p = DeclarationReader.builder().build().read(in).value().projects().get(0);
    }
    // 250000 元, not 250000 万元: the line's unit is the amount's, and the line is no stray cell
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("250000"));
    assertThat(p.strayCells()).isEmpty();
  }

  @Test
  void everyFilledCellOfBothWorkbooksIsALabelOrEndsUpInTheModel() throws Exception {
    // nothing a declaration states is lost: each non-blank cell of the 40 real sheets is a label
    // of the form (a top-block label ending in ：, the indicator header, a 一级/二级指标 name), a
    // value found again in its project or its table, or a cell a diagnostic names. Texts are
    // matched within a project, not cell by cell: one that recurs (不适用) is found by any of its
    // places, so this catches a cell lost whose text is nowhere else in its sheet
    List<String> lost = new java.util.ArrayList<>();
    org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
    for (String file : List.of("baoan-songgang-2023-a.xlsx", "baoan-songgang-2023-b.xlsx")) {
      ReadResult<PerformanceTable> read = read(file);
      PerformanceTable table = read.value();
      try (InputStream in = DeclarationReaderTest.class.getResourceAsStream(file);
          org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
          Project p = sheet(table, s + 1);
          java.util.Set<String> found = texts(p, table, read.diagnostics());
          for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(s)) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
              String text = shown.formatCellValue(cell).strip();
              String name = workbook.getSheetName(s);
              String at = name + "!" + cell.getAddress();
              boolean cited =
                  read.diagnostics().stream()
                      .flatMap(f -> f.location().flatMap(l -> l.path()).stream())
                      .anyMatch(path -> path.contains(name) && path.endsWith("!" + cell.getAddress()));
              if (!text.isEmpty() && !found.contains(text) && !isLabel(text, p) && !isFigureOf(text, p) && !cited) {
                lost.add(file + " " + at + " " + text);
              }
            }
          }
        }
      }
    }
    assertThat(lost).isEmpty();
  }

  /** Every text the reading of a sheet kept: its project's, its table's and the diagnostics' texts. */
  private static java.util.Set<String> texts(Project p, PerformanceTable table, List<Finding> diagnostics) {
    java.util.Set<String> out = new java.util.HashSet<>();
    java.util.stream.Stream.of(
            p.code(), p.unit(), p.department(), p.period(), p.projectType(), p.allocationMethod(),
            p.policyBasis(), p.calculationBasis(), p.goal(), p.longTermGoal(), table.title())
        .flatMap(java.util.Optional::stream)
        .forEach(out::add);
    out.add(p.name());
    p.newProject().ifPresent(yes -> out.add(yes ? "是" : "否"));
    for (Indicator i : p.indicators()) {
      java.util.stream.Stream.of(i.name(), i.target(), i.explanation()).flatMap(java.util.Optional::stream).forEach(out::add);
    }
    out.addAll(table.notes());
    p.strayCells().forEach(c -> out.add(c.text()));
    diagnostics.forEach(f -> f.location().flatMap(l -> l.text()).ifPresent(out::add));
    return out;
  }

  /** A label of the form: a top-block label, a column of the indicator header, or a category's name. */
  private static boolean isLabel(String text, Project p) {
    if (text.endsWith("：") || text.endsWith(":")) {
      return true;
    }
    if (List.of("一级指标", "二级指标", "三级指标", "目标值", "指标解释", "指标值", "指标值说明").contains(text)) {
      return true;
    }
    for (Indicator i : p.indicators()) {
      if (i.category().label().equals(text) || i.category().labelVariants().contains(text)) {
        return true;
      }
      if (i.subcategory().isPresent()
          && (i.subcategory().get().label().equals(text) || i.subcategory().get().labelVariants().contains(text))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is one of the project's amounts, as the sheet shows it. */
  private static boolean isFigureOf(String text, Project p) {
    BigDecimal figure;
    try {
      figure = new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      return false;
    }
    return java.util.stream.Stream.of(p.totalAmount(), p.budget())
        .flatMap(java.util.Optional::stream)
        .anyMatch(a -> a.compareTo(figure) == 0);
  }

  @Test
  void neitherWorkbookLeavesAStrayCellAndEveryDiagnosticNamesItsCell() throws Exception {
    for (String file : List.of("baoan-songgang-2023-a.xlsx", "baoan-songgang-2023-b.xlsx")) {
      ReadResult<PerformanceTable> read = read(file);
      // every cell was placed in a project; what the reader remarked on says where it is
      assertThat(read.value().projects()).allSatisfy(p -> assertThat(p.strayCells()).isEmpty());
      for (Finding f : read.diagnostics()) {
        assertThat(f.location().flatMap(l -> l.path())).hasValueSatisfying(path -> assertThat(path).matches(".+![A-Z]+[0-9]+.*"));
      }
    }
  }

  /** 井研 2023's department table of declarations, its cells put in a sheet as its workbook holds them. */
  @Test
  void aDepartmentsTableOfDeclarationsInASheetIsAProjectPerProjectAsInText() throws Exception {
    java.nio.file.Path tsv = PublishedDeclarationsTest.file("multi-project-rows_jingyan-mata-2023.tsv");
    List<org.jixiao.core.project.Project> fromText = PublishedDeclarationsTest.read("multi-project-rows_jingyan-mata-2023.tsv").value().projects();
    org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("马踏镇");
    List<String> lines = java.nio.file.Files.readAllLines(tsv, java.nio.charset.StandardCharsets.UTF_8);
    for (int r = 0; r < lines.size(); r++) {
      String[] cells = lines.get(r).split("\t", -1);
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
      for (int c = 0; c < cells.length; c++) {
        if (!cells[c].isEmpty()) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    wb.write(out);
    wb.close();
    ReadResult<PerformanceTable> read = DeclarationReader.builder().build().read(out.toByteArray());
    List<org.jixiao.core.project.Project> fromSheet = read.value().projects();
    assertThat(fromSheet).extracting(p -> p.name(), p -> p.budget().orElseThrow().toPlainString(), p -> p.indicators().size())
        .containsExactly(tuple("村组干部报酬", "3309840.00", 8), tuple("基层组织活动经费", "660000.00", 5));
    for (int k = 0; k < fromText.size(); k++) {
      assertThat(fromSheet.get(k).indicators()).isEqualTo(fromText.get(k).indicators());
      assertThat(fromSheet.get(k).goal()).isEqualTo(fromText.get(k).goal());
      assertThat(fromSheet.get(k).unit()).isEqualTo(fromText.get(k).unit());
    }
    // what is said of a cell points at its cell in the sheet
    assertThat(read.diagnostics()).filteredOn(d -> d.location().flatMap(l -> l.text()).equals(java.util.Optional.of("820-马踏镇部门")))
        .singleElement()
        .satisfies(d -> assertThat(d.location().orElseThrow().path()).hasValueSatisfying(p -> assertThat(p).contains("A4")));
  }

  @Test
  void aFormGivenToTheDeclarationReaderStopsWithTheReasonNotOnlyNoDeclaration() {
    String form = "项目支出绩效自评表\n项目名称\t日间照料\n\t年初预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "年度资金总额\t10\t9\t10\t90%\t9\n";
    assertThatThrownBy(() -> DeclarationReader.builder().build().read(new java.io.StringReader(form), "自评.tsv"))
        .isInstanceOfSatisfying(org.jixiao.io.JixiaoReadException.class, e -> {
          assertThat(e.code()).hasValue("JX-X-0220");
          assertThat(e.getMessage()).contains("单个项目的自评表");
        });
  }
}
