package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual that gives a total and its breakdown after 其中 or 含 (review 62b, class L): a total whose clause says
 * only that it was done (860人次, 已完成12所, 开展18次) counts what the indicator names, and is scored; its parts
 * tied with it and left the indicator undetermined. A part stays in the running when the name or the target
 * names it, and figures that are no total and its parts are read as before.
 */
class TotalWithPartsTest {

  @ParameterizedTest(name = "{1} {2} / {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the total says only that it was done: the name names what it counts
        "QUANTITY | 中小学校舍维修 | 15所 | 已完成12所（含上年结转项目4所） | 0.8",
        "QUANTITY | 农民工技能培训人次 | ≥600人次 | 650人次（其中新生代农民工230人次） | 1",
        "QUANTITY | 种粮大户补贴发放户数 | 900户 | 960户（其中家庭农场45户） | 1",
        "QUANTITY | 文化广场建设 | 30个 | 完成27个（其中新建15个、提质改造12个） | 0.9",
        "QUANTITY | 健康知识讲座 | 16次 | 开展18次，其中进校园讲座7次 | 1",
        "QUANTITY | 残疾儿童康复救助 | ≥200人 | 累计救助230人，其中孤独症儿童64人 | 1",
        // the total's words are the name's, and the part a kind of what the rest of the name names (儿童, 危房)
        "QUANTITY | 农村危房改造 | ≥150户 | 完成改造160户（含D级危房55户） | 1",
        "QUANTITY | 学生营养餐补助 | ≥5000人 | 补助5300人，含寄宿制学生1800人 | 1",
        "QUANTITY | 老旧小区改造 | ≥20个 | 完成改造22个，包括整体改造9个 | 1",
        // the total's words are the name's: the rest of the name (职业技能) shares nothing with the part's
        "QUANTITY | 职业技能培训人次 | ≥500人次 | 培训540人次，其中线上培训190人次 | 1",
        // a part beside work not done: the part is set aside by its words, the work by its own
        "QUANTITY | 中小学校舍维修 | 15所 | 已完成12所（含上年结转项目4所），另有3所正在施工 | 0.8",
        // the target asks the part, in the part's words: its figure answers
        "QUANTITY | 技能培训 | 脱贫劳动力≥200人 | 培训650人，其中脱贫劳动力210人 | 1",
        "QUANTITY | 技能培训 | 女性学员≥300人 | 培训学员650人，其中女性学员270人 | 0.9",
        // a part in another unit, or no total before 其中: one figure answers
        "QUANTITY | 技能培训 | ≥600人次 | 培训650人次（其中脱贫户230户） | 1",
        "QUANTITY | 健康知识讲座 | ≥16次 | 2023年12月底，其中进校园讲座14次 | 0.875",
      })
  void theTotalBeforeItsPartsIsScored(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{1} {2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the name asks a part in other words (女性 for 妇女, 乡村医生 for 村医): which figure answers is not for the words to
        // say (CountsToldApartByNameTest: where the part's words are the name's, the part answers)
        "QUANTITY | 妇女技能培训人数 | ≥150人 | 培训300人，其中女性120人",
        "QUANTITY | 村医培训人次 | ≥100人次 | 开展培训150人次，其中乡村医生90人次",
        // parts that add up to more than the figure before them
        "QUANTITY | 文化广场建设 | 30个 | 完成27个（其中新建15个、提质改造16个）",
        // two totals, each with its part
        "QUANTITY | 技能培训 | ≥500人次 | 培训540人次（其中线上190人次），鉴定410人次（其中合格380人次）",
        // 包含 inside a clause is no mark of parts, and the total then names a thing of its own
        "QUANTITY | 服务事项 | ≥12项 | 服务清单包含14项，其中已上线11项",
      })
  void aPartTheNameMayAskOrAFigureThatIsNoTotalStillTies(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual));
  }
}
