package org.jixiao.rules.internal.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.TableCheck;

/**
 * 序号: duplicates and numbers going backwards are warnings; numbers missing between 1 and the
 * largest are a note (published tables omit rows; the 合计 row may still include them).
 */
final class SequenceCheck implements TableCheck {
  @Override
  public String id() {
    return BuiltInIds.SEQUENCE;
  }

  @Override
  public List<Finding> check(PerformanceTable table, List<Evaluation> evaluations, Profile profile) {
    List<Finding> out = new ArrayList<>();
    Map<Integer, Integer> firstRow = new HashMap<>();
    int previous = Integer.MIN_VALUE;
    List<Project> projects = table.projects();
    for (int row = 0; row < projects.size(); row++) {
      OptionalInt seq = projects.get(row).seq();
      if (seq.isEmpty()) {
        continue;
      }
      int s = seq.getAsInt();
      Integer earlier = firstRow.putIfAbsent(s, row);
      if (earlier != null) {
        out.add(
            Msg.of("JX-R-0291")
                .arg("seq", s)
                .arg("first", earlier + 1)
                .arg("second", row + 1)
                .finding(id(), Severity.WARNING, Location.ofSeq(s)));
      } else if (s < previous) {
        out.add(
            Msg.of("JX-R-0292").arg("seq", s).arg("previous", previous).finding(id(), Severity.WARNING, Location.ofSeq(s)));
      }
      previous = Math.max(previous, s);
    }
    List<Integer> missing = Sequence.missing(projects);
    if (!missing.isEmpty()) {
      out.add(
          Msg.of("JX-R-0293")
              .arg("seqs", Findings.ranges(missing))
              .arg("count", missing.size())
              .finding(id(), Severity.INFO));
    }
    return out;
  }
}
