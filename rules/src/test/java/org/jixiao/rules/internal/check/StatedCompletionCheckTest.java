package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The consistent project's indicators are all met: its derived status is COMPLETED. */
class StatedCompletionCheckTest {
  @ParameterizedTest
  @CsvSource({"完成", "已完成", "100%完成", "完成年初设定3个项目的工作。"})
  void aStatedCompletionAgreeingWithTheIndicatorsIsFine(String stated) {
    assertThat(Projects.findings(Projects.consistent().statedCompletion(stated).build(), BuiltInIds.STATED_COMPLETION)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"基本完成", "未完成", "部分完成", "良好"})
  void aStatedCompletionDisagreeingWithTheIndicatorsIsAWarning(String stated) {
    assertThat(Projects.findings(Projects.consistent().statedCompletion(stated).build(), BuiltInIds.STATED_COMPLETION))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains(stated).contains("完成");
        });
  }

  @Test
  void aStatedCompletionNamingNoStatusIsANote() {
    var stated = "1.引进16家人力资源服务机构 2.补贴44家人力资源机构";

    assertThat(Projects.findings(Projects.consistent().statedCompletion(stated).build(), BuiltInIds.STATED_COMPLETION))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void statedTextsReadAsTheStatusesTheyName() {
    var profile = Profiles.defaultProfile();

    assertThat(StatedCompletionCheck.statusOf("完成", profile)).contains(Status.COMPLETED);
    assertThat(StatedCompletionCheck.statusOf("基本完成", profile)).contains(Status.MOSTLY_COMPLETED);
    assertThat(StatedCompletionCheck.statusOf("完成较好", profile)).contains(Status.MOSTLY_COMPLETED);
    assertThat(StatedCompletionCheck.statusOf("部分完成", profile)).contains(Status.PARTIALLY_COMPLETED);
    assertThat(StatedCompletionCheck.statusOf("未完成", profile)).contains(Status.NOT_COMPLETED);
    assertThat(StatedCompletionCheck.statusOf("已撤项", profile)).contains(Status.CANCELLED);
    assertThat(StatedCompletionCheck.statusOf("目前试运营阶段", profile)).isEmpty();
  }
}
