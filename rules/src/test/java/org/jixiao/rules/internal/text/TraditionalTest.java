package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jixiao.core.label.Labels;
import org.jixiao.rules.text.IndicatorTexts;
import org.junit.jupiter.api.Test;

class TraditionalTest {

  @Test
  void everyCharacterCoreFoldsInLabelsIsFoldedInIndicatorTextToo() {
    // one table of two modules' readings: a form whose labels read as 不適用 must not have its
    // values read otherwise
    int folded = 0;
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      String core = Labels.foldTraditional(String.valueOf(c));
      if (core.charAt(0) != c) {
        folded++;
        assertThat(Traditional.simplify(c)).as("%s", c).isEqualTo(core.charAt(0));
      }
    }
    assertThat(folded).isGreaterThan(100);
  }

  @Test
  void valuesInTraditionalScriptReadAsTheirSimplifiedForms() {
    assertThat(IndicatorTexts.normalize("不適用")).isEqualTo("不适用");
    assertThat(IndicatorTexts.isPlaceholder("不適用")).isTrue();
    assertThat(IndicatorTexts.normalize("達成預期指標，10萬元")).isEqualTo("达成预期指标,10万元");
  }

  @Test
  void aSimplifiedCharacterThatIsAlsoATraditionalFormIsKept() {
    // 覆 is the 覆 of 覆盖 (coverage) as well as a traditional 复: read as 复, 覆盖率 matched no word
    assertThat(IndicatorTexts.normalize("覆盖率100%")).isEqualTo("覆盖率100%");
    assertThat(IndicatorTexts.normalize("已覆盖全区")).isEqualTo("已覆盖全区");
  }

  @Test
  void everyWordTheRulesLookForIsWrittenInCharactersNormalisingKeeps() throws Exception {
    // the scanners look words up in normalised text: a word with a character that normalising
    // changes can never be found there (覆盖 was such a word while 覆 was folded to 复); a
    // traditional word listed beside its simplified form is an alias for text read unnormalised
    Map<String, String> changed = new TreeMap<>();
    int words = 0;
    for (Class<?> type : rulesClasses()) {
      if (type == Traditional.class) {
        continue; // its own table is made of the characters it changes
      }
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        field.setAccessible(true);
        List<String> list = strings(field.get(null));
        for (String word : list) {
          words++;
          // a traditional variant listed beside its simplified form is an alias (Unit's 個 for 个)
          if (changesAnIdeograph(word) && !list.contains(IndicatorTexts.normalize(word))) {
            changed.put(type.getSimpleName() + "." + field.getName() + ": " + word, IndicatorTexts.normalize(word));
          }
        }
      }
    }
    assertThat(words).as("words found in the rules' classes").isGreaterThan(1000);
    assertThat(changed).isEmpty();
  }

  /** Whether normalising changes an ideograph of {@code word} (full-width forms are NFKC's business). */
  private static boolean changesAnIdeograph(String word) {
    for (char c : word.toCharArray()) {
      if (c >= 0x4E00 && c <= 0x9FFF && Traditional.simplify(c) != c) {
        return true;
      }
    }
    return false;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof String[] array) {
      out.addAll(List.of(array));
    } else if (value instanceof String[][] arrays) {
      for (String[] array : arrays) {
        if (array != null) {
          out.addAll(List.of(array));
        }
      }
    } else if (value instanceof Collection<?> collection) {
      for (Object o : collection) {
        if (o instanceof String s) {
          out.add(s);
        }
      }
    } else if (value instanceof WordList list) {
      try {
        Field byFirst = WordList.class.getDeclaredField("byFirst");
        byFirst.setAccessible(true);
        out.addAll(strings(byFirst.get(list)));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return out;
  }

  /** Every class compiled from the rules module's main sources. */
  private static List<Class<?>> rulesClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Traditional.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/jixiao/rules"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
          out.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), true, Traditional.class.getClassLoader()));
        }
      }
    }
    return out;
  }
}
