package org.jixiao.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemNumbersTest {
  @Test
  void aNewItemsNumberIsToldFromTheTextOfAWrappedEnd() {
    assertThat(List.of("指标3:完成", "指标12", "2.完成率", "2、完成率", "（2）完成率", "(3)完成率", "②完成率", "三、满意度", "１．完成"))
        .allMatch(ItemNumbers::opensNumbered);
    assertThat(List.of("区节水改造项目数量", "指标体系完善", "100%完成", "2020年完成", "十分满意", "对象满意度", "率达到95%", ""))
        .noneMatch(ItemNumbers::opensNumbered);
  }
}
