package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ExecutionScorer;
import org.junit.jupiter.api.Test;

/** A contract failure says what broke in a few lines, however long the input that broke it. */
class ContractFailureTest {

  private static String message(Throwable t) {
    return String.valueOf(t.getMessage());
  }

  @Test
  void aLongInputIsCutInTheMiddleAndSaysHowMuchWasLeftOut() {
    String input = "a".repeat(20_000) + "b".repeat(20_000);
    AssertionError e = ContractFailure.of("part", "property", input, 7L, "detail");
    String message = message(e);
    assertThat(message).startsWith("part breaks 'property' (seed 7): detail\n  input: aaa").endsWith("bbb");
    // 2,000 characters of input are kept, the gap that counts the rest among them
    String description = message.substring(message.indexOf("input: ") + "input: ".length());
    assertThat(description).hasSize(2_000);
    int open = description.indexOf("…(");
    int close = description.indexOf(" characters left out)…");
    int omitted = Integer.parseInt(description.substring(open + 2, close));
    String head = description.substring(0, open);
    String tail = description.substring(close + " characters left out)…".length());
    assertThat(head).matches("a+");
    assertThat(tail).matches("b+");
    assertThat(head.length() + omitted + tail.length()).isEqualTo(input.length());
    assertThat(message.length()).isLessThan(2_100);
  }

  @Test
  void aShortInputIsKeptWhole() {
    assertThat(ContractFailure.of("part", "property", "short", 7L, "detail").getMessage()).endsWith("input: short");
  }

  @Test
  void aLongDetailAndALongExceptionMessageAreCutToo() {
    String x = "x".repeat(30_000);
    assertThat(message(ContractFailure.of("part", "property", "in", 7L, x)).length()).isLessThan(2_100);
    AssertionError thrown = ContractFailure.thrown("part", "in", 7L, new IllegalStateException(x));
    assertThat(message(thrown).length()).isLessThan(2_100);
    // the whole message stays with the cause
    assertThat(thrown.getCause()).hasMessage(x);
  }

  @Test
  void aCutTextIsExactlyTheLimitAndKeepsItsStartAndEnd() {
    for (int extra = 1; extra < 3_000; extra += 7) {
      String text = "s" + "m".repeat(2_000 + extra - 2) + "e";
      String cut = ContractFailure.shorten(text, 2_000);
      assertThat(cut).hasSize(2_000).startsWith("s").endsWith("e");
    }
  }

  /** Throws on the projects whose description is longest: hostile ones, with 10,000-character cells. */
  static final class ChokesOnLongText implements ExecutionScorer {
    @Override
    public String id() {
      return "chokes-on-long-text";
    }

    @Override
    public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
      if (project.toString().length() > 20_000) {
        throw new IllegalArgumentException("too long: " + project);
      }
      return ExecutionResult.builder().weight(weight).trace(org.jixiao.core.evaluation.Trace.of(id(), "none", "no rate")).build();
    }
  }

  @Test
  void aContractFailingOnAHostileProjectReportsItInAFewThousandCharacters() {
    ExecutionScorerContract contract = () -> new ChokesOnLongText();
    Throwable failure = catchThrowable(contract::isDeterministic);
    assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("chokes-on-long-text threw").hasMessageContaining("characters left out");
    // the detail (what was thrown, quoting the project) and the input, each within the limit
    assertThat(message(failure).length()).isLessThan(2 * ContractFailure.DESCRIPTION_LENGTH + 200);
  }
}
