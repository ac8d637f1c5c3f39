package org.jixiao.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.BuiltInIds;

/**
 * What the scorer chain spends on indicators before the scorer that decides them: each indicator
 * of the 10 k varied pool is judged once and grouped by the rule of its verdict; then each group
 * is judged again and again by the whole chain and by the chain from the deciding scorer on (the
 * built-in scorers before it disabled; those after it stay, for the parts of a list), and the best
 * pass of each is printed in µs per project of the pool. The difference is what the scorers before
 * the deciding one spend finding that the indicator is not theirs: their readings that the
 * deciding scorer does not share. The undetermined group is decided by no scorer: its second
 * chain has every scorer disabled, and gives the cost of the reason alone.
 *
 * <p>Public API only ({@link Evaluator#judge(Project, int)}, {@link Evaluator.Builder#disable}),
 * so each judgement also checks the project's figure ranges, the same for both chains. Pin it
 * to one core for steadier figures.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.jixiao.bench.ChainCost [PASSES]}
 */
public final class ChainCost {
  private ChainCost() {}

  /** One indicator of the pool: its project and position. */
  private record Indicator(Project project, int index) {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    List<Project> pool = BenchData.projects(EvaluateBench.POOL).collect(Collectors.toList());
    Evaluator whole = Evaluator.of(Profiles.get(Profiles.MOF_2020));
    Map<String, List<Indicator>> groups = new LinkedHashMap<>();
    for (Project project : pool) {
      for (int i = 0; i < project.indicators().indicators().size(); i++) {
        String rule = whole.judge(project, i).trace().rule();
        groups.computeIfAbsent(rule, r -> new ArrayList<>()).add(new Indicator(project, i));
      }
    }
    double wholeSum = 0;
    double aloneSum = 0;
    for (Map.Entry<String, List<Indicator>> group : groups.entrySet()) {
      Evaluator alone = fromDecider(group.getKey());
      double bestWhole = Double.MAX_VALUE;
      double bestAlone = Double.MAX_VALUE;
      for (int p = 0; p < passes; p++) {
        bestWhole = Math.min(bestWhole, perProject(whole, group.getValue(), pool.size()));
        bestAlone = Math.min(bestAlone, perProject(alone, group.getValue(), pool.size()));
      }
      wholeSum += bestWhole;
      aloneSum += bestAlone;
      System.out.printf(Locale.ROOT, "%-16s %6d indicators: whole chain %.2f µs per project, from the deciding scorer on %.2f, before it %.2f%n",
          group.getKey(), group.getValue().size(), bestWhole, bestAlone, bestWhole - bestAlone);
    }
    System.out.printf(Locale.ROOT, "all groups: whole chain %.2f µs per project, from the deciding scorers on %.2f%n", wholeSum, aloneSum);
  }

  /**
   * An evaluator without the built-in scorers before {@code rule} in the chain ({@link
   * BuiltInIds#SCORERS} is in chain order); without any for a rule that is no scorer's.
   */
  private static Evaluator fromDecider(String rule) {
    Evaluator.Builder builder = Evaluator.builder().profile(Profiles.get(Profiles.MOF_2020));
    for (String scorer : BuiltInIds.SCORERS) {
      if (scorer.equals(rule)) {
        break;
      }
      builder.disable(scorer);
    }
    return builder.build();
  }

  /** One pass of judging the indicators: µs per project of a pool of {@code poolSize}. */
  private static double perProject(Evaluator evaluator, List<Indicator> indicators, int poolSize) {
    long start = System.nanoTime();
    long sink = 0;
    for (Indicator indicator : indicators) {
      sink += evaluator.judge(indicator.project(), indicator.index()).outcome().ordinal();
    }
    double us = (System.nanoTime() - start) / 1e3 / poolSize;
    return sink < 0 ? -us : us; // sink is never negative: this keeps the work from being optimised away
  }
}
