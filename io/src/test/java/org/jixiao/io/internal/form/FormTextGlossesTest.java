package org.jixiao.io.internal.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mirror's pinyin gloss after a character (績(jī)效, 表(biǎo)) is dropped from the folded text a title
 * is recognised by; brackets a form prints itself (a year, a unit, a column's letters) are kept.
 */
class FormTextGlossesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "宣城市轉(zhuǎn)移支付區(qū)域(項(xiàng)目)績(jī)效目標(biāo)自評(píng)表|宣城市转移支付区域(项目)绩效目标自评表",
    "資金投入情況(萬(wàn)元)|资金投入情况(万元)",
    "預(yù)算執(zhí)行率(B/A×100%)|预算执行率(B/A×100%)",
    "績(jī)效|绩效",
    "(2023年度)績(jī)效目標(biāo)自評(píng)表|(2023年度)绩效目标自评表",
    "(萬(wàn)元)|(万元)",
  })
  void aGlossIsDroppedAndThePrintedBracketsKept(String printed, String folded) {
    assertThat(FormText.folded(printed)).isEqualTo(folded);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "年初目标值(A)", "道路长度(km)", "(2023年度)", "完成值(B/A)", "产出指标(50分)", "(ā)", "数量(zhuàngg)", "项目(Jī)",
  })
  void bracketsThatAreNoGlossAreKept(String printed) {
    assertThat(FormText.withoutGlosses(printed)).isEqualTo(printed);
  }
}
