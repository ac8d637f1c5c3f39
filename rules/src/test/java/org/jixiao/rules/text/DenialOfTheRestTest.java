package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under a floor on a share of something wanted, a denial of the share's whole unwanted rest answers it (无逾期 under
 * 及时率): hostile review 67s found such lines read undetermined (denial-not-share) when the share's name had words
 * between its wanted word and 率 (补贴及时足额发放率), ended in 性 or 度 (资金拨付及时性, 群众好评度), or paired with a
 * rest missing from {@code ComplementRates.Pair} (拖欠 under 支付率, 辍学 under 巩固率, 死亡 under 成活率).
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
}
