package org.jixiao.rules.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.review.BudgetYear;
import org.jixiao.rules.review.ReviewAspect;
import org.jixiao.rules.review.Reviewer;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;
import org.jixiao.rules.spi.TableCheck;
import org.junit.jupiter.api.Test;

/**
 * Custom parts follow the evaluator's language when it is given their catalogs
 * ({@code Evaluator.Builder.messages}), as the built-in ones do (adopter report s33, §4).
 */
class CustomMessagesTest {
  private static final MessageCatalog CATALOG = BureauMessages.CATALOG;

  private static final Evaluator CHINESE =
      Evaluator.builder().add(new ZeroSpendingCheck()).messages(CATALOG).build();
  private static final Evaluator ENGLISH =
      Evaluator.builder().locale(Locale.ENGLISH).add(new ZeroSpendingCheck()).messages(CATALOG).build();

  /** 调解业务工作 with its budget and nothing spent. */
  private static Project zeroSpending() {
    return Project.builder()
        .seq(10)
        .name("调解业务工作")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("311.47"))
        .actual(new BigDecimal("0"))
        .statedExecutionRate(new BigDecimal("58.38"))
        .build();
  }

  /** Spent 100 of 311.47: a rate of 32.11 %, below the bureau's 60 %. */
  private static Project lowSpending() {
    return Project.builder().from(zeroSpending()).actual(new BigDecimal("100")).statedExecutionRate(new BigDecimal("32.11")).build();
  }

  private static Finding only(Evaluation e, String code) {
    List<Finding> found = e.findings().stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).as(code).hasSize(1);
    return found.get(0);
  }

  @Test
  void aCustomChecksFindingIsWordedInTheLanguageOfEachEvaluator() {
    Finding zh = only(CHINESE.evaluate(zeroSpending()), ZeroSpendingCheck.CODE);
    Finding en = only(ENGLISH.evaluate(zeroSpending()), ZeroSpendingCheck.CODE);

    assertThat(zh.message()).isEqualTo("项目「调解业务工作」预算 311.47 但全年支出为零，须说明原因");
    assertThat(en.message()).isEqualTo("project '调解业务工作' has a budget of 311.47 but spent nothing; explain why");
    // only the wording follows the language
    assertThat(en.code()).isEqualTo(zh.code());
    assertThat(en.args()).isEqualTo(zh.args()).isEqualTo(Map.of("project", "调解业务工作", "budget", "311.47"));
    assertThat(en.rule()).isEqualTo(zh.rule());
    assertThat(en.severity()).isEqualTo(zh.severity());
    assertThat(en.location()).isEqualTo(zh.location());
    // and the built-in findings beside it follow the same language
    assertThat(only(ENGLISH.evaluate(zeroSpending()), "JX-R-0261").message()).startsWith("the stated execution rate");
  }

  @Test
  void withoutTheCatalogAnEnglishEvaluatorLeavesACustomFindingAsItsCheckWordedIt() {
    Evaluator english = Evaluator.builder().locale(Locale.ENGLISH).add(new ZeroSpendingCheck()).build();

    assertThat(only(english.evaluate(zeroSpending()), ZeroSpendingCheck.CODE).message()).startsWith("项目「调解业务工作」");
  }

  @Test
  void aPartThatWordsInEnglishIsWordedInChineseByAChineseEvaluatorTraceAndFindingsAlike() {
    Evaluator zh = Evaluator.builder().add(new BureauExecutionPolicy()).messages(CATALOG).build();
    Evaluator en = Evaluator.builder().locale(Locale.ENGLISH).add(new BureauExecutionPolicy()).messages(CATALOG).build();
    Evaluation chinese = zh.evaluate(lowSpending());
    Evaluation english = en.evaluate(lowSpending());

    assertThat(chinese.execution().points()).contains(new BigDecimal("0.00"));
    assertThat(chinese.execution().trace().code()).contains("BUREAU-T-0001");
    assertThat(chinese.execution().trace().reason()).isEqualTo("执行率 32.11% 低于 60%，按本局政策不得分");
    assertThat(english.execution().trace().reason()).isEqualTo("execution rate 32.11% is below 60%: no points under the bureau's policy");
    assertThat(english.execution().trace().args()).isEqualTo(chinese.execution().trace().args());
    // the scorer's finding, in the evaluation's findings and in the execution result's own
    assertThat(only(chinese, "BUREAU-0002").message()).isEqualTo("执行率 32.11% 低于本局要求的 60%");
    assertThat(chinese.execution().findings()).extracting(Finding::message).containsExactly("执行率 32.11% 低于本局要求的 60%");
    assertThat(only(english, "BUREAU-0002").message()).isEqualTo("execution rate 32.11% is below the bureau's 60%");
    assertThat(english.execution().findings()).extracting(Finding::message).containsExactly("execution rate 32.11% is below the bureau's 60%");
  }

  @Test
  void aCodeTheCatalogDoesNotWordStaysAsItsCheckWordedIt() {
    ProjectCheck unlisted = new ProjectCheck() {
      @Override
      public String id() {
        return "bureau-unlisted";
      }

      @Override
      public List<Finding> check(Project project, Evaluation evaluation, org.jixiao.rules.Profile profile) {
        return List.of(Finding.builder().rule(id()).code("BUREAU-0099").severity(Severity.INFO).message("本局未登记的提示").build());
      }
    };
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      Evaluator evaluator = Evaluator.builder().locale(locale).add(unlisted).messages(CATALOG).build();
      assertThat(only(evaluator.evaluate(zeroSpending()), "BUREAU-0099").message()).as(locale.toString()).isEqualTo("本局未登记的提示");
    }
  }

  @Test
  void aMessageGivenAsTextIsWordedFromTheCatalogWhenItWordsTheCode() {
    ProjectCheck asText = new ProjectCheck() {
      @Override
      public String id() {
        return "bureau-as-text";
      }

      @Override
      public List<Finding> check(Project project, Evaluation evaluation, org.jixiao.rules.Profile profile) {
        return List.of(
            Finding.builder().rule(id()).code("BUREAU-0001").severity(Severity.WARNING)
                .putArgs("project", "甲").putArgs("budget", "1").message("项目「甲」预算 1 但全年支出为零，须说明原因").build());
      }
    };
    Evaluator english = Evaluator.builder().locale(Locale.ENGLISH).add(asText).messages(CATALOG).build();

    assertThat(only(english.evaluate(zeroSpending()), "BUREAU-0001").message())
        .isEqualTo("project '甲' has a budget of 1 but spent nothing; explain why");
  }

  @Test
  void aTableChecksFindingFollowsTheLanguageToo() {
    TableCheck tableCheck = new TableCheck() {
      @Override
      public String id() {
        return "bureau-table";
      }

      @Override
      public List<Finding> check(PerformanceTable table, List<Evaluation> evaluations, org.jixiao.rules.Profile profile) {
        return List.of(
            Finding.builder().rule(id()).code("BUREAU-0001").severity(Severity.INFO)
                .putArgs("project", "合计").putArgs("budget", "311.47").message(CATALOG, Locale.CHINESE).build());
      }
    };
    PerformanceTable table = PerformanceTable.builder().moneyUnit(MoneyUnit.WAN_YUAN).addProjects(zeroSpending()).build();
    TableEvaluation en = Evaluator.builder().locale(Locale.ENGLISH).add(tableCheck).messages(CATALOG).build().evaluate(table);

    assertThat(en.findings()).filteredOn(f -> f.code().equals("BUREAU-0001"))
        .extracting(Finding::message).containsExactly("project '合计' has a budget of 311.47 but spent nothing; explain why");
  }

  @Test
  void aCatalogWordingJixiaosOwnCodesIsRefusedNamingThem() {
    MessageCatalog clashing = MessageCatalog.of(Map.of("JX-R-0101", "改写", "BUREAU-0100", "本局"), Map.of());
    MessageCatalog unused = MessageCatalog.of(Map.of("JX-Q-0001", "尚未使用的前缀也是本库的"), Map.of());

    assertThatThrownBy(() -> Evaluator.builder().messages(clashing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[JX-R-0101]")
        .hasMessageNotContaining("BUREAU-0100");
    assertThatThrownBy(() -> Evaluator.builder().messages(unused))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[JX-Q-0001]");
    assertThatThrownBy(() -> Reviewer.builder().messages(clashing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[JX-R-0101]");
  }

  @Test
  void twoCatalogsWordingOneCodeAreRefusedAndOneCatalogGivenTwiceIsTakenOnce() {
    MessageCatalog other = MessageCatalog.of(Map.of("BUREAU-0001", "另一种说法", "OTHER-1", "别的"), Map.of());

    assertThatThrownBy(() -> Evaluator.builder().messages(CATALOG).messages(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[BUREAU-0001]");
    assertThatThrownBy(() -> Evaluator.builder().messages(CATALOG, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[BUREAU-0001]");
    Evaluator twice = Evaluator.builder().locale(Locale.ENGLISH).add(new ZeroSpendingCheck()).messages(CATALOG, CATALOG).messages(CATALOG).build();
    assertThat(only(twice.evaluate(zeroSpending()), ZeroSpendingCheck.CODE).message()).startsWith("project '调解业务工作'");
    // the same files loaded again (each part that ships them loads its own copy) agree: no conflict
    MessageCatalog copy = MessageCatalog.of(
        CATALOG.codes().stream().collect(java.util.stream.Collectors.toMap(c -> c, c -> CATALOG.render(c, Map.of(), Locale.CHINESE).orElseThrow())),
        CATALOG.codes().stream().collect(java.util.stream.Collectors.toMap(c -> c, c -> CATALOG.render(c, Map.of(), Locale.ENGLISH).orElseThrow())));
    Evaluator copies = Evaluator.builder().locale(Locale.ENGLISH).add(new ZeroSpendingCheck()).messages(CATALOG).messages(copy).build();
    assertThat(only(copies.evaluate(zeroSpending()), ZeroSpendingCheck.CODE).message()).startsWith("project '调解业务工作'");
  }

  @Test
  void aCustomReviewChecksOpinionFollowsTheReviewersLanguage() {
    ReviewCheck check = new ReviewCheck() {
      @Override
      public String id() {
        return "bureau-review";
      }

      @Override
      public ReviewAspect aspect() {
        return ReviewAspect.COMPLETENESS;
      }

      @Override
      public List<Finding> check(Project declaration, ReviewContext context) {
        return List.of(
            Finding.builder().rule(id()).code("BUREAU-0001").severity(Severity.WARNING)
                .putArgs("project", declaration.name()).putArgs("budget", "5").message(CATALOG, Locale.CHINESE).build());
      }
    };
    Project declaration = Project.builder().name("申报项目").moneyUnit(MoneyUnit.WAN_YUAN).build();
    BudgetYear year = new BudgetYear(2023, BudgetYear.Source.GIVEN);

    Finding en = Reviewer.builder().locale(Locale.ENGLISH).add(check).messages(CATALOG).build().review(declaration, year, Set.of())
        .findings().stream().filter(f -> f.code().equals("BUREAU-0001")).findFirst().orElseThrow();
    Finding zh = Reviewer.builder().add(check).messages(CATALOG).build().review(declaration, year, Set.of())
        .findings().stream().filter(f -> f.code().equals("BUREAU-0001")).findFirst().orElseThrow();
    assertThat(en.message()).isEqualTo("project '申报项目' has a budget of 5 but spent nothing; explain why");
    assertThat(zh.message()).isEqualTo("项目「申报项目」预算 5 但全年支出为零，须说明原因");
  }
}
