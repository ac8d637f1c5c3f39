package org.jixiao.spark.job;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.rules.Profiles;
import org.jixiao.spark.EvaluationColumns;
import org.jixiao.spark.SparkEvaluator;
import org.jspecify.annotations.Nullable;

/**
 * Reads projects, evaluates them and writes the evaluations as Parquet; spark/README.md shows
 * how to submit it.
 *
 * <pre>
 * EvaluateJob --input PATH --output PATH [--input-format jsonl|parquet|orc|json]
 *             [--profile mof-2020|sichuan-2023] [--lang zh|en] [--strict]
 *             [--money-unit YUAN|WAN_YUAN|YI_YUAN] [--keep COLUMN,…] [--master URL]
 * </pre>
 *
 * <p>{@code jsonl} (the default) reads one {@code jixiao.project/1} object per line; the other
 * formats read a table with one column per field ({@code ProjectColumns}). {@code --master} is
 * for runs outside {@code spark-submit} (such as {@code local[2]}). The output directory is
 * replaced. At the end it prints the rows written, the error rows among them and the rate, in
 * records per second, of the evaluation and write.
 */
public final class EvaluateJob {
  private EvaluateJob() {}

  /**
   * Runs the job.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: EvaluateJob --input PATH --output PATH [--input-format jsonl|parquet|orc|json]"
              + " [--profile ID] [--lang zh|en] [--strict] [--money-unit UNIT] [--keep COLUMN,...]"
              + " [--master URL]");
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("jixiao-evaluate");
    if (o.master != null) {
      b.master(o.master);
    }
    SparkSession spark = b.getOrCreate();
    try {
      run(spark, o);
    } finally {
      spark.stop();
    }
  }

  /**
   * The reader of a table format. Spark infers a JSON number with a fraction (311.47) as a
   * double, which the evaluator refuses for amounts: read as decimals, they keep their digits.
   */
  static DataFrameReader reader(SparkSession spark, String format) {
    DataFrameReader r = spark.read().format(format);
    return format.equals("json") ? r.option("prefersDecimal", "true") : r;
  }

  /**
   * Runs the job in a session that stays open (a test's, or one the caller manages).
   *
   * @throws IllegalArgumentException when the options are not the ones above
   */
  static void run(SparkSession spark, String... args) {
    run(spark, Options.parse(args));
  }

  private static void run(SparkSession spark, Options o) {
    SparkEvaluator.Builder eb =
        SparkEvaluator.builder()
            .profile(o.profile)
            .locale(o.english ? Locale.ENGLISH : Locale.CHINESE)
            .strict(o.strict)
            .keepColumns(o.keep);
    if (o.moneyUnit != null) {
      eb.moneyUnit(o.moneyUnit);
    }
    SparkEvaluator evaluator = eb.build();
    long start = System.nanoTime();
    Dataset<Row> evaluations =
        o.format.equals("jsonl")
            ? evaluator.evaluateJsonLines(spark.read().textFile(o.input))
            : evaluator.evaluateTable(reader(spark, o.format).load(o.input));
    evaluations.write().mode(SaveMode.Overwrite).parquet(o.output);
    double seconds = (System.nanoTime() - start) / 1e9;
    // Counted from the written files (Parquet keeps row counts), after the timing.
    Dataset<Row> written = spark.read().parquet(o.output);
    long rows = written.count();
    long errors = written.filter(written.col(EvaluationColumns.ERROR_CODE).isNotNull()).count();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "evaluated %d rows (%d error rows) in %.1f s: %.0f records/s -> %s%n",
        rows,
        errors,
        seconds,
        rows / seconds,
        o.output);
  }

  /** The command line. */
  private static final class Options {
    private final String input;
    private final String output;
    private final String format;
    private final String profile;
    private final boolean english;
    private final boolean strict;
    private final @Nullable MoneyUnit moneyUnit;
    private final String[] keep;
    private final @Nullable String master;

    private Options(
        String input,
        String output,
        String format,
        String profile,
        boolean english,
        boolean strict,
        @Nullable MoneyUnit moneyUnit,
        String[] keep,
        @Nullable String master) {
      this.input = input;
      this.output = output;
      this.format = format;
      this.profile = profile;
      this.english = english;
      this.strict = strict;
      this.moneyUnit = moneyUnit;
      this.keep = keep;
      this.master = master;
    }

    static Options parse(String[] args) {
      String input = null;
      String output = null;
      String format = "jsonl";
      String profile = Profiles.MOF_2020;
      boolean english = false;
      boolean strict = false;
      MoneyUnit moneyUnit = null;
      String[] keep = new String[0];
      String master = null;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--strict")) {
          strict = true;
          continue;
        }
        String v = value(args, ++i, a);
        switch (a) {
          case "--input":
            input = v;
            break;
          case "--output":
            output = v;
            break;
          case "--input-format":
            format = v.toLowerCase(Locale.ROOT);
            break;
          case "--profile":
            profile = v;
            break;
          case "--lang":
            english = v.toLowerCase(Locale.ROOT).startsWith("en");
            break;
          case "--money-unit":
            moneyUnit = MoneyUnit.valueOf(v);
            break;
          case "--keep":
            keep = v.split(",");
            break;
          case "--master":
            master = v;
            break;
          default:
            throw new IllegalArgumentException("unknown option: " + a);
        }
      }
      if (input == null || output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      return new Options(input, output, format, profile, english, strict, moneyUnit, keep, master);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
