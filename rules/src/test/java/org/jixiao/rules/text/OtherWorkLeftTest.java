package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * The work the name asks done, and other work left undone beside it (reviews 73c c003 and c009, 74d d043: partly achieved,
 * 70 %): met ({@code other-work-left}, JX-T-0510), the reason naming both clauses. The work asked not all done, its rest or
 * another part pending, or a done clause that names no work of the name's own read as before.
 */
class OtherWorkLeftTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "招标完成率 | 100% | 招标工作已全部完成，项目尚未开工",
        "设计完成率 | 100% | 施工图设计已完成，施工招标正在进行",
        "土地征收完成率 | 100% | 土地征收已完成，地上附着物补偿款尚未发放完毕",
        "可研编制完成率 | 100% | 可研报告编制已完成，立项批复尚未下达",
        "设备采购完成率 | 100% | 设备采购已完成，安装调试推进中",
      })
  void theWorkAskedDoneBesideOtherWorkLeftIsMet(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, name, target, actual);
    met(v);
    assertThat(v.trace().code()).as(v.trace().reason()).contains("JX-T-0510");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the rest or another part of the work asked
        "道路硬化完成率 | 100% | 道路硬化已完成8公里，剩余2公里正在施工",
        "项目完工率 | 100% | 主体工程已完工，附属工程正在施工",
        // the work asked named again where it is not done
        "培训完成率 | 100% | 已完成培训200人，培训考核尚未完成",
        "项目完工率 | 100% | 土建工程已完工，设备安装调试中，预计次年3月完工",
        // a done clause that says only that something is done or built, not which of the name's work
        "项目建成投用 | 年内建成投入使用 | 已建成，待验收后投入使用",
        "工程完成率 | 100% | 主体工程已完成，设备安装尚未开始",
        // a word of the name that another noun follows where the work is done: a part of it done (review 78b h100)
        "建成“城市快警”平台 | 4个 | 目前“城市快警”平台人员配置已完成,警用车辆已购置到位,现正在安装图像传输系统。",
      })
  void theWorkAskedNotAllDoneStaysShort(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, name, target, actual);
    assertThat(v.fraction().orElse(BigDecimal.ZERO)).as(v.trace().reason()).isLessThan(BigDecimal.ONE);
  }

  @Test
  void noRestOfTheWorkAskedIsReadAsOtherWork() {
    qt().forAll(Generate.pick(List.of("剩余", "其余", "余下", "二期", "附属")), Generate.pick(List.of("正在施工", "尚未开工", "计划明年实施", "推进中")))
        .checkAssert(
            (rest, pending) -> {
              IndicatorVerdict v = judge(Subcategory.TIMELINESS, "道路硬化完成率", "100%", "道路硬化一期已完成，" + rest + "路段" + pending);
              assertThat(v.trace().code()).as(v.trace().reason()).isNotEqualTo(Optional.of("JX-T-0510"));
            });
  }
}
