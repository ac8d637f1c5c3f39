package org.jixiao.examples.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.jixiao.core.evaluation.Evaluation;

/** A one-line progress counter on stderr, redrawn every thousand projects. */
final class Progress implements Consumer<Evaluation> {
  private final PrintWriter err;
  private final int total;
  private int done;

  /** A counter of {@code total} projects; a negative total when it is not known (a stream). */
  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  @Override
  public void accept(Evaluation evaluation) {
    done++;
    if (done % 1_000 == 0 || done == total) {
      err.print("\revaluated " + done + (total >= 0 ? " / " + total : ""));
      err.flush();
    }
  }

  void done() {
    err.println();
    err.flush();
  }
}
