package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A long 项目名称 or 实施单位 wraps in its cell, and PDF text gives the rest on a row of its own in the
 * value's column (办公宿舍楼、食堂及餐 / 厅暖通改造经费). The name was cut at the line's end and the
 * rest kept as a stray cell (review 62c: 14 of 14 real forms for the name, 8 of 8 for the unit): the
 * two lines are now read as one, with an INFO quoting the joined text.
 */
class FormWrappedValueTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    Fixtures.LANGFANG + ", 项目名称",
    Fixtures.TIANCHANG + ", 项目名称",
    Fixtures.CHANGNING + ", 项目实施单位",
    Fixtures.LANGFANG + ", 实施单位",
  })
  void aValueWrappedOntoTheNextRowIsReadWhole(String fixture, String label) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    List<String> wrapped = wrap(lines, label);
    assertThat(wrapped).as("the fixture prints %s with a value to wrap", label).isNotEqualTo(lines);

    ReadResult<PerformanceTable> published = FormReader.builder().build().read(String.join("\n", lines), fixture);
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", wrapped), "wrapped-" + fixture);
    Project p = published.value().projects().get(0);
    Project q = copy.value().projects().get(0);

    assertThat(q.name()).isEqualTo(p.name());
    assertThat(q.unit()).isEqualTo(p.unit());
    assertThat(q.strayCells()).hasSameSizeAs(p.strayCells());
    assertThat(copy.diagnostics()).anySatisfy(d -> assertThat(d.rule()).isEqualTo(FormDiagnostics.WRAPPED_VALUE));
  }

  /** The lines with the value after {@code label} cut in half, its second half on a row of its own below. */
  private static List<String> wrap(List<String> lines, String label) {
    List<String> out = new ArrayList<>(lines);
    for (int r = 0; r < lines.size(); r++) {
      String[] cells = lines.get(r).split("\t", -1);
      for (int c = 0; c + 1 < cells.length; c++) {
        String value = cells[c + 1].strip();
        if (cells[c].replace(" ", "").startsWith(label) && value.length() >= 6) {
          int half = value.length() / 2;
          String[] next = new String[cells.length];
          java.util.Arrays.fill(next, "");
          next[c + 1] = value.substring(half);
          cells[c + 1] = value.substring(0, half);
          out.set(r, String.join("\t", cells));
          out.add(r + 1, String.join("\t", next));
          return out;
        }
      }
    }
    return out;
  }
}
