package org.jixiao.spark.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.jixiao.core.project.Project;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesReader;
import org.jixiao.rules.Evaluator;
import org.jixiao.spark.InvalidProjectException;
import org.jspecify.annotations.Nullable;

/** Evaluates a partition of JSON Lines, one {@code jixiao.project/1} object per line. */
public final class JsonLinesPartition implements MapPartitionsFunction<String, Row> {
  private static final long serialVersionUID = 1L;
  private static final Object[] NONE = new Object[0];

  private final Recipe recipe;

  /**
   * The function of a recipe.
   *
   * @param recipe how to build the evaluator and treat invalid lines
   */
  public JsonLinesPartition(Recipe recipe) {
    this.recipe = recipe;
  }

  @Override
  public Iterator<Row> call(Iterator<String> lines) {
    Evaluator evaluator = recipe.evaluator();
    JixiaoJson json = JixiaoJson.defaults();
    return new MappedIterator<>(lines, line -> row(evaluator, json, line));
  }

  private @Nullable Row row(Evaluator evaluator, JixiaoJson json, @Nullable String line) {
    if (line == null) {
      return null; // a null in a column of lines holds no project: skipped, as a blank line is
    }
    try {
      Project project = read(json, line);
      if (project == null) {
        return null; // a blank line, as JSON Lines readers skip them
      }
      return EvaluationRows.of(evaluator.evaluate(project), NONE);
    } catch (RowProblem p) {
      if (recipe.strict()) {
        throw new InvalidProjectException(p.code(), p.message(recipe.locale()), line);
      }
      return EvaluationRows.error(p, recipe.locale(), line, NONE);
    }
  }

  private static @Nullable Project read(JixiaoJson json, String line) throws RowProblem {
    // One reader per line: a bad line is reported on its own, and the next one read afresh.
    try (JsonLinesReader<Project> reader = json.projectLines(new StringReader(line))) {
      return reader.hasNext() ? reader.next() : null;
    } catch (JixiaoReadException e) {
      String where = e.path().map(p -> p + ": ").orElse("");
      String text = e.text().map(t -> " '" + Shorten.text(t) + "'").orElse("");
      String detail = where + e.problem() + text;
      throw new RowProblem(
          RowProblem.BAD_JSON_LINE, "项目 JSON 行无效：" + detail, "invalid project JSON line: " + detail);
    } catch (IllegalArgumentException | IllegalStateException e) {
      String detail = String.valueOf(e.getMessage());
      throw new RowProblem(
          RowProblem.BAD_JSON_LINE, "项目 JSON 行无效：" + detail, "invalid project JSON line: " + detail);
    } catch (IOException e) {
      throw new IllegalStateException("closing a string reader failed", e);
    }
  }
}
