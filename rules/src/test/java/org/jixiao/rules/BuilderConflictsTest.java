package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.custom.PassFailWordsScorer;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.ProjectCheck;
import org.junit.jupiter.api.Test;

/** The builder treats duplicates alike, says where a conflicting part came from, and filters loading. */
class BuilderConflictsTest {

  /** An execution scorer that declares what it replaces. */
  private static final class Replacing implements ExecutionScorer {
    private final String id;
    private final String replaced;

    Replacing(String id) {
      this(id, BuiltInIds.EXECUTION_RATE);
    }

    Replacing(String id, String replaced) {
      this.id = id;
      this.replaced = replaced;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Optional<String> replaces() {
      return Optional.of(replaced);
    }

    @Override
    public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
      return ExecutionResult.builder().weight(weight).trace(Trace.of(id, "none", "无")).build();
    }
  }

  /** B replaces A, which replaces the built-in: in either order (loadParts sorts by id). */
  @Test
  void aPartReplacingAReplacementWorksInEitherOrder() {
    Replacing a = new Replacing("bureau-a");
    Replacing b = new Replacing("bureau-b", "bureau-a");
    for (Evaluator e : List.of(Evaluator.builder().add(a).add(b).build(), Evaluator.builder().add(b).add(a).build())) {
      assertThat(e.part(BuiltInIds.EXECUTION_RATE)).isEmpty();
      assertThat(e.part("bureau-a")).isEmpty();
      assertThat(e.part("bureau-b")).isPresent();
    }
    assertThatThrownBy(() -> Evaluator.builder().add(new Replacing("bureau-c", "bureau-nothing")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no part with id 'bureau-nothing' to replace with 'bureau-c'");
  }

  @Test
  void aReplacingPartAddedTwiceIsAConflictLikeAnyPartAddedTwice() {
    Replacing p = new Replacing("bureau-exec");
    assertThatThrownBy(() -> Evaluator.builder().add(p).add(p).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two parts replace 'execution-rate'")
        .hasMessageContaining("the same part added twice");
    ProjectCheck q =
        new ProjectCheck() {
          @Override
          public String id() {
            return "bureau-check";
          }

          @Override
          public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
            return List.of();
          }
        };
    assertThatThrownBy(() -> Evaluator.builder().add(q).add(q).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two parts have the id")
        .hasMessageContaining("the same part added twice");
  }

  @Test
  void replacingExplicitlyAPartThatAlsoDeclaresWhatItReplacesIsOneDeclaration() {
    Replacing p = new Replacing("bureau-exec");
    Evaluator e = Evaluator.builder().replace(BuiltInIds.EXECUTION_RATE, p).add(p).build();
    assertThat(e.partIds()).contains("bureau-exec").doesNotContain(BuiltInIds.EXECUTION_RATE);
  }

  @Test
  void aConflictWithALoadedPartSaysItCameFromServiceLoader() {
    PassFailWordsScorer mine = new PassFailWordsScorer();
    assertThatThrownBy(
            () -> Evaluator.builder().add(mine).loadParts(getClass().getClassLoader()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loaded by ServiceLoader: " + PassFailWordsScorer.class.getName());
  }

  @Test
  void loadingCanBeFiltered() {
    Evaluator none = Evaluator.builder().loadParts(getClass().getClassLoader(), part -> false).build();
    assertThat(none.partIds()).isEqualTo(Evaluator.defaults().partIds());
    // The test path provides PassFailWordsScorer, which replaces the built-in qualitative scorer.
    Evaluator all = Evaluator.builder().loadParts(getClass().getClassLoader(), part -> true).build();
    assertThat(all.partIds()).contains("pass-fail-words").doesNotContain(BuiltInIds.QUALITATIVE);
    Evaluator byId =
        Evaluator.builder().loadParts(getClass().getClassLoader(), part -> part.id().startsWith("bureau-")).build();
    assertThat(byId.partIds()).isEqualTo(Evaluator.defaults().partIds());
  }

  @Test
  void aSingleKindAddedAsAnExtraPartIsNamedWithTheRightArticle() {
    ExecutionScorer plain =
        new ExecutionScorer() {
          @Override
          public String id() {
            return "extra-exec";
          }

          @Override
          public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
            return ExecutionResult.builder().weight(weight).trace(Trace.of(id(), "none", "无")).build();
          }
        };
    assertThatThrownBy(() -> Evaluator.builder().add(plain).build())
        .hasMessageContaining("is an ExecutionScorer, of which an evaluator has exactly one");
  }
}
