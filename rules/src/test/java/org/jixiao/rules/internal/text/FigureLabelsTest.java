package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.rules.text.IndicatorTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link FigureLabels} reads as the label of an actual's figure, and the words it quotes. */
class FigureLabelsTest {

  /** The label of the last figure of {@code actual} under {@code name}, as kind and words, or "". */
  private static String labelOfLast(String name, String actual) {
    String s = IndicatorTexts.normalize(actual);
    int end = s.length();
    while (end > 0 && !Chars.isAsciiDigit(s.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Chars.isAsciiDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
      start--;
    }
    FigureLabels.Label label = FigureLabels.of(s, start, end, name, "");
    return label == null ? "" : label.kind() + " " + label.words();
  }

  @ParameterizedTest(name = "{0} | {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "孕产妇死亡率 | 上年为12 | FORMER 上年为",
        "孕产妇死亡率 | 孕产妇死亡率上年为12 | FORMER 上年为",
        "就业率 | 截至上年末为92 | FORMER 上年末为",
        "就业率 | 上年:92 | FORMER 上年",
        "培训人数 | 培训320人(上年为280 | FORMER 上年为",
        "孕产妇死亡率 | 全国平均16.1 | ELSEWHERE 全国平均",
        "孕产妇死亡率 | 8.2，低于全国平均水平15.7 | ELSEWHERE 低于全国平均水平",
        "孕产妇死亡率 | 8.2，低于全省平均水平（11.5 | ELSEWHERE 低于全省平均水平",
        "婴儿死亡率 | 力争控制在4 | AIM 力争控制在",
        "培训人数 | 计划培训300 | PLAN 计划培训",
        "培训人数 | 2023年度计划培训300 | PLAN 2023年度计划培训",
      })
  void aLabelOpeningTheFiguresClauseIsRead(String name, String actual, String label) {
    assertThat(labelOfLast(name, actual)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "完成项目数 | 完成上年度遗留项目5", // this year's work on last year's leftovers
        "资金支出 | 上年结转资金支出5", // money carried over, spent this year
        "就业率 | 较上年提高2", // a change, read elsewhere
        "就业率 | 上年同期相比提高2",
        "培训人数 | 按计划完成培训300", // a plan met
        "招录人数 | 计划招录150人，全部到岗。共150", // the last figure is no plan's
        "婴儿死亡率 | 力争控制在5‰以内，已实现。5", // the aim said met
        "就业率 | 全县就业率92", // the reporting unit's own area
        "就业率 | 全省平均水平为90，本县92",
        "上年结转项目完成数 | 上年结转项目完成5", // the name asks it
        "计划完成率 | 计划完成98", // the name asks a plan's share
      })
  void thisYearsWorkAPlanMetAndOwnAreasAreNoLabels(String name, String actual) {
    assertThat(labelOfLast(name, actual)).isEmpty();
  }
}
