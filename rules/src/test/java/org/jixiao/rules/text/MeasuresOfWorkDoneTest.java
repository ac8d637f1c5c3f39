package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A measure named after the work done (完成值, 完成数量, 完成进度 …) is a noun, not a word that the work
 * was done: 实际完成值为0 against a date (东江 2020, a real row) was read as 完成 and met in full. Stated
 * as zero it says none of the work was done; with a share it says how much (StatedShare).
 */
class MeasuresOfWorkDoneTest {

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TIMELINESS | 2021年4月15日 | 实际完成值为0",
        "TIMELINESS | 按时完成 | 完成值：0",
        "TIMELINESS | 按时完成 | 完成数量为0",
        "TIMELINESS | 按时完成 | 完成进度为零",
        "TIMELINESS | 按时完成 | 完成率为0",
        "QUALITY | 合格 | 完成值为0",
        "QUALITY | 合格 | 实际完成量仅为0",
        "SOCIAL | 改善群众生活 | 完成值为零",
        "SOCIAL | 改善群众生活 | 完成值为0，项目未实施",
      })
  void aMeasureOfTheWorkStatedAsZeroIsNothingDone(Subcategory sub, String target, String actual) {
    scoredAt(judge(sub, "", target, actual), BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what is asked is none of something, a limit kept or a fall: a zero may be the aim
        "QUALITY | 杜绝安全事故 | 完成值为0",
        "QUALITY | 无安全事故 | 完成值为0",
        "COST | 控制在预算内 | 完成值为0",
        "QUALITY | 降低投诉 | 完成数为0",
        // not zero, or nothing left undone
        "QUALITY | 合格 | 完成值为0.95",
        "QUALITY | 合格 | 完成率为05%",
        "QUALITY | 合格 | 完成值为零点五",
        "QUALITY | 合格 | 未完成数量为0",
      })
  void aZeroThatMayBeTheAimOrIsNoZeroIsNotNothingDone(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    assertThat(v.fraction()).as(actual).satisfiesAnyOf(f -> assertThat(f).isEmpty(), f -> assertThat(f.get()).isPositive());
  }

  @ParameterizedTest(name = "{0} / {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 60b: the measure counts what was to be avoided or is left, by its own words or the indicator's name
        "QUALITY | | 确保安全生产 | 安全事故完成值为0",
        "SOCIAL | | 减轻群众负担 | 群众额外负担完成值为0",
        "QUALITY | | 工程质量合格 | 质量缺陷完成值为0",
        "QUALITY | | 按要求完成 | 待完成数为0",
        "TIMELINESS | 延期交付次数 | 按时交付 | 完成值为0",
        "QUALITY | 不合格批次 | 质量合格 | 完成数为0",
        "QUALITY | | 杜绝违规 | 完成值为0起",
        "SERVED_SATISFACTION | | 零投诉 | 完成值为0",
      })
  void aZeroOfWhatWasToBeAvoidedIsMet(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name == null ? "" : name, target, actual));
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 60b: a zero of a part of the year or of the work says nothing of the whole; words that say done decide
        "TIMELINESS | 按时完成 | 上半年完成值为0，全年完成值100%",
        "TIMELINESS | 按时完成 | 一季度完成进度为0，年底已全部完成",
        "QUALITY | 按计划完成 | 年初完成率为0，现已全部完成",
        // no figure after the measure: 完成数十项 is some tens done, 实际完成值：是 a yes
        "QUALITY | 按要求完成 | 完成数十项村庄整治工程",
        "QUALITY | 是 | 实际完成值：是",
      })
  void aZeroOfAPartOrAMeasureWithoutAFigureIsNoNothingDone(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 完成 before words that are no measure: work done
        "QUALITY | 按要求完成 | 完成量化考核",
        "QUALITY | 按要求完成 | 完成数据采集",
        "QUALITY | 按要求完成 | 完成度假村配套建设",
        "QUALITY | 合格 | 实际完成值100%",
        "QUALITY | 合格 | 完成率100%",
      })
  void completionBeforeOtherWordsStillSaysDone(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  @Test
  void aMeasureOfTheWorkNeverReadsAsAClaimThatItWasDone() {
    List<String> measures = List.of("完成值", "完成数", "完成量", "完成数量", "完成度", "完成额", "实际完成值");
    List<String> copulas = List.of("", "为", "是", "：", "达");
    qt().forAll(Generate.pick(measures), Generate.pick(copulas), Generate.pick(List.of("0", "零", "0%", "0.0")))
        .checkAssert(
            (measure, copula, zero) -> {
              String text = measure + copula + zero;
              assertThat(Vocabulary.defaults().read(text)).as(text).isEmpty();
              scoredAt(judge(Subcategory.QUALITY, "", "按要求完成", text), BigDecimal.ZERO);
            });
  }
}
