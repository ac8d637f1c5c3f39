package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
