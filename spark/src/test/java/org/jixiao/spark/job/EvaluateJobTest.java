package org.jixiao.spark.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job as the module README runs it: options in, Parquet out. */
class EvaluateJobTest {
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("jixiao-evaluate-job-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Spark infers 311.47 in JSON as a double, which the evaluator refuses for an amount. */
  @Test
  void aJsonTableWithFractionalAmountsIsEvaluated() throws Exception {
    Path json = dir.resolve("table.json");
    Files.writeString(
        json,
        "{\"seq\": 1, \"name\": \"培训\", \"money_unit\": \"WAN_YUAN\", \"budget\": 311.47, \"actual\": 300.1}\n"
            + "{\"seq\": 2, \"name\": \"调解\", \"money_unit\": \"WAN_YUAN\", \"budget\": 80, \"actual\": 80}\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("from-json.parquet");

    EvaluateJob.run(spark, "--input", json.toString(), "--input-format", "json", "--output", out.toString());

    List<Row> rows = spark.read().parquet(out.toString()).orderBy(col("seq")).collectAsList();
    assertThat(rows).hasSize(2);
    assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("error")).isNull());
    assertThat(rows.get(0).<BigDecimal>getAs("execution_rate")).isEqualByComparingTo("96.35");
    assertThat(rows.get(1).<BigDecimal>getAs("execution_rate")).isEqualByComparingTo("100");
  }

  @Test
  void jsonLinesOfProjectsAreEvaluatedAndBadOptionsRefused() throws Exception {
    Path lines = dir.resolve("projects.jsonl");
    Files.writeString(
        lines,
        "{\"seq\":7,\"name\":\"培训\",\"moneyUnit\":\"WAN_YUAN\",\"budget\":100.00,\"actual\":55.50}\n"
            + "不是 JSON\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("from-jsonl.parquet");

    EvaluateJob.run(spark, "--input", lines.toString(), "--output", out.toString(), "--lang", "en");

    Dataset<Row> written = spark.read().parquet(out.toString());
    assertThat(written.count()).isEqualTo(2);
    Row scored = written.filter(col("error_code").isNull()).first();
    assertThat(scored.<Integer>getAs("seq")).isEqualTo(7);
    assertThat(scored.<BigDecimal>getAs("execution_rate")).isEqualByComparingTo("55.5");
    Row error = written.filter(col("error_code").isNotNull()).first();
    assertThat(error.<String>getAs("input")).isEqualTo("不是 JSON");
    assertThat(error.<String>getAs("error")).startsWith("invalid project JSON line");
    assertThatThrownBy(() -> EvaluateJob.run(spark, "--input", lines.toString()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
