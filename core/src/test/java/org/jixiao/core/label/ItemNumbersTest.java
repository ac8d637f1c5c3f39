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

  @Test
  void aNameThatIsCompleteOrParallelIsFollowedByANewItemNotItsEnd() {
    assertThat(ItemNumbers.startsNewItem("完工项目县畜禽粪污综合利用率", "完工项目县规模养殖场畜禽粪污处理")).isTrue();
    assertThat(ItemNumbers.startsNewItem("项目验收合格率", "资金支付")).isTrue();
    assertThat(ItemNumbers.startsNewItem("培训人数", "覆盖街道")).isTrue();
    assertThat(ItemNumbers.startsNewItem("指标1:完成", "指标2:完成")).isTrue();
    assertThat(ItemNumbers.startsNewItem("指标1:完成中型灌", "区节水改造项目数量")).isFalse();
    assertThat(ItemNumbers.startsNewItem("项目(工程)", "验收合格率")).isFalse();
    assertThat(ItemNumbers.startsNewItem("指标1:服务", "对象满意度")).isFalse();
  }
}
