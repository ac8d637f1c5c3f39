package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under a floor on a share of something wanted, a denial of the share's whole unwanted rest answers it (无逾期 under
 * 及时率): hostile review 67s found such lines read undetermined (denial-not-share) when the share's name had words
 * between its wanted word and 率 (补贴及时足额发放率), ended in 性 or 度 (资金拨付及时性, 群众好评度), or paired with a
 * rest missing from {@code ComplementRates.Pair} (拖欠 under 支付率, 辍学 under 巩固率, 死亡 under 成活率). It
 * also found denials of part of the rest read met: of a degree (无重大差错) or hedged (基本无逾期), a problem of any
 * kind under any share naming 合格 (未发现廉政问题, 考试合格率 | 无问题), and the rest as a qualifier of complaints
 * (无差评投诉): those are now undetermined (denial-not-share, JX-T-0289).
 */
class DenialOfTheRestTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the wanted word anywhere in the share's name before its 率
        "TIMELINESS | 补贴及时足额发放率 | 100% | 无逾期",
        "TIMELINESS | 资金及时足额拨付率 | 100% | 未出现延误",
        "TIMELINESS | 项目按期保质保量完成率 | ≥95% | 未出现延期",
        "TIMELINESS | 及时(按期)完工率 | ≥90% | 无延期",
        "TIMELINESS | 及时（按期）开工率 | ≥90% | 未出现延误",
        // a share named …性, …度 or …程度
        "TIMELINESS | 资金拨付及时性 | 100% | 无延误",
        "QUALITY | 数据报送准确性 | 100% | 无差错",
        "QUALITY | 资金使用合规性 | 100% | 未发现违规使用资金",
        "SERVED_SATISFACTION | 群众好评度 | ≥95% | 零差评",
        "TIMELINESS | 资金拨付及时程度 | 100% | 无延期",
        "QUALITY | 档案管理规范性 | 100% | 未发现违规",
        // a problem of quality under a share of compliance named …性
        "QUALITY | 资金使用合规性 | 100% | 未发现问题",
        // rests added to the pairs
        "TIMELINESS | 农民工工资支付率 | 100% | 未发生拖欠农民工工资",
        "TIMELINESS | 工资发放及时率 | 100% | 无拖欠",
        "QUANTITY | 补贴资金兑付率 | 100% | 无拖欠",
        "SOCIAL | 义务教育巩固率 | ≥98% | 无辍学",
        "SOCIAL | 适龄儿童入学率 | 100% | 无失学辍学",
        "ECOLOGICAL | 苗木成活率 | ≥90% | 未出现死亡",
        "QUALITY | 验收通过率 | 100% | 无不合格",
        "QUALITY | 日常管理规范率 | ≥90% | 未发现违规",
      })
  void aDenialOfTheWholeRestOfTheShareMeetsIt(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a degree between the denial and the rest leaves the lesser ones uncounted
        "QUALITY | 数据录入准确率 | ≥98% | 无重大差错",
        "QUALITY | 信息报送准确率 | ≥98% | 未出现较大差错",
        "SERVED_SATISFACTION | 好评率 | ≥95% | 未出现恶意差评",
        "ECOLOGICAL | 污水排放达标率 | ≥95% | 无明显超标",
        "QUALITY | 资金使用合规率 | 100% | 未发现重大违规",
        "QUALITY | 设备完好率 | ≥95% | 未发生较大以上故障",
        "ECOLOGICAL | 苗木成活率 | ≥85% | 未出现大面积死亡",
        "QUALITY | 验收合格率 | 100% | 无重大质量问题",
        // a hedge before the denial: some may have happened
        "TIMELINESS | 办理及时率 | ≥95% | 基本无逾期",
        "TIMELINESS | 项目按时完成率 | ≥90% | 总体未出现延期",
        "QUALITY | 产品合格率 | 100% | 基本无不合格",
        // a problem not of quality, or a share of people passing a test or of days within a standard
        "QUALITY | 验收合格率 | 100% | 未发现廉政问题",
        "QUALITY | 工程验收合格率 | 100% | 未发现资金使用问题",
        "QUALITY | 校舍维修验收合格率 | 100% | 无违纪问题",
        "QUALITY | 培训考核合格率 | ≥90% | 未发现问题",
        "QUALITY | 考试合格率 | ≥80% | 无问题",
        "QUALITY | 体检合格率 | ≥95% | 未发现问题",
        "SOCIAL | 学生体质健康达标率 | ≥90% | 未发现问题",
        "ECOLOGICAL | 空气质量达标率 | ≥85% | 未发现问题",
        // the rest qualifying a report: the complaints are what is denied
        "SERVED_SATISFACTION | 服务对象满意度 | ≥90% | 无不满意投诉",
        "SERVED_SATISFACTION | 好评率 | ≥95% | 无差评投诉",
        "QUALITY | 合格率 | ≥95% | 无不合格反映",
        "TIMELINESS | 按时完成率 | 100% | 无逾期投诉",
      })
  void aDenialOfPartOfTheRestOrOfAnotherThingDoesNotReportTheShare(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0289");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // words of one between, the thing's own words, a rest joined to other things, a problem of quality or of the rest
        "QUALITY | 数据准确率 | ≥99% | 未出现任何差错",
        // review 67v: 精准 and 精确 are accuracy too
        "QUALITY | 补贴发放精准度 | 100% | 无差错",
        "QUALITY | 识别精确率 | ≥98% | 全年无差错",
        "QUALITY | 数据准确率 | 100% | 未出现数据差错",
        "TIMELINESS | 按时完成率 | 100% | 没有出现延期和投诉",
        "TIMELINESS | 按时完成率 | 100% | 无延期交付",
        "QUALITY | 工程验收合格率 | 100% | 未发现任何质量问题",
        "QUALITY | 工程验收合格率 | 100% | 未发现工程质量问题",
        "QUALITY | 资金使用合规率 | 100% | 无违规问题",
        "QUALITY | 资金使用合规率 | 100% | 未发现违规违纪问题",
        "QUALITY | 产品合格率 | 100% | 无不合格产品",
      })
  void aDenialOfAllOfTheRestStillMeetsIt(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @Test
  void theReasonNamesThePartDenied() {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "数据录入准确率", "≥98%", "无重大差错");
    assertThat(v.trace().reason()).isEqualTo("完成情况“无重大差错”只说明没有“重大差错”，没有报告指标“数据录入准确率”所要求的比率（≥98%），无法判定");
    assertThat(judge(Subcategory.SERVED_SATISFACTION, "好评率", "≥95%", "无差评投诉").trace().reason()).contains("没有“投诉”");
  }
}
