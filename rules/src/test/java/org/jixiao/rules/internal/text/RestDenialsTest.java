package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** What {@link RestDenials} takes as a denial of a share's rest, and the span it quotes. */
class RestDenialsTest {

  private static String denied(String name, String actual) {
    List<int[]> spans = RestDenials.spans("≥95%|" + name, name, actual);
    return spans.isEmpty() ? "" : actual.substring(spans.get(0)[0], spans.get(0)[1]);
  }

  @Test
  void aDenialThatBeginsAWordOfTheNameIsNoDenial() {
    assertThat(denied("无人机完好率", "无人机无故障")).isEqualTo("无故障");
  }

  @Test
  void wordsOfTheRestJoinedAreDeniedTogether() {
    assertThat(denied("发放准确率", "没有出现错发、漏发现象")).isEqualTo("没有出现错发、漏发");
  }

  @Test
  void theFieldOfTheNameMayStandBetweenButNoOtherWord() {
    assertThat(denied("识别准确率", "未出现识别错误")).isEqualTo("未出现识别错误");
    assertThat(denied("准确率", "未出现识别错误")).isEmpty();
  }

  @Test
  void withoutExceptionIsNoCountOfOne() {
    assertThat(denied("合格率", "无一例外均不合格")).isEmpty();
    assertThat(denied("合格率", "无一般不合格")).isEmpty();
  }

  @Test
  void aFailureNamedBesideIsSeen() {
    String actual = "无一处错误，但有一处遗漏";
    assertThat(RestDenials.failureBeside("≥98%|准确率", actual, RestDenials.spans("≥98%|准确率", "准确率", actual))).isTrue();
  }

  /** Words texts of denials and of the rest are made of, and words that are neither. */
  private static final List<String> PIECES =
      List.of("无", "未", "没有", "不存在", "不", "一例", "出现", "发现", "任何", "识别", "错误", "遗漏", "逾期", "不合格", "未办结", "合格",
          "办结", "完成", "因不可抗力因素", "全年", "，", "、", "设备", "故障", "错发", "漏报", "培训计划取消", "申请", "的");

  @Test
  void whereTheLookFindsNoDenialOfARestNoneIsRead() {
    qt().forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(1, 8),
            Generate.pick(List.of("合格率", "识别准确率", "办结率", "覆盖率", "设备完好率", "按时完成率", "发放准确率")))
        .checkAssert((pieces, name) -> {
          String actual = String.join("", pieces);
          if (!RestDenials.mayDenyARest(actual)) {
            assertThat(RestDenials.spans("≥95%|" + name, name, actual)).as(actual).isEmpty();
          }
        });
  }

  @Test
  void theLookPassesADenialOfARestAndNotAShortfall() {
    assertThat(RestDenials.mayDenyARest("无一例不合格")).isTrue();
    assertThat(RestDenials.mayDenyARest("没有出现一台设备故障")).isTrue();
    assertThat(RestDenials.mayDenyARest("未完成")).isFalse();
    assertThat(RestDenials.mayDenyARest("不合格")).isFalse(); // a rest with no denial before it
  }
}
