package org.jixiao.rules.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.Term;
import org.jixiao.rules.text.Vocabulary;

/**
 * Reads a vocabulary file (the bundled {@code vocabulary.tsv} documents the format): one term a
 * line — word, kind, band, fraction and optionally {@code whole} — tab-separated; {@code @mixed},
 * {@code @negated} and {@code @late} lines set the fractions; blank lines and {@code #} comments
 * are skipped. A bad line fails with its number.
 */
public final class VocabularyFile {
  private VocabularyFile() {}

  /** The vocabulary of the resource {@code name}, next to {@code anchor}. */
  public static Vocabulary read(Class<?> anchor, String name) {
    List<Term> terms = new ArrayList<>();
    BigDecimal mixed = new BigDecimal("0.70");
    BigDecimal negated = new BigDecimal("0.30");
    BigDecimal late = new BigDecimal("0.70");
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        try {
          if (cells[0].equals("@mixed")) {
            mixed = new BigDecimal(cells[1].strip());
          } else if (cells[0].equals("@negated")) {
            negated = new BigDecimal(cells[1].strip());
          } else if (cells[0].equals("@late")) {
            late = new BigDecimal(cells[1].strip());
          } else {
            Term.Kind kind = Term.Kind.valueOf(cells[1].strip());
            Band band = Band.valueOf(cells[2].strip());
            BigDecimal fraction = new BigDecimal(cells[3].strip());
            boolean whole = cells.length > 4 && cells[4].strip().equals("whole");
            terms.add(new Term(cells[0].strip(), kind, band, fraction, whole));
          }
        } catch (RuntimeException e) {
          throw new IllegalStateException(name + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Vocabulary.of(terms, mixed, negated).withLateFraction(late);
  }
}
