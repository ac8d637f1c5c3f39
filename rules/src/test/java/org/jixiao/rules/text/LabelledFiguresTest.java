package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A figure the actual labels as no level of this year's own (review 68u: read as the level in every unit, so 上年为12/10万
 * under ≤10/10万 read 0.8 and 力争控制在9/10万 met): a former time's, a wider area's average, an aim or a plan opening its
 * clause. Alone it leaves the indicator undetermined (labelled-not-level, JX-T-0292); beside a level of the same unit
 * the level answers. What is this year's work, a plan said met, a change or a move reads as before.
 */
class LabelledFiguresTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a former time's
        "QUALITY | 孕产妇死亡率 | ≤10/10万 | 上年为12/10万",
        "QUALITY | 婴儿死亡率 | ≤5‰ | 上年8‰，今年数据待统计",
        "QUANTITY | 培训人数 | ≥300人 | 上年培训320人",
        "QUALITY | 就业率 | ≥90% | 去年同期为92%",
        "QUALITY | 就业率 | ≥90% | 就业率上年为92%",
        "QUALITY | 就业率 | ≥90% | 上年：92%",
        // a wider area's average
        "QUALITY | 孕产妇死亡率 | ≤10/10万 | 全国平均16.1/10万",
        "SOCIAL | 传染病发病率 | ≤15/10万 | 1.全省平均发病率12/10万", // after an item's number (review 69e)
        "QUALITY | 就业率 | ≥90% | 全省平均92%，本县数据未上报",
        // an aim or a plan
        "QUALITY | 婴儿死亡率 | ≤5‰ | 力争控制在4‰",
        "QUALITY | 婴儿死亡率 | ≤5‰ | 婴儿死亡率力争控制在4‰",
        "QUALITY | 婴儿死亡率 | ≤5‰ | 全区婴儿死亡率力争控制在4‰",
        "QUALITY | 就业率 | ≥90% | 争取达到92%",
        "QUALITY | 就业率 | ≥90% | 预计达到92%",
        "QUANTITY | 培训人数 | ≥300人 | 计划培训300人",
        "QUALITY | 孕产妇死亡率 | ≤10/10万 | 目标值10/10万",
        // a former time in a clause of its own (review 69b)
        "QUALITY | 适龄儿童免疫规划疫苗接种率 | ≥95% | 截至去年年底，接种率为99%",
        // an average below which the own level lies, above the limit: the own level may be either side
        "QUALITY | 孕产妇死亡率 | ≤10/10万 | 低于全国平均水平16.1/10万",
      })
  void aFigureLabelledAsNoOwnLevelIsNoLevel(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0292");
  }

  @ParameterizedTest(name = "{1} | {2} | {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // beside a level of the same unit, the level answers
        "QUALITY | 孕产妇死亡率 | ≤10/10万 | 全省平均12/10万，本县8.5/10万 | 1",
        "QUALITY | 孕产妇死亡率 | ≤10/10万 | 8.2/10万，上年为10.5/10万 | 1",
        "QUALITY | 就业率 | ≥90% | 上年85%，今年81% | 0.9",
        "QUANTITY | '' | ≥1250人 | 新增就业1150人（上年1260人） | 0.92", // was tied (LevelsBesideOtherFiguresTest)
        "QUANTITY | 培训人数 | ≥300人 | 计划培训300人，实际培训270人 | 0.9",
        // this year's work, a plan said met, a move: as before
        "QUANTITY | 完成项目数 | ≥5个 | 完成上年度遗留项目5个 | 1",
        "QUANTITY | 培训人数 | ≥300人 | 按计划完成培训270人 | 0.9",
        "QUANTITY | 招录人数 | ≥150人 | 计划招录150人，全部到岗 | 1",
        "QUALITY | 婴儿死亡率 | ≤5‰ | 力争控制在5‰以内，已实现 | 1",
        "QUALITY | 就业率 | ≥90% | 由上年的85%提高到92% | 1",
        "QUALITY | 就业率 | ≥90% | 高于全省平均水平，达到92% | 1",
        "QUALITY | 就业率 | ≥90% | 全县就业率92% | 1",
        // review 69b: secured, not aimed at; a share of a plan reached; a rate of this year's work on a former year's things
        "COST | 到位资金 | ≥200万元 | 争取上级资金200万元 | 1",
        "COST | 到位资金 | ≥200万元 | 争取到项目资金220万元 | 1",
        "QUANTITY | 投资完成率 | ≥95% | 计划投资完成率100% | 1",
        "QUALITY | 问题整改率 | ≥95% | 上年度审计发现问题整改率100% | 1",
        // review 69c: a former time of the things this year's work was done on; a plan said met in other words
        "QUANTITY | 项目验收数 | ≥5个 | 去年立项的5个项目已全部验收 | 1",
        "QUANTITY | 问题整改数 | ≥10个 | 上年审计发现问题12个，已全部整改 | 1",
        "QUANTITY | 问题整改数 | ≥10个 | 整改上年审计发现问题12个 | 1",
        "QUANTITY | 签约家庭随访户数 | ≥800户 | 上年度签约的850户家庭本年完成随访 | 1",
        "QUANTITY | 乡村医生培训人数 | ≥300人 | 计划培训300人，实际完成 | 1",
        // the reporting unit's own area before the label; this year's level beside a former one
        "SOCIAL | 婴儿死亡率 | ≤4‰ | 本县上年为3.8‰，本年为4.6‰ | 0.85",
        // below an average that is itself within the limit, or above one over the floor: met
        "SOCIAL | 孕产妇死亡率 | ≤20/10万 | 低于全国平均水平16.1/10万 | 1",
        "QUALITY | 义务教育巩固率 | ≥80% | 高于全省平均水平（85%） | 1",
        // a name that asks a plan or a former time takes no such label
        "QUANTITY | 上年结转项目完成数 | ≥5个 | 上年结转项目完成5个 | 1",
      })
  void aLevelBesideOrThisYearsWorkIsRead(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    if (fraction.compareTo(BigDecimal.ONE) == 0) {
      met(judge(sub, name, target, actual));
    } else {
      scoredAt(judge(sub, name, target, actual), fraction);
    }
  }

  @Test
  void aLabelledFigureBesideALevelChangesNothing() {
    qt().forAll(integers().between(1, 2000), integers().between(1, 2000), integers().between(1, 2000),
            Generate.pick(List.of("（上年为%d人）", "，上年%d人", "，全省平均%d人", "，力争达到%d人", "（去年同期%d人）")))
        .checkAssert((level, other, target, aside) -> {
          IndicatorVerdict alone = judge(Subcategory.QUANTITY, "培训人数", "≥" + target + "人", "培训" + level + "人");
          IndicatorVerdict beside =
              judge(Subcategory.QUANTITY, "培训人数", "≥" + target + "人", "培训" + level + "人" + String.format(aside, other));
          assertThat(beside.fraction()).as(beside.trace().reason()).isEqualTo(alone.fraction());
        });
  }
}
