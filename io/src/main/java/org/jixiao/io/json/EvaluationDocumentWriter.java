package org.jixiao.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Flushable;
import java.io.IOException;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.io.internal.json.EvaluationWriter;

/**
 * Writes an evaluation document ({@code jixiao.evaluation/1}, the contract, or the version chosen
 * with {@link JixiaoJson.Builder#evaluationSchema}) one evaluation at a time, so that the
 * evaluations of a table of any length stream to the output: the same JSON as {@link
 * JixiaoJson#writeEvaluation}, without the {@code TableEvaluation} in memory. Call {@link
 * #write} for each evaluation in table order, then {@link #finish} once with the table's findings
 * and the reader's diagnostics. The document's {@code summary} is accumulated as the evaluations
 * pass, in constant memory. The target is flushed, never closed.
 */
public final class EvaluationDocumentWriter implements Flushable {
  private final JsonGenerator generator;
  private final EvaluationWriter writer;
  private final JixiaoJson owner;
  private final TableSummary.Accumulator summary =
      TableSummary.accumulator(TableSummary.DEFAULT_LOWEST, MoneyUnit.WAN_YUAN);
  private boolean finished;

  EvaluationDocumentWriter(JsonGenerator generator, EvaluationWriter writer, String profile, JixiaoJson owner)
      throws IOException {
    this.generator = generator;
    this.writer = writer;
    this.owner = owner;
    writer.documentStart(generator, profile);
  }

  /**
   * Writes the next evaluation.
   *
   * @param evaluation the evaluation
   * @throws IOException when writing fails
   * @throws IllegalStateException after {@link #finish}
   */
  public void write(Evaluation evaluation) throws IOException {
    if (finished) {
      throw new IllegalStateException("the document is finished");
    }
    writer.evaluation(generator, evaluation);
    summary.add(evaluation);
  }

  /**
   * Writes the next evaluation, serialised ahead (on another thread, say) by {@link
   * JixiaoJson#encodeForDocument}: the same bytes as {@link #write(Evaluation)} of it.
   *
   * @param encoded the evaluation, encoded by the {@link JixiaoJson} that made this writer
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when another {@code JixiaoJson} encoded it, or encoded it as
   *     a line
   * @throws IllegalStateException after {@link #finish}
   */
  public void write(EncodedEvaluation encoded) throws IOException {
    if (finished) {
      throw new IllegalStateException("the document is finished");
    }
    encoded.requireFor(EncodedEvaluation.Form.DOCUMENT_ENTRY, owner);
    generator.writeRawValue(encoded.raw()); // the separator and count as for any value, then the bytes
    summary.add(encoded.evaluation());
  }

  /**
   * Closes the evaluations and writes the document's findings; flushes.
   *
   * @param findings the findings about the table as a whole
   * @throws IOException when writing fails
   */
  public void finish(List<Finding> findings) throws IOException {
    finish(findings, List.of());
  }

  /**
   * Closes the evaluations, writes the findings about the table as a whole, what the reader
   * reported ({@code readDiagnostics}, so that a consumer can tell a reader problem from a data
   * problem) and the summary; flushes.
   *
   * @param findings the findings about the table as a whole
   * @param readDiagnostics what the reader reported
   * @throws IOException when writing fails
   */
  public void finish(List<Finding> findings, List<Finding> readDiagnostics) throws IOException {
    if (finished) {
      throw new IllegalStateException("the document is finished");
    }
    finished = true;
    summary.addFindings(findings).addFindings(readDiagnostics);
    writer.documentEnd(generator, findings, readDiagnostics, summary.summary());
    generator.close(); // AUTO_CLOSE_TARGET is off: this flushes without closing the target
  }

  @Override
  public void flush() throws IOException {
    generator.flush();
  }
}
