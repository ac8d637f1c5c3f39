package org.jixiao.rules.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;

/**
 * An audit tool, not a test: prints the figures of the corpus files named (default {@code
 * pairs-4.tsv}) against their keys, and the pairs that disagree. The guards are {@link
 * CorpusPairsTest}'s floors; this only reports, so it is a program rather than a test that could
 * never fail. Run it on the module's test class path, e.g. after {@code mvn -pl rules
 * test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}: {@code java -cp
 * rules/target/test-classes:rules/target/classes:$(cat rules/cp.txt)
 * org.jixiao.rules.text.HeldOutMeasure pairs-4.tsv,pairs-5.tsv}.
 */
final class HeldOutMeasure {
  private HeldOutMeasure() {}

  public static void main(String[] args) {
    String files = args.length > 0 ? args[0] : "pairs-4.tsv";
    Evaluator evaluator = Evaluator.defaults();
    List<Map<String, String>> rows = Corpus.rows(files.split(","));
    int n = 0, decidable = 0, undet = 0, wrong = 0, undecidable = 0, decidedUndecidable = 0, scoredKeyed = 0, off = 0;
    StringBuilder sb = new StringBuilder();
    for (Map<String, String> row : rows) {
      n++;
      String expected = Corpus.cell(row, "expected");
      IndicatorVerdict v = evaluator.judge(Corpus.indicator(row));
      CorpusPairsTest.Agreement a = CorpusPairsTest.agreement(expected, Corpus.cell(row, "expected_fraction"), v);
      String ef = Corpus.cell(row, "expected_fraction");
      String got = v.outcome() == Outcome.SCORED ? v.fraction().orElseThrow().stripTrailingZeros().toPlainString() : v.outcome().toString();
      boolean isOff = false;
      if (expected.equals("UNDECIDABLE")) {
        undecidable++;
        if (v.outcome() != Outcome.UNDETERMINED) decidedUndecidable++;
      } else {
        decidable++;
        if (v.outcome() == Outcome.UNDETERMINED) undet++;
        else if (a == CorpusPairsTest.Agreement.WRONG) wrong++;
        if (v.outcome() == Outcome.SCORED && !ef.isEmpty()) {
          scoredKeyed++;
          BigDecimal d = v.fraction().orElseThrow().subtract(new BigDecimal(ef)).abs();
          if (d.compareTo(new BigDecimal("0.01")) > 0) { off++; isOff = true; }
        }
      }
      if (a != CorpusPairsTest.Agreement.AGREE || isOff) {
        sb.append(String.format("  %s %s '%s' / '%s': key %s %s, engine %s (%s/%s) %s — %s%n", a, Corpus.cell(row, "id"),
            Corpus.cell(row, "target"), Corpus.cell(row, "actual"), expected, ef, got, v.trace().rule(), v.trace().method(),
            isOff ? "[off>0.01]" : "", v.trace().reason()));
      }
    }
    System.out.printf("HELDOUT %s: pairs %d, decidable %d, UNDECIDABLE %d%n", files, n, decidable, undecidable);
    System.out.printf("  wrong verdict %d/%d = %.1f %%%n", wrong, decidable, 100.0 * wrong / Math.max(1, decidable));
    System.out.printf("  undetermined where the key decides %d/%d = %.1f %%%n", undet, decidable, 100.0 * undet / Math.max(1, decidable));
    System.out.printf("  decided where the key is UNDECIDABLE %d/%d%n", decidedUndecidable, undecidable);
    System.out.printf("  fraction off by > 0.01 %d/%d scored with a keyed fraction%n", off, scoredKeyed);
    System.out.print(sb);
  }
}
