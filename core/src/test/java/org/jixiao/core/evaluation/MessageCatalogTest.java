package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {
  private static final MessageCatalog CATALOG =
      MessageCatalog.of(
          Map.of("JX-T-0001", "第{n}行：{text}不是数字", "JX-T-0002", "只有中文"),
          Map.of("JX-T-0001", "line {n}: {text} is not a number"));

  @Test
  void rendersTheTemplateOfTheLocalesLanguageWithItsArguments() {
    Map<String, String> args = Map.of("n", "3", "text", "abc");
    assertThat(CATALOG.render("JX-T-0001", args, Locale.CHINA)).hasValue("第3行：abc不是数字");
    assertThat(CATALOG.render("JX-T-0001", args, Locale.US)).hasValue("line 3: abc is not a number");
  }

  @Test
  void aCodeWithoutAnEnglishTemplateIsWordedInChineseAndAnUnknownCodeNotAtAll() {
    assertThat(CATALOG.render("JX-T-0002", Map.of(), Locale.ENGLISH)).hasValue("只有中文");
    assertThat(CATALOG.render("JX-T-9999", Map.of(), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void anEnglishTemplateWithoutAChineseOneIsRefusedNamingItsCode() {
    assertThatThrownBy(() -> MessageCatalog.of(Map.of("JX-T-0001", "中文"), Map.of("JX-T-0001", "en", "JX-T-0010", "only en")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[JX-T-0010]");
  }

  @Test
  void aBlankTemplateIsRefusedWhereItIsGivenNamingItsCode() {
    // read from a file with BUREAU-0002= on a line of its own
    assertThatThrownBy(
            () -> MessageCatalog.read(
                new ByteArrayInputStream("BUREAU-0001=甲\nBUREAU-0002=乙\n".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("BUREAU-0001=a\nBUREAU-0002=\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BUREAU-0002 (English)")
        .hasMessageNotContaining("BUREAU-0001");
    assertThatThrownBy(() -> MessageCatalog.of(Map.of("X-1", " "), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-1");
  }

  @Test
  void aFindingWithoutTheTemplatesArgumentsIsNotWordedAgain() {
    // a part's own finding reusing a code of the catalog, with its own text and no arguments
    MessageCatalog catalog = MessageCatalog.of(Map.of("JX-T-0001", "权重：{note}"), Map.of("JX-T-0001", "weights: {note}"));
    Finding own = Finding.builder().rule("bureau").code("JX-T-0001").severity(Severity.INFO).message("本局自定的说明").build();
    assertThat(catalog.localise(own, Locale.ENGLISH)).isEqualTo(own);
    Finding full = Finding.builder().rule("weights").code("JX-T-0001").severity(Severity.INFO).message("权重：平分").args(Map.of("note", "平分")).build();
    assertThat(catalog.localise(full, Locale.ENGLISH).message()).isEqualTo("weights: 平分");
  }

  @Test
  void bracesThatAreNotArgumentsStayAsWritten() {
    assertThat(MessageCatalog.fill("{a} {b} {", Map.of("a", "x"))).isEqualTo("x {b} {");
    assertThat(MessageCatalog.fill("{a{b}", Map.of("b", "y"))).isEqualTo("{ay");
    assertThat(MessageCatalog.fill("{a{b}", Map.of("a{b", "z", "b", "y"))).isEqualTo("z");
    assertThat(MessageCatalog.fill("}{}", Map.of("", "e"))).isEqualTo("}e");
  }

  /** How a template is filled, character by character: the definition the split templates keep. */
  private static String fillByCharacter(String template, Map<String, String> args) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i + 1);
        if (end > i) {
          String value = args.get(template.substring(i + 1, end));
          if (value != null) {
            out.append(value);
            i = end + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  @Test
  void aSplitTemplateFillsAsTheTextIsRead() {
    // templates of x y z { | }, arguments named by short strings of the same characters
    qt().forAll(
            strings().betweenCodePoints('x', '}').ofLengthBetween(0, 12),
            lists().of(strings().betweenCodePoints('x', '}').ofLengthBetween(0, 2)).ofSizeBetween(0, 4))
        .checkAssert((template, names) -> {
          Map<String, String> args = new java.util.HashMap<>();
          for (String name : names) {
            args.put(name, "<" + name + ">");
          }
          assertThat(MessageCatalog.fill(template, args)).as("%s %s", template, args).isEqualTo(fillByCharacter(template, args));
        });
  }

  @Test
  void localisingRewordsAFindingByItsCodeAndArgumentsAndLeavesOthersAlone() {
    Finding zh =
        Finding.builder()
            .rule("t")
            .code("JX-T-0001")
            .severity(Severity.WARNING)
            .message("第3行：abc不是数字")
            .args(Map.of("n", "3", "text", "abc"))
            .build();
    assertThat(CATALOG.localise(zh, Locale.ENGLISH).message()).isEqualTo("line 3: abc is not a number");
    assertThat(CATALOG.localise(zh, Locale.ENGLISH).code()).isEqualTo("JX-T-0001");
    Finding foreign = Finding.of("x", Severity.INFO, "own words");
    assertThat(CATALOG.localise(foreign, Locale.ENGLISH)).isSameAs(foreign);
  }

  @Test
  void readsUtf8PropertiesWhateverTheDefaultCharset() throws Exception {
    MessageCatalog read =
        MessageCatalog.read(
            new ByteArrayInputStream("A=预算{x}\n".getBytes(StandardCharsets.UTF_8)),
            new ByteArrayInputStream("A=budget {x}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(read.codes()).containsExactly("A");
    assertThat(read.render("A", Map.of("x", "1"), Locale.ROOT)).hasValue("预算1");
  }
}
