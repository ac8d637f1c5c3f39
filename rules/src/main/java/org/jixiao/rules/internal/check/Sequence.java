package org.jixiao.rules.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jixiao.core.project.Project;

/** The 序号 of a table's projects. */
final class Sequence {
  private Sequence() {}

  /** The numbers from 1 to the largest 序号 that no project carries, ascending. */
  static List<Integer> missing(List<Project> projects) {
    TreeSet<Integer> present = new TreeSet<>();
    for (Project p : projects) {
      p.seq().ifPresent(present::add);
    }
    List<Integer> out = new ArrayList<>();
    if (present.isEmpty()) {
      return out;
    }
    for (int n = 1; n < present.last(); n++) {
      if (!present.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }
}
