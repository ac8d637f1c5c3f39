package org.jixiao.spark.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.spark.EvaluationColumns;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/** Evaluations and problems as rows of {@link EvaluationColumns#SCHEMA} (plus kept columns). */
final class EvaluationRows {
  private static final int WIDTH = EvaluationColumns.SCHEMA.size();
  private static final int SCALE = 2;
  private static final int PRECISION = 38;

  private EvaluationRows() {}

  /**
   * The row of an evaluation.
   *
   * @param kept the values of the kept input columns, appended
   * @throws RowProblem when a rate or score does not fit {@code DECIMAL(38,2)} exactly
   */
  static Row of(Evaluation e, @Nullable Object[] kept) throws RowProblem {
    @Nullable Object[] v = new Object[WIDTH + kept.length];
    int i = 0;
    v[i++] = e.seq().isPresent() ? e.seq().getAsInt() : null;
    v[i++] = e.unit().orElse(null);
    v[i++] = e.project();
    v[i++] = e.profile();
    v[i++] = figure(e.execution().rate(), "execution_rate");
    v[i++] = figure(e.execution().points(), "execution_points");
    v[i++] = figure(e.score(), "score");
    v[i++] = e.grade().map(Enum::name).orElse(null);
    v[i++] = e.grade().map(g -> g.label()).orElse(null);
    v[i++] = e.status().name();
    v[i++] = e.status().label();
    v[i++] = e.withheld().map(Enum::name).orElse(null);
    v[i++] = e.provisional();
    List<Row> findings = new ArrayList<>(e.findings().size());
    for (Finding f : e.findings()) {
      findings.add(RowFactory.create(f.code(), f.rule(), f.severity().name(), f.message()));
    }
    // an array column takes a Scala Seq, not a java.util.List
    v[i++] = CollectionConverters.asScala(findings).toSeq();
    // error_code, error, input stay null
    System.arraycopy(kept, 0, v, WIDTH, kept.length);
    return RowFactory.create(v);
  }

  /** The row of an input that is not a project: only the error columns and the kept ones. */
  static Row error(RowProblem problem, Locale locale, String input, @Nullable Object[] kept) {
    @Nullable Object[] v = new Object[WIDTH + kept.length];
    v[WIDTH - 3] = problem.code();
    v[WIDTH - 2] = problem.message(locale);
    v[WIDTH - 1] = input;
    System.arraycopy(kept, 0, v, WIDTH, kept.length);
    return RowFactory.create(v);
  }

  private static @Nullable BigDecimal figure(Optional<BigDecimal> value, String column)
      throws RowProblem {
    if (value.isEmpty()) {
      return null;
    }
    BigDecimal d = value.get();
    BigDecimal exact;
    try {
      exact = d.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      exact = null;
    }
    if (exact == null || exact.precision() > PRECISION) {
      throw new RowProblem(
          RowProblem.FIGURE_OUT_OF_RANGE,
          "结果列 " + column + " 无法不经舍入地存放 " + d + "（DECIMAL(38,2)）",
          "column " + column + " cannot hold " + d + " without rounding (DECIMAL(38,2))");
    }
    return exact;
  }
}
