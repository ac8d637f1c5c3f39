package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.evaluation.MessageCatalog;
import org.junit.jupiter.api.Test;

/** Every built-in finding has a code, a Chinese and an English message, and the same arguments. */
class MessagesTest {
  private static final Pattern CODE = Pattern.compile("\"(JX-[RVT]-\\d{4})\"");
  private static final Pattern ARG = Pattern.compile("\\{(\\w+)}");

  @Test
  void bothLanguagesHaveEveryCodeAndNoOther() throws IOException {
    Set<String> zh = keys("messages.properties");
    Set<String> en = keys("messages_en.properties");
    assertThat(en).isEqualTo(zh);
    assertThat(Messages.codes()).isEqualTo(zh);
  }

  @Test
  void everyCodeTheSourceUsesHasAMessageAndEveryMessageIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = CODE.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isEqualTo(Messages.codes());
  }

  @Test
  void bothLanguagesUseTheSameArgumentsForACode() {
    for (String code : Messages.codes()) {
      Map<String, String> none = Map.of();
      String zh = Messages.render(code, none, Locale.CHINESE).orElseThrow();
      String en = Messages.render(code, none, Locale.ENGLISH).orElseThrow();
      // Every argument the Chinese text uses, the English uses too; a word of one language comes
      // in two arguments, x (Chinese) and xEn (English), which count as one.
      Set<String> zhArgs = args(zh);
      Set<String> enArgs = new TreeSet<>();
      for (String a : args(en)) {
        enArgs.add(a.endsWith("En") ? a.substring(0, a.length() - 2) : a);
      }
      enArgs.removeAll(Set.of("statedId", "derivedId"));
      assertThat(enArgs).as(code).isEqualTo(zhArgs);
    }
  }

  @Test
  void argumentsAreFilledInAndUnknownBracesStay() {
    MessageCatalog one = MessageCatalog.of(Map.of("T", "{a} 和 {b}，{c}", "U", "{"), Map.of());
    assertThat(one.render("T", Map.of("a", "1", "b", "{x}"), Locale.CHINESE)).hasValue("1 和 {x}，{c}");
    assertThat(one.render("U", Map.of(), Locale.CHINESE)).hasValue("{");
  }

  @Test
  void anEnglishEvaluatorWritesTheSameFindingsInEnglish() {
    Project overspent =
        Project.builder()
            .seq(3)
            .name("超支项目")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("100"))
            .actual(new BigDecimal("120"))
            .statedExecutionRate(new BigDecimal("100"))
            .build();
    Evaluation zh = Evaluator.defaults().evaluate(overspent);
    Evaluation en = Evaluator.builder().locale(Locale.ENGLISH).build().evaluate(overspent);
    assertThat(en.findings()).extracting(Finding::code).containsExactlyElementsOf(zh.findings().stream().map(Finding::code).toList());
    assertThat(en.findings()).extracting(Finding::args).containsExactlyElementsOf(zh.findings().stream().map(Finding::args).toList());
    Finding overBudget = zh.findings().stream().filter(f -> f.code().equals("JX-R-0241")).findFirst().orElseThrow();
    assertThat(overBudget.message()).isEqualTo("实际支出120.00超过预算100.00，超出20.00；预算执行率得分以满分为限");
    assertThat(en.findings())
        .anyMatch(f -> f.code().equals("JX-R-0241") && f.message().equals("actual spending 120.00 exceeds the budget 100.00 by 20.00; the execution points are capped at the weight"));
    assertThat(zh.findings()).extracting(Finding::message).allSatisfy(m -> assertThat(m).doesNotContain("{"));
  }

  @Test
  void aCustomFindingIsNeverRewritten() {
    Finding mine = Finding.builder().rule("bureau").code("BUREAU-1").severity(Severity.INFO).message("本局自定义").build();
    assertThat(Messages.localise(mine, Locale.ENGLISH)).isSameAs(mine);
  }

  private static Set<String> keys(String name) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  private static Set<String> args(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARG.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
