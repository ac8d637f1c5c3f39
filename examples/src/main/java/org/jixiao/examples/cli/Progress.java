package org.jixiao.examples.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.jixiao.core.evaluation.Evaluation;

/** A one-line progress counter on stderr, redrawn every thousand projects. */
final class Progress implements Consumer<Evaluation> {
  private final PrintWriter err;
  private final int total;
  private final CliText text;
  private int done;

  /** A counter of {@code total} projects; a negative total when it is not known (a stream). */
  Progress(PrintWriter err, int total, CliText text) {
    this.err = err;
    this.total = total;
    this.text = text;
  }

  @Override
  public void accept(Evaluation evaluation) {
    done++;
    if (done % 1_000 == 0 || done == total) {
      err.print("\r" + (total >= 0 ? text.get("JX-C-0203", "done", done, "total", total) : text.get("JX-C-0202", "done", done)));
      err.flush();
    }
  }

  void done() {
    err.println();
    err.flush();
  }
}
