package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNearByDivision;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate given as its two counts, the whole and the part the rate counts (review 70c: undetermined, "only figures of
 * other units"; 合格1071人次，参训1260人次 met by the band's 合格): the rate is the part over the whole, or the rest when the
 * part is the word of the rate denied (不合格), and the reason shows it (85 %（1071 人次 / 1260 人次）).
 */
class RatesFromCountsTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "培训考核合格率 | ≥90% | 参训1,260人次，考核合格1,071人次 | 0.9444",
        "严重精神障碍患者规范管理率 | ≥80% | 在册患者212人，规范管理209人 | 1",
        "食品抽检合格率 | ≥98% | 抽检412批次，不合格15批次 | 0.9833",
        "培训合格率 | ≥90% | 合格1071人次，参训1260人次 | 0.9444",
        // review 70e: the denied the name asks, what was done of what was due, a ceiling
        "食品抽检不合格率 | ≤2% | 抽检500批次，不合格15批次 | 0.5",
        "适龄儿童免疫规划疫苗接种率 | ≥95% | 应种儿童2860人，实种2631人 | 0.9683",
        "义务教育学生辍学率 | ≤0.5% | 在校学生5000人，辍学30人 | 0.8",
        // review 73c: a plan's whole in money (read as 完成, met), a whole the part is taken among (undetermined)
        "年度投资计划完成率 | ≥90% | 完成投资1200万元，计划1500万元 | 0.8889",
        "项目开工率 | 100% | 8个项目中已开工6个 | 0.75",
        // session 79: the part's word after the part (its words up to the part were read as the whole's: undetermined);
        // the work done of which a part passed (完成, 建成: read as 完成, met)
        "项目开工率 | 100% | 8个项目中7个已开工 | 0.875",
        "验收合格率 | 100% | 完成改造100户，验收合格98户 | 0.98",
        "验收合格率 | 100% | 建成项目12个，验收合格11个 | 0.9167",
        "高校毕业生就业率 | ≥90% | 1850名毕业生中已就业1628人 | 0.9778",
        "培训计划完成率 | ≥95% | 计划培训500人，实际培训450人 | 0.9474",
        "资金拨付率 | 100% | 下达资金500万元，拨付480万元 | 0.96",
        // review 74d: more than two figures with one whole and its part, a whole that says what was due or planned of the
        // rate's own doing (应参保, 计划走访: past the plan is over 100 %), a whole of a place
        "项目开工率 | 100% | 年度计划项目14个，已开工11个，其中完工7个 | 0.7857", // 11 / 14
        "考核合格率 | ≥90% | 参训1260人，考核合格1100人，其中优秀300人 | 0.97", // 87.30 % / 90 %
        "养老保险参保率 | 达到90%以上 | 应参保人数48,200人，已参保44,830人 | 1",
        "入户走访率 | 不低于95% | 计划走访1,800户，实际走访1,836户 | 1",
        "入户走访率 | 不低于95% | 计划走访1,800户，实际走访1,620户 | 0.9474", // 90 % / 95 %
        "公益设施维护覆盖率 | 100％ | 全镇28个行政村，已覆盖25个村。 | 0.8929", // 25 / 28
        // review 75 and 70e: the part's word after its figure, a whole named by the rate's subject, a whole inspected
        // or submitted, what was due (需), and a rate of coverage counted by the doing its name says
        "培训合格率 | ≥90% | 856人次考核合格，参训总计1000人次 | 0.9511", // 85.6 % / 90 %
        "一次验收合格率 | 100% | 验收32个，28个一次验收合格 | 0.875", // 28 / 32
        "馆藏档案数字化率 | ≥90% | 馆藏档案5万卷，已完成数字化4万卷 | 0.8889", // 80 % / 90 %
        "公租房空置率 | ≤10% | 公租房500套，空置40套 | 1", // 8 %
        "工程验收合格率 | 100% | 验收工程40项，合格38项 | 0.95", // 38 / 40
        "审计完成率 | 100% | 报送审计8个，审计完成6个 | 0.75", // 6 / 8
        "合同签订率 | ≥95% | 需签订合同的项目30个，已签订27个 | 0.9474", // 90 % / 95 %
        "学校安全检查覆盖率 | 100% | 辖区学校40所，已检查36所 | 0.9", // 36 / 40
        "家庭医生签约服务覆盖率 | ≥45% | 辖区常住人口5万人，签约2万人 | 0.8889", // 40 % / 45 %
        "村文化广场覆盖率 | 100% | 30个村中有27个建成文化广场 | 0.9", // 27 / 30
        // review 74d: a satisfaction (满意度) is a share of those asked, of the questionnaires returned, not those handed out
        "服务对象满意度 | ≥95% | 发放问卷300份，回收280份，满意及基本满意252份 | 0.9474", // 90 % / 95 %
        "群众满意度 | ≥90% | 发放问卷300份，收回有效问卷250份，满意230份 | 1", // 92 %
      })
  void aRateIsThePartOverTheWhole(String name, String target, String actual, BigDecimal fraction) {
    scoredNearByDivision(judge(Subcategory.QUALITY, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "培训合格率 | ≥90% | 培训1260人次，其中女性600人次", // no part the rate counts
        "合格率 | ≥90% | 参训1260人次，考核合格1071人", // two units
        "疫苗及时接种率 | ≥90% | 应种儿童2860人，实种2631人", // how many on time is not said (review 70e)
        "再就业率 | ≥50% | 新增就业1200人，其中再就业561人", // no word of the rate's whole
        // review 70: a plan and what was done are no pass rate, a budget and what was spent no rate of the rest
        "培训合格率 | ≥90% | 计划培训500人，实际培训450人",
        "结余率 | ≤5% | 预算43.2万元，实际支出37.24万元",
        // two pairs, two rates (1100 / 1260 and 150 / 200): which the rate is of is not said
        "考核合格率 | ≥90% | 参训1260人，考核合格1100人；复训200人，合格150人",
        "入户走访率 | ≥95% | 计划走访1800户，走访1836户", // not said done: the plan twice?
        // a rate of coverage: what was added this year is no count of what is covered (review 70e), nor a part of the
        // whole's own subject that names no doing
        "村级服务站覆盖率 | ≥95% | 全区60个行政村，今年新建服务站9个",
        "医疗机构监督检查覆盖率 | 100% | 辖区医疗机构200家，其中民营医疗机构80家",
        // a subject of one character is none: 房 of 公租房 alone says nothing of the whole
        "公租房空置率 | ≤10% | 房500套，空置40套",
        // returned questionnaires alone say nothing of the satisfied
        "服务对象满意度 | ≥90% | 发放问卷500份，回收480份",
      })
  void countsThatAreNotTheRatesWholeAndPartMakeNoRate(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    assertThat(v.trace().reason()).doesNotContain(" / ");
  }

  @Test
  void theRateMadeIsThePartOverTheWholeRoundedToCents() {
    qt().forAll(integers().between(1, 5000), integers().between(0, 1000)).checkAssert((whole, perMille) -> {
          int part = whole * perMille / 1000;
          IndicatorVerdict v = judge(Subcategory.QUALITY, "考核合格率", "≥90%", "参训" + whole + "人，考核合格" + part + "人");
          BigDecimal rate = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
          IndicatorVerdict stated = judge(Subcategory.QUALITY, "考核合格率", "≥90%", rate.toPlainString() + "%");
          assertThat(v.fraction()).as(v.trace().reason()).isEqualTo(stated.fraction());
        });
  }
}
