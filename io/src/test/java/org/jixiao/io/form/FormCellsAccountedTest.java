package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Nothing a real published form states is lost in reading it: each non-blank cell of the
 * fixtures is found again in what was read (a text of its project or table, an amount, a note,
 * a stray cell, the text of a diagnostic, the year, a target's nature), or it is one of the
 * labels and placeholders of {@code forms/LABELS.txt}, a key checked by hand to hold no value.
 * Texts are matched within a fixture, not cell by cell, so a lost cell whose text recurs in the
 * same form (不适用) is not noticed; any other value lost fails here.
 */
class FormCellsAccountedTest {
  @Test
  void everyFilledCellOfTheRealFormsIsALabelOrEndsUpInWhatWasRead() throws IOException {
    Set<String> labels = labels();
    List<String> lost = new ArrayList<>();
    Set<String> labelsSeen = new HashSet<>();
    for (String fixture : Fixtures.ALL) {
      ReadResult<PerformanceTable> read = FormReader.builder().build().read(Fixtures.path(fixture));
      Kept kept = new Kept(read);
      for (String line : Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8)) {
        for (String cell : line.split("\t", -1)) {
          String text = cell.strip();
          if (text.isEmpty() || kept.holds(text)) {
            continue;
          }
          if (labels.contains(text)) {
            labelsSeen.add(text);
          } else {
            lost.add(fixture + ": " + text);
          }
        }
      }
    }
    assertThat(lost).isEmpty();
    // the key holds nothing that no form shows: an entry that is no longer needed is removed
    assertThat(labelsSeen).containsExactlyInAnyOrderElementsOf(labels);
  }

  /** What the reading of one form kept, to find a cell's text in. */
  private static final class Kept {
    private final Set<String> texts = new HashSet<>();
    private final List<String> wholes = new ArrayList<>(); // notes, title, stray cells: a cell may be part of one
    private final List<BigDecimal> figures = new ArrayList<>();
    private final List<BigDecimal> rates = new ArrayList<>();
    private final Set<String> natures = new HashSet<>();
    private final Set<Integer> years = new HashSet<>();

    Kept(ReadResult<PerformanceTable> read) {
      PerformanceTable t = read.value();
      t.title().ifPresent(wholes::add);
      wholes.addAll(t.notes());
      texts.addAll(t.metadata().values());
      t.fiscalYear().ifPresent(years::add);
      for (Project p : t.projects()) {
        Stream.of(p.code(), p.unit(), p.department(), p.period(), p.projectType(), p.allocationMethod(), p.policyBasis(),
                p.calculationBasis(), p.longTermGoal(), p.statedCompletion(), p.problems(), p.rectification())
            .flatMap(Optional::stream)
            .forEach(texts::add);
        // goals printed one a row are read as one text, a line each: a cell is part of it
        Stream.of(p.goal(), p.goalOutcome()).flatMap(Optional::stream).forEach(wholes::add);
        texts.add(p.name());
        texts.add(p.moneyUnit().label()); // 金额单位: | 万元, read as the amounts' unit
        Stream.of(p.totalAmount(), p.budget(), p.adjustedBudget(), p.actual(), p.statedExecutionRate(),
                p.statedExecutionWeight(), p.statedExecutionScore(), p.statedScore())
            .flatMap(Optional::stream)
            .forEach(figures::add);
        for (FundSource f : p.funds()) {
          Stream.of(f.budget(), f.adjustedBudget(), f.executed()).flatMap(Optional::stream).forEach(figures::add);
          // a 其中 row's rate is dropped where it is the row's own B / A (derivable): 46 | 46 | 100%
          Optional<BigDecimal> base = f.adjustedBudget().or(f::budget);
          if (base.isPresent() && base.get().signum() > 0 && f.executed().isPresent()) {
            rates.add(f.executed().get().multiply(BigDecimal.valueOf(100)).divide(base.get(), 10, RoundingMode.HALF_UP));
          }
          f.label().ifPresent(texts::add); // 其中:财政资金 | 6.84 …, 其他 | 0.00: the fund's label as printed
        }
        for (Indicator i : p.indicators()) {
          Stream.of(i.name(), i.actual(), i.explanation(), i.measureUnit(), i.deviationReason())
              .flatMap(Optional::stream)
              .forEach(texts::add);
          i.target().ifPresent(wholes::add); // a target printed in parts (>= | 98 | %) is read joined
          Stream.of(i.weight(), i.statedScore()).flatMap(Optional::stream).forEach(figures::add);
          i.nature().ifPresent(n -> {
            natures.add(nfkc(n.label()));
            n.labelVariants().forEach(v -> natures.add(nfkc(v)));
          });
        }
        p.strayCells().forEach(c -> {
          wholes.add(c.text());
          texts.add(c.text()); // 项目负责人:查小兵, kept as 查小兵 under its label
        });
      }
      for (Finding f : read.diagnostics()) {
        f.location().flatMap(l -> l.text()).ifPresent(texts::add);
      }
    }

    boolean holds(String text) {
      if (texts.contains(text) || wholes.stream().anyMatch(w -> w.contains(text)) || natures.contains(natureKey(text))) {
        return true;
      }
      int colon = Math.max(text.indexOf(':'), text.indexOf('：'));
      if (colon > 0 && texts.contains(text.substring(colon + 1).strip())) {
        return true; // 单位名称:区商务局, its value read
      }
      String digits = text.replaceAll("[^0-9]", "");
      if (text.contains("年度") && digits.length() == 4 && years.contains(Integer.parseInt(digits))) {
        return true; // (2022年度), read as the fiscal year
      }
      BigDecimal n = number(text);
      return n != null && (figures.stream().anyMatch(f -> f.compareTo(n) == 0)
          || text.endsWith("%") && rates.stream().anyMatch(r -> r.setScale(n.scale(), RoundingMode.HALF_UP).compareTo(n) == 0));
    }
  }

  private static String nfkc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** A 指标性质 cell as the glyph of its comparator: ≧ (U+2267) is ≥, the box-drawing ═ is =. */
  private static String natureKey(String text) {
    return nfkc(text).replace('≧', '≥').replace('≦', '≤').replace('═', '=');
  }

  private static @Nullable BigDecimal number(String text) {
    String t = text.endsWith("万元") ? text.substring(0, text.length() - 2).strip()
        : text.endsWith("万") ? text.substring(0, text.length() - 1).strip() : text; // 2.38 万元, 5.8万 in a 万元 form
    t = t.endsWith("分") ? t.substring(0, t.length() - 1).strip() : t; // 5分, 99.3分: points with their unit
    try {
      return new BigDecimal(t.replace(",", "").replace("%", "").strip()); // 100 %: a rate printed with a space (广水 2021)
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The hand-checked key: labels and placeholders of the fixtures, one a line. */
  private static Set<String> labels() throws IOException {
    try (InputStream in = FormCellsAccountedTest.class.getResourceAsStream("/forms/LABELS.txt")) {
      assertThat(in).as("forms/LABELS.txt").isNotNull();
      Set<String> out = new LinkedHashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return out;
    }
  }
}
