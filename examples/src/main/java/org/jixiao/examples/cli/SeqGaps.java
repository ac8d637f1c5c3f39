package org.jixiao.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jixiao.core.project.Project;

/** The 序号 ranges missing between the first and last project, as "11–14, 27–28". */
final class SeqGaps {
  private SeqGaps() {}

  static String describe(List<Project> projects) {
    List<String> gaps = new ArrayList<>();
    int previous = 0;
    boolean first = true;
    for (Project p : projects) {
      OptionalInt seq = p.seq();
      if (seq.isEmpty()) {
        continue;
      }
      int s = seq.getAsInt();
      if (!first && s > previous + 1) {
        gaps.add(s - 1 == previous + 1 ? Integer.toString(previous + 1) : (previous + 1) + "–" + (s - 1));
      }
      first = false;
      previous = Math.max(previous, s);
    }
    return String.join(", ", gaps);
  }
}
