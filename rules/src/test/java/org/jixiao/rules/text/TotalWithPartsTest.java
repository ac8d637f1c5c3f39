package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.scoredNear;
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

  @ParameterizedTest(name = "{0} {1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 74b: the whole's clause names work, the parts follow it; still tied, the whole answers
        "新建改建公厕数量 | 20座 | 新建改建公厕17座（含新建9座、改建8座） | 0.85", // 17 / 20
        "稳岗返还资金发放金额 | ≥650万元 | 向1,326家企业发放稳岗返还资金共计612.4万元，其中中小微企业483.7万元。 | 0.9422", // 612.4 / 650
        "生产安全事故起数 | ≤2起 | 全年发生生产安全事故3起（其中较大事故0起，一般事故3起） | 0.5", // 1 − (3 − 2) / 2
        "学生满意度 | ≥95% | 满意率93.5%，其中非常满意41% | 0.9842", // 93.5 / 95
        // the part the name names by words of its own, not the whole's nor another part's
        "残疾人职业技能培训人数 | ≥200人 | 全年开展各类职业培训3,460人（含残疾人186人） | 0.93", // 186 / 200
        "新建公厕数量 | 不少于15座 | 完成公厕建设改造32座，其中新建12座、改造提升20座 | 0.8", // 12 / 15
        "城区段河道清淤长度 | ≥8公里 | 完成河道清淤12.6km，其中城区段6.4km、郊区段6.2km。 | 0.8", // 6.4 / 8
      })
  void theWholeOrThePartTheNameNamesAnswersWhenTheFiguresStayTied(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the name asks work or a kind the cell says of neither (新增 beside a stock, 整改 beside 排查, 履约 beside 签约)
        "新增养老床位数 | ≥200张 | 全区养老床位达到2,360张，其中护理型床位1,280张",
        "安全隐患整改数 | ≥400处 | 排查安全隐患520处，其中重大隐患12处",
        "家庭医生履约人数 | ≥15000人 | 家庭医生签约服务3.25万人，其中重点人群1.86万人",
        // a plan in the brackets, and a whole of two kinds whose part the name may ask
        "培训人数 | ≥300人 | 培训280人（目标300人），其中线上90人",
        "培训脱贫户 | ≥60人 | 培训脱贫户和一般农户120人，其中脱贫户45人",
      })
  void aWholeTheNameDoesNotSayOrThatIsOfMoreKindsStaysTied(String name, String target, String actual) {
    undetermined(judge(Subcategory.QUANTITY, name, target, actual));
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
