package org.jixiao.io.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Small generators of model values for io's property tests. {@link #tables(boolean)} with {@code
 * canonical = true} stays within what the canonical TSV/CSV layout can express (see the {@code
 * org.jixiao.io.table} package documentation); with {@code false} anything the model allows.
 */
public final class Gens {
  private Gens() {}

  /** Pieces of text that break naive readers and writers. */
  private static final List<String> ODD =
      List.of(
          "完成",
          "基本完成",
          "a\tb",
          "\"quoted\"",
          "say \"hi\"",
          "line1\nline2",
          "cr\r\nlf",
          "lone\rcr",
          "😀",
          "𠀀𪚥",
          "ｆｕｌｌ－ｗｉｄｔｈ１２３",
          "＝SUM(A1)",
          "=1+2",
          "-3.50",
          "+86 755",
          "@user",
          "'=x",
          "''-y",
          " lead",
          "trail ",
          "\u3000全角空格",
          "，；：。",
          "100%",
          "≥90%",
          "1.举办; 2.组织",
          "1、…；2、…",
          "—",
          "/",
          "\\back\\slash",
          "{\"json\":[1]}",
          "</script>",
          "#hash");

  private static final Gen<String> PIECE =
      Generate.pick(ODD)
          .mix(codePoints(0x4e00, 0x9fa5))
          .mix(codePoints(0x20, 0x7e))
          .mix(codePoints(0xFF01, 0xFF5E))
          .mix(codePoints(0x1F600, 0x1F64F));

  private static Gen<String> codePoints(int from, int to) {
    return in -> {
      int length = (int) in.next(org.quicktheories.impl.Constraint.between(1, 6));
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < length; i++) {
        out.appendCodePoint((int) in.next(org.quicktheories.impl.Constraint.between(from, to)));
      }
      return out.toString();
    };
  }

  private static long between(RandomnessSource in, long from, long to) {
    return in.next(org.quicktheories.impl.Constraint.between(from, to));
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) < percent;
  }

  /** Text made of 1–3 odd pieces; may be blank-ish only when {@code blankAllowed}. */
  public static String text(RandomnessSource in, boolean blankAllowed) {
    if (blankAllowed && chance(in, 5)) {
      return Generate.pick(List.of("", " ", "\t", "\u3000")).generate(in);
    }
    int pieces = (int) between(in, 1, 3);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      out.append(PIECE.generate(in));
    }
    String text = out.toString();
    return !blankAllowed && text.isBlank() ? "x" + text : text;
  }

  /** Decimals from tiny to huge: up to ~60 digits, scale -20..40, both signs, and classics. */
  public static BigDecimal decimal(RandomnessSource in) {
    if (chance(in, 20)) {
      return new BigDecimal(
          Generate.pick(
                  List.of("0", "0.00", "1E+3", "-3.50", "1E-30", "99.49", "44489.72", "-0.01"))
              .generate(in));
    }
    int bytes = (int) between(in, 1, 25);
    byte[] raw = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      raw[i] = (byte) between(in, -128, 127);
    }
    return new BigDecimal(new BigInteger(raw), (int) between(in, -20, 40));
  }

  private static Optional<BigDecimal> optionalDecimal(RandomnessSource in) {
    return chance(in, 30) ? Optional.empty() : Optional.of(decimal(in));
  }

  private static Optional<BigDecimal> optionalNonNegative(RandomnessSource in) {
    return chance(in, 50) ? Optional.empty() : Optional.of(decimal(in).abs());
  }

  private static Optional<String> optionalText(RandomnessSource in, boolean canonical) {
    return chance(in, 25) ? Optional.empty() : Optional.of(text(in, !canonical));
  }

  /** Tables; {@code canonical} keeps to what the canonical TSV/CSV layout expresses. */
  public static Gen<PerformanceTable> tables(boolean canonical) {
    return in -> table(in, canonical);
  }

  public static PerformanceTable table(RandomnessSource in, boolean canonical) {
    MoneyUnit unit = Generate.enumValues(MoneyUnit.class).generate(in);
    PerformanceTable.Builder table = PerformanceTable.builder().moneyUnit(unit);
    if (chance(in, 80)) {
      table.title(
          Generate.pick(List.of("2019年度", "龙岗区", "表", "2021年度XX局")).generate(in)
              + text(in, true)
              + "绩效自评情况公开表");
    }
    if (chance(in, 70)) {
      table.fiscalYear((int) between(in, canonical ? 1990 : -5, 2100));
    }
    if (chance(in, 70)) {
      String department = text(in, !canonical);
      table.department(canonical ? "局" + department.strip() : department);
    }
    int projects = (int) between(in, 0, 6);
    for (int i = 0; i < projects; i++) {
      table.addProjects(project(in, unit, canonical));
    }
    if (chance(in, 70)) {
      table.totals(totals(in, canonical));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    if (chance(in, 40)) {
      metadata.put("附表", "附表" + (chance(in, 50) ? "：" : text(in, true)));
    }
    int entries = (int) between(in, 0, 2);
    for (int i = 0; i < entries; i++) {
      metadata.put(canonical ? "k" + text(in, false) : text(in, true), text(in, true));
    }
    table.metadata(metadata);
    int notes = (int) between(in, 0, 2);
    for (int i = 0; i < notes; i++) {
      table.addNotes(text(in, true));
    }
    return table.build();
  }

  public static Project project(RandomnessSource in, MoneyUnit unit, boolean canonical) {
    Project.Builder project =
        Project.builder().name(text(in, false)).moneyUnit(unit);
    if (chance(in, 85)) {
      project.seq((int) between(in, canonical ? 0 : -1000, 999_999_999));
    }
    project
        .unit(optionalText(in, canonical))
        .department(chance(in, 80) ? Optional.empty() : optionalText(in, canonical));
    if (chance(in, 60)) {
      project.governmentInvestment(chance(in, 50));
    }
    project
        .budget(optionalDecimal(in))
        .adjustedBudget(chance(in, 80) ? Optional.empty() : optionalDecimal(in))
        .actual(optionalDecimal(in))
        .funds(funds(in))
        .statedExecutionRate(optionalDecimal(in))
        .statedExecutionWeight(chance(in, 80) ? Optional.empty() : optionalNonNegative(in))
        .statedExecutionScore(chance(in, 80) ? Optional.empty() : optionalDecimal(in))
        .goal(optionalText(in, canonical))
        .goalOutcome(chance(in, 80) ? Optional.empty() : optionalText(in, canonical))
        .statedCompletion(optionalText(in, canonical))
        .indicators(IndicatorSet.of(indicators(in, canonical)))
        .problems(optionalText(in, canonical))
        .rectification(optionalText(in, canonical))
        .statedScore(chance(in, 80) ? Optional.empty() : optionalDecimal(in))
        .strayCells(strayCells(in, canonical));
    if (chance(in, 20)) { // the points a 20/80 form prints in its level-1 labels
      for (Category category : Category.values()) {
        if (chance(in, 60)) {
          optionalNonNegative(in).ifPresent(p -> project.putStatedCategoryWeights(category, p));
        }
      }
    }
    if (chance(in, 25)) { // a target declaration's own fields, which a disclosure table has no column for
      if (chance(in, 70)) {
        project.code(Long.toString(between(in, 1, Long.MAX_VALUE)));
      }
      project
          .projectType(optionalText(in, canonical))
          .period(optionalText(in, canonical))
          .allocationMethod(optionalText(in, canonical))
          .totalAmount(optionalNonNegative(in))
          .longTermGoal(optionalText(in, canonical))
          .policyBasis(optionalText(in, canonical))
          .calculationBasis(optionalText(in, canonical));
      if (chance(in, 60)) {
        project.newProject(chance(in, 50));
      }
    }
    return project.build();
  }

  /** Mostly what disclosure tables print (executed amounts by kind, in order), sometimes more. */
  private static List<FundSource> funds(RandomnessSource in) {
    List<FundSource> funds = new ArrayList<>();
    if (chance(in, 70)) {
      for (FundKind kind : FundKind.values()) {
        if (chance(in, 30)) {
          funds.add(FundSource.executed(kind, decimal(in)));
        }
      }
      return funds;
    }
    int n = (int) between(in, 0, 3);
    for (int i = 0; i < n; i++) {
      funds.add(
          FundSource.builder()
              .kind(Generate.enumValues(FundKind.class).generate(in))
              .budget(optionalDecimal(in))
              .adjustedBudget(optionalDecimal(in))
              .executed(optionalDecimal(in))
              .label(chance(in, 30) ? Optional.of(text(in, false)) : Optional.empty()) // 中央补助
              .build());
    }
    return funds;
  }

  /** Mostly (target, actual) pairs in layout order, sometimes full single-project-form ones. */
  private static List<Indicator> indicators(RandomnessSource in, boolean canonical) {
    List<Indicator> indicators = new ArrayList<>();
    if (chance(in, 60)) {
      for (Subcategory sub : Subcategory.values()) {
        int n = chance(in, 60) ? 0 : (int) between(in, 1, 2);
        for (int i = 0; i < n; i++) {
          Optional<String> target = optionalText(in, canonical);
          Optional<String> actual =
              target.isEmpty() ? Optional.of(text(in, !canonical)) : optionalText(in, canonical);
          indicators.add(
              Indicator.builder()
                  .category(sub.category())
                  .subcategory(sub)
                  .target(target)
                  .actual(actual)
                  .build());
        }
      }
      return indicators;
    }
    int n = (int) between(in, 0, 4);
    for (int i = 0; i < n; i++) {
      Optional<String> actual = optionalText(in, canonical);
      Optional<BigDecimal> score = optionalDecimal(in);
      indicators.add(
          Indicator.builder()
              .category(Generate.enumValues(Category.class).generate(in))
              .subcategory(
                  chance(in, 30)
                      ? Optional.empty()
                      : Optional.of(Generate.enumValues(Subcategory.class).generate(in)))
              .name(optionalText(in, canonical))
              .target(optionalText(in, canonical))
              .actual(actual)
              .cutOff(actual.isEmpty() && score.isEmpty() && chance(in, 25)) // a copy ending in the row (副本截断)
              .nature(
                  chance(in, 50)
                      ? Optional.empty()
                      : Optional.of(Generate.enumValues(TargetNature.class).generate(in)))
              .measureUnit(optionalText(in, canonical))
              .weight(optionalNonNegative(in))
              .statedScore(score)
              .deviationReason(optionalText(in, canonical))
              .explanation(chance(in, 70) ? Optional.empty() : optionalText(in, canonical))
              .printedSubcategory(chance(in, 30) ? Optional.of(text(in, false)) : Optional.empty()) // 社会、经济、生态效益 指标
              .build());
    }
    return indicators;
  }

  private static List<StrayCell> strayCells(RandomnessSource in, boolean canonical) {
    List<StrayCell> cells = new ArrayList<>();
    int n = chance(in, 60) ? 0 : (int) between(in, 1, 3);
    for (int i = 0; i < n; i++) {
      StrayCell.Builder cell =
          StrayCell.builder()
              .column((int) between(in, 0, canonical ? 999_999 : Integer.MAX_VALUE))
              .header(chance(in, 30) ? Optional.empty() : Optional.of(text(in, !canonical)))
              .text(text(in, false));
      if (chance(in, 50)) {
        cell.line(between(in, 1, canonical ? 999_999 : Long.MAX_VALUE)); // the line it was printed on, when known
      }
      cells.add(cell.build());
    }
    return cells;
  }

  private static TotalsRow totals(RandomnessSource in, boolean canonical) {
    return TotalsRow.builder()
        .budget(optionalDecimal(in))
        .actual(optionalDecimal(in))
        .funds(funds(in))
        .statedExecutionRate(optionalDecimal(in))
        .strayCells(strayCells(in, canonical))
        .build();
  }

  // ---------------------------------------------------------------- evaluations

  public static Gen<TableEvaluation> tableEvaluations() {
    return in -> {
      String profile = "profile-" + between(in, 0, 9);
      TableEvaluation.Builder document = TableEvaluation.builder().profile(profile);
      int n = (int) between(in, 0, 4);
      for (int i = 0; i < n; i++) {
        document.addEvaluations(evaluation(in, profile));
      }
      document.findings(findings(in));
      if (chance(in, 30)) {
        document.readDiagnostics(findings(in));
      }
      return document.build();
    };
  }

  public static Gen<Evaluation> evaluations() {
    return in -> evaluation(in, "mof-2020");
  }

  private static BigDecimal fraction(RandomnessSource in) {
    return BigDecimal.valueOf(between(in, 0, 100), 2);
  }

  /** Makes a reason from its code and arguments, as the built-in rules' formats do. */
  private static final Trace.ReasonFormat FORMAT = (code, args) -> code + " " + args;

  /** A trace whose reason is text or, one time in three, a code with arguments. */
  private static Trace trace(RandomnessSource in) {
    Trace.Builder trace =
        Trace.builder()
            .rule("rule." + between(in, 0, 9))
            .method(Generate.pick(List.of("positive-ratio", "qualitative-band", "x")).generate(in));
    if (chance(in, 33)) {
      trace.reason("JX-T-0" + between(in, 100, 299), FORMAT);
      int args = (int) between(in, 0, 3);
      for (int i = 0; i < args; i++) {
        trace.putArgs("a" + i, text(in, true));
      }
    } else {
      trace.reason(text(in, true));
    }
    int figures = (int) between(in, 0, 3);
    for (int i = 0; i < figures; i++) {
      trace.putFigures("f" + i + text(in, true), decimal(in));
    }
    return trace.build();
  }

  private static IndicatorResult indicatorResult(RandomnessSource in, int index, int depth) {
    Outcome outcome = Generate.enumValues(Outcome.class).generate(in);
    BigDecimal weight = decimal(in).abs();
    IndicatorResult.Builder result =
        IndicatorResult.builder()
            .index(index)
            .category(Generate.enumValues(Category.class).generate(in))
            .subcategory(
                chance(in, 30)
                    ? Optional.empty()
                    : Optional.of(Generate.enumValues(Subcategory.class).generate(in)))
            .outcome(outcome)
            .weight(weight)
            .trace(trace(in));
    if (outcome == Outcome.SCORED) {
      BigDecimal fraction = fraction(in);
      result.fraction(fraction).points(weight.multiply(fraction));
    }
    if (depth == 0 && chance(in, 20)) {
      result.addParts(indicatorResult(in, 0, 1), indicatorResult(in, 1, 1));
    }
    return result.build();
  }

  private static Evaluation evaluation(RandomnessSource in, String profile) {
    BigDecimal weight = decimal(in).abs();
    ExecutionResult.Builder execution =
        ExecutionResult.builder().weight(weight).trace(trace(in)).rate(optionalDecimal(in));
    if (chance(in, 70)) {
      execution.points(weight.multiply(fraction(in)));
    }
    if (chance(in, 20)) {
      execution.findings(findings(in));
    }
    Evaluation.Builder evaluation =
        Evaluation.builder()
            .profile(profile)
            .project(text(in, false))
            .unit(optionalText(in, false))
            .execution(execution.build())
            .status(Generate.enumValues(Status.class).generate(in))
            .provisional(chance(in, 30))
            .findings(findings(in));
    if (chance(in, 85)) {
      evaluation.seq((int) between(in, 1, 500));
    }
    if (chance(in, 60)) {
      // The project's amounts as published, each one optional beside its unit.
      evaluation
          .moneyUnit(Generate.enumValues(MoneyUnit.class).generate(in))
          .budget(optionalDecimal(in))
          .adjustedBudget(optionalDecimal(in))
          .actual(optionalDecimal(in))
          .statedRate(optionalDecimal(in));
    }
    int indicators = (int) between(in, 0, 4);
    for (int i = 0; i < indicators; i++) {
      evaluation.addIndicators(indicatorResult(in, i, 0));
    }
    for (Category category : Category.values()) {
      if (chance(in, 40)) {
        BigDecimal w = decimal(in).abs();
        evaluation.addSubtotals(CategorySubtotal.of(category, w, w.multiply(fraction(in))));
      }
    }
    if (chance(in, 80)) {
      evaluation.score(decimal(in).abs());
      if (chance(in, 80)) {
        evaluation.grade(Generate.enumValues(Grade.class).generate(in));
      }
    } else if (chance(in, 70)) {
      evaluation.withheld(Generate.enumValues(WithheldReason.class).generate(in));
    }
    if (chance(in, 50)) {
      evaluation.statusTrace(trace(in));
    }
    return evaluation.build();
  }

  private static List<Finding> findings(RandomnessSource in) {
    List<Finding> findings = new ArrayList<>();
    int n = (int) between(in, 0, 3);
    for (int i = 0; i < n; i++) {
      Finding.Builder finding =
          Finding.builder()
              .rule("check." + between(in, 0, 9))
              .severity(Generate.enumValues(Severity.class).generate(in))
              .message(text(in, false));
      if (chance(in, 60)) {
        Location.Builder location = Location.builder();
        if (chance(in, 50)) {
          location.seq((int) between(in, 1, 99));
        }
        if (chance(in, 50)) {
          location.line(between(in, 1, 1_000_000)).column((int) between(in, 1, 40));
        }
        location.path(chance(in, 50) ? Optional.empty() : Optional.of("$.projects[1].budget"));
        location.text(optionalText(in, false));
        finding.location(location.build());
      }
      findings.add(finding.build());
    }
    return findings;
  }
}
