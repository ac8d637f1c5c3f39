package org.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

class DeclarationGeneratorsTest {

  private static List<Project> clean() {
    List<Project> out = new ArrayList<>();
    for (long seed = 0; seed < 50; seed++) {
      out.add(DeclarationGenerators.clean().generate(Choices.seeded(seed)));
    }
    return out;
  }

  /**
   * A seed gives the same declaration on every machine: under ar-SA, {@code String.format}
   * without a locale wrote the 项目编码 in Arabic-Indic digits (٠٠٠٠١٢٣٤).
   */
  @Test
  void aSeedGivesTheSameAsciiProjectCodeWhateverTheDefaultLocale() {
    Locale jvm = Locale.getDefault();
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    List<Project> root;
    List<Project> arabic;
    try {
      Locale.setDefault(Locale.ROOT);
      root = clean();
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      arabic = clean();
    } finally {
      Locale.setDefault(jvm);
      Locale.setDefault(Locale.Category.FORMAT, format);
      Locale.setDefault(Locale.Category.DISPLAY, display);
    }
    assertThat(arabic).isEqualTo(root);
    assertThat(root).allSatisfy(p -> assertThat(p.code().orElseThrow()).matches("4403062313915[0-9]{8}"));
  }
}
