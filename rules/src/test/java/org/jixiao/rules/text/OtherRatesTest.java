package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate the actual names as another kind than the one asked does not answer it (review 74d: 一次验收合格率100% under 工程优良率
 * read met): the line is undetermined unless something else in the cell answers, while rates of the kind asked, in other
 * words of it, and figures a reading made from another rate are read as before.
 */
class OtherRatesTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "回访满意率 | ≥95% | 全年办结工单1.2万件，办结率98.6%，按时回复率100%。",
        "工程优良率 | ≥80% | 工程一次验收合格率100%。",
        "政策知晓率 | ≥85% | 开展宣传活动覆盖群众1.5万人次，群众参与率72%",
        "投诉办结率 | ≥95% | 群众满意率98%",
        "服务对象非常满意率 | ≥60% | 综合满意率96.5%", // review 75c: the very satisfied are a part of the satisfied
      })
  void aRateOfAnotherKindDoesNotAnswer(String name, String target, String actual) {
    undetermined(judge(Subcategory.QUALITY, name, target, actual), "JX-T-0504");
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "群众满意度 | ≥90% | 满意率96% | 1",
        "项目完成率 | 100% | 完工率100% | 1", // 完 is the name's
        "按时完成率 | ≥95% | 逾期率3% | 1", // the complement, made by an earlier reading
        "回访满意率 | ≥95% | 办结率98.6%，回访满意率93% | 0.9789", // the rate asked beside another
        "完成进度 | 100% | 年度进度完成90% | 0.9", // 进度 is no rate's name
        "非常满意率 | ≥60% | 非常满意率65%，综合满意率96.5% | 1",
        "不及时率 | ≤5% | 逾期率3% | 1", // a denied rate: 逾期 is its kind in other words
      })
  void theRateAskedInItsOwnOrOtherWordsIsRead(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUALITY, name, target, actual), fraction);
  }
}
