package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The classes of text of issue 13, each with real phrases: domain.md §4, the seed table
 * (longgang-hr-2019), the Shenzhen district's 2023 target declarations (目标值 cells of the two
 * baoan-songgang workbooks) and the corpus of published forms (ids refer to
 * {@code corpus/pairs*.tsv} and {@code corpus/targets*.tsv}, whose README gives the sources).
 */
class ReviewerReadingTest {

  private static BigDecimal fraction(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    assertThat(v.outcome()).as("%s / %s: %s", target, actual, v).isEqualTo(Outcome.SCORED);
    return v.fraction().orElseThrow();
  }

  private static Target target(Subcategory sub, String name, String text) {
    Indicator.Builder b = Indicator.builder().category(sub.category()).subcategory(sub).target(text);
    if (!name.isEmpty()) {
      b.name(name);
    }
    return IndicatorTexts.parseTarget(b.build());
  }

  @Nested
  class NegationAndShortfall {
    @Test
    void aNegatedPhraseIsNeverMetBecauseACompletionWordIsInsideIt() {
      // issue 13's own example: part of the periods late is partly met, not met in full
      assertThat(fraction(Subcategory.TIMELINESS, "各期培训按时开班", "第3、4期未能按时开班"))
          .isGreaterThanOrEqualTo(Band.PARTLY_ACHIEVED.lower()).isLessThan(BigDecimal.ONE);
      assertThat(fraction(Subcategory.TIMELINESS, "按时完成", "没有及时完成")).isLessThan(BigDecimal.ONE);
      assertThat(fraction(Subcategory.QUALITY, "验收合格", "尚未完成验收")).isLessThan(Band.PARTLY_ACHIEVED.lower());
      assertThat(fraction(Subcategory.QUANTITY, "完成培训", "培训工作未能开展")).isLessThan(Band.PARTLY_ACHIEVED.lower());
    }

    @Test
    void figuresInANegatedClauseAreNoAchievement() {
      // corpus P0182-type: 1-2期未能及时培训 does not say two periods were trained
      IndicatorVerdict v = judge(Subcategory.TIMELINESS, "考核任务完成及时", "1-6期培训结束后及时考核", "1-2期未能及时培训");
      assertThat(v.trace().rule()).isEqualTo("qualitative");
      assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.7"));
    }

    @Test
    void wordsOfShortfallLowerTheVerdict() {
      assertThat(fraction(Subcategory.TIMELINESS, "9月底前完成", "因疫情影响，项目延期")).isLessThan(BigDecimal.ONE);
      assertThat(fraction(Subcategory.QUALITY, "落实到位", "部分措施落实不到位")).isLessThan(BigDecimal.ONE);
      assertThat(fraction(Subcategory.QUANTITY, "发放补贴", "青年见习补贴无人申请")).isEqualByComparingTo("0");
      assertThat(fraction(Subcategory.QUANTITY, "完成一期培训", "因不可抗力因素，该期培训计划取消")).isEqualByComparingTo("0");
      assertThat(fraction(Subcategory.QUANTITY, "完成采购", "采购暂缓")).isEqualByComparingTo("0");
      // corpus P0180: a range target with out-of-range cases reported
      assertThat(fraction(Subcategory.QUALITY, "18—54周岁", "存在18岁以下、54周岁以上")).isEqualByComparingTo("0.7");
    }

    @Test
    void aLimitKeptIsNoNegation() {
      assertThat(fraction(Subcategory.COST, "≤30万元", "未超预算")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.COST, "控制在预算内", "没有超出预算")).isEqualByComparingTo("1");
    }

    @Test
    void workDoneOnProblemsIsNoShortfall() {
      assertThat(fraction(Subcategory.QUALITY, "问题整改", "已完成存在问题的整改")).isEqualByComparingTo("1");
    }

    @Test
    void nothingUnwantedHappeningAnswersAReverseTarget() {
      assertThat(fraction(Subcategory.QUALITY, "安全事故≤3起", "未发生")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUALITY, "安全事故≤3起", "全年未发生安全事故")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.SERVED_SATISFACTION, "零投诉", "无投诉")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.SERVED_SATISFACTION, "零投诉", "无")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUALITY, "无重大安全事故", "未发生重大安全事故")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUALITY, "质量问题≤2个", "未发现质量问题")).isEqualByComparingTo("1");
      // but 无 against a target that wants something is still "not filled"
      assertThat(judge(Subcategory.QUALITY, "", "100%", "无").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }
  }

  @Nested
  class Echoes {
    @Test
    void anActualRestatingTheTargetIsMet() {
      for (String text : new String[] {"明显改善", "按时", "省级示范点", "有效减轻", "专款专用", "资源采购期以当年为主", "高", "是"}) {
        assertThat(fraction(Subcategory.SOCIAL, text, text)).as(text).isEqualByComparingTo("1");
      }
      assertThat(fraction(Subcategory.QUALITY, "全天候可用", "全天候")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.SOCIAL, "有所提升", "养老服务提升")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUANTITY, "≥266米", "≥266米")).isEqualByComparingTo("1");
    }

    /** 服务范 of 服务范围扩 大 (a cell cut short, 襄阳 2021): what was to grow, not that it grew: undetermined. */
    @Test
    void anActualThatLeavesOutTheChangeAskedForCannotBeJudged() {
      assertThat(judge(Subcategory.SUSTAINABILITY, "", "服务范围扩 大", "服务范").outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    /** No echo (it once read as met): the figure says how much was done, 60 %. */
    @Test
    void aRestatementWithAFigureIsNoEcho() {
      assertThat(fraction(Subcategory.QUALITY, "完成", "完成率60%")).isEqualByComparingTo("0.6");
    }

    /**
     * A completion word with the share of the work done after it earns that share, not the word's
     * 100 % (domain §3: 部分达成 60–80 %); a percentage that is another rate does not.
     */
    @Test
    void aCompletionWordWithTheShareDoneEarnsTheShare() {
      assertThat(fraction(Subcategory.QUANTITY, "全年完成", "完成60%")).isEqualByComparingTo("0.6");
      assertThat(fraction(Subcategory.QUANTITY, "按计划完成", "已完成工程量的60%")).isEqualByComparingTo("0.6");
      assertThat(fraction(Subcategory.QUANTITY, "按计划完成", "完成率为85%")).isEqualByComparingTo("0.85");
      assertThat(fraction(Subcategory.QUANTITY, "按时完成", "超额完成，完成率120%")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUALITY, "完成培训", "已完成，满意度60%")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUALITY, "完成", "完成投诉率5%")).isEqualByComparingTo("1");
      // a change in something measured is what was achieved, not a share of the work
      assertThat(fraction(Subcategory.QUALITY, "按计划完成", "完成成本降低10%")).isEqualByComparingTo("1");
      assertThat(judge(Subcategory.QUALITY, "", "按计划完成", "实现营业收入增长5%").trace().method()).isNotEqualTo("stated-share");
    }

    @Test
    void aNegatedRestatementIsNoEcho() {
      assertThat(fraction(Subcategory.QUALITY, "达标", "未达标")).isLessThan(Band.PARTLY_ACHIEVED.lower());
      assertThat(fraction(Subcategory.TIMELINESS, "按时", "未按时")).isLessThan(Band.PARTLY_ACHIEVED.lower());
    }

    @Test
    void repeatingAGradeScaleChoosesNoGrade() {
      assertThat(judge(Subcategory.QUALITY, "", "定性 好坏", "好坏").outcome()).isEqualTo(Outcome.UNDETERMINED);
      assertThat(fraction(Subcategory.QUALITY, "定性 优良中低差", "优")).isEqualByComparingTo("1");
    }
  }

  @Nested
  class DegreeWords {
    @Test
    void degreeWordsLandInTheirBands() {
      Vocabulary v = Vocabulary.defaults();
      assertThat(v.read("效果显著").orElseThrow().fraction()).isEqualByComparingTo("1");
      assertThat(v.read("明显提升").orElseThrow().fraction()).isEqualByComparingTo("1");
      assertThat(v.read("大幅提升").orElseThrow().fraction()).isEqualByComparingTo("1");
      assertThat(v.read("有效提升").orElseThrow().fraction()).isEqualByComparingTo("0.9");
      assertThat(v.read("较好落实").orElseThrow().fraction()).isEqualByComparingTo("0.85");
      assertThat(v.read("基本达到").orElseThrow().fraction()).isEqualByComparingTo("0.8");
      assertThat(v.read("效果一般").orElseThrow().band()).isEqualTo(Band.PARTLY_ACHIEVED);
      assertThat(v.read("部分达到").orElseThrow().band()).isEqualTo(Band.PARTLY_ACHIEVED);
      assertThat(v.read("效果较差").orElseThrow().band()).isEqualTo(Band.NOT_ACHIEVED);
      assertThat(v.read("效果不明显").orElseThrow().band()).isEqualTo(Band.NOT_ACHIEVED);
    }

    @Test
    void degreeWordsThatQualifyNoChangeSayNothing() {
      Vocabulary v = Vocabulary.defaults();
      assertThat(v.read("有效投诉率")).isEmpty();
      assertThat(v.read("一般公共预算")).isEmpty();
      assertThat(v.read("基本医疗保险")).isEmpty();
    }

    @Test
    void anActualAtTheDegreeTheTargetAsksForMeetsIt() {
      assertThat(fraction(Subcategory.SOCIAL, "有效提升", "有效提升服务水平")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.SOCIAL, "效果较好", "效果良好")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.SOCIAL, "明显提升", "有效提升")).isEqualByComparingTo("0.9");
    }

    @Test
    void theVocabularyCanBeOverridden() {
      Vocabulary mine = Vocabulary.defaults().with(Term.degree("明显", Band.ACHIEVED, new BigDecimal("0.95")));
      assertThat(mine.read("明显提升").orElseThrow().fraction()).isEqualByComparingTo("0.95");
      assertThat(mine.term("明显")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(Term.Kind.DEGREE));
    }
  }

  @Nested
  class FiguresAndUnits {
    @Test
    void aBareActualFigureTakesTheTargetsUnit() {
      assertThat(fraction(Subcategory.QUANTITY, "≥30家", "32")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUANTITY, "≥100百分比", "100")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.QUANTITY, "≥50个", "40")).isEqualByComparingTo("0.8");
    }

    @Test
    void aBareWanIsMoneyInACostIndicatorAndAMultiplierElsewhere() {
      // Shenzhen 2023 declarations: 总成本不超83.32万, 不超过48万一年
      Target cost = target(Subcategory.COST, "总成本", "总成本不超83.32万");
      assertThat(cost.describe()).isEqualTo("≤ 83.32 万元");
      assertThat(target(Subcategory.COST, "保洁成本", "不超过24.67万一年").describe()).isEqualTo("≤ 24.67 万元/年");
      assertThat(target(Subcategory.SOCIAL, "受益人数", "惠及1万人").describe()).isEqualTo("≥ 10000 人");
      assertThat(fraction(Subcategory.COST, "≤90万元", "90")).isEqualByComparingTo("1");
    }

    @Test
    void compatibilityCharactersKeepTheirUnit() {
      assertThat(IndicatorTexts.parseTarget("≥500㎡").describe()).isEqualTo("≥ 500 平方米");
      assertThat(IndicatorTexts.parseTarget("新增绿化面积1.2万平").describe()).isEqualTo("≥ 12000 平方米");
      assertThat(IndicatorTexts.parseTarget("≥80M").describe()).isEqualTo("≥ 80 米");
      assertThat(IndicatorTexts.parseTarget(">=2個").describe()).isEqualTo("≥ 2 个");
      assertThat(IndicatorTexts.parseTarget("小于0.9‰").describe()).isEqualTo("< 0.9 ‰");
    }

    @Test
    void measureWordsOutsideTheTableAreUnits() {
      assertThat(IndicatorTexts.parseActual("安装路灯100盏，摆放花卉300盆，种植50亩，养殖192只")).extracting(q -> q.unit().symbol())
          .containsExactly("盏", "盆", "亩", "只");
      assertThat(fraction(Subcategory.QUANTITY, "100盏", "98盏")).isEqualByComparingTo("0.98");
      assertThat(judge(Subcategory.QUANTITY, "", "100盏", "98盆").outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void perPeriodAndPerUnitTargetsSayWhatTheyArePer() {
      assertThat(IndicatorTexts.parseTarget("每月2次").per()).contains("月");
      assertThat(IndicatorTexts.parseTarget("≤1000元/人").per()).contains("人");
      assertThat(IndicatorTexts.parseTarget("职业技能鉴定量1500人次/年以上").per()).contains("年");
      assertThat(IndicatorTexts.parseTarget(">=530元/人*月").per()).contains("人*月");
      assertThat(target(Subcategory.COST, "造林补助", "每亩300").describe()).isEqualTo("≤ 300 元/亩");
      // a rate per one thing does not answer a rate per another
      assertThat(judge(Subcategory.COST, "", "≤5300元/户", "5830元/人").outcome()).isEqualTo(Outcome.UNDETERMINED);
    }
  }

  @Nested
  class Comparators {
    @Test
    void comparatorsAreReadAsPrinted() {
      String[][] cases = {
        {"≦5%", "≤ 5 %"}, {"≧ 735 人次", "≥ 735 人次"}, {"》90%", "> 90 %"}, {"《3天", "< 3 天"},
        {"＞95%", "> 95 %"}, {"＜2次", "< 2 次"}, {"═ 100 %", "= 100 %"}, {"﹦100%", "= 100 %"},
        {"‹=10次", "≤ 10 次"}, {"总成本不超83.32万", "≤ 83.32 万元"}, {"成本不超过过164.8247万元", "≤ 164.8247 万元"},
        {"总成本不超不超过53.718万", "≤ 53.718 万元"}, {"大于或等于95%", "≥ 95 %"}, {"小于或者等于5%", "≤ 5 %"},
        {"95%以上", "≥ 95 %"}, {"5%以下", "≤ 5 %"}, {"2小时以内", "≤ 2 小时"}, {"2小时之内", "≤ 2 小时"},
        {"达95%", "≥ 95 %"}, {"达到95%", "≥ 95 %"}, {">=20平方米", "≥ 20 平方米"}, {"<=475元/亩", "≤ 475 元/亩"}
      };
      for (String[] c : cases) {
        assertThat(IndicatorTexts.parseTarget(c[0]).describe()).as(c[0]).isEqualTo(c[1]);
      }
    }
  }

  @Nested
  class DatesAndDeadlines {
    @Test
    void datesAndDeadlinesAreNeverFigures() {
      for (String text :
          new String[] {"2023-10-15", "2023/10/15", "2022.3.1-11.30", "2023年5月", "9月底前", "年底前", "年终", "不跨年度",
            "2023.07-2024.01", "2023年3月1日至2023年11月30日"}) {
        Target t = IndicatorTexts.parseTarget(text);
        assertThat(t.quantity()).as(text).isEmpty();
        assertThat(t.deadline()).as(text).isPresent();
        assertThat(t.deadline().get().by()).as(text).isPresent();
      }
      assertThat(IndicatorTexts.parseTarget("2023-10-15").deadline().get().by().get().describe()).isEqualTo("2023-10-15");
      assertThat(IndicatorTexts.parseTarget("2022.3.1-11.30").deadline().get().by().get().describe()).isEqualTo("2022-11-30");
      assertThat(IndicatorTexts.parseTarget("9月底前").deadline().get().by().get().describe()).isEqualTo("09");
      assertThat(IndicatorTexts.parseTarget("不跨年度").deadline().get().by().get().month()).isEqualTo(12);
      // Shenzhen 2023: a time of day is a deadline without a date, not the figure 6
      Target morning = IndicatorTexts.parseTarget("每天早上六点半前送达");
      assertThat(morning.quantity()).isEmpty();
      assertThat(morning.deadline()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("六点半前"));
    }

    @Test
    void timeLimitsAreCeilingsAndDeadlines() {
      Target half = IndicatorTexts.parseTarget("半小时内");
      assertThat(half.describe()).isEqualTo("≤ 0.5 小时");
      assertThat(half.deadline().flatMap(Deadline::within)).isPresent();
      assertThat(target(Subcategory.TIMELINESS, "出具物业评估报告及时性", "3个工作日").describe()).isEqualTo("≤ 3 工作日");
      assertThat(target(Subcategory.TIMELINESS, "保障工作人员用餐的及时性", "三小时内").describe()).isEqualTo("≤ 3 小时");
      assertThat(IndicatorTexts.parseTarget("7日内办结").describe()).isEqualTo("≤ 7 天");
      assertThat(fraction(Subcategory.TIMELINESS, "15天以内", "平均10天")).isEqualByComparingTo("1");
    }

    @Test
    void anActualDateIsComparedWithTheDeadline() {
      assertThat(fraction(Subcategory.TIMELINESS, "9月底前", "8月")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.TIMELINESS, "9月前", "7月")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.TIMELINESS, "2023年11月", "2023年9月")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.TIMELINESS, "2023年12月前", "2023年12月前")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.TIMELINESS, "2021.1.1-12.31", "2021.1.1-12.31")).isEqualByComparingTo("1");
      assertThat(fraction(Subcategory.TIMELINESS, "9月底前", "于10月15日完成")).isEqualByComparingTo("0.7");
      assertThat(fraction(Subcategory.TIMELINESS, "2023年11月", "2024年1月")).isEqualByComparingTo("0.7");
    }

    @Test
    void periodsCompareByTheirEnds() {
      DatePeriod september = DatePeriod.month(9);
      assertThat(DatePeriod.month(8).endsBy(september)).isTrue();
      assertThat(september.endsBy(september)).isTrue();
      assertThat(new DatePeriod(java.util.OptionalInt.of(2023), 9, java.util.OptionalInt.of(30)).compareEnd(september)).isZero();
      assertThat(DatePeriod.month(10).endsBy(september)).isFalse();
    }
  }

  @Nested
  class DirectionFromTheIndicator {
    @Test
    void aBareFigureOfACostIndicatorIsACeiling() {
      assertThat(target(Subcategory.COST, "出具评估报告总成本", "出具评估报告总成本1.2万元").comparison()).isEqualTo(Comparison.AT_MOST);
      assertThat(target(Subcategory.ECONOMIC_COST, "单位成本", "3000元/人").comparison()).isEqualTo(Comparison.AT_MOST);
      assertThat(fraction(Subcategory.COST, "38.75万元", "36.2")).isEqualByComparingTo("1");
      // the same figure elsewhere wants at least
      assertThat(target(Subcategory.ECONOMIC, "带动增收", "1.2万元").comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @Test
    void aCostAnsweredByNothingSpentIsNotMet() {
      // corpus P-宁德 项目資金投入 10萬元 / 0萬元: nothing was put in
      assertThat(fraction(Subcategory.COST, "10萬元", "0萬元")).isEqualByComparingTo("0");
    }

    @Test
    void zeroAndRatesOfUnwantedThingsAreCeilings() {
      assertThat(target(Subcategory.SOCIAL, "再犯罪率", "0%").comparison()).isEqualTo(Comparison.AT_MOST);
      assertThat(target(Subcategory.QUALITY, "主要林业有害生物成灾率", "0.4").comparison()).isEqualTo(Comparison.AT_MOST);
      assertThat(target(Subcategory.QUALITY, "投诉率", "2%").comparison()).isEqualTo(Comparison.AT_MOST);
      assertThat(target(Subcategory.QUALITY, "投诉处理率", "98%").comparison()).isEqualTo(Comparison.AT_LEAST);
      assertThat(target(Subcategory.QUALITY, "财政供养人员控制率", "100%").comparison()).isEqualTo(Comparison.AT_MOST);
      assertThat(target(Subcategory.QUANTITY, "高血压随访控制数", "3807人").comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    /** A rate of solving or undoing an unwanted thing wants more (安居区 2021 食品安全监管 自评表: 违法案件查办率 100%). */
    @ParameterizedTest
    @ValueSource(strings = {"刑事案件破案率", "违法案件查办率", "案件侦破率", "违法行为责停率", "投诉举报核实率", "设备故障修复率", "经济损失挽回率", "违规资金追回率", "投诉电话接通率"})
    void aRateOfSolvingOrUndoingAnUnwantedThingIsAFloor(String name) {
      assertThat(target(Subcategory.QUALITY, name, "95%").comparison()).isEqualTo(Comparison.AT_LEAST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"刑事案件发案率", "安全事故发生率", "设备故障率", "群众投诉率", "违规使用资金比例"})
    void aRateOfTheUnwantedThingItselfStaysACeiling(String name) {
      assertThat(target(Subcategory.QUALITY, name, "5%").comparison()).isEqualTo(Comparison.AT_MOST);
    }

    @Test
    void theNameGivesABareFigureItsUnitAndComparison() {
      assertThat(target(Subcategory.QUANTITY, "公猪舍(≥**平方米)", "22.8").describe()).isEqualTo("≥ 22.8 平方米");
      assertThat(target(Subcategory.QUANTITY, "接受业务培训人数", "200").describe()).isEqualTo("≥ 200 人");
      assertThat(target(Subcategory.QUALITY, "县级储备粮库存粮食明显变质比例", "0").describe()).isEqualTo("≤ 0 %");
      assertThat(target(Subcategory.QUANTITY, "", "米 = 3500").describe()).isEqualTo("= 3500 米");
      // review 78b h109: a progress table's unit cell glued before its target, with words of comparison or a colon between
      assertThat(target(Subcategory.QUANTITY, "提高农村低保标准", "元/年 不低于4000").describe()).isEqualTo("≥ 4000 元/年");
      assertThat(target(Subcategory.QUANTITY, "", "人次：500").describe()).isEqualTo("≥ 500 人次");
      assertThat(target(Subcategory.QUANTITY, "", "目标：500").describe()).isEqualTo("≥ 500");
      assertThat(Optional.of(target(Subcategory.QUANTITY, "指标7.药品监管人员人均培训学时", "≥90").per())).contains(Optional.of("人"));
    }
  }
}
