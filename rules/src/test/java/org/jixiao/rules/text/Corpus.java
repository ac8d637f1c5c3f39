package org.jixiao.rules.text;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;

/**
 * The corpus of real published indicator texts in {@code src/test/resources/org/jixiao/rules/corpus}
 * (its README gives the sources and the columns): rows as maps from column name to cell, and the
 * indicator a row describes, its level-1 / level-2 labels read the way a table reader reads the
 * variants forms print (产出数量, 产出成本, 成本目标, 履职效能 …).
 */
final class Corpus {
  private Corpus() {}

  static final String DIR = "/org/jixiao/rules/corpus/";

  /** The rows of the given TSV files of the corpus, in order. */
  static List<Map<String, String>> rows(String... files) {
    List<Map<String, String>> out = new ArrayList<>();
    for (String file : files) {
      try (InputStream in = Corpus.class.getResourceAsStream(DIR + file)) {
        if (in == null) {
          throw new IllegalStateException("missing corpus file " + file);
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        List<String> header = null;
        try (CsvReader<CsvRecord> csv =
            CsvReader.builder().fieldSeparator('\t').quoteCharacter('\u0001').ofCsvRecord(reader)) {
          for (CsvRecord record : csv) {
            if (header == null) {
              header = record.getFields();
              continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
              row.put(header.get(k), k < record.getFieldCount() ? record.getField(k) : "");
            }
            row.put("file", file);
            out.add(row);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** A cell of a row, empty when the row has no such column. */
  static String cell(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null ? "" : value;
  }

  /** Known limits: id → reason, from {@code known-limits.tsv}. */
  static Map<String, String> knownLimits() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map<String, String> row : rows("known-limits.tsv")) {
      out.put(cell(row, "id"), cell(row, "reason"));
    }
    return out;
  }

  /** The indicator of a corpus row: its levels, name and texts. */
  static Indicator indicator(Map<String, String> row) {
    Optional<Subcategory> sub = subcategory(row.getOrDefault("level2", ""));
    Category category =
        Category.fromLabel(row.getOrDefault("level1", "").strip())
            .or(() -> category(row.getOrDefault("level1", "")))
            .or(() -> sub.map(Subcategory::category))
            .orElse(Category.OUTPUT);
    Indicator.Builder b = Indicator.builder().category(category).subcategory(sub);
    String name = row.getOrDefault("name", "");
    if (!name.isBlank()) {
      b.name(name);
    }
    b.target(row.getOrDefault("target", ""));
    b.actual(row.getOrDefault("actual", ""));
    return b.build();
  }

  private static Optional<Category> category(String label) {
    if (label.contains("产出")) {
      return Optional.of(Category.OUTPUT);
    }
    if (label.contains("效益")) {
      return Optional.of(Category.BENEFIT);
    }
    if (label.contains("满意")) {
      return Optional.of(Category.SATISFACTION);
    }
    if (label.contains("成本")) {
      return Optional.of(Category.COST);
    }
    return Optional.empty();
  }

  /** 数量指标, 产出数量, 数量目标 → QUANTITY; 产出成本, 成本目标 → COST; and so on. */
  static Optional<Subcategory> subcategory(String label) {
    String l = label.strip();
    Optional<Subcategory> exact = Subcategory.fromLabel(l);
    if (exact.isPresent()) {
      return exact;
    }
    String[][] keys = {
      {"经济成本", "ECONOMIC_COST"}, {"社会成本", "SOCIAL_COST"}, {"生态环境成本", "ECOLOGICAL_COST"}, {"成本", "COST"},
      {"数量", "QUANTITY"}, {"质量", "QUALITY"}, {"时效", "TIMELINESS"}, {"经济", "ECONOMIC"}, {"社会", "SOCIAL"},
      {"生态", "ECOLOGICAL"}, {"环境", "ECOLOGICAL"}, {"可持续", "SUSTAINABILITY"}, {"满意", "SERVED_SATISFACTION"}
    };
    for (String[] key : keys) {
      if (l.contains(key[0])) {
        return Optional.of(Subcategory.valueOf(key[1]));
      }
    }
    return Optional.empty();
  }
}
