package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.jixiao.rules.text.Judged.met;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual that says the whole of what a share counts was done, without a figure (资金已全部到位 /
 * 资金到位率100%, 实现全覆盖 / 覆盖率≥90%), was undetermined ("neither a figure nor a statement of
 * completion"). A careful reader takes it as 100 %: met, JX-T-0274. Only the rate's own action,
 * stated plainly, on a floor that 100 % reaches.
 */
class WholeDoneTest {

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "资金到位率 | 100% | 资金已全部到位",
        "资金到位率 | ≥95% | 全部到位",
        "资金到位率(%) | 100 | 资金已全部到位。",
        "覆盖率 | 达到100% | 全覆盖",
        "覆盖率 | ≥90% | 实现全覆盖",
        "覆盖率 | 100% | 覆盖全部贫困户",
        "覆盖率 | 100% | 覆盖了所有行政村",
        "覆盖率 | 100% | 实现全覆盖无死角",
        "整改率 | 100% | 全部整改到位",
        "入户率 | 100% | 均已入户",
        "资金拨付率 | 100% | 全部资金拨付到位",
        "资金拨付到位率 | 100% | 资金已全部拨付到位",
        "资金分配率 | 100% | 资金全部分配到位",
        "资金到位 | 100% | 全部到位",
        "资金 | 到位率100% | 资金全部到位",
        "质量 | 公开率100% | 全部公开", // a name of no rate: the target's rate
        "信息公开 | 100% | 已全部公开", // neither names a rate: the name's end
        // a figure in another unit beside the words: no figure answers the share, the words do
        "资金到位率 | 100% | 资金全部到位，到位资金50万元",
        // review 53: a name of no rate with the target's, what a 完成率 completes, 全员, a whole a few words on
        "资金到位情况 | 到位率100% | 资金已全部到位",
        "整改完成率 | 100% | 全部整改到位",
        "参保率 | ≥95% | 全员参保",
        "政策覆盖率 | ≥95% | 覆盖全县所有行政村",
        // review 53b: names that hold a word of a part, 无缺口, a time after 在, 确保 after the whole
        "养老金发放率 | 100% | 基本养老金全部发放",
        "待遇发放率 | 100% | 待遇全部发放",
        "资金到位率 | 100% | 资金无缺口，全部到位",
        "资金到位率 | 100% | 资金全部在年底前到位",
        "资金到位率 | 100% | 全部到位，确保了项目顺利实施",
        // review 53c: a later clause naming what was paid, to whom, or how
        "补贴发放率 | 100% | 补贴已全部发放，发放标准为每人500元",
      })
  void theWholeDoneMeetsAShare(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    met(v);
    assertThat(v.trace().code()).as(v.trace().reason()).contains("JX-T-0274");
    assertThat(v.trace().figures().get("actual")).isEqualByComparingTo(new BigDecimal("100"));
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // not the whole: a part, a negation, an exception
        "资金到位率 | 100% | 基本全部到位",
        "资金到位率 | 100% | 部分到位",
        "入户率 | 100% | 除2户外全部入户",
        "覆盖率 | 100% | 覆盖全县12个乡镇",
        // not the rate's action, or a rate of change, or of timeliness
        "项目完成率 | 100% | 全部开工",
        "增长率 | ≥5% | 全部增长",
        "资金按时到位率 | 100% | 全部到位",
        // a floor 100 % cannot reach, a ceiling, an undated verb without a word of the whole
        "资金到位率 | ≥105% | 全部到位",
        "投诉率 | ≤5% | 全部处理",
        "资金到位率 | 100% | 已到位",
        "资金拨付率 | 100% | 已拨付",
        // review 53: a part, a remainder, a plan or work going on anywhere in the cell
        "政策覆盖率 | ≥95% | 全部乡镇已覆盖，部分村尚在推进",
        "资金到位率 | 100% | 中央资金已全部到位，地方配套资金缺口30万元",
        "资金到位率 | 100% | 设备、人员全部到位，资金正在申请",
        "资金到位率 | 100% | 预计年底前全部到位",
        "资金到位率 | 100% | 确保资金全部到位",
        "资金到位率 | 100% | 应全部到位",
        "整改率 | 100% | 全部整改，计划年底前销号",
        "问题整改率 | 100% | 全部整改中",
        "补贴发放率 | 100% | 全部发放，2户因信息错误退回",
        // another verb between, 全 of another word, another subject, a rate of timeliness
        "问题整改率 | 100% | 全面开展整改工作",
        "问题整改率 | 100% | 全部列入整改清单",
        "制度落实率 | 100% | 制度健全落实",
        "资金到位率 | 100% | 项目人员全部到位",
        "资金及时足额到位率 | 100% | 资金已全部拨付到位",
        // review 53b: a whole of another verb, a part of the money in another clause
        "资金到位率 | 100% | 到位资金全部用于项目建设",
        "资金到位率 | 100% | 中央资金全部到位，省级资金到位50万元",
        "资金到位率 | 100% | 中央资金全部到位，其余建设资金下年安排",
      })
  void notTheWholeOfTheRatesActionStaysUndetermined(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    undetermined(v);
  }

  @ParameterizedTest(name = "{0}: {1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a share in figures says how far, whatever the words beside it
        "资金到位率 | 100% | 全部到位，到位率98% | 0.98",
        // a negated whole is the vocabulary's (未 reaches 全部: 30 %)
        "资金到位率 | 100% | 资金未全部到位 | 0.30",
      })
  void figuresAndNegationsDecideAsBefore(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredAt(v, fraction);
    assertThat(v.trace().code()).isNotEqualTo(java.util.Optional.of("JX-T-0274"));
  }

  @Test
  void aTargetThatCannotBeReadLeavesAWordOfCompletionToTheVocabulary() {
    // review 53: the look for a whole must not take an actual of words past the scorer's early exit
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "培训人数", "≥l00人", "全部完成");
    met(v);
    assertThat(v.trace().rule()).isEqualTo("qualitative");
  }

  @Test
  void aWordOfTheVocabularyIsLeftToIt() {
    // 全部完成 is a completion word: a profile that weighs it otherwise is obeyed
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "任务完成率", "100%", "全部完成");
    assertThat(v.trace().rule()).isEqualTo("qualitative");
    Profile lower =
        Profiles.defaultProfile().toBuilder()
            .id("lower")
            .vocabulary(Profiles.defaultProfile().vocabulary().with(Term.completion("全部完成", Band.ACHIEVED, new BigDecimal("0.90"))))
            .build();
    IndicatorVerdict weighed = Evaluator.of(lower).judge(
        Indicator.builder().category(Subcategory.QUANTITY.category()).subcategory(Subcategory.QUANTITY)
            .name("任务完成率").target("100%").actual("全部完成").build());
    assertThat(weighed.fraction().orElseThrow()).isEqualByComparingTo("0.90");
  }
}
