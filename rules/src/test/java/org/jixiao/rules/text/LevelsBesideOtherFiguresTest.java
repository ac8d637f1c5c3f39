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
import org.quicktheories.generators.Generate;

/**
 * An actual that states the level reached beside a plan (计划培训300人，实际培训280人), a part of it
 * (新增养老床位180张，其中护理型床位60张; 其中县道40公里，乡道80公里), the target restated in brackets
 * (实际完成486户（年度目标500户）) or something else not done (完成改造90户，还有10户正在施工). The
 * figures of one unit tied and left the indicator undetermined; a reader takes the level.
 */
class LevelsBesideOtherFiguresTest {

  @ParameterizedTest(name = "{1} {2} / {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a part of the total before it, in its clause or a later one of the sentence
        "QUANTITY | 新增养老床位 | ≥200张 | 新增养老床位180张，其中护理型床位60张 | 0.9",
        "ECONOMIC | '' | ≥30人 | 实现新增就业35人，其中返乡创业5人 | 1",
        "QUANTITY | 培训人数 | ≥150人 | 培训120人，其中女性45人 | 0.8",
        // the parts listed clause by clause after 其中
        "QUANTITY | 道路改造里程 | ≥120公里 | 完成道路改造110公里，其中县道40公里，乡道70公里 | 0.9167",
        "QUANTITY | '' | ≥150人 | 培训120人，其中女性45人，男性75人 | 0.8",
        "QUANTITY | 农村公路养护 | ≥120公里 | 全年完成农村公路养护120公里；其中县道40公里，乡道80公里 | 1",
        "QUANTITY | 水利项目 | ≥10个 | 实施水利项目8个，其中新建水库1个，维修加固7个 | 0.8",
        "QUANTITY | 危房改造户数 | ≥500户 | 改造农村危房486户（其中：C级危房320户；D级危房166户） | 0.972",
        "QUANTITY | 危房改造户数 | ≥120户 | 年度计划改造农村危房120户，其中脱贫户40户，已完成危房改造110户 | 0.9167",
        "QUANTITY | 新开工项目数 | ≥12个 | 新开工项目12个，其中已竣工10个 | 1",
        "QUANTITY | 资金到位 | ≥100万元 | 到位资金95万元，其中中央资金60万元，省级资金35万元 | 0.95",
        "QUANTITY | '' | ≥500户 | 全年计划完成500户，实际完成486户；其中脱贫户302户，监测户184户；剩余14户将于明年一季度完成 | 0.972",
        "QUANTITY | '' | ≥500人 | 完成体检500人，其中仍有15人需在三个月后复查 | 1",
        "QUANTITY | '' | ≥100万元 | 投入资金100万元，其中80万元用于道路建设，其余20万元用于购买设备 | 1",
        // the plan the level is set against
        "QUANTITY | '' | ≥200人 | 计划培训300人，实际培训280人，剩余20人未完成 | 1",
        "QUANTITY | '' | ≥500户 | 全年计划500户，已脱贫480户，尚有20户未脱贫 | 0.96",
        "QUANTITY | '' | ≥150人 | 计划由120人增加至150人，实际增加至140人 | 0.9333",
        "QUALITY | '' | ≥95% | 目标由85%提高到95%，实际达到93% | 0.9789",
        "QUANTITY | '' | ≥100户 | 应改造100户，已改造95户 | 0.95",
        "QUANTITY | '' | ≥300人 | 2023年度计划培训300人，实际培训280人 | 0.9333",
        "QUANTITY | '' | ≥30个 | 拟建设村级服务站30个，已建成27个 | 0.9",
        "QUANTITY | '' | ≥300人 | 计划培训300人，完成280人 | 0.9333",
        // the target restated in brackets after the level, the last figure of its clause, under a ceiling too
        "QUANTITY | '' | ≥500户 | 实际完成486户（年度目标500户） | 0.972",
        "QUANTITY | 危房改造户数 | ≥500户 | 今年已完成危房改造486户（目标500户） | 0.972",
        "QUANTITY | '' | ≥300人 | 实际培训280人(计划培训300人) | 0.9333",
        "QUANTITY | '' | ≥15所 | 完成12所学校校舍维修【计划15所】 | 0.8",
        "QUANTITY | '' | ≥500户 | 完成486户［2023年度目标任务数：500户］ | 0.972",
        "TIMELINESS | '' | ≤90天 | 实际用时85天（计划工期90天） | 1",
        "QUANTITY | '' | ≥1200人 | 完成目标任务的95%（目标1200人） | 0.95",
        "COST | '' | ≤56万元 | 实际支出52.3万元（预算56万元） | 1",
        // under a ceiling, a plan beside the figure said to be the actual one
        "TIMELINESS | '' | ≤90天 | 计划工期90天，实际工期85天 | 1",
        "QUALITY | '' | ≤2起 | 目标控制在2起以内，实际发生1起 | 1",
        // money said to be the actual beside a budget (牟定县 2020, http://mdx.gov.cn/info/1262/17963.htm)
        "COST | 成本指标 | ≤56万元 | 项目投资56万元，实际决算金额54.6万元。 | 1",
        // something beside the level, not done
        "QUANTITY | '' | ≥100户 | 完成改造90户，还有10户正在施工 | 0.9",
        "QUANTITY | '' | ≥100份 | 已检测80份，其余20份待检测 | 0.8",
        "QUANTITY | '' | ≥10个 | 建成村级综合服务站8个，另有2个主体完工正在装修 | 0.8",
        "QUANTITY | '' | ≥20个 | 完成整治17个村，其余3个村计划于下年度实施 | 0.85",
        "QUANTITY | '' | ≥12个 | 项目覆盖12个乡镇，其余3个乡镇不在项目区，未实施 | 1",
        "QUANTITY | '' | ≥100户 | 完成改造90户，10户正在施工 | 0.9",
        "QUANTITY | '' | ≥15个 | 建成12个，3个因选址调整待开工 | 0.8",
        "QUANTITY | 养老床位数 | ≥200张 | 已建成养老床位180张（目标200张，另有30张在建） | 0.9",
        // beside the level and maybe done: the level alone meets the floor, so the sum does too
        "QUANTITY | '' | ≥10辆 | 购置校车10辆，另有2辆为租赁 | 1",
        "QUANTITY | '' | ≥100人 | 从县直机关选派120人到村任职，另有乡镇干部30人 | 1",
        "QUANTITY | '' | ≥100人 | 慰问100人，另有20人接待来访 | 1",
      })
  void theLevelIsReadBesideAPlanAPartOrWorkNotDone(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{1} {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the name asks the part in other words, or shares with the total only what the part shares too: which figure
        // answers is not for the words to say (where the name joins the total's words and the part's, the part answers:
        // CountsToldApartByNameTest)
        "QUANTITY | 妇女培训人数 | ≥60人 | 培训120人，其中女性45人",
        "QUANTITY | 建档立卡户危房改造 | ≥50户 | 完成危房改造120户，其中脱贫户48户",
        "QUANTITY | 医养结合床位 | ≥80张 | 新增养老床位180张，其中护理型床位60张",
        // 其中 after no total of the unit; a later clause of the sentence is no part
        "QUANTITY | '' | ≥1500人 | 截至2023年12月底，其中城镇新增就业1600人，农村转移就业900人",
        "QUANTITY | '' | ≥200户 | 发放贷款1200万元，其中扶持脱贫户150户，带动一般农户320户",
        // parts that add up to more than the figure before 其中, or that a total only begun holds
        "QUANTITY | 道路改造里程 | ≥120公里 | 完成改造40公里，其中县道40公里，乡道80公里",
        "QUANTITY | 培训人数 | ≥300人 | 培训120人，其中农民工80人，退役军人90人，高校毕业生70人",
        "QUANTITY | 道路改造里程 | ≥120公里 | 开工建设130公里，其中完工110公里，在建20公里",
        // a bracket of a total or a target changed: no plan set beside the level (one of a former time is set aside:
        // LabelledFiguresTest)
        "QUANTITY | '' | ≥1000人 | 本年培训280人（累计1200人）",
        "QUANTITY | '' | ≥500户 | 完成改造460户（调整后目标450户）",
        "QUANTITY | '' | ≥300人 | 本年培训260人（计划下年度培训300人）",
        "QUANTITY | '' | ≥300人 | 培训45期（目标300人）",
        // a figure before the bracket that answers no plan of the year: past, part of the year, found, other work
        "QUANTITY | 培训人数 | ≥300人 | 上年完成培训320人（目标300人）",
        "QUANTITY | 培训人数 | ≥300人 | 培训280人（目标300人）",
        "QUANTITY | 项目建设数 | ≥12个 | 已完成招标11个（目标12个）",
        "QUANTITY | 就业人数 | ≥150人 | 女性已实现就业120人（目标150人）",
        "QUANTITY | 危房改造户数 | ≥500户 | 已改造C级危房320户（目标500户）",
        "QUANTITY | 技能培训人数 | ≥300人 | 已完成女性技能培训126人（计划培训300人）",
        "QUANTITY | 脱贫户危房改造户数 | ≥500户 | 已完成改造486户（目标500户）",
        "TIMELINESS | 项目工期 | ≤90天 | 截至目前实际用时86天（计划90天），工程尚未完工",
        "QUANTITY | 村级活动场所 | ≥12个 | 已完成主体工程的村级活动场所9个（目标12个）",
        "QUANTITY | 改厕户数 | ≥2000户 | 完成改厕入户宣传2100户（目标改厕2000户）",
        "COST | 项目总成本 | ≤120万元 | 实际支出设备购置费98万元（预算120万元）",
        "QUANTITY | 危房改造户数 | ≥500户 | 第四季度完成改造120户（全年计划500户）",
        "QUANTITY | 新增就业人数 | ≥1200人 | 近三年累计新增就业3460人（2023年目标1200人）",
        "QUANTITY | 危房改造户数 | ≥500户 | 排查农村危房486户（目标改造500户）",
        "QUANTITY | 道路绿化里程 | ≥15公里 | 完成道路硬化12公里（计划绿化15公里）",
        "TIMELINESS | 项目工期 | ≤90天 | 施工合同工期85天（计划90天）",
        "COST | 项目总成本 | ≤56万元 | 招标控制价55万元（预算56万元）",
        "QUANTITY | '' | ≥100户 | 完成改造90户，10户已完工待验收",
        "QUANTITY | '' | ≥3000人 | 培训农民120人，其中女性45人，受益群众3200人",
        // a plan beside no level said to be reached this year, or words of a plan in another sense
        "QUANTITY | '' | ≥300人 | 2023年计划培训300人，2022年实际培训260人",
        "QUANTITY | '' | ≥300人 | 本年度计划培训300人，上年度实际培训260人",
        "QUANTITY | '' | ≥150人 | 计划招录150人，全部到岗，流失8人",
        "QUANTITY | '' | ≥1400人次 | 计划免疫接种1200人次，其他疫苗接种300人次",
        "QUANTITY | '' | ≥20公里 | 应群众要求维修道路12公里，新建道路8公里",
        "QUANTITY | '' | ≥100人 | 应急救援队伍100人，实际参加演练85人",
        // a plan beside another stage of the work, or met
        "QUANTITY | '' | ≥300人 | 计划培训300人，已完成就业推荐80人",
        "QUANTITY | '' | ≥100户 | 计划改造100户，已完成入户调查95户",
        "QUANTITY | '' | ≥300人 | 计划培训300人，已全部完成，另完成补训20人",
        "QUANTITY | '' | ≥300人 | 计划培训300人，项目实施以来累计培训1200人",
        "QUANTITY | '' | ≥500万元 | 应税销售额500万元，已缴纳税款45万元",
        // money: 实际 as things stand, or of a part; a figure beside it that is no budget
        "COST | '' | ≥100万元 | 结合实际投入本级资金80万元，上级补助资金30万元",
        "COST | '' | ≥50万元 | 资金到位50万元，实际使用45万元",
        // under a ceiling, a part may be what is counted
        "TIMELINESS | '' | ≤18个月 | 计划建设周期18个月，已完成主体工程用时12个月",
        // 正在 of a state, not of work to do; work said done after all
        "QUANTITY | '' | ≥200户 | 完成帮扶180户，仍有20户正在享受特困供养",
        "QUANTITY | '' | ≥100户 | 完成改造80户，其余20户原计划于10月完工，已提前完成",
        // a part that is the work reached of a total found: not set aside, and not yet read as the level
        "QUANTITY | '' | ≥44个 | 发现问题45个，其中已整改42个",
        // the name holds the part's words
        "QUANTITY | 培训脱贫户 | ≥60人 | 培训脱贫户和一般农户120人，其中脱贫户45人",
        // under a ceiling, what is still to come counts
        "COST | '' | ≤100万元 | 实际支出95万元，另有12万元待结算支付",
        "QUANTITY | 未整改问题 | ≤5个 | 整改问题45个，剩余3个正在整改",
        // out of scope is no work undone: the sum may be the level
        "QUANTITY | 参训人数 | ≥140人 | 培训建档立卡贫困人口120人，另有30人不属于建档立卡户，一并参加培训",
        // beside the level and maybe done, and the level alone short of the floor: the sum might meet it
        "QUANTITY | 资金到位 | ≥100万元 | 由县财政局拨付85万元至各乡镇，其余15万元由乡镇自筹",
        "QUANTITY | '' | ≥240人 | 从贫困村转移劳动力200人至县城就业，另有50人就地就业",
        "QUANTITY | '' | ≥12座 | 其余12座仍在正常运行，1座因设备检修暂停",
        // a plan's word that sets no plan: 计划生育, 应保尽保
        "QUANTITY | '' | ≥200户 | 计划生育家庭150户，其他困难家庭60户",
        "QUANTITY | '' | ≥200人 | 应保尽保210人，新增参保30人",
        // no role tells the figures apart; the name's words do not either (review 58e: 建设项目数 shares 建设 and 项目
        // with the wrong clause as often as 建设里程 with the right one)
        "QUANTITY | 建设里程 | ≥8公里 | 该项目处治里程8公里，完成工程量波型护栏1820米，标志标牌18块。",
        "QUANTITY | 建设项目数 | ≥8个 | 新建村级光伏电站6个，建设产业路项目4个",
        "QUANTITY | '' | ≥200人 | 组织技能鉴定215人，取证198人",
        "QUANTITY | 新增就业人数 | ≥1500人 | 城镇新增就业1600人，农村转移就业900人",
        "COST | 资金到位 | ≥100万元 | 从市级下达资金60万元至县，县级配套40万元",
        "QUANTITY | 危房改造 | ≥100户 | 计划改造100户（含维修加固30户），实际完成98户",
        "QUANTITY | 未就业人数 | ≤10人 | 全县高校毕业生320人，已就业312人，未就业人员8人已纳入实名制帮扶",
      })
  void figuresOfOneUnitStillTieWhereNoRoleTellsThemApart(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual));
  }

  @Test
  void aPlanOrAPartBesideTheLevelChangesNothing() {
    qt().forAll(integers().between(1, 5000), integers().between(1, 5000), integers().between(1, 5000), Generate.pick(List.of("计划培训%d人，实际培训%d人", "培训%2$d人，其中女性%1$d人", "培训%2$d人，还有%1$d人将于明年参加培训", "实际完成%2$d人（目标%1$d人）")))
        .checkAssert(
            (other, level, target, form) -> {
              int besideLevel = form.contains("其中") ? 1 + other % level : other; // a part no larger than its total
              IndicatorVerdict withOther = judge(Subcategory.QUANTITY, "", "≥" + target + "人", String.format(form, besideLevel, level));
              IndicatorVerdict alone = judge(Subcategory.QUANTITY, "", "≥" + target + "人", "培训" + level + "人");
              assertThat(withOther.fraction()).as(withOther.trace().reason()).isEqualTo(alone.fraction());
            });
  }
}
