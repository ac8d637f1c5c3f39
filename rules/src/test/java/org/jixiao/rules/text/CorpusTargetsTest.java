package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.indicator.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Every target text of the corpus read by {@link IndicatorTexts#parseTarget(Indicator)} against
 * the reading a person gives it (columns {@code comparator}, {@code figure}, {@code unit},
 * {@code per}, {@code deadline}). Prints the share read right; fails on a misreading not listed
 * in {@code known-limits.tsv} and on a listed one now read right.
 *
 * <p>Read right means: for GE GT EQ LE LT, the same comparison, the figure (converted into the
 * key's unit when the units convert; 5亿元 is 500000000 元), the same unit and the same per-part;
 * for DEADLINE, no figure and a deadline ending at the key's date (year, month and day as far as
 * the key states them); for GRADE and QUALITATIVE, no figure and no dated deadline (what the words
 * say is the vocabulary's business); for NONE, a placeholder. Run alone with {@code mvn -B -o -pl rules -am
 * test -Dtest='Corpus*Test' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CorpusTargetsTest {
  /** The share of target texts that must be read right (issue 13: 97 %). */
  private static final double READ_RIGHT_AT_LEAST = 0.97;

  @Test
  void everyTargetIsReadAsAPersonReadsIt() {
    Map<String, String> limits = Corpus.knownLimits();
    List<Map<String, String>> rows = Corpus.rows("targets.tsv", "targets-2.tsv");
    List<String> wrong = new ArrayList<>();
    List<String> listedButRight = new ArrayList<>();
    int right = 0;
    int known = 0;
    for (Map<String, String> row : rows) {
      Indicator indicator = Corpus.indicator(row);
      Target target = IndicatorTexts.parseTarget(indicator);
      Optional<String> problem = problem(row, target);
      String id = Corpus.cell(row, "id");
      if (problem.isEmpty()) {
        right++;
        if (limits.containsKey(id)) {
          listedButRight.add(id);
        }
      } else if (limits.containsKey(id)) {
        known++;
      } else {
        wrong.add(id + " '" + Corpus.cell(row, "target") + "' (" + Corpus.cell(row, "name") + "): " + problem.get() + "; read " + target.describe()
            + target.per().map(p -> " per " + p).orElse(""));
      }
    }
    double share = (double) right / rows.size();
    StringBuilder report = new StringBuilder();
    report.append(String.format("corpus targets: %d; read right %d = %.1f %%; wrong %d; known limits %d%n",
        rows.size(), right, 100.0 * share, wrong.size(), known));
    wrong.forEach(w -> report.append("  WRONG: ").append(w).append('\n'));
    System.out.print(report);
    assertThat(wrong).as(report.toString()).isEmpty();
    assertThat(listedButRight).as("known limits now read right; take them off the list").isEmpty();
    assertThat(share).as(report.toString()).isGreaterThanOrEqualTo(READ_RIGHT_AT_LEAST);
  }

  /** What is wrong with a reading, or empty when it is right. */
  static Optional<String> problem(Map<String, String> row, Target target) {
    String comparator = Corpus.cell(row, "comparator");
    switch (comparator) {
      case "NONE" -> {
        return IndicatorTexts.isPlaceholder(Corpus.cell(row, "target")) || target.quantity().isEmpty()
            ? Optional.empty()
            : Optional.of("a placeholder read as a figure");
      }
      case "GRADE", "QUALITATIVE" -> {
        if (target.quantity().isPresent()) {
          return Optional.of("qualitative text read as a figure");
        }
        return target.deadline().flatMap(Deadline::by).isPresent()
            ? Optional.of("qualitative text read as a dated deadline")
            : Optional.empty();
      }
      case "DEADLINE" -> {
        if (target.quantity().isPresent() && !target.quantity().get().unit().isDuration()) {
          return Optional.of("a deadline read as a figure");
        }
        if (target.deadline().isEmpty()) {
          return Optional.of("no deadline found");
        }
        String key = Corpus.cell(row, "deadline");
        if (key.isBlank()) {
          return Optional.empty();
        }
        Optional<DatePeriod> by = target.deadline().get().by();
        if (by.isEmpty()) {
          return Optional.of("the deadline's date " + key + " not read");
        }
        return sameDate(key, by.get()) ? Optional.empty() : Optional.of("deadline " + by.get().describe() + ", key " + key);
      }
      default -> {
        return quantity(row, target);
      }
    }
  }

  private static Optional<String> quantity(Map<String, String> row, Target target) {
    if (target.quantity().isEmpty()) {
      return Optional.of("no figure read");
    }
    Quantity q = target.quantity().get();
    String symbol =
        switch (target.comparison()) {
          case AT_LEAST -> "GE";
          case MORE_THAN -> "GT";
          case EQUAL -> "EQ";
          case AT_MOST -> "LE";
          case LESS_THAN -> "LT";
          case BETWEEN -> "RANGE";
        };
    if (!symbol.equals(Corpus.cell(row, "comparator"))) {
      return Optional.of("comparison " + symbol + ", key " + Corpus.cell(row, "comparator"));
    }
    BigDecimal figure = new BigDecimal(Corpus.cell(row, "figure"));
    String keyUnit = IndicatorTexts.normalize(Corpus.cell(row, "unit")).strip();
    if (keyUnit.length() > 1 && keyUnit.charAt(0) == '万' && Unit.of(keyUnit.substring(1)).isPresent()
        && !Unit.of(keyUnit).isPresent()) {
      figure = figure.multiply(BigDecimal.valueOf(10_000)); // key 320 万亩 is 3200000 亩
      keyUnit = keyUnit.substring(1);
    }
    BigDecimal value = q.value();
    if (keyUnit.isEmpty()) {
      if (!q.unit().equals(Unit.NONE)) {
        return Optional.of("unit " + q.unit() + ", key none");
      }
    } else {
      Optional<Unit> key = Unit.of(keyUnit);
      if (key.isPresent() && key.get().isCompatibleWith(q.unit()) && !q.unit().equals(Unit.NONE)) {
        value = q.unit().convert(value, key.get());
      } else if (!q.unit().symbol().equals(keyUnit)) {
        return Optional.of("unit '" + q.unit() + "', key '" + keyUnit + "'");
      }
    }
    if (value.compareTo(figure) != 0) {
      return Optional.of("figure " + value.stripTrailingZeros().toPlainString() + ", key " + figure.toPlainString());
    }
    String keyPer = per(Corpus.cell(row, "per"));
    String per = per(target.per().orElse(""));
    if (!keyPer.equals(per)) {
      return Optional.of("per '" + per + "', key '" + keyPer + "'");
    }
    return Optional.empty();
  }

  private static String per(String p) {
    return IndicatorTexts.normalize(p).strip().replace('·', '*');
  }

  /** Whether a key such as {@code 2023-12}, {@code 2021-12-31} or {@code 09} names the period. */
  static boolean sameDate(String key, DatePeriod by) {
    String[] parts = key.strip().split("-");
    int k = 0;
    if (parts[0].length() == 4) {
      if (by.year().isEmpty() || by.year().getAsInt() != Integer.parseInt(parts[0])) {
        return false;
      }
      k = 1;
    } else if (by.year().isPresent()) {
      return false;
    }
    if (k >= parts.length) {
      return by.month() == 12 && by.day().isEmpty();
    }
    if (Integer.parseInt(parts[k]) != by.month()) {
      return false;
    }
    int last = java.time.YearMonth.of(by.year().orElse(2001), by.month()).lengthOfMonth();
    if (k + 1 < parts.length) {
      int day = Integer.parseInt(parts[k + 1]);
      return by.day().isPresent() ? by.day().getAsInt() == day : day == last; // 2020年全年 ends on 12-31
    }
    return by.day().isEmpty() || by.day().getAsInt() == last;
  }
}
