package org.jixiao.rules.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.rules.internal.check.BuiltInChecks;
import org.jixiao.rules.internal.scoring.BandGradeScale;
import org.jixiao.rules.internal.scoring.ExecutionRateScorer;
import org.jixiao.rules.internal.scoring.IndicatorStatusDeriver;
import org.jixiao.rules.internal.scoring.NotApplicableScorer;
import org.jixiao.rules.internal.scoring.QualitativeScorer;
import org.jixiao.rules.internal.scoring.QuantitativeScorer;
import org.jixiao.rules.internal.scoring.DeadlineScorer;
import org.jixiao.rules.internal.scoring.SubTargetScorer;
import org.jixiao.rules.internal.scoring.WeightsAllocator;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.GradeScale;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.Part;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.StatusDeriver;
import org.jixiao.rules.spi.TableCheck;
import org.jixiao.rules.spi.WeightAllocator;

/**
 * Resolves the built-in parts plus what a builder added, replaced and disabled into the
 * {@link Parts} of one evaluator. Every conflict is an {@link IllegalStateException} naming
 * the id: two parts with one id, a replacement or a disabled id that names no part, a second
 * part of a single kind, a required part disabled.
 *
 * <p>Order: custom scorers are tried before the built-in ones, in the order added; custom
 * checks run after the built-in ones, in the order added; a replacement takes the place of the
 * part it replaces.
 */
public final class PartRegistry {
  private PartRegistry() {}

  /** The built-in parts, in run order. */
  public static List<Part> builtIns() {
    List<Part> parts = new ArrayList<>();
    parts.add(new ExecutionRateScorer());
    parts.add(new NotApplicableScorer());
    parts.add(new SubTargetScorer());
    parts.add(new QuantitativeScorer());
    parts.add(new DeadlineScorer());
    parts.add(new QualitativeScorer());
    parts.add(new WeightsAllocator());
    parts.add(new BandGradeScale());
    parts.add(new IndicatorStatusDeriver());
    parts.addAll(BuiltInChecks.projectChecks());
    parts.addAll(BuiltInChecks.tableChecks());
    return parts;
  }

  /**
   * Resolves the parts.
   *
   * @param added parts added (those whose {@link Part#replaces()} names a part replace it)
   * @param replacements explicit replacements, by the id replaced
   * @param disabled ids of parts to leave out
   */
  public static Parts resolve(List<Part> added, Map<String, Part> replacements, Set<String> disabled) {
    return resolve(added, replacements, disabled, part -> "'" + part.id() + "'");
  }

  /**
   * Resolves the parts, naming each in messages with {@code name} (which may say where a part
   * came from, for example "loaded by ServiceLoader").
   */
  public static Parts resolve(
      List<Part> added, Map<String, Part> replacements, Set<String> disabled, Function<Part, String> name) {
    List<Part> parts = new ArrayList<>(builtIns());
    Map<String, Part> replacing = new LinkedHashMap<>(replacements);
    Set<String> replacedByAdded = new HashSet<>();
    List<Part> additions = new ArrayList<>();
    for (Part part : added) {
      Objects.requireNonNull(part.id(), "part id");
      if (part.replaces().isPresent()) {
        String target = part.replaces().get();
        Part previous = replacing.put(target, part);
        // replace(id, p) with a p that also declares replaces() = id is one declaration, not two;
        // the same part added twice, or two parts for one place, is a conflict.
        boolean sameDeclaration = previous == part && !replacedByAdded.contains(target);
        if (previous != null && !sameDeclaration) {
          throw new IllegalStateException(
              "two parts replace '" + target + "': " + name.apply(previous) + " and " + name.apply(part)
                  + (previous == part ? " (the same part added twice)" : ""));
        }
        replacedByAdded.add(target);
      } else {
        additions.add(part);
      }
    }
    // a part may replace a replacement (B replaces A, which replaces a built-in): apply what
    // can be applied, then again, so that the order the parts came in (loadParts sorts them by
    // id) does not decide whether it works
    List<Map.Entry<String, Part>> pending = new ArrayList<>(replacing.entrySet());
    while (!pending.isEmpty()) {
      List<Map.Entry<String, Part>> later = new ArrayList<>();
      for (Map.Entry<String, Part> replacement : pending) {
        int at = indexOf(parts, replacement.getKey());
        if (at < 0) {
          later.add(replacement);
          continue;
        }
        Kind kind = Kind.of(parts.get(at));
        if (Kind.of(replacement.getValue()) != kind) {
          throw new IllegalStateException(
              "part " + name.apply(replacement.getValue()) + " cannot replace '" + replacement.getKey() + "': it is not " + Kind.article(kind.type.getSimpleName()));
        }
        parts.set(at, replacement.getValue());
      }
      if (later.size() == pending.size()) {
        Map.Entry<String, Part> first = later.get(0);
        throw new IllegalStateException(
            "no part with id '" + first.getKey() + "' to replace with '" + first.getValue().id() + "'");
      }
      pending = later;
    }
    List<Part> customScorers = new ArrayList<>();
    for (Part part : additions) {
      Kind kind = Kind.of(part);
      if (kind.single) {
        throw new IllegalStateException(
            "part " + name.apply(part) + " is " + Kind.article(kind.type.getSimpleName()) + ", of which an evaluator has exactly one; replace the built-in instead");
      }
      if (kind == Kind.SCORER) {
        customScorers.add(part);
      } else {
        parts.add(part);
      }
    }
    parts.addAll(indexOfFirstScorer(parts), customScorers);
    Map<String, Part> ids = new HashMap<>();
    for (Part part : parts) {
      Kind.of(part);
      Part other = ids.putIfAbsent(part.id(), part);
      if (other != null) {
        throw new IllegalStateException(
            "two parts have the id '" + part.id() + "': " + name.apply(other) + " and " + name.apply(part)
                + (other == part ? " (the same part added twice)" : ""));
      }
    }
    for (String id : new LinkedHashSet<>(disabled)) {
      int at = indexOf(parts, id);
      if (at < 0) {
        throw new IllegalStateException("no part with id '" + id + "' to disable");
      }
      if (Kind.of(parts.get(at)).single) {
        throw new IllegalStateException("part '" + id + "' is required and cannot be disabled; replace it instead");
      }
      parts.remove(at);
    }
    return assemble(parts);
  }

  private static int indexOf(List<Part> parts, String id) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfFirstScorer(List<Part> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof IndicatorScorer) {
        return i;
      }
    }
    return parts.size();
  }

  private static Parts assemble(List<Part> parts) {
    ExecutionScorer execution = null;
    WeightAllocator weights = null;
    GradeScale grade = null;
    StatusDeriver status = null;
    List<IndicatorScorer> scorers = new ArrayList<>();
    List<ProjectCheck> projectChecks = new ArrayList<>();
    List<TableCheck> tableChecks = new ArrayList<>();
    for (Part part : parts) {
      switch (Kind.of(part)) {
        case EXECUTION -> execution = (ExecutionScorer) part;
        case SCORER -> scorers.add((IndicatorScorer) part);
        case WEIGHTS -> weights = (WeightAllocator) part;
        case GRADE -> grade = (GradeScale) part;
        case STATUS -> status = (StatusDeriver) part;
        case PROJECT_CHECK -> projectChecks.add((ProjectCheck) part);
        case TABLE_CHECK -> tableChecks.add((TableCheck) part);
      }
    }
    if (execution == null || weights == null || grade == null || status == null) {
      throw new IllegalStateException("an evaluator needs an execution scorer, weights, a grade scale and a status deriver");
    }
    return new Parts(execution, scorers, weights, grade, status, projectChecks, tableChecks);
  }
}
