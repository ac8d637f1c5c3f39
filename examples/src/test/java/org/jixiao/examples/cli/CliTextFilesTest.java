package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The command line's texts: a key given twice is a text silently lost (the later wins), as when a
 * summary line named label.provisional replaced the footnote that explains the asterisk.
 */
class CliTextFilesTest {
  private static List<String> keys(String file) throws Exception {
    List<String> keys = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(CliTextFilesTest.class.getResourceAsStream(file), file);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#") && l.indexOf('=') > 0) {
          keys.add(l.substring(0, l.indexOf('=')).strip());
        }
      }
    }
    return keys;
  }

  @Test
  void eachKeyIsGivenOnceAndBothLanguagesHaveTheSameKeys() throws Exception {
    List<String> zh = keys("cli.properties");
    List<String> en = keys("cli_en.properties");
    for (List<String> file : List.of(zh, en)) {
      Set<String> seen = new HashSet<>();
      assertThat(file).allSatisfy(k -> assertThat(seen.add(k)).as("key %s given twice", k).isTrue());
    }
    assertThat(new HashSet<>(en)).isEqualTo(new HashSet<>(zh));
  }
}
