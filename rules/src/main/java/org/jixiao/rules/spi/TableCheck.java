package org.jixiao.rules.spi;

import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.Profile;

/** A rule that only adds findings about a whole table (its 序号, its 合计 row …). */
public interface TableCheck extends Part {
  /**
   * The findings about a table.
   *
   * @param evaluations the evaluation of each project, in table order
   */
  List<Finding> check(PerformanceTable table, List<Evaluation> evaluations, Profile profile);
}
