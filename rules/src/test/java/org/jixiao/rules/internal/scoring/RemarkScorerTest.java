package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual copied from the target beside a 偏差原因 that says the work fell short: the remark
 * decides. The first rows are the real 休宁县 2023 转移支付区域(项目)绩效目标自评表 of
 * 中共皖浙赣省委驻地旧址陈列布展项目 (https://m.bidcenter.com.cn/news-1-290573675.html; a
 * read-only audit of this session): 执行率 22 %, 布展面积 300㎡ / 0, and the two rows below, whose
 * actuals repeat their targets while their remarks say the exhibition was not built.
 */
class RemarkScorerTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  private static IndicatorVerdict judge(Subcategory sub, String name, String target, String actual, String remark) {
    Indicator.Builder b = Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).actual(actual);
    if (!remark.isEmpty()) {
      b.deviationReason(remark);
    }
    return EVALUATOR.judge(b.build());
  }

  @Test
  void aTargetCopiedIntoTheActualIsJudgedByTheRemarkThatSaysTheWorkIsStillAhead() {
    // 休宁: 指标2:项目完成周期周期 | 4个月 | 4个月 | 展陈方案需通过省委宣传部审核,…,将尽快实施。
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, "指标2:项目完成周期周期", "4个月", "4个月",
        "展陈方案需通过省委宣传部审核,待展陈方案通过省委宣传部审核后,将尽快实施。");

    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.30"));
    assertThat(v.trace().rule()).isEqualTo(BuiltInIds.DEVIATION_REMARK);
    assertThat(v.trace().code()).hasValue("JX-T-0228");
    assertThat(v.trace().reason()).startsWith("实际完成值“4个月”只是照抄目标值，偏差原因却写明“展陈方案需通过省委宣传部审核")
        .contains("将尽快").endsWith("→ 按说明判为未达成年度指标且效果较差 → 30%");
  }

  @Test
  void aPieceOfTheTargetBesideARemarkOfShortfallIsJudgedByTheRemark() {
    // 休宁: 指标1:工程实施总体质量 | 一次性通过省文物局验收 | 一次性 | 未完成展陈建设 (undetermined before)
    IndicatorVerdict v = judge(Subcategory.QUALITY, "指标1:工程实施总体质量", "一次性通过省文物局验收", "一次性", "未完成展陈建设");

    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.30"));
    assertThat(v.trace().args()).containsEntry("words", "未完成").containsEntry("remark", "未完成展陈建设");
  }

  @ParameterizedTest(name = "{1} / {2}: {3}")
  @CsvSource(delimiter = '|', value = {
    // the comparator dropped, a remark of delay: partly achieved, as the vocabulary reads 推迟
    "QUANTITY | ≥100% | 100% | 部分设备推迟交付 | 0.70",
    "QUANTITY | 验收合格 | 合格 | 尚未开工 | 0.30",
    "TIMELINESS | 12月底前 | 12月底前 | 项目正在实施中 | 0.30",
  })
  void theClassBeyondTheRealRows(String sub, String target, String actual, String remark, String fraction) {
    IndicatorVerdict v = judge(Subcategory.valueOf(sub), "", target, actual, remark);
    assertThat(v.trace().rule()).isEqualTo(BuiltInIds.DEVIATION_REMARK);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
  }

  @ParameterizedTest(name = "{1} / {2}: {3}")
  @CsvSource(delimiter = '|', value = {
    // improvement measures beside a met target, and remarks of nothing
    "TIMELINESS | 1个月 | 1个月 | ——",
    "TIMELINESS | 1个月 | 1个月 | 继续加强项目管理，提高资金使用效益",
    "QUANTITY | ≥100% | 100% | 已完成",
    "QUALITY | <=0% | <=0% | 无",
    // an actual of its own: the figures decide, whatever the remark
    "QUANTITY | 300㎡ | 0 | 展陈方案需通过省委宣传部审核,将尽快实施",
    "QUANTITY | ≥10场 | 1场 | 未完成",
    "QUANTITY | ≥10场 | 1 | 未完成",
    // words of both ends at once are no plain shortfall
    "QUALITY | 验收合格 | 验收合格 | 主体工程已完成，附属工程未完成",
  })
  void otherRemarksAndActualsOfTheirOwnAreLeftToTheOtherScorers(String sub, String target, String actual, String remark) {
    IndicatorVerdict v = judge(Subcategory.valueOf(sub), "", target, actual, remark);
    assertThat(v.trace().rule()).isNotEqualTo(BuiltInIds.DEVIATION_REMARK);
  }

  @Test
  void theReasonIsWordedInEnglishOnRequest() {
    Evaluator english = Evaluator.builder().profile(Profiles.defaultProfile()).locale(Locale.ENGLISH).build();
    Project p = Project.builder().name("布展").moneyUnit(MoneyUnit.WAN_YUAN).budget(new BigDecimal("127")).actual(new BigDecimal("28"))
        .indicators(IndicatorSet.of(List.of(Indicator.builder().category(Subcategory.QUALITY.category()).subcategory(Subcategory.QUALITY)
            .target("验收合格").actual("验收合格").deviationReason("尚未开工").build())))
        .build();
    IndicatorResult r = english.evaluate(p).indicators().get(0);
    assertThat(r.trace().reason()).isEqualTo(
        "the actual '验收合格' only restates the target, while the deviation remark says '尚未开工' (尚未…) → judged by the remark: not achieved → 30%");
    assertThat(r.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.3"));
  }
}
