package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The phrase table {@code phrases.tsv}: real phrases with the parse and fraction they must give. */
class PhraseTableTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  static Stream<Arguments> phrases() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = PhraseTableTest.class.getResourceAsStream("phrases.tsv")) {
      assertThat(in).as("phrases.tsv").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        assertThat(c).as("six columns in: %s", line).hasSize(6);
        rows.add(Arguments.of(c[0], c[1], c[2], c[3], c[4], c[5]));
      }
    }
    return rows.stream();
  }

  @Test
  void theTableHoldsAtLeastSixtyPhrases() throws IOException {
    assertThat(phrases().count()).isGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("phrases")
  void phraseParsesAndScoresAsExpected(
      String kind, String text, String paired, String parse, String fraction, String source) {
    String other = paired.equals("-") ? "" : paired;
    switch (kind) {
      case "target" -> {
        assertThat(IndicatorTexts.parseTarget(text).describe()).as("parse of target, %s", source).isEqualTo(parse);
        assertFraction(judge(text, other), fraction, source);
      }
      case "actual" -> {
        assertThat(figures(text)).as("figures of actual, %s", source).isEqualTo(parse);
        if (!fraction.equals("-")) {
          assertFraction(judge(other, text), fraction, source);
        }
      }
      case "words" -> {
        String words = Vocabulary.defaults().read(text).map(Reading::words).orElse("none");
        assertThat(words).as("completion words, %s", source).isEqualTo(parse);
        assertFraction(judge(other, text), fraction, source);
      }
      case "list" -> {
        String numbers =
            IndicatorTexts.split(text).stream().map(i -> String.valueOf(i.number())).collect(Collectors.joining("|"));
        assertThat(numbers).as("list items, %s", source).isEqualTo(parse);
      }
      case "numeral" ->
          assertThat(IndicatorTexts.chineseNumber(text)).as("numeral, %s", source).contains(new BigDecimal(parse));
      default -> throw new AssertionError("unknown kind " + kind);
    }
  }

  private static IndicatorVerdict judge(String target, String actual) {
    return EVALUATOR.judge(Indicator.builder()
        .category(Subcategory.QUANTITY.category())
        .subcategory(Subcategory.QUANTITY)
        .target(target)
        .actual(actual)
        .build());
  }

  private static String figures(String text) {
    List<Quantity> found = IndicatorTexts.parseActual(text);
    return found.isEmpty() ? "none" : found.stream().map(Quantity::describe).collect(Collectors.joining("; "));
  }

  private static void assertFraction(IndicatorVerdict verdict, String expected, String source) {
    switch (expected) {
      case "NA" -> assertThat(verdict.outcome()).as("%s: %s", source, verdict).isEqualTo(Outcome.NOT_APPLICABLE);
      case "UNDETERMINED" -> {
        assertThat(verdict.outcome()).as("%s: %s", source, verdict).isEqualTo(Outcome.UNDETERMINED);
        assertThat(verdict.trace().reason()).as("an undetermined verdict says why").isNotBlank();
      }
      default -> {
        assertThat(verdict.outcome()).as("%s: %s", source, verdict).isEqualTo(Outcome.SCORED);
        BigDecimal actual = verdict.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP);
        assertThat(actual).as("%s: %s", source, verdict).isEqualByComparingTo(new BigDecimal(expected));
      }
    }
  }
}
