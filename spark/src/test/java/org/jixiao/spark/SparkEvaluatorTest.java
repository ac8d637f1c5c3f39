package org.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesWriter;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark local mode, one session for the class, the 32 projects of the real sample table: what
 * the Spark evaluation gives is what the plain {@link Evaluator} gives.
 */
class SparkEvaluatorTest {
  private static SparkSession spark;
  private static List<Project> projects;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("jixiao-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try (InputStream in = SparkEvaluatorTest.class.getResourceAsStream("/longgang-hr-2019.tsv")) {
      Path tsv = dir.resolve("longgang-hr-2019.tsv");
      Files.copy(in, tsv);
      projects = TableReader.builder().build().read(tsv).value().projects();
    }
    assertThat(projects).hasSize(32);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void jsonLinesGiveThePlainEvaluatorsResultsOnePerProject() throws IOException {
    Path lines = dir.resolve("projects.jsonl");
    writeLines(lines, projects);
    // two partitions, so that two evaluators are built and each sees only its share
    Dataset<String> text = spark.read().textFile(lines.toString()).repartition(2);

    List<Row> rows = SparkEvaluator.builder().profile("sichuan-2023").build()
        .evaluateJsonLines(text).collectAsList();

    assertSameAsPlain(rows, Evaluator.of(Profiles.get("sichuan-2023")), "sichuan-2023");
  }

  @Test
  void aTableWithOneColumnPerFieldGivesThePlainEvaluatorsResultsAndKeepsColumns() {
    List<Row> input = new ArrayList<>();
    for (Project p : projects) {
      input.add(ProjectRowsForTest.row(p));
    }
    Dataset<Row> table =
        spark.createDataFrame(input, ProjectColumns.SCHEMA).withColumn("province", lit("广东"));

    Dataset<Row> out =
        SparkEvaluator.builder().keepColumns("province", "budget").build().evaluateTable(table);

    assertThat(out.columns()).endsWith("input", "province", "budget");
    List<Row> rows = out.collectAsList();
    assertSameAsPlain(rows, Evaluator.defaults(), "mof-2020");
    assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("province")).isEqualTo("广东"));
  }

  @Test
  void evaluationsWrittenToParquetReadBackEqual() throws IOException {
    Path lines = dir.resolve("parquet-in.jsonl");
    writeLines(lines, projects);
    Dataset<Row> out =
        SparkEvaluator.defaults().evaluateJsonLines(spark.read().textFile(lines.toString()));
    String parquet = dir.resolve("evaluations.parquet").toString();
    out.write().parquet(parquet);

    Dataset<Row> back = spark.read().parquet(parquet);

    // Parquet reads every column back as nullable; names and types are kept
    assertThat(back.schema().catalogString()).isEqualTo(EvaluationColumns.SCHEMA.catalogString());
    assertThat(back.orderBy(col("seq")).collectAsList())
        .isEqualTo(out.orderBy(col("seq")).collectAsList());
    // every project of the sample but the withdrawn one (序号 38) gets a score
    assertThat(back.filter(col("score").isNotNull()).count()).isEqualTo(31);
  }

  @Test
  void aBadLineIsAnErrorRowWhenLenientAndFailsTheJobWhenStrict() throws IOException {
    Path lines = dir.resolve("bad.jsonl");
    writeLines(lines, projects.subList(0, 3));
    String badType = "{\"name\":\"培训\",\"moneyUnit\":\"WAN_YUAN\",\"budget\":\"很多\"}";
    String notJson = "序号 1 调解业务工作";
    Files.writeString(
        lines, badType + "\n\n" + notJson + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Dataset<String> text = spark.read().textFile(lines.toString());

    List<Row> rows =
        SparkEvaluator.builder().locale(Locale.ENGLISH).build()
            .evaluateJsonLines(text).collectAsList();

    assertThat(rows).hasSize(5); // 3 projects, 2 bad lines, the blank line skipped
    List<Row> errors = rows.stream().filter(r -> !r.isNullAt(r.fieldIndex("error_code"))).toList();
    assertThat(errors).extracting(r -> r.<String>getAs("input")).containsExactlyInAnyOrder(badType, notJson);
    assertThat(errors).allSatisfy(r -> {
      assertThat(r.<String>getAs("error_code")).isEqualTo("JX-S-0001");
      assertThat(r.<String>getAs("project")).isNull();
      assertThat(r.<Object>getAs("score")).isNull();
    });
    assertThat(errors.stream().map(r -> r.<String>getAs("error")))
        .anySatisfy(m -> assertThat(m).startsWith("invalid project JSON line: $.budget"));

    SparkEvaluator strict = SparkEvaluator.builder().strict(true).build();
    assertThatThrownBy(() -> strict.evaluateJsonLines(text).collectAsList())
        .rootCause()
        .isInstanceOf(InvalidProjectException.class)
        .hasMessageStartingWith("JX-S-0001 项目 JSON 行无效");
  }

  @Test
  void aBadCellIsAnErrorRowAndATypeThatIsNotExactIsRefusedBeforeTheJob() {
    Row good = ProjectRowsForTest.row(projects.get(0));
    Object[] cells = new Object[ProjectColumns.SCHEMA.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = good.get(i);
    }
    cells[ProjectColumns.SCHEMA.fieldIndex("money_unit")] = "美元";
    Dataset<Row> table =
        spark.createDataFrame(List.of(good, org.apache.spark.sql.RowFactory.create(cells)), ProjectColumns.SCHEMA);

    List<Row> rows = SparkEvaluator.defaults().evaluateTable(table).collectAsList();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).isNullAt(rows.get(0).fieldIndex("error_code"))).isTrue();
    Row bad = rows.get(1);
    assertThat(bad.<String>getAs("error_code")).isEqualTo("JX-S-0002");
    assertThat(bad.<String>getAs("error")).contains("money_unit", "美元");
    assertThat(bad.<String>getAs("input")).contains("美元", projects.get(0).name());

    Dataset<Row> doubles = table.withColumn("budget", col("budget").cast("double"));
    assertThatThrownBy(() -> SparkEvaluator.defaults().evaluateTable(doubles))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'budget' is double");
  }

  @Test
  void loadedPartsRunOnTheExecutorsWithOneEvaluatorPerPartition() throws IOException {
    Path lines = dir.resolve("counted.jsonl");
    writeLines(lines, projects);
    Dataset<String> text = spark.read().textFile(lines.toString()).repartition(3);
    int before = CountingCheck.MADE.get();

    SparkEvaluator evaluator = SparkEvaluator.builder().loadParts(true).build();
    assertThat(CountingCheck.MADE.get() - before).as("the driver's evaluator, built to check the recipe").isEqualTo(1);
    List<Row> rows = evaluator.evaluateJsonLines(text).collectAsList();

    assertThat(CountingCheck.MADE.get() - before).as("evaluators built: the driver's and one per partition").isEqualTo(1 + 3);
    assertThat(rows).hasSize(32).allSatisfy(r -> assertThat(r.<Row>getList(r.fieldIndex("findings")))
        .anySatisfy(f -> assertThat(f.<String>getAs("message")).isEqualTo("counted " + r.<String>getAs("project"))));
    assertSameAsPlain(rows, Evaluator.builder().add(new CountingCheck()).build(), "mof-2020");
  }

  /** A column of lines taken from a table can hold a null: no project, skipped as a blank line is. */
  @Test
  void aNullLineIsSkippedAsABlankLineIs() throws IOException {
    Path lines = dir.resolve("one.jsonl");
    writeLines(lines, projects.subList(0, 1));
    String line = Files.readString(lines, StandardCharsets.UTF_8).strip();
    Dataset<String> text = spark.createDataset(java.util.Arrays.asList(line, null, ""), Encoders.STRING());

    List<Row> rows = SparkEvaluator.defaults().evaluateJsonLines(text).collectAsList();

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("project")).isEqualTo(projects.get(0).name());
  }

  @Test
  void aTableRowThatIsNotAProjectFailsTheJobWhenStrict() {
    Object[] cells = cellsOf(projects.get(0));
    cells[ProjectColumns.SCHEMA.fieldIndex("money_unit")] = "美元";
    Dataset<Row> table = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(cells)), ProjectColumns.SCHEMA);

    SparkEvaluator strict = SparkEvaluator.builder().strict(true).build();
    assertThatThrownBy(() -> strict.evaluateTable(table).collectAsList())
        .rootCause()
        .isInstanceOf(InvalidProjectException.class)
        .hasMessageContaining("JX-S-0002")
        .hasMessageContaining("money_unit");
  }

  /**
   * Exports hold "" where a cell is empty, and a list column can hold a null element: the first
   * is an absent value as a blank figure is, the second a row problem, never a failed job.
   */
  @Test
  void aBlankTextCellIsAbsentAndANullIndicatorIsAnErrorRow() {
    Project first = projects.get(0);
    Object[] blank = cellsOf(first);
    blank[ProjectColumns.SCHEMA.fieldIndex("code")] = "";
    blank[ProjectColumns.SCHEMA.fieldIndex("goal")] = "  ";
    Object[] nullIndicator = cellsOf(first);
    int at = ProjectColumns.SCHEMA.fieldIndex("indicators");
    List<Object> withNull = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(((scala.collection.Seq<?>) nullIndicator[at])));
    withNull.add(1, null);
    nullIndicator[at] = scala.jdk.javaapi.CollectionConverters.asScala(withNull).toSeq();
    Dataset<Row> table =
        spark.createDataFrame(
            List.of(org.apache.spark.sql.RowFactory.create(blank), org.apache.spark.sql.RowFactory.create(nullIndicator)),
            ProjectColumns.SCHEMA);

    List<Row> rows = SparkEvaluator.defaults().evaluateTable(table).collectAsList();

    assertThat(rows).hasSize(2);
    Row read = rows.get(0);
    assertThat(read.isNullAt(read.fieldIndex("error_code"))).as(String.valueOf(read.<String>getAs("error"))).isTrue();
    Project withoutCode = Project.builder().from(first).code(java.util.Optional.empty()).goal(java.util.Optional.empty()).build();
    assertThat(read.<BigDecimal>getAs("score")).isEqualTo(Evaluator.defaults().evaluate(withoutCode).score().orElse(null));
    Row bad = rows.get(1);
    assertThat(bad.<String>getAs("error_code")).isEqualTo("JX-S-0002");
    assertThat(bad.<String>getAs("error")).contains("indicators[1]", "null");
  }

  @Test
  void keptColumnsAreFoundAndCheckedAsSparkResolvesNamesWhateverTheirCase() {
    List<Row> input = new ArrayList<>();
    for (Project p : projects.subList(0, 2)) {
      input.add(ProjectRowsForTest.row(p));
    }
    Dataset<Row> table = spark.createDataFrame(input, ProjectColumns.SCHEMA).withColumn("Province", lit("广东"));

    Dataset<Row> out = SparkEvaluator.builder().keepColumns("PROVINCE").build().evaluateTable(table);
    assertThat(out.columns()).endsWith("input", "Province");
    assertThatThrownBy(() -> SparkEvaluator.builder().keepColumns("SEQ").build().evaluateTable(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot keep column 'SEQ': the output has an evaluation column of that name");
  }

  private static Object[] cellsOf(Project p) {
    Row row = ProjectRowsForTest.row(p);
    Object[] cells = new Object[ProjectColumns.SCHEMA.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = row.get(i);
    }
    return cells;
  }

  private static void writeLines(Path file, List<Project> list) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonLinesWriter<Project> out = JixiaoJson.defaults().projectLinesWriter(w)) {
      for (Project p : list) {
        out.write(p);
      }
    }
  }

  /**
   * Every row is one project's evaluation, each project once, and every column is what the plain
   * evaluator gives: the error columns empty, the figures, labels and each finding's four fields.
   */
  private static void assertSameAsPlain(List<Row> rows, Evaluator plain, String profile) {
    Map<Integer, Row> bySeq = new HashMap<>();
    for (Row r : rows) {
      assertThat(r.isNullAt(r.fieldIndex("error_code"))).as("error in %s", r).isTrue();
      assertThat(r.<String>getAs("error")).isNull();
      assertThat(r.<String>getAs("input")).isNull();
      assertThat(bySeq.put(r.<Integer>getAs("seq"), r)).as("a second row of 序号 %s", r.<Integer>getAs("seq")).isNull();
    }
    assertThat(bySeq).hasSize(projects.size());
    int scored = 0;
    for (Project p : projects) {
      Evaluation e = plain.evaluate(p);
      Row r = java.util.Objects.requireNonNull(bySeq.get(p.seq().getAsInt()), p.name());
      assertThat(r.<String>getAs("project")).isEqualTo(p.name());
      assertThat(r.<String>getAs("unit")).isEqualTo(p.unit().orElse(null));
      assertThat(r.<String>getAs("profile")).isEqualTo(profile);
      assertThat(r.<BigDecimal>getAs("score")).isEqualTo(e.score().orElse(null));
      assertThat(r.<String>getAs("grade")).isEqualTo(e.grade().map(Enum::name).orElse(null));
      assertThat(r.<String>getAs("grade_label")).isEqualTo(e.grade().map(g -> g.label()).orElse(null));
      assertThat(r.<String>getAs("status")).isEqualTo(e.status().name());
      assertThat(r.<String>getAs("status_label")).isEqualTo(e.status().label());
      assertThat(r.<BigDecimal>getAs("execution_rate")).isEqualTo(e.execution().rate().orElse(null));
      assertThat(r.<BigDecimal>getAs("execution_points")).isEqualTo(e.execution().points().orElse(null));
      assertThat(r.<String>getAs("withheld")).isEqualTo(e.withheld().map(Enum::name).orElse(null));
      assertThat(r.<Boolean>getAs("provisional")).isEqualTo(e.provisional());
      List<String> findings = new ArrayList<>();
      for (Row f : r.<Row>getList(r.fieldIndex("findings"))) {
        findings.add(f.<String>getAs("code") + " | " + f.<String>getAs("rule") + " | " + f.<String>getAs("severity") + " | " + f.<String>getAs("message"));
      }
      assertThat(findings)
          .isEqualTo(e.findings().stream().map((Finding f) -> f.code() + " | " + f.rule() + " | " + f.severity().name() + " | " + f.message()).toList());
      scored += e.score().isPresent() ? 1 : 0;
    }
    assertThat(scored).as("projects with a score").isGreaterThan(25);
    assertThat(rows.stream().filter(r -> r.<BigDecimal>getAs("execution_points") != null)).as("rows with execution points").hasSizeGreaterThan(25);
  }
}
