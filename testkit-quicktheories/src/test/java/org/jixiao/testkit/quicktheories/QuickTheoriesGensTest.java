package org.jixiao.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.jixiao.testkit.Generator;
import org.jixiao.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;

class QuickTheoriesGensTest {

  @Test
  void generatedTablesFollowQuickTheoriesChoices() {
    // an adapter that ignored QuickTheories' source (always the smallest choice, say) would give
    // one table over and over
    java.util.Set<Integer> sizes = new java.util.HashSet<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    qt().withExamples(50)
        .forAll(QuickTheoriesGens.gen(ModelGenerators.hostile().table()))
        .checkAssert(
            t -> {
              sizes.add(t.projects().size());
              t.projects().forEach(p -> names.add(p.name()));
            });
    assertThat(sizes).hasSizeGreaterThan(1);
    assertThat(names).hasSizeGreaterThan(10);
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

  @Test
  void aShortenedTextIsExactlyTheLimitWhateverTheDigitsOfItsCount() {
    // the count of characters left out can gain a digit once the gap is made (a limit of 40 and a
    // text of 41 leave out 25 characters, not 1): the text must still fit its limit exactly
    qt().withExamples(1_000)
        .forAll(integers().between(40, 3_000), integers().between(1, 20_000))
        .checkAssert(
            (limit, extra) -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < limit + extra; i++) {
                b.append((char) ('a' + i % 26));
              }
              String text = b.toString();
              String shortened = QuickTheoriesGens.shorten(text, limit);
              assertThat(shortened).hasSize(limit);
              int open = shortened.indexOf("…(");
              int close = shortened.indexOf(" characters left out)…");
              int omitted = Integer.parseInt(shortened.substring(open + 2, close));
              String head = shortened.substring(0, open);
              String tail = shortened.substring(close + " characters left out)…".length());
              assertThat(head.length() + omitted + tail.length()).isEqualTo(text.length());
              assertThat(text).startsWith(head).endsWith(tail);
              assertThat(head.length() - tail.length()).isBetween(0, 1);
            });
  }
}
