package org.jixiao.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.jixiao.testkit.Generator;
import org.jixiao.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;

class QuickTheoriesGensTest {

  @Test
  void generatedTablesAreValidModelValues() {
    qt().withExamples(50)
        .forAll(QuickTheoriesGens.gen(ModelGenerators.hostile().table()))
        .checkAssert(t -> assertThat(t.projects()).allSatisfy(p -> assertThat(p.name()).isNotBlank()));
  }

  @Test
  void shrinkingReachesTheSmallestFailingValue() {
    Generator<Long> numbers = c -> c.between(0L, 1_000_000L);
    assertThatThrownBy(
            () -> qt().withExamples(1000).forAll(QuickTheoriesGens.gen(numbers)).check(n -> n < 500))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("falsifying value(s) :-\n500\n");
  }

  @Test
  void shrinkingSimplifiesGeneratedTables() {
    // Fails for any table of 4 or more projects; shrinking must cut it down to exactly 4.
    Generator<Integer> size = ModelGenerators.realistic().table().map(t -> t.projects().size());
    assertThatThrownBy(() -> qt().withExamples(200).forAll(QuickTheoriesGens.gen(size)).check(n -> n < 4))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("falsifying value(s) :-\n4\n");
  }

  @Test
  void aFalsifiedHostileTableIsDescribedShortly() {
    Throwable failure =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                qt().withExamples(200)
                    .withShrinkCycles(0)
                    .forAll(QuickTheoriesGens.gen(ModelGenerators.hostile().table(), 500))
                    .check(t -> t.toString().length() < 600));
    assertThat(failure).isInstanceOf(AssertionError.class);
    // The report names the value in at most 500 characters, however long the table's toString.
    String report = String.valueOf(failure.getMessage());
    assertThat(report).contains("characters left out");
    assertThat(report.length()).isLessThan(2_000);
  }

  @Test
  void shorteningKeepsTheStartAndEndAndSaysHowMuchIsLeftOut() {
    String text = "a".repeat(100) + "b".repeat(100);
    String shortened = QuickTheoriesGens.shorten(text, 100);
    assertThat(shortened).hasSizeLessThanOrEqualTo(100).startsWith("aaa").endsWith("bbb");
    int omitted = Integer.parseInt(shortened.substring(shortened.indexOf('(') + 1, shortened.indexOf(' ')));
    assertThat(shortened.length() - shortened.substring(shortened.indexOf('…'), shortened.lastIndexOf('…') + 1).length() + omitted)
        .isEqualTo(text.length());
    assertThat(QuickTheoriesGens.shorten("short", 100)).isEqualTo("short");
  }
}
