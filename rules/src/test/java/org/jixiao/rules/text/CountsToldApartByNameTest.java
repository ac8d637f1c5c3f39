package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts in the target's unit that no other reading tells apart, told apart by the indicator's name (reviews 70c, 70f:
 * tied, "several figures fit"): the count whose words open with a pair of the name's characters and hold one no other
 * count's words hold (开工12个，完工7个 under 完工数量: 7). Where the subject stands in the first clause and the stage the
 * name counts in the second (受理法律援助案件326件，办结298件 under 办结数), the stage decides. They stay tied where no
 * count's words say what the name counts, where the words only name work in general, where a plan or a move stands
 * among them, where the name denies and the words do not, and where a total's parts may be what the name asks.
 */
class CountsToldApartByNameTest {

  @ParameterizedTest(name = "{1} | {2} | {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY | 老旧小区改造完工数量 | ≥12个 | 开工12个，完工7个 | 0.5833",
        // session 79: a set the next count is taken among is what the work was of (tied before); 其中 keeps the total
        "QUANTITY | 项目数量 | ≥3个 | 已完成3个项目中的2个 | 0.6667",
        "QUANTITY | 项目数量 | ≥10个 | 计划实施的12个项目中已完成9个 | 0.9",
        "QUANTITY | 培训人数 | ≥100人 | 共培训100人其中女性40人 | 1",
        // review 70f, 74b: the target's words of comparison (不少于, 控制在…以内) name no thing, so the name tells the counts apart
        "QUANTITY | 办结行政复议案件 | 不少于80件 | 受理96件，办结72件 | 0.9", // 72 / 80
        "QUALITY | 城镇登记失业率 | 控制在4.5%以内 | 全年城镇调查失业率4.8%，城镇登记失业率3.1% | 1",
        "QUANTITY | 新建公厕数量 | ≥10座 | 新建3座、改造提升9座 | 0.3",
        "QUANTITY | 申请发明专利 | ≥5件 | 申请发明专利3件、授权实用新型专利4件 | 0.6",
        "QUANTITY | 新增养老床位 | ≥150张 | 新增护理型床位120张，累计床位达到310张 | 0.8", // 累计 opens another count
        "QUANTITY | 法律援助案件办结数 | ≥300件 | 受理法律援助案件326件，办结298件 | 0.9933",
        "QUANTITY | 法律援助案件受理数 | ≥330件 | 受理326件，办结法律援助案件298件 | 0.9879",
        "QUANTITY | 不动产登记办结件数 | ≥9000件 | 受理不动产登记业务9420件，办结8830件 | 0.9811", // 不动产 denies nothing
        "QUANTITY | 12345热线工单办结数 | ≥22500件 | 受理12345热线工单23650件，办结21980件 | 0.9769", // digits of a word
        "QUANTITY | 水毁修复工程完成数 | ≥20处 | 排查水毁点位34处，完成修复工程18处 | 0.9",
        // session 77: the stage the name asks (取证) is this count's last, the other's (培训) is not the name's (StagesCounted);
        // it stayed tied, lest the count the name's subject opens (电工作业培训260人) answer
        "QUANTITY | 电工作业取证人数 | ≥200人 | 开展电工作业培训260人，考核取证183人 | 0.915",
        // the part the name names in the part's own words
        "QUANTITY | 脱贫人口培训人数 | ≥200人 | 开展农村实用技术培训560人，其中脱贫人口186人 | 0.93",
        "QUANTITY | 进校园讲座 | ≥10次 | 开展18次，其中进校园讲座7次 | 0.7",
        "QUANTITY | 新生代农民工培训人次 | ≥200人次 | 650人次（其中新生代农民工230人次） | 1",
        "QUANTITY | 女性培训人数 | ≥50人 | 培训120人，其中女性45人 | 0.9", // the total's words and the part's
        "QUANTITY | 受益脱贫人口数 | ≥300人 | 受益群众千余人，其中脱贫人口230人 | 0.7667",
        "QUANTITY | 县道改造里程 | ≥45公里 | 完成道路改造120公里，其中县道40公里，乡道80公里 | 0.8889",
        "QUALITY | 有效投诉 | ≤5件 | 受理投诉35件，其中有效投诉4件 | 1", // under a ceiling too
        // a part whose words are the name's beside another part: the total and that part share no pair the chosen lacks
        "QUANTITY | 线下培训人次 | ≥500人次 | 开展就业技能培训1250人次，其中线上培训760人次、线下培训490人次 | 0.98",
        // 含量 opening a clause marks no part: the count the name names is the total
        "QUANTITY | 食品抽检 | ≥100批次 | 抽检120批次，含量超标样品3批次 | 1",
      })
  void theCountTheNameNamesAnswers(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(sub, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "劳动保障监察案件数 | ≥150件 | 受理劳动保障监察案件168件，结案143件", // the subject only: which stage is not said
        "法律援助案件办结数 | ≥300件 | 受理法律援助案件326件，指派律师承办318件", // the stage asked is in neither
        "危房改造竣工户数 | ≥200户 | 鉴定危房230户，开工215户",
        // words of work in general: both are 建设项目
        "建设项目数 | ≥8个 | 新建村级光伏电站6个，建设产业路项目4个",
        // the name denies; the words of the count that would answer do not
        "未整改问题 | ≤5个 | 整改问题45个，剩余3个正在整改",
        // a total whose part the name names in the part's words
        "培训脱贫户 | ≥60人 | 培训脱贫户和一般农户120人，其中脱贫户45人",
        // a plan restated beside the count, and a move: for other readings
        "培训人数 | ≥300人 | 培训280人（目标300人）",
        "新增转移就业 | ≥500人 | 转移就业人数由上年的480人增加到560人",
        // the stage the name counts (考核合格, 开工) is not in the words of the count that would answer
        "技能培训考核合格人数 | ≥1000人 | 开展技能培训1,260人，参加考核1,150人",
        "农村公路新开工项目数 | ≥20个 | 农村公路建设项目竣工18个，续建项目12个",
        // the count that would answer may be the sum of two of one subject split by kind
        "刑事法律援助案件办结数 | ≥150件 | 受理刑事法律援助案件186件、民事法律援助案件140件；办结298件",
      })
  void countsTheNameDoesNotTellApartStayTied(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
  }

  @Test
  void theOrderOfTheClausesDoesNotChangeWhichCountAnswers() {
    List<List<String>> stages = List.of(List.of("受理", "办结"), List.of("开工", "竣工"), List.of("申请", "授权"), List.of("排查", "整改"));
    qt().forAll(integers().between(1, 5000), integers().between(1, 5000), integers().between(1, 5000), Generate.pick(stages))
        .checkAssert(
            (first, second, target, pair) -> {
              String name = "项目" + pair.get(1) + "数";
              String asked = pair.get(1) + second + "件";
              String other = pair.get(0) + first + "件";
              IndicatorVerdict forward = judge(Subcategory.QUANTITY, name, "≥" + target + "件", other + "，" + asked);
              IndicatorVerdict backward = judge(Subcategory.QUANTITY, name, "≥" + target + "件", asked + "，" + other);
              IndicatorVerdict alone = judge(Subcategory.QUANTITY, name, "≥" + target + "件", asked);
              assertThat(forward.fraction()).as(forward.trace().reason()).isEqualTo(alone.fraction());
              assertThat(backward.fraction()).as(backward.trace().reason()).isEqualTo(alone.fraction());
            });
  }
}
