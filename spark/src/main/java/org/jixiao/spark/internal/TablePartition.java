package org.jixiao.spark.internal;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.jixiao.rules.Evaluator;
import org.jixiao.spark.InvalidProjectException;
import org.jspecify.annotations.Nullable;

/** Evaluates a partition of rows of the tabular schema. */
public final class TablePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Recipe recipe;
  private final StructType schema;
  private final int[] kept;

  /**
   * The function of a recipe over rows of {@code schema}.
   *
   * @param recipe how to build the evaluator and treat invalid rows
   * @param schema the input's schema, {@linkplain TableRows#check checked}
   * @param kept the positions of the input columns copied to the output
   */
  public TablePartition(Recipe recipe, StructType schema, List<Integer> kept) {
    this.recipe = recipe;
    this.schema = schema;
    this.kept = kept.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Evaluator evaluator = recipe.evaluator();
    TableRows table = new TableRows(schema, recipe.moneyUnit());
    return new MappedIterator<>(rows, row -> row(evaluator, table, row));
  }

  private Row row(Evaluator evaluator, TableRows table, Row row) {
    @Nullable Object[] keep = new Object[kept.length];
    for (int i = 0; i < kept.length; i++) {
      keep[i] = row.get(kept[i]);
    }
    try {
      return EvaluationRows.of(evaluator.evaluate(table.project(row)), keep);
    } catch (RowProblem p) {
      String input = row.json();
      if (recipe.strict()) {
        throw new InvalidProjectException(p.code(), p.message(recipe.locale()), input);
      }
      return EvaluationRows.error(p, recipe.locale(), input, keep);
    }
  }
}
