package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Findings whose message is a catalog's wording of their code and arguments, filled when first read. */
class WordedFindingTest {
  private static final MessageCatalog CATALOG =
      MessageCatalog.of(
          Map.of("JX-T-0001", "第{n}行：{text}不是数字", "JX-T-0002", "只有中文", "JX-T-0003", " {a} "),
          Map.of("JX-T-0001", "line {n}: {text} is not a number"));

  private static Finding.Builder worded(String n, String text) {
    return Finding.builder()
        .rule("t")
        .code("JX-T-0001")
        .severity(Severity.WARNING)
        .putArgs("n", n)
        .putArgs("text", text)
        .message(CATALOG, Locale.CHINESE);
  }

  @Test
  void aWordedFindingSaysWhatTheCatalogSaysOfItsArguments() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 6), strings().allPossible().ofLengthBetween(0, 6))
        .checkAssert(
            (n, text) -> {
              Map<String, String> args = Map.of("n", n, "text", text);
              String expected = CATALOG.render("JX-T-0001", args, Locale.CHINESE).orElseThrow();
              Finding lazy = worded(n, text).build();
              Finding asText = worded(n, text).message(expected).build();
              assertThat(lazy.message()).isEqualTo(expected);
              assertThat(lazy).isEqualTo(asText).hasSameHashCodeAs(asText);
              assertThat(lazy.toString()).isEqualTo(asText.toString());
            });
  }

  @Test
  void theArgumentsGivenAfterTheWordingAreTheOnesItIsFilledWith() {
    Finding finding = Finding.builder().message(CATALOG, Locale.ENGLISH).code("JX-T-0001").rule("t")
        .severity(Severity.INFO).putArgs("n", "1").putArgs("n", "2").putArgs("text", "x").build();
    assertThat(finding.message()).isEqualTo("line 2: x is not a number");
  }

  @Test
  void aCatalogThatDoesNotWordTheCodeIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> Finding.builder().rule("t").code("JX-T-9999").severity(Severity.INFO).message(CATALOG, Locale.CHINESE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("JX-T-9999");
    // without a code the rule id is the code, and it must be worded too
    assertThatThrownBy(() -> Finding.builder().rule("t").severity(Severity.INFO).message(CATALOG, Locale.CHINESE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code t");
  }

  @Test
  void aWordingThatFillsBlankIsRefusedWhenBuiltAsABlankTextIs() {
    Finding.Builder blank = Finding.builder().rule("t").code("JX-T-0003").severity(Severity.INFO).putArgs("a", " ");
    assertThatThrownBy(() -> blank.message(CATALOG, Locale.CHINESE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finding message");
    assertThat(blank.putArgs("a", "x").message(CATALOG, Locale.CHINESE).build().message()).isEqualTo(" x ");
  }

  @Test
  void aMissingMessageIsNamedWithTheOtherMissingAttributes() {
    assertThatThrownBy(() -> Finding.builder().code("c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("[rule, severity, message]");
    assertThatThrownBy(() -> Finding.builder().rule("r").severity(Severity.INFO).build())
        .hasMessageEndingWith("[message]");
  }

  @Test
  void aCopyKeepsTheMessageOfItsOriginalWhateverChangesAfter() {
    Finding original = worded("3", "abc").build();
    Finding copy = Finding.builder().from(original).putArgs("n", "4").build();
    assertThat(copy.args()).containsEntry("n", "4");
    assertThat(copy.message()).isEqualTo("第3行：abc不是数字");
    assertThat(CATALOG.localise(copy, Locale.CHINESE).message()).isEqualTo("第4行：abc不是数字");
    // a text given after the wording replaces it, and a wording given after a text replaces that
    assertThat(worded("3", "abc").message("别的话").build().message()).isEqualTo("别的话");
    assertThat(worded("3", "abc").message("别的话").message(CATALOG, Locale.ENGLISH).build().message())
        .isEqualTo("line 3: abc is not a number");
  }

  @Test
  void aTemplateSaidNeverToFillBlankNeverDoes() {
    // templates of a, space, tab and braces; arguments named by short strings of the same, each blank or not
    qt().forAll(
            strings().betweenCodePoints(' ', '}').ofLengthBetween(0, 10).map(t -> t.replaceAll("[^ a{}]", "\t")),
            // names of the same characters as the templates, so that they often fill a placeholder
            lists().of(strings().betweenCodePoints(' ', '}').ofLengthBetween(0, 2).map(n -> n.replaceAll("[^ a{}]", "\t"))).ofSizeBetween(0, 4),
            booleans().all())
        .checkAssert(
            (template, names, blankValues) -> {
              Map<String, String> args = new HashMap<>();
              for (String name : names) {
                args.put(name, blankValues ? " " : "v");
              }
              MessageCatalog.Template t = new MessageCatalog.Template(template);
              if (t.neverBlank()) {
                assertThat(t.fill(args)).as("%s %s", template, args).isNotBlank();
              }
            });
    assertThat(new MessageCatalog.Template("{a}").neverBlank()).isFalse();
    assertThat(new MessageCatalog.Template(" {a}\t{b} ").neverBlank()).isFalse();
    assertThat(new MessageCatalog.Template("{a}:").neverBlank()).isTrue();
    assertThat(new MessageCatalog.Template("{a").neverBlank()).isTrue();
  }

  @Test
  void aBuilderBuiltFromAgainLeavesWhatItBuiltAlone() {
    Finding.Builder builder = worded("1", "x");
    Finding first = builder.build();
    Finding second = builder.putArgs("n", "2").code("JX-T-0002").build();
    assertThat(first.args()).containsEntry("n", "1");
    assertThat(first.message()).isEqualTo("第1行：x不是数字");
    assertThat(second.message()).isEqualTo("只有中文");
  }

  @Test
  void aCopyOfAFindingAlreadyReadSaysTheSame() {
    Finding original = worded("3", "abc").build();
    String read = original.message();
    Finding copy = Finding.builder().from(original).build();
    assertThat(copy.message()).isEqualTo(read);
    assertThat(copy).isEqualTo(original);
  }

  @Test
  void localisingAWordedFindingRewordsItOnlyWhenTheWordingDiffers() {
    Finding zh = worded("3", "abc").build();
    assertThat(CATALOG.localise(zh, Locale.CHINA)).isSameAs(zh);
    Finding en = CATALOG.localise(zh, Locale.ENGLISH);
    assertThat(en.message()).isEqualTo("line 3: abc is not a number");
    assertThat(en.args()).isEqualTo(zh.args());
    assertThat(CATALOG.localise(en, Locale.ENGLISH)).isSameAs(en);
    assertThat(CATALOG.localise(en, Locale.CHINESE)).isEqualTo(zh);
    Finding chineseOnly = Finding.builder().rule("t").code("JX-T-0002").severity(Severity.INFO).message(CATALOG, Locale.CHINESE).build();
    assertThat(CATALOG.localise(chineseOnly, Locale.ENGLISH)).isSameAs(chineseOnly);
  }

  @Test
  void threadsReadingTheMessageTogetherAllReadTheSameText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        Finding finding = worded(Integer.toString(round), "x").build();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return finding.message();
          }));
        }
        start.countDown();
        String first = reads.get(0).get();
        assertThat(first).isEqualTo("第" + round + "行：x不是数字");
        for (Future<String> read : reads) {
          assertThat(read.get()).isSameAs(first);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
