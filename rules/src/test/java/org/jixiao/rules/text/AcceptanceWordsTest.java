package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/** Acceptance stated with words between 通过 and 验收 (通过该项目的竣工验收, 通过省级验收): audit s28. */
class AcceptanceWordsTest {

  @Test
  void acceptanceWithWordsBetweenPassAndAcceptanceIsMet() {
    met(judge(Subcategory.QUALITY, "", "项目主要内容为：原结构加固、装饰改造",
        "该工程已于2019年11月14日由项目监理单位组织验收，与建设单位、施工单位、设计单位一致通过该项目的竣工验收。"));
    met(judge(Subcategory.QUALITY, "", "工程质量合格", "顺利通过省级验收"));
    met(judge(Subcategory.QUALITY, "", "工程质量合格", "已通过了验收"));
  }

  @Test
  void acceptanceNegatedOrIntendedIsNotMet() {
    IndicatorVerdict failed = judge(Subcategory.QUALITY, "", "工程质量合格", "未通过省级验收");
    assertThat(failed.fraction()).hasValueSatisfying(f -> assertThat(f).isLessThan(new BigDecimal("0.6")));
    IndicatorVerdict intended = judge(Subcategory.QUALITY, "", "工程质量合格", "争取通过省级验收");
    assertThat(intended.fraction().orElse(BigDecimal.ZERO)).isLessThan(BigDecimal.ONE);
    IndicatorVerdict rate = judge(Subcategory.QUALITY, "", "工程质量合格", "通过省级验收率");
    assertThat(rate.fraction().orElse(BigDecimal.ZERO)).isLessThan(BigDecimal.ONE);
  }

  @Test
  void workStatedFinishedAsCompletedOrHandedOverIsMet() {
    // 已完工 / 已竣工 / 已交付 say the work is done, as 已建成 and 已验收 do (a review's case from a
    // 时效 row: 工程完工时间 | 2022年12月底前 | 已完工验收)
    met(judge(Subcategory.TIMELINESS, "工程完工时间", "2022年12月底前", "已完工验收"));
    met(judge(Subcategory.QUANTITY, "", "新建道路2公里", "已竣工"));
    met(judge(Subcategory.QUALITY, "", "工程质量合格", "已交付使用"));
    // not yet, or not done: not met
    IndicatorVerdict notYet = judge(Subcategory.TIMELINESS, "工程完工时间", "2022年12月底前", "尚未完工");
    assertThat(notYet.fraction().orElse(BigDecimal.ZERO)).isLessThan(BigDecimal.ONE);
    IndicatorVerdict planned = judge(Subcategory.QUANTITY, "", "新建道路2公里", "预计2024年竣工");
    assertThat(planned.fraction().orElse(BigDecimal.ZERO)).isLessThan(BigDecimal.ONE);
  }
}
