package org.jixiao.rules.internal.engine;

import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.GradeScale;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.Part;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.StatusDeriver;
import org.jixiao.rules.spi.TableCheck;
import org.jixiao.rules.spi.WeightAllocator;

/** The kinds of parts; single kinds have exactly one part per evaluator. */
enum Kind {
  EXECUTION(ExecutionScorer.class, true),
  SCORER(IndicatorScorer.class, false),
  WEIGHTS(WeightAllocator.class, true),
  GRADE(GradeScale.class, true),
  STATUS(StatusDeriver.class, true),
  PROJECT_CHECK(ProjectCheck.class, false),
  TABLE_CHECK(TableCheck.class, false);

  final Class<? extends Part> type;
  final boolean single;

  Kind(Class<? extends Part> type, boolean single) {
    this.type = type;
    this.single = single;
  }

  /** The kind of a part, which must implement exactly one part interface. */
  /** "a WeightAllocator", "an ExecutionScorer". */
  static String article(String name) {
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  static Kind of(Part part) {
    Kind found = null;
    for (Kind kind : values()) {
      if (kind.type.isInstance(part)) {
        if (found != null) {
          throw new IllegalStateException(
              "part '" + part.id() + "' implements both " + found.type.getSimpleName() + " and " + kind.type.getSimpleName() + "; a part has one kind");
        }
        found = kind;
      }
    }
    if (found == null) {
      throw new IllegalStateException(
          "part '" + part.id() + "' (" + part.getClass().getName() + ") implements no part interface of org.jixiao.rules.spi");
    }
    return found;
  }
}
