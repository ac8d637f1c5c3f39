package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.ListItem;
import org.jixiao.rules.text.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The target parser (every comparison word before and after a figure, the choice of the main
 * figure, deadlines), the list splitter (numbered, Chinese-numbered and semicolon lists, the
 * numbering rules) and Chinese numerals, pinned case by case. A trailing {@code !} marks a
 * comparison the text states.
 */
class TextScannersTest {
  private static String describe(Target t) {
    return t.describe() + (t.explicit() ? "!" : "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "不少于5人|≥ 5 人!|≥ 5 人!",
        "大于或等于5人|≥ 5 人!|≥ 5 人!",
        "小于或等于5人|≤ 5 人!|≤ 5 人!",
        "大于等于5人|≥ 5 人!|≥ 5 人!",
        "小于等于5人|≤ 5 人!|≤ 5 人!",
        "不低于90%|≥ 90 %!|≥ 90 %!",
        "不小于3次|≥ 3 次!|≥ 3 次!",
        "不超过3次|≤ 3 次!|≤ 3 次!",
        "不高于5%|≤ 5 %!|≤ 5 %!",
        "不大于2天|≤ 2 天!|≤ 2 天!",
        "不多于3人|≤ 3 人!|≤ 3 人!",
        "控制在5%以内|≤ 5 %!|≤ 5 %!",
        "控制在5%|≤ 5 %!|≤ 5 %!",
        "至少3场|≥ 3 场!|≥ 3 场!",
        "达到100%|≥ 100 %!|≥ 100 %!",
        "超过3场|> 3 场!|> 3 场!",
        "大于3|> 3!|> 3!",
        "高于90%|> 90 %!|> 90 %!",
        "多于3人|> 3 人!|> 3 人!",
        "至多3次|≤ 3 次!|≤ 3 次!",
        "最多3次|≤ 3 次!|≤ 3 次!",
        "小于5%|< 5 %!|< 5 %!",
        "低于5%|< 5 %!|< 5 %!",
        "少于3次|< 3 次!|< 3 次!",
        "等于100%|= 100 %!|= 100 %!",
        ">=90%|≥ 90 %!|≥ 90 %!",
        "<=5%|≤ 5 %!|≤ 5 %!",
        "≥90%|≥ 90 %!|≥ 90 %!",
        "≧90%|≥ 90 %!|≥ 90 %!",
        "≤5%|≤ 5 %!|≤ 5 %!",
        "≦5%|≤ 5 %!|≤ 5 %!",
        ">90%|> 90 %!|> 90 %!",
        "<5%|< 5 %!|< 5 %!",
        "=100%|= 100 %!|= 100 %!",
        "达90%|≥ 90 %!|≥ 90 %!",
        "5人以上|≥ 5 人!|≥ 5 人!",
        "5人及以上|≥ 5 人!|≥ 5 人!",
        "5人及以下|≤ 5 人!|≤ 5 人!",
        "5人之上|≥ 5 人!|≥ 5 人!",
        "5人以下|≤ 5 人!|≤ 5 人!",
        "5天以内|≤ 5 天!|≤ 5 天!",
        "5天之内|≤ 5 天!|≤ 5 天!",
        "5天内|≤ 5 天!|≤ 5 天!",
        "约 5人以上|≥ 5 人!|≥ 5 人!",
        "近5人|≥ ~5 人|≥ ~5 人",
        "不少于 : 5人|≥ 5 人!|≥ 5 人!",
        "不少于：5人|≥ 5 人!|≥ 5 人!",
        "零投诉|≤ 0!|≤ 0!",
        "举办一期60人次培训|≥ 1 期|≥ 1 期 / ≥ 60 人次",
        "100-500人|∈ 100..500 人|∈ 100..500 人",
        "100-500人，培训20人|≥ 20 人|≥ 20 人 / ∈ 100..500 人",
        "年度内完成|deadline 年度内|",
        "12月前完成|deadline 12月前|",
        "2019年底前|deadline 2019年底前|",
        "按时完成|deadline 按时|",
        "计划时间内完成|deadline 计划时间内|",
        "2021.1.1-12.31完成|deadline 2021.1.1-12.31|",
        "及时率100%|≥ 100 %|≥ 100 %",
        "及时完成|deadline 及时|",
        "1年内完成|≤ 1 年!|≤ 1 年!",
        "2019年内完成|deadline 2019年内|",
        "十二月底前|deadline 十二月底前|",
        "上半年完成|deadline 上半年|",
        "如期|deadline 如期|",
        "当月|deadline 当月|",
        "规定时限|deadline 规定时限|",
        "月份之前|deadline 月份之前|",
        "第二季度|deadline 第二季度|",
        "三季度末前完成|deadline 三季度末|",
        "2023年第三季度|deadline 2023年第三季度|",
        "每季度末报送|none|",
        "3年内|≤ 3 年!|≤ 3 年!",
        "12月31日之前|deadline 12月31日之前|",
        "5月份前|deadline 5月份前|",
        "2019年12月前完成5人|≥ 5 人; deadline 2019年12月前|≥ 5 人; deadline 2019年12月前",
        "保障单位正常运行|none|"
      })
  void targetsAndTheirOtherFigures(String text, String main, String all) {
    assertThat(describe(IndicatorTexts.parseTarget(text))).isEqualTo(main);
    List<String> figures = new ArrayList<>();
    for (Target t : TargetParser.figures(IndicatorTexts.normalize(text))) {
      figures.add(describe(t));
    }
    assertThat(String.join(" / ", figures)).isEqualTo(all == null ? "" : all);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "1.举办5场 2.培训10人|1:举办5场 / 2:培训10人|true",
        "1、甲；2、乙|1:甲 / 2:乙|true",
        "(1)甲(2)乙|1:甲 / 2:乙|true",
        "一、甲 二、乙|1:甲 / 2:乙|true",
        "甲;乙;丙|0:甲 / 0:乙 / 0:丙|false",
        "甲；乙|0:甲 / 0:乙|false",
        "1.甲 3.乙|1:甲 / 3:乙|true",
        "1.甲 2.乙 2.丙 4.丁|1:甲 / 2:乙 / 2:丙 / 4:丁|true",
        "2.甲 3.乙|0:2.甲 3.乙|false",
        "1.甲 1.乙|1:甲 / 1:乙|true",
        "1.甲2.乙|1:甲 / 2:乙|true",
        "1.甲 2.5万人|1:甲 / 2:5万人|true",
        "1.甲 10.乙|0:1.甲 10.乙|false",
        "工作2.推进3.落实|0:工作2.推进3.落实|false",
        "1.甲 x2.乙|0:1.甲 x2.乙|false",
        "完成。|0:完成|false",
        "  甲；  |0:甲|false",
        "1.2019年完成 2.乙|1:2019年完成 / 2:乙|true",
        "三、甲 四、乙|0:三、甲 四、乙|false",
        "一、甲 三、乙|1:甲 / 3:乙|true",
        "一、甲 五、乙|0:一、甲 五、乙|false",
        "1)甲 2)乙|1:甲 / 2:乙|true",
        "(1)甲 (3)乙|1:甲 / 3:乙|true",
        "(1)甲 2)乙|1:甲 / 2:乙|true"
      })
  void listsAndTheirItems(String text, String items, boolean numbered) {
    List<String> out = new ArrayList<>();
    for (ListItem item : IndicatorTexts.split(text)) {
      out.add(item.number() + ":" + item.text());
    }
    assertThat(String.join(" / ", out)).isEqualTo(items);
    assertThat(IndicatorTexts.isNumberedList(text)).isEqualTo(numbered);
  }

  /**
   * Chinese numerals. Before the fix, 一亿十万 read as 1000000100000 and 两亿五千万 as
   * 200005000000 (the 万 part multiplied the 亿 part again), 九亿九亿九亿 overflowed to a negative
   * number, and 十十 read as 20 though documented as not a number.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "零|0",
        "〇|0",
        "一|1",
        "二|2",
        "两|2",
        "三|3",
        "四|4",
        "五|5",
        "六|6",
        "七|7",
        "八|8",
        "九|9",
        "十|10",
        "十一|11",
        "二十|20",
        "二十三|23",
        "一百零五|105",
        "一百|100",
        "三千|3000",
        "两万|20000",
        "一亿|100000000",
        "一二|",
        "十十|",
        "百|",
        "千|",
        "万|",
        "一万零五|10005",
        "九千九百九十九|9999",
        "一千二百三十四万五千六百七十八|",
        "十万|100000",
        "一百万|1000000",
        "一千亿|100000000000",
        "三百亿|30000000000",
        "亿|",
        "万万|",
        "零五|5",
        "一十|10",
        "十二万三千|123000",
        "一二三四五六七八九十一二十|",
        "十十十|",
        "二十十|",
        "一亿十万|100100000",
        "两亿五千万|250000000",
        "九千九百亿九千九百万|990099000000",
        "九亿九亿九亿|",
        "九亿九亿|",
        "一万亿|1000000000000",
        "一万二万|",
        "万亿|",
        "一亿零五|100000005",
        "二百五十|250"
      })
  void chineseNumerals(String text, String value) {
    assertThat(ChineseNumerals.parse(text).map(BigDecimal::toPlainString).orElse(""))
        .isEqualTo(value == null ? "" : value);
  }
}
