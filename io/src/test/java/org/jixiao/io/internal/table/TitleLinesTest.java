package org.jixiao.io.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleLinesTest {
  @Test
  void aDepartmentLineWithoutAColonKeepsItsValueAsWritten() {
    // the value is cut from the cell as written, after the label however it is spelt
    assertThat(TitleLines.classify("部门（单位）名称 区 教育局").value()).isEqualTo("区 教育局");
    assertThat(TitleLines.classify("部门名称 区 教育局").value()).isEqualTo("区 教育局");
    assertThat(TitleLines.classify("部 门 名 称（盖章） 区教育局").value()).isEqualTo("区教育局");
    assertThat(TitleLines.classify("部门名称：龙岗区人力资源局").value()).isEqualTo("龙岗区人力资源局");
    assertThat(TitleLines.classify("部门名称").value()).isEmpty();
  }
}
