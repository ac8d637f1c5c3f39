package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each form of a file ends, to tell a copy cut inside its last indicator row (JX-I-0259,
 * {@link EndsInIndicatorRow}) from a whole form whose last row was left blank. A stacked form that
 * stops, blank from the actual column on, right where the next form starts lacks the 总分 or closing
 * rows its template prints only if the file shows the template prints them: when another form of the
 * file reaches its 总分 or its 存在问题 / 改进措施 below its indicators, the one without them lost its
 * end and is told; when no form of several prints an end (a page of transfer forms, whose template has
 * no 总分), each copy ends where its template does, and a blank last row was left blank (review 49io
 * D3). The file's last form is told whatever the others print: its copy may stop at the file's end, as
 * single copies do (安居 2021, a transfer form with no 总分, stops at {@code 指标1:技}), which the
 * warning's "may" allows.
 */
final class StackedCopyEnds {
  private record Stop(IndicatorBlock block, FormDraft draft, int lastRow, boolean endOfFile) {}

  private final List<Stop> stops = new ArrayList<>();
  private final Set<FormDraft> ended = new HashSet<>();
  private final List<Stop> told = new ArrayList<>();

  /**
   * A form still in its indicators at {@code lastRow}, its last row, when the next form ({@code
   * endOfFile} false) or the file's end came.
   */
  void stopped(IndicatorBlock block, FormDraft draft, int lastRow, boolean endOfFile) {
    stops.add(new Stop(block, draft, lastRow, endOfFile));
  }

  /** A form reached its 总分 or its closing rows below its indicators: its template prints an end. */
  void ended(FormDraft draft) {
    ended.add(draft);
  }

  /** Marks the copies cut in their last row, before the table is built. */
  void mark() {
    for (Stop s : stops) {
      if ((s.endOfFile() || !ended.isEmpty()) && s.block().markEndOfCopy(s.lastRow(), s.draft())) {
        told.add(s);
      }
    }
  }

  /** Says each copy {@link #mark} marked, at its last row. */
  void tell() {
    for (Stop s : told) {
      s.block().tellCutOff(s.lastRow(), s.draft());
    }
  }
}
