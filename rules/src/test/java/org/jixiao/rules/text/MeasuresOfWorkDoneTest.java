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
 * A measure named after the work done (完成值, 完成数量, 完成进度 …) stated as zero says none of the work was done,
 * though its 完成 reads as a word that it was: 实际完成值为0 against 2021年4月15日 (东江 2020, a real row) was met in
 * full. Only where the indicator asks for work (a verb of work or a dated deadline): a zero is as often the aim
 * (安全事故完成值为0, 确保安全生产; reviews 60b and 60d), and those read as before.
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
        "QUALITY | 按计划建设 | 本项目完成值为0",
        "QUALITY | 开展技能培训 | 完成值为0，项目未启动",
        "QUALITY | 2023年10月底前上线 | 实际完成量仅为0",
      })
  void aMeasureOfTheWorkStatedAsZeroIsNothingDone(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    scoredAt(v, BigDecimal.ZERO);
    assertThat(v.trace().code()).hasValue("JX-T-0226");
  }

  @Test
  void aNameOfTheTargetsWorkAndAMeasureOfItLeavesTheZeroNothingDone() {
    scoredAt(judge(Subcategory.QUALITY, "管网建设完成率", "实施管网建设", "完成值为0"), BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a zero that may be the aim: the target or name asks for none, a state kept, a limit or a fall
        " | 杜绝安全事故 | 完成值为0",
        " | 无安全事故 | 完成值为0",
        " | 控制在预算内 | 完成值为0",
        " | 降低投诉 | 完成数为0",
        " | 合格 | 完成值为0",
        " | 全年森林火情平稳 | 完成值为0起",
        "延期交付次数 | 按时交付 | 完成值为0",
        "错发漏发补贴户数 | 补贴精准发放到户 | 实际完成值为0户",
        " | 确保安全生产 | 安全事故完成值为0",
        // review 60e: a name of what is left or unwanted, a target that forbids the work, words naming what the zero
        // is of, the work done in another year
        "剩余危房户数 | 完成全部危房改造 | 完成值为0户",
        "工程停工天数 | 按期完成建设 | 完成值为0天",
        " | 严禁新建楼堂馆所 | 完成值为0个",
        " | 按时完成补贴发放 | 实际完成值为0（无错发漏发）",
        " | 完成数据录入 | 完成值为零差错",
        " | 按计划实施建设 | 本年度完成值为0，建设任务已在上年度提前实施",
        // a zero of a part, or beside words that say done
        " | 按时完成 | 上半年完成值为0，全年完成值100%",
        " | 按时完成 | 一季度完成进度为0，年底已全部完成",
        " | 按时完成 | 完成值为0，已全部完成",
        // no zero
        " | 按时完成 | 完成值为0.95",
        " | 按时完成 | 完成率为05%",
        " | 按时完成 | 完成值为零点五",
      })
  void aZeroThatMayBeTheAimOrIsOfAPartIsNotNothingDone(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name == null ? "" : name, target, actual);
    assertThat(v.fraction()).as(actual).satisfiesAnyOf(f -> assertThat(f).isEmpty(), f -> assertThat(f.get()).isPositive());
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 完成 before words that are no measure, or a measure above zero: read as before
        "QUALITY | 按要求完成 | 完成量化考核",
        "QUALITY | 按要求完成 | 完成数据采集",
        "QUALITY | 按要求完成 | 完成数十项村庄整治工程",
        "QUALITY | 合格 | 实际完成值100%",
        "QUALITY | 按计划完成 | 完成数量12个。",
      })
  void completionBeforeOtherWordsStillSaysDone(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  @Test
  void aMeasureOfTheWorkAtZeroIsNothingDoneOfWorkAndNeverOfAnAimOfNone() {
    List<String> measures = List.of("完成值", "完成数", "完成量", "完成数量", "完成度", "完成额", "实际完成值", "完成进度");
    List<String> copulas = List.of("", "为", "是", "：", "达", "=");
    qt().forAll(Generate.pick(measures), Generate.pick(copulas), Generate.pick(List.of("0", "零", "0%", "0.0", "〇")))
        .checkAssert(
            (measure, copula, zero) -> {
              String text = measure + copula + zero;
              scoredAt(judge(Subcategory.QUALITY, "", "按计划完成建设任务", text), BigDecimal.ZERO);
              if (!zero.endsWith("%")) { // 完成值0% is a share stated, of nothing, as before (StatedShare)
                assertThat(judge(Subcategory.QUALITY, "", "杜绝安全事故", text).fraction())
                    .as(text)
                    .satisfiesAnyOf(f -> assertThat(f).isEmpty(), f -> assertThat(f.get()).isPositive());
              }
            });
  }
}
