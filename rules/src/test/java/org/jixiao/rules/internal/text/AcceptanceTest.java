package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link Acceptance} takes as passed: an acceptance or an appraisal a body grants, not 通过 as "by means of". */
class AcceptanceTest {

  private static int passed(String s) {
    return Acceptance.passedAt(s, CharArrays.of(s), s.indexOf("通过"));
  }

  @Test
  void anAppraisalGrantedIsPassed() {
    assertThat(passed("已通过省级评定")).isEqualTo("通过省级评定".length());
    assertThat(passed("已通过省财政厅审核")).isEqualTo("通过省财政厅审核".length());
    assertThat(passed("通过认定")).isEqualTo(4);
    assertThat(passed("通过专家评审")).isEqualTo(6);
  }

  @Test
  void passingAsAMeansAnIntentionOrARateIsNot() {
    assertThat(passed("通过开展星级评定提升服务")).isZero();
    assertThat(passed("通过组织专家评审")).isZero();
    assertThat(passed("拟通过评定")).isZero();
    assertThat(passed("通过审核率")).isZero();
    assertThat(passed("通过验收")).isZero(); // the vocabulary's own word
  }
}
