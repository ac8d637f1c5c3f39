package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 100,000-character texts built to trip backtracking or quadratic scanners. The scanners are
 * hand-written and linear (main code has no regular expression on input text: see {@code
 * RegularExpressionInventoryTest} in examples); these tests check that each text is read to a
 * sane result, and that reading it costs no more than reading benign text of the same length, as
 * a ratio of the fastest of several runs — never an absolute time, which would depend on the
 * machine.
 */
class HostileInputTest {
  private static final int LENGTH = 100_000;

  /** Generous: linear scanners measure below 12; a backtracking one would be thousands. */
  static final double MAX_RATIO = 50;

  static List<String> hostile() {
    return List.of(
        repeat("1"),
        repeat("1."),
        repeat("1.1"),
        repeat("1、"),
        repeat("一"),
        repeat("十"),
        repeat("1-"),
        repeat("1人"),
        repeat("1人、"),
        repeat("不少于"),
        repeat("未"),
        repeat("完成"),
        repeat("未完成基本完成"),
        repeat("1,000"),
        repeat("2019年"),
        repeat("及时率"),
        repeat("(1)"),
        repeat("；"),
        repeat("*"),
        repeat("１２３４５６７８９０％"),
        repeat("9999999999999999999999999999"));
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("hostile")
  void everyReaderFinishesOnHostileText(String text) {
    assertThat(text).hasSizeGreaterThanOrEqualTo(LENGTH);
    Target target = IndicatorTexts.parseTarget(text);
    assertThat(target.describe()).isNotNull();
    assertThat(IndicatorTexts.parseActual(text)).allSatisfy(q -> assertThat(q.end()).isGreaterThan(q.start()));
    assertThat(IndicatorTexts.split(text)).isNotEmpty();
    assertThat(Vocabulary.defaults().read(text)).isNotNull();

    IndicatorVerdict verdict =
        Evaluator.defaults().judge(Indicator.of(Subcategory.QUANTITY, text, text));
    assertThat(verdict.trace().reason()).isNotBlank();
  }

  @Test
  void randomTextOfAnyCharactersNeverMakesAScannerThrow() {
    // any UTF-16 units: control characters, lone surrogates, full-width forms, ideographs
    Gen<String> texts =
        strings().allPossible().ofLengthBetween(0, 60)
            .mix(strings().betweenCodePoints(0x2000, 0x9fa5).ofLengthBetween(0, 60))
            .mix(Generate.pick(List.of("1.", "2、", "(3)", "一、", "万", "亿", "十", "零", "年", "%", "人次", "≥", "以内", "；", "-", "至"))
                .zip(strings().numeric(), strings().betweenCodePoints(0x4e00, 0x4e20).ofLengthBetween(0, 4), (a, b, c) -> a + b + c + a));
    qt().withExamples(1000)
        .forAll(texts, texts)
        .checkAssert(
            (target, actual) -> {
              // that nothing throws is the point; what each gives must still be whole
              assertThat(IndicatorTexts.parseTarget(target).describe()).isNotBlank();
              assertThat(IndicatorTexts.parseActual(actual))
                  .allSatisfy(q -> assertThat(q.start()).isNotNegative().isLessThan(q.end()))
                  .allSatisfy(q -> assertThat(q.end()).isLessThanOrEqualTo(IndicatorTexts.normalize(actual).length()));
              assertThat(IndicatorTexts.split(target)).isNotEmpty();
              IndicatorTexts.isPlaceholder(actual);
              IndicatorTexts.chineseNumber(actual);
              Vocabulary.defaults().read(actual);
              IndicatorVerdict verdict =
                  Evaluator.defaults().judge(Indicator.of(Subcategory.QUALITY, target, actual));
              assertThat(verdict.trace().reason()).isNotBlank();
            });
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("hostile")
  void aProjectFullOfHostileTextIsEvaluated(String text) {
    Project project =
        Project.builder()
            .name("hostile")
            .moneyUnit(MoneyUnit.YUAN)
            .statedCompletion(text)
            .goal(text)
            .indicators(
                IndicatorSet.of(
                    Indicator.of(Subcategory.QUANTITY, text, "1.举办5场 2.培训10人"),
                    Indicator.of(Subcategory.QUALITY, "1.举办5场 2.培训10人", text),
                    Indicator.of(Subcategory.SERVED_SATISFACTION, text, text)))
            .build();

    Evaluation e = Evaluator.defaults().evaluate(project);

    assertThat(e.indicators()).hasSize(3);
    assertThat(e.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
  }

  /**
   * Cells of many figures that the readings of figures beside a level look across (a part after 其中, a target
   * restated in brackets, a group, work to come): each reading looks at most a clause or a bounded window from its
   * figure, so judging such a cell costs about what judging benign text of the same length costs. `1人(目标1人)`
   * took time quadratic in its length (its clause was sought back to the text's start for every figure), as did
   * `1人,其中1人;` and `劝返1名未入学儿童,` (every pair of parts, every pair of clauses of shortfall).
   */
  @Test
  void judgingHostileFiguresTakesNoLongerThanJudgingBenignTextOfTheSameLength() {
    List<String> cells = List.of("1人(目标1人)", "1人,其中1人;", "培训1人,其中1人,", "劝返1名未入学儿童,", "培训1人(计划1人),1人正在施工,",
        "实际支出1万元(预算1万元)", "1人,", "完成1座的30%,", "完成值为0,", "培训1人,未完成目标任务,", "1人。其中1人,", "尚在建设工期内,");
    Consumer<String> judge = t -> Evaluator.defaults().judge(Indicator.of(Subcategory.QUANTITY, "≥5人", t));
    String benign = repeat("完成培训100人次，满意度达95%；举办活动3场。").substring(0, LENGTH);
    judgesNoSlowerThanBenign(judge, benign, cells);
  }

  /** Cells of steps of building, dates and words of not yet due, against a deadline naming a step. */
  @Test
  void judgingHostileStepsOfBuildingTakesNoLongerThanJudgingBenignTextOfTheSameLength() {
    List<String> cells = List.of("施工", "完成施工", "已完成招标,", "2023年5月完成招标,", "已开工,工期未满,", "设计招标开工竣工验收", "0,尚在建设工期内,");
    Consumer<String> judge = t -> Evaluator.defaults().judge(Indicator.of(Subcategory.TIMELINESS, "2023年12月底前竣工", t));
    String benign = repeat("项目按计划推进，各项工作有序开展；质量良好。").substring(0, LENGTH);
    judgesNoSlowerThanBenign(judge, benign, cells);
  }

  /** Judges each cell repeated to {@link #LENGTH} and asserts none takes {@link #MAX_RATIO} times {@code benign} or more. */
  private static void judgesNoSlowerThanBenign(Consumer<String> judge, String benign, List<String> cells) {
    fastestScan(judge, benign); // warm up
    long base = fastestScan(judge, benign);
    StringBuilder report = new StringBuilder();
    double worst = 0;
    for (String cell : cells) {
      String text = repeat(cell).substring(0, LENGTH);
      double ratio = (double) fastestScan(judge, text) / base;
      for (int round = 0; round < 4 && ratio >= MAX_RATIO; round++) { // a busy machine: measure again, keep the lowest
        ratio = Math.min(ratio, (double) fastestScan(judge, text) / fastestScan(judge, benign));
      }
      report.append(String.format("%s: %.1f×%n", cell, ratio));
      worst = Math.max(worst, ratio);
    }
    System.out.print(report);
    assertThat(worst).as(report.toString()).isLessThan(MAX_RATIO);
  }

  private static String repeat(String unit) {
    return unit.repeat(LENGTH / unit.length() + 1);
  }

  /** Hostile texts beyond the list above: ranges, dates, hedges, list markers of every kind. */
  private static List<String> moreHostile() {
    return List.of(
        repeat("1.2.3."), repeat("1-2-3-"), repeat("一、二、"), repeat("约1万余人次/年左右"),
        repeat("第1"), repeat("零投诉"), repeat("1.2019年"), repeat("(1"), repeat("1)"),
        repeat("≥"), repeat("\t"), repeat("\uD800"));
  }

  /** The fastest of {@code runs} runs, in nanoseconds. */
  static long fastest(Runnable work, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  /**
   * The fastest of three scans of {@code text}, in nanoseconds, each of a fresh copy made before
   * the clock starts: the scanners remember results by the identity of their text ({@code Memo}),
   * so scanning the same object again would time a lookup, not a scan.
   */
  static long fastestScan(Consumer<String> scan, String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      String copy = new String(text.toCharArray());
      long start = System.nanoTime();
      scan.accept(copy);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void noScannerTakesLongerOnHostileTextThanOnBenignTextOfTheSameLength() {
    String benign = repeat("完成培训100人次，满意度达95%；举办活动3场。").substring(0, LENGTH);
    Map<String, Consumer<String>> scanners = new LinkedHashMap<>();
    scanners.put("parseTarget", IndicatorTexts::parseTarget);
    scanners.put("parseActual", IndicatorTexts::parseActual);
    scanners.put("split", IndicatorTexts::split);
    scanners.put("vocabulary", t -> Vocabulary.defaults().read(t));
    List<String> texts = new ArrayList<>(hostile());
    texts.addAll(moreHostile());
    StringBuilder report = new StringBuilder();
    double worst = 0;
    for (Map.Entry<String, Consumer<String>> scanner : scanners.entrySet()) {
      Consumer<String> scan = scanner.getValue();
      fastestScan(scan, benign); // warm up
      long base = fastestScan(scan, benign);
      double scannerWorst = 0;
      String worstText = "";
      for (String text : texts) {
        String sameLength = text.substring(0, LENGTH);
        scan.accept(new String(sameLength.toCharArray())); // warm up the paths this text takes
        double ratio = (double) fastestScan(scan, sameLength) / base;
        // a collection or a compilation in one round can make a linear scan look 60× slower on a
        // busy machine (seen beside other builds): measure again, base and text, and keep the
        // lowest; a scan that is really superlinear stays above the limit in every round
        for (int round = 0; round < 4 && ratio >= MAX_RATIO; round++) {
          ratio = Math.min(ratio, (double) fastestScan(scan, sameLength) / fastestScan(scan, benign));
        }
        if (ratio > scannerWorst) {
          scannerWorst = ratio;
          worstText = text.substring(0, 12);
        }
      }
      report.append(String.format("%s: worst %.1f× (%s…)%n", scanner.getKey(), scannerWorst, worstText));
      worst = Math.max(worst, scannerWorst);
    }
    // The regular expression main code has: Vocabulary's split("\t", -1) of its resource lines.
    String tabs = "\t".repeat(LENGTH);
    String lines = repeat("完成\tSCORED\tTOP\t1.00\t").substring(0, LENGTH);
    int[] fields = new int[1];
    fastest(() -> fields[0] += lines.split("\t", -1).length, 5);
    double split =
        (double) fastest(() -> fields[0] += tabs.split("\t", -1).length, 5)
            / fastest(() -> fields[0] += lines.split("\t", -1).length, 5);
    report.append(String.format("split(\"\\t\"): %.1f×%n", split));
    System.out.print(report);
    assertThat(worst).as(report.toString()).isLessThan(MAX_RATIO);
    assertThat(split).as(report.toString()).isLessThan(MAX_RATIO);
  }
}
