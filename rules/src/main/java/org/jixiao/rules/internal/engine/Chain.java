package org.jixiao.rules.internal.engine;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.scoring.UndeterminedReasons;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;

/**
 * The scorer chain from one position on: tries each scorer in turn; the first verdict wins; no
 * verdict at all is undetermined. A scorer at position k that asks for {@code next} gets the
 * chain from k + 1, so splitting cannot recurse forever.
 */
final class Chain {
  private final List<IndicatorScorer> scorers;
  private final Project project;
  private final Profile profile;

  private final Context[] contexts; // the context of each position: one set per project, not one per call

  Chain(List<IndicatorScorer> scorers, Project project, Profile profile) {
    this.scorers = scorers;
    this.project = project;
    this.profile = profile;
    this.contexts = new Context[scorers.size()];
    for (int k = 0; k < contexts.length; k++) {
      contexts[k] = new Context(k + 1);
    }
  }

  IndicatorVerdict score(IndicatorInput input) {
    return scoreFrom(0, input);
  }

  private IndicatorVerdict scoreFrom(int from, IndicatorInput input) {
    for (int k = from; k < scorers.size(); k++) {
      IndicatorScorer scorer = scorers.get(k);
      Optional<IndicatorVerdict> verdict;
      try {
        verdict = scorer.score(input, contexts[k]);
      } catch (RuntimeException e) {
        throw PartCalls.threw(scorer, project, e);
      }
      if (PartCalls.nonNull(verdict, scorer, project, "instead of an Optional verdict").isPresent()) {
        return verdict.get();
      }
    }
    return UndeterminedReasons.verdict(input);
  }

  private final class Context implements ScoringContext {
    private final int next;

    Context(int next) {
      this.next = next;
    }

    @Override
    public Project project() {
      return project;
    }

    @Override
    public Profile profile() {
      return profile;
    }

    @Override
    public IndicatorVerdict next(IndicatorInput input) {
      return scoreFrom(next, input);
    }
  }
}
