package org.jixiao.rules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.GradeScale;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.Part;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.StatusDeriver;
import org.jixiao.rules.spi.TableCheck;
import org.jixiao.rules.spi.WeightAllocator;

/**
 * The resolved parts of an evaluator, by kind, in run order. Immutable.
 *
 * @param execution the execution-rate scorer
 * @param scorers the indicator scorers, in the order they are tried
 * @param weights the weight allocator
 * @param grade the grade scale
 * @param status the status deriver
 * @param projectChecks the project checks, in order
 * @param tableChecks the table checks, in order
 */
public record Parts(
    ExecutionScorer execution,
    List<IndicatorScorer> scorers,
    WeightAllocator weights,
    GradeScale grade,
    StatusDeriver status,
    List<ProjectCheck> projectChecks,
    List<TableCheck> tableChecks) {

  /** Copies the lists. */
  public Parts {
    scorers = List.copyOf(scorers);
    projectChecks = List.copyOf(projectChecks);
    tableChecks = List.copyOf(tableChecks);
  }

  /** Every part, in run order. */
  public List<Part> all() {
    List<Part> all = new ArrayList<>();
    all.add(execution);
    all.addAll(scorers);
    all.add(weights);
    all.add(grade);
    all.add(status);
    all.addAll(projectChecks);
    all.addAll(tableChecks);
    return List.copyOf(all);
  }
}
