package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual holding the target's words and denying them is no restatement: 不规范 / 规范, 缺乏规范,
 * 制度不健全 / 制度健全 and 规范性不足 read 100 % as echoes of their target. They are shortfalls, at the
 * vocabulary's negated fraction (30 %, JX-T-0275); words of work still to do after them restate nothing.
 */
class DeniedRestatementTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "规范 | 不规范",
        "规范 | 不够规范",
        "规范 | 欠规范",
        "规范 | 缺乏规范",
        "档案管理规范 | 档案管理缺乏规范",
        "制度健全 | 制度不健全",
        "制度健全 | 缺乏健全的制度",
        "管理规范 | 管理不太规范",
        "管理规范 | 管理规范性不足",
        "服务便捷 | 服务便捷程度不够",
      })
  void theTargetsWordsDeniedAreAShortfall(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
    scoredAt(v, new BigDecimal("0.30"));
    assertThat(v.trace().code()).hasValue("JX-T-0275");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "管理规范 | 规范管理仍需加强",
        "制度健全 | 制度健全有待时日",
      })
  void theTargetsWordsLeftToDoRestateNothing(String target, String actual) {
    undetermined(judge(Subcategory.QUALITY, "", target, actual));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 54c: denied of a part (个别, 部分), or stated in one place and denied in another: partly
        "档案管理规范 | 个别单位档案管理不规范 | 0.70",
        "制度健全 | 个别制度不够健全 | 0.70",
        "资金使用规范 | 资金使用规范，但个别环节不规范 | 0.70",
        // a wrong named and not put right is the words denied; a rate of them at zero denies them (review 54e)
        "档案管理规范 | 档案管理不规范问题较多 | 0.30",
        "合格 | 合格率为零 | 0.30",
      })
  void theTargetsWordsDeniedOfAPartArePartlyMet(String target, String actual, BigDecimal fraction) {
    scoredAt(judge(Subcategory.QUALITY, "", target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 54a, 54c: a wrong put right (不规范问题已全部整改) or absent (无不规范, 杜绝) denies nothing
        "规范管理 | 不规范问题已全部整改",
        "规范管理 | 不规范行为得到纠正",
        "规范管理 | 杜绝不规范操作",
        "规范 | 无不规范",
        "健全制度 | 对不健全的制度进行了完善",
        "健全制度 | 制度不健全问题已解决，制度健全",
      })
  void aWrongPutRightOrAbsentDeniesNothing(String target, String actual) {
    met(judge(Subcategory.QUALITY, "", target, actual));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "规范 | 规范",
        "档案管理规范 | 档案管理进一步规范",
        "不断提升服务水平 | 服务水平不断提升",
        "服务水平提升 | 服务水平明显提升",
        "制度健全 | 各项制度已健全",
        // review 54a: a lack in the next clause, or of a thing named after the verb, is not the verb's
        "提升服务水平 | 服务水平提升，不足部分明年解决",
        "改善 | 改善较差路段",
      })
  void theTargetsWordsStatedRestateIt(String target, String actual) {
    met(judge(Subcategory.QUALITY, "", target, actual));
  }
}
