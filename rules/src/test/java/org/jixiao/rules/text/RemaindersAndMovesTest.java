package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

/**
 * Actuals that state what is left undone (剩余20户未完成, 缺50人, 有50人缺口) or a move from one figure
 * to another (由85%提高到95%). The remainder was voided with its clause and the words read (70 %) or
 * compared as the level (缺50人 against ≥ 200 人: 25 %); a move's two figures left the indicator
 * undetermined.
 */
class RemaindersAndMovesTest {

  @ParameterizedTest(name = "{1} {2} / {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what is left undone of a floor: the target less the remainder
        "QUANTITY | '' | ≥200人 | 剩余20人未完成 | 0.9",
        "QUANTITY | '' | ≥100户 | 还有20户未脱贫 | 0.8",
        "QUANTITY | '' | ≥100户 | 剩余20户贫困户尚未脱贫 | 0.8",
        "QUANTITY | '' | ≥200人 | 差50人未完成 | 0.75",
        "QUANTITY | '' | ≥200人 | 缺50人 | 0.75",
        "QUANTITY | '' | ≥200人 | 还缺50人 | 0.75",
        "QUANTITY | '' | ≥200人 | 有50人缺口 | 0.75",
        "QUANTITY | '' | ≥200人 | 缺额50人 | 0.75",
        "QUANTITY | '' | ≥100户 | 尚余20户未验收 | 0.8",
        "QUANTITY | '' | ≥100户 | 仅有2户未完成 | 0.98",
        "QUANTITY | '' | ≥200人 | 未完成人数20人 | 0.9",
        "QUANTITY | '' | ≥200人 | 尚未完成20人 | 0.9",
        // a remainder of a share is of the whole, not of the target
        "SOCIAL | '' | ≥90% | 仍有5%的群众未知晓政策 | 1",
        "QUALITY | 完成率 | ≥90% | 剩余5%未完成 | 1",
        // more or fewer at the start of a clause, after what they are more or fewer than
        "QUANTITY | '' | ≥200人 | 超额完成，多培训50人 | 1",
        "QUANTITY | '' | ≥200人 | 未完成，少培训20人 | 0.9",
        // the level stated beside the remainder is compared
        "QUANTITY | '' | ≥200人 | 已培训180人，剩余20人未完成 | 0.9",
        "COST | '' | ≤50万元 | 实际支出48万元，尚有2万元未支付 | 1",
        "QUANTITY | 修复缺陷 | ≥20处 | 修复缺陷20处，剩余3处未修复 | 1",
        "QUANTITY | '' | ≥200人 | 培训200人，有3人未通过考核 | 1",
        // not a remainder: done, or another shortage, or what a target counts
        "QUANTITY | '' | ≥200人 | 还有20人获得表彰 | 0.1",
        "QUANTITY | '' | ≥100人 | 共有80名未成年人接受心理健康辅导 | 0.8",
        "QUANTITY | '' | ≥50户 | 对有40户未改厕农户完成改厕 | 0.8",
        "QUANTITY | '' | ≥50人 | 有60名未就业高校毕业生实现就业 | 1",
        "QUANTITY | '' | ≥3个 | 有3个未通硬化路的自然村完成道路硬化 | 1",
        "QUANTITY | '' | ≥10所 | 为10所未配备校医的学校配备了校医 | 1",
        "QUANTITY | '' | ≥150人 | 共有120名未就业人员参加技能培训 | 0.8",
        // the verb of the work before the group it served
        "QUANTITY | 适龄儿童劝返 | ≥8人 | 劝返8名未入学适龄儿童 | 1",
        "QUANTITY | '' | ≥10人 | 劝返8名未入学适龄儿童 | 0.8",
        "QUANTITY | '' | ≥500亩 | 复耕320亩未耕种撂荒地 | 0.64",
        "QUANTITY | '' | ≥25个 | 督促整改23个未销号问题 | 0.92",
        "QUANTITY | 问题整改数 | ≥23个 | 督促整改23个未销号问题，已销号18个 | 0.7826",
        "QUANTITY | 培训人数 | ≥100人 | 对仍有100人未就业的困难群体开展培训 | 1",
        // a group whose figure follows it, registered or planned for, or with work on it still to come: what is
        // left, read as before (its words, or beside the level)
        "QUANTITY | '' | ≥100户 | 完成危房改造95户，5户未改造危房已纳入2024年改造计划 | 0.95",
        "QUANTITY | '' | ≥15个 | 开工项目12个，未开工的项目3个已完成前期手续 | 0.8",
        "QUANTITY | '' | ≥150户 | 完成改厕142户，未改厕的农户8户中已有5户完成选址 | 0.9467",
        "QUANTITY | '' | ≥15所 | 完成薄弱学校改造12所，3所未达标学校已完成设计招标 | 0.8",
        // a group in a clause of a remainder or an addition is read by its words, as before
        "QUANTITY | '' | ≥50户 | 全部完成年度脱贫任务，此外还有5户未纳入建档立卡的边缘户也实现稳定增收 | 0.7",
        // a group no work was done on is what is left
        "QUANTITY | '' | ≥100户 | 还有20户未脱贫户 | 0.8",
        "QUANTITY | '' | ≥200人 | 培训任务全部完成，有10人未通过考核 | 0.7",
        "QUANTITY | '' | ≥200人 | 多部门联合培训150人 | 0.75",
        "QUANTITY | '' | ≥20套 | 已完成政府采购，多媒体12套已安装到位 | 0.6",
        "QUANTITY | '' | ≥200人 | 组织主题队日活动，少先队240人参加 | 1",
        "QUANTITY | '' | ≤3天 | 案件少则当天，多则2天办结 | 1",
        // a breach repaired or a gap filled
        "QUANTITY | '' | ≥10处 | 汛后排查发现共有12处缺口，已全部完成封堵 | 1",
        "QUANTITY | '' | ≥8处 | 修复了所有9处缺口 | 1",
        "QUANTITY | '' | ≥10处 | 汛期冲毁堤防，有12处缺口，均已封堵 | 1",
        "QUANTITY | '' | ≥5处 | 巡查发现还有6处缺口，当月修复完毕 | 1",
        // the remainder is what the work was done on, or a word that only starts like one of work to do
        "QUANTITY | '' | ≥15公里 | 完成剩余15公里未硬化路段的硬化施工 | 1",
        "QUANTITY | '' | ≥30人 | 仅有30名待业人员，均实现就业 | 1",
        "QUANTITY | '' | ≥30户 | 仍有30户在建档立卡监测范围内，均已落实帮扶措施 | 1",
        // 多 or 少 after a clause that says nothing of more or fewer
        "QUANTITY | '' | ≤3天 | 未超时限，多数2天内办结 | 1",
        "QUANTITY | '' | ≥300人 | 开展未成年人思想教育活动，少先队240人参加 | 0.8",
        // a name with 剩余 or 未 in another sense: the remainder is still a shortfall of the floor
        "QUANTITY | 农村剩余劳动力转移就业 | ≥500人 | 剩余20人未转移就业 | 0.96",
        "QUANTITY | 困境未成年人救助 | ≥100人 | 还有4人未落实救助 | 0.96",
        "QUANTITY | 未整改问题数 | ≤5个 | 还有3个未整改 | 1",
        "QUANTITY | 投诉件数 | ≤5件 | 还有2件未办结 | 1",
        // a move: the figure reached is the level
        "SOCIAL | '' | ≥90% | 由85%提高到95% | 1",
        "SOCIAL | '' | ≥90% | 从上年的85%提升至今年的88% | 0.9778",
        "SOCIAL | '' | ≥90% | 覆盖率由2022年末的85%提升为93% | 1",
        "QUANTITY | '' | ≥150人 | 由120人增加至150人 | 1",
        "QUANTITY | '' | ≤10% | 从15%降至8% | 1",
        "QUANTITY | '' | ≤10% | 由8%上升到15% | 0.5",
        // the end of a move is a level whatever its verb: not a fall of 95
        "COST | '' | ≤100万元 | 由120万元调减为95万元 | 1",
        "COST | '' | ≥100万元 | 从原来的120万元调减为95万元 | 0.95",
        "SOCIAL | '' | ≥90% | 由85%，提高到95% | 1",
        "SOCIAL | '' | ≥90% | 由85%调整为92% | 1",
        "SOCIAL | '' | ≥90% | 较上年的85%提高到93% | 1",
        "SOCIAL | '' | ≥90% | 在上年85%的基础上提高到93% | 1",
        "QUANTITY | '' | ≥2个 | 由1个村扩大到3个村 | 1",
        // a target whose own words name the level, under a name of an increase: the move's end
        "QUANTITY | 新增就业岗位补贴 | 补贴人数≥200人 | 补贴人数由150人增加到230人 | 1",
        // a target of the size of a change: the change the move makes
        "QUANTITY | 新增床位 | ≥50张 | 床位数由120张增加到150张 | 0.6",
        "QUANTITY | 扩容床位 | ≥80张 | 床位由120张扩大到170张 | 0.625",
        "ECOLOGICAL | 化肥减量 | ≥40吨 | 化肥使用量由130吨减少至98吨 | 0.8",
        "ECOLOGICAL | 节水量 | ≥2万吨 | 用水量由10万吨降至8.5万吨 | 0.75",
        "SOCIAL | 群众满意度提升 | ≥5个百分点 | 满意度由85%提升至88% | 0.6",
        "QUANTITY | 净增市场主体 | ≥100户 | 市场主体由800户增加到860户 | 0.6",
      })
  void aRemainderOrAMoveIsReadAsTheLevelItMakes(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{1} {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 由 or 从 of another word: two figures still
        "SOCIAL | '' | ≥90% | 由于85%的村完成，覆盖率95%",
        "SOCIAL | '' | ≥90% | 从业人员85%持证，覆盖率95%",
        // a target of a change or an increase: neither figure is the change
        "ECONOMIC | 增长率 | ≥5% | 由85%提高到95%",
        "SOCIAL | 参保率提高 | ≥3% | 参保率由90%提高到92%",
        "SOCIAL | 发病率下降 | ≥10% | 发病率由5%下降到4%",
        // a verb alone names the level reached, and a share's change may be relative: neither figure is the change
        "ECONOMIC | 提高补助标准 | ≥400元 | 补助标准由300元提高到400元",
        "SOCIAL | 参保率提高 | ≥3% | 参保率由90%提高到92%",
        // a move of another thing than the name's, over years, of a year's flow, or one the target names as a level
        "QUANTITY | 新增护理型床位 | ≥20张 | 养老床位由120张增加到150张",
        "QUANTITY | 新增床位 | ≥30张 | 床位由2020年的100张增加到2023年的150张",
        "QUANTITY | 新增转移就业 | ≥500人 | 转移就业人数由上年的480人增加到560人",
        "QUANTITY | 新建村卫生室 | ≥10个 | 标准化村卫生室由20个增加到32个（含改扩建）",
        "SOCIAL | 满意度提升 | ≥90%（较上年提高2个百分点） | 满意度由88%提高到93%",
        // a fall against a target of an increase
        "QUANTITY | 新增床位 | ≥50张 | 床位数由150张减少到120张",
        // a source and a destination, not a former and a new level; a spread
        "QUANTITY | 资金到位 | ≥100万元 | 由县财政局拨付85万元至各乡镇，其余15万元由乡镇自筹",
        "QUANTITY | '' | ≥80户 | 从200户中选出60户至示范基地观摩",
        "ECONOMIC | '' | ≥3000元 | 补助金额从2000元到5000元不等",
        "ECONOMIC | '' | ≥2万元 | 补助标准从1万元至3万元分三档",
        // a remainder as large as the target: nothing done, or a later step of work done; the text cannot tell
        "QUANTITY | '' | ≥100户 | 还有100户未脱贫",
        "QUANTITY | '' | ≥100户 | 剩余120户未完成",
        "QUANTITY | '' | ≥30万元 | 资金已按进度支出，尚未完成30万元的绩效评价",
        // 高出 a number of points with no reference: how far above something unsaid
        "SOCIAL | '' | ≥90% | 高出5个百分点",
      })
  void noLevelIsReadWhereTheWordsDoNotMakeOne(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥100户 | 截至6月底还有20户未完成，年底前已全部完成改造",
        "≥200人 | 已全部完成培训，剩余20人未领取结业证书",
        "≥100户 | 计划内任务全部完成，另外还有20户未列入计划的困难户也一并完成改造",
        "≥20户 | 完成上年度未完成20户的改造任务",
        "≥20户 | 对剩余20户未脱贫户开展精准帮扶，年底实现稳定脱贫",
        "≥100万元 | 剩余100万元未支付工程款已于12月支付完毕",
        "≥100万元 | 有20万元缺口，已由县财政兜底补足",
        "≥20人 | 仍有20名待岗职工通过技能培训实现再就业",
        "≥30人 | 生态护林员队伍保持稳定，年底还有30人仍在岗履职",
        "≥5个 | 产业项目运营正常，仍有5个项目需在每季度报送运营情况",
        "≥10个 | 项目按期完工，其余10个项目未超概算",
        // work still to do, a state, a later event, a success or whom the work served: no work left undone read
        "≥30户 | 一期改造顺利完成，还有30户将于明年实施二期提升改造",
        "≥20家 | 精准帮扶企业纾困，另有20家企业正在实施技术改造",
        "≥50人 | 公益岗位安置就业，仍有50人正在履职",
        "≥60人 | 培训工作顺利结束，其余60人将于明年毕业",
        "≥20人 | 组建应急分队，其余20人待命",
        "≥10台 | 设备验收合格，其余10台尚在质保期内",
        "≥50家 | 全年开展安全生产执法检查，其余50家企业未发现重大隐患",
        "≥80人 | 开展关爱服务，仍有80人未满18周岁",
        "≥8个 | 服务站建成投用，还有8个站点正在开展便民服务",
      })
  void aRemainderDoneInTheEndOrWorkedOnIsNoShortfall(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
    assertThat(v.trace().reason()).doesNotContain(" − ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "发现8名未入学适龄儿童",
        "摸排出8名未入学适龄儿童",
        "登记8名未就业毕业生",
        "走访核查8名未参保老人",
        "计划劝返8名未入学儿童",
        "未能劝返8名未入学适龄儿童",
        "尚有8名未入学适龄儿童",
        "劝返8名未入学适龄儿童未果",
        "力争劝返8名未入学适龄儿童",
        "推荐8名未就业毕业生",
        "停止救助8名未按规定年审人员",
        "劝返8名未入学适龄儿童，但仍有部分学生未复学",
        "确保劝返8名未入学适龄儿童",
        "安排资金劝返8名未入学适龄儿童",
      })
  void aGroupFoundPlannedForOrLeftIsNoLevelReached(String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "劝返人数", "≥8人", actual);
    assertThat(v.outcome() == Outcome.SCORED && v.fraction().orElseThrow().compareTo(BigDecimal.ONE) == 0).as(v.trace().reason()).isFalse();
  }

  @Test
  void theReasonSaysWhatTheRemainderWasTakenFrom() {
    assertThat(judge(Subcategory.QUANTITY, "", "≥200人", "剩余20人未完成").trace().reason())
        .isEqualTo("实际 180 人（200 人 − 剩余 20 人），目标 ≥ 200 人 → 90%（180 / 200）");
  }

  @Test
  void aRemainderBelowAFloorEarnsWhatIsDoneAndAMoveScoresAsItsEndOrTheChangeAsked() {
    qt().forAll(integers().between(2, 5000), integers().between(1, 5000), Generate.pick(List.of("剩余", "还有", "尚有", "差")))
        .checkAssert(
            (target, n, words) -> {
              int left = 1 + n % (target - 1); // 1 .. target - 1
              IndicatorVerdict v = judge(Subcategory.QUANTITY, "", "≥" + target + "人", words + left + "人未完成");
              assertThat(v.trace().figures().get("actual")).as(v.trace().reason()).isEqualByComparingTo(BigDecimal.valueOf(target - left));
            });
    qt().forAll(integers().between(0, 100), integers().between(0, 100), Generate.pick(List.of("由", "从", "由上年的")))
        .checkAssert(
            (start, end, words) -> {
              IndicatorVerdict moved = judge(Subcategory.SOCIAL, "", "≥90%", words + start + "%提高到" + end + "%");
              IndicatorVerdict alone = judge(Subcategory.SOCIAL, "", "≥90%", end + "%");
              assertThat(moved.fraction()).as(moved.trace().reason()).isEqualTo(alone.fraction());
            });
    qt().forAll(integers().between(0, 5000), integers().between(0, 5000), integers().between(1, 5000))
        .checkAssert(
            (start, added, target) -> {
              IndicatorVerdict moved = judge(Subcategory.QUANTITY, "新增床位", "≥" + target + "张", "床位数由" + start + "张增加到" + (start + added) + "张");
              IndicatorVerdict alone = judge(Subcategory.QUANTITY, "新增床位", "≥" + target + "张", "新增床位" + added + "张");
              assertThat(moved.fraction()).as(moved.trace().reason()).isEqualTo(alone.fraction());
            });
  }
}
