package org.jixiao.bench;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.rules.Evaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.jspecify.annotations.Nullable;

/**
 * Budget: writing JSON costs at most 1.5× jackson-databind writing the same data as plain maps.
 * Reading is measured the same way (no budget).
 *
 * <p>Two documents of the synthetic 10 k-project table: {@code table} (the table document,
 * {@link JixiaoJson#writeTable}) and {@code evaluation} (the evaluation document of that table
 * under mof-2020, {@link JixiaoJson#writeEvaluation}, the command line's contract). The baseline
 * data is jixiao's own JSON of the document parsed by a plain {@link ObjectMapper} into {@code
 * LinkedHashMap}s, {@code ArrayList}s, strings, ints and {@code BigDecimal}s; setup checks that
 * the plain mapper writes it back to exactly the same text, so both sides write the same
 * characters.
 *
 * <ul>
 *   <li>{@code write*}: into a fresh {@link Writer#nullWriter()} (both through Jackson's
 *       character generator, nothing encoded to bytes, no I/O).
 *   <li>{@code read*}: from a {@link StringReader} over the document; jixiao builds the model
 *       (with its validation, JSON paths in errors and duplicate-key detection), the baseline
 *       builds maps and lists ({@code USE_BIG_DECIMAL_FOR_FLOATS}).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBench {
  /** Projects in the table. */
  static final int PROJECTS = BenchData.TEN_K;

  @Param({"table", "evaluation"})
  public String document = "table";

  private final JixiaoJson json = JixiaoJson.defaults();
  private final ObjectMapper plain =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private boolean isTable;
  private PerformanceTable table;
  private @Nullable TableEvaluation evaluation;
  private String text;
  private Map<?, ?> maps;

  @Setup
  @Initializer
  public void setUp() throws IOException {
    isTable = document.equals("table");
    table = BenchData.table(PROJECTS);
    if (isTable) {
      text = json.tableToJson(table);
    } else {
      TableEvaluation evaluated = Evaluator.defaults().evaluate(table);
      evaluation = evaluated;
      text = json.evaluationToJson(evaluated);
    }
    maps = plain.readValue(text, Map.class);
    String again = plain.writeValueAsString(maps);
    if (!again.equals(text)) {
      int i = 0;
      while (i < Math.min(again.length(), text.length()) && again.charAt(i) == text.charAt(i)) {
        i++;
      }
      throw new IllegalStateException(
          "the plain maps do not write the same JSON; first difference at char " + i + ": "
              + text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)) + " vs "
              + again.substring(Math.max(0, i - 40), Math.min(again.length(), i + 40)));
    }
  }

  /** The document written from the model. */
  @Benchmark
  public Writer writeJixiao() throws IOException {
    Writer out = Writer.nullWriter();
    if (isTable) {
      json.writeTable(table, out);
    } else {
      json.writeEvaluation(Objects.requireNonNull(evaluation), out);
    }
    return out;
  }

  /** Baseline: the same JSON written by jackson-databind from plain maps and lists. */
  @Benchmark
  public Writer writeJackson() throws IOException {
    Writer out = Writer.nullWriter();
    plain.writeValue(out, maps);
    return out;
  }

  /** The document read into the model. */
  @Benchmark
  public Object readJixiao() throws IOException {
    StringReader in = new StringReader(text);
    return isTable ? json.readTable(in) : json.readEvaluation(in);
  }

  /** Baseline: the same document read by jackson-databind into plain maps and lists. */
  @Benchmark
  public Object readJackson() throws IOException {
    return plain.readValue(new StringReader(text), Map.class);
  }
}
