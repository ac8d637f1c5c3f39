package org.jixiao.io.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The classes of text the realigner weighs, on phrases of real self-evaluation tables. */
class TextEvidenceTest {
  private static boolean is(String text, int feature) {
    return TextEvidence.has(TextEvidence.of(text), feature);
  }

  @Test
  void verdictsAndBareFiguresAreCompletions() {
    for (String verdict : new String[] {"完成", "已完成", "基本完成", "100%完成", "已撤项", "完成较好", "99.97%", "达标", "已实现"}) {
      assertThat(is(verdict, TextEvidence.COMPLETION)).as(verdict).isTrue();
    }
    // A target that mentions completing something is not a verdict.
    assertThat(is("年度内完成", TextEvidence.COMPLETION)).isFalse();
    assertThat(is("完成一期50人次全区组织人事干部培训", TextEvidence.COMPLETION)).isFalse();
  }

  @Test
  void placeholdersAreNothingElse() {
    assertThat(TextEvidence.of("无")).isEqualTo(TextEvidence.PLACEHOLDER);
    assertThat(TextEvidence.of("无。") & TextEvidence.PLACEHOLDER).isNotZero();
    assertThat(is("无收到员工的投诉", TextEvidence.PLACEHOLDER)).isFalse();
  }

  @Test
  void aTextNamesTheLevelItsWordsBelongToAndNotOneAWordMerelyContains() {
    assertThat(is("补贴对象满意度≥90%", TextEvidence.SATISFACTION)).isTrue();
    assertThat(is("补贴对象满意度≥90%", TextEvidence.TARGET)).isTrue();
    assertThat(is("2019年底前完成", TextEvidence.TIMELINESS)).isTrue();
    assertThat(is("促进劳动生产率和经济效益的提高", TextEvidence.ECONOMIC)).isTrue();
    assertThat(is("促进劳动生产率和经济效益的提高", TextEvidence.NAMED)).isTrue();
    assertThat(is("推行绿色办公，减少纸张消耗", TextEvidence.ECOLOGICAL)).isTrue();
    // 服务环境 is not the environment of 生态效益.
    assertThat(is("优化了龙岗区就业创业服务环境", TextEvidence.ECOLOGICAL)).isFalse();
  }
}
