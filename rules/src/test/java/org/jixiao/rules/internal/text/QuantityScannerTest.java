package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * Every branch of the figure scanner, pinned with positions: identifiers, the 18-digit limit,
 * thousands separators, list markers, item numbers before a year, dotted dates, ordinals,
 * ranges, days, multipliers, hedges (约 近 余 多 左右), per-period rates, adjectives (一次性),
 * years against durations (1000–2999 年 is a date), a span and a half (两个半小时, 两天半), tenths in words (九成, 九成五), months and Chinese numerals. Each expected
 * value is a figure ({@code describe()}) or {@code date}, with its start and end.
 */
class QuantityScannerTest {
  private static String scan(String text) {
    List<String> out = new ArrayList<>();
    for (Found f : QuantityScanner.scan(text)) {
      out.add(
          (f.date() ? "date" : f.figure() ? f.quantity().describe() : "unreadable")
              + "@"
              + f.quantity().start()
              + "-"
              + f.quantity().end());
    }
    return String.join("; ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "H5页面|",
        "3D打印|",
        "A1B2 5人|5 人@5-7",
        "123456789012345678人|123456789012345678 人@0-19",
        "1234567890123456789人|",
        "1.123456789012345678人|1.123456789012345678 人@0-21",
        "1.1234567890123456789人|",
        "1,500人|1500 人@0-6",
        "12,345,678元|12345678 元@0-11",
        "1234,567人|1234@0-4; 567 人@5-9",
        "1,50人|1@0-1; 50 人@2-5",
        "1,5000人|1@0-1; 5000 人@2-7",
        "1.2019年度目标|date@2-8",
        "第1.2019年|",
        "12.2019年|date@3-8",
        "123.2019年|123.2019 年@0-9",
        "a1.2019年|date@3-8",
        "2021.1.1-12.31完成|date@0-14",
        "2021.1.1|date@0-8",
        "1.2.3|date@0-5",
        "2021.1.1-x|date@0-8",
        "5G网络|",
        "两个半小时完成调拨|2.5 小时@0-5",
        "一个半工作日办结|1.5 工作日@0-6",
        "历时3个半月|3.5 月@2-6",
        "培训两天半|2.5 天@2-5",
        "建设期1年半，|1.5 年@3-6",
        "培训两个半天|1 天@2-6",
        "两天半小时|2 天@0-2; 0.5 小时@2-5",
        "3天半数学员结业|3 天@0-2",
        "开展宣讲数十场|",
        "受理投诉数十件，数百人参加|",
        "培训人数十二人|12 人@4-7",
        "约占三成|30 %@2-4",
        "九成五以上|95 %@0-3",
        "完成全年计划任务的九成|90 %@9-11",
        "覆盖两成多|~20 %@2-4",
        "满意率九成三，回收率九成八|93 %@3-6; 98 %@10-13",
        "馆藏3.2万卷|32000 卷@2-7",
        "分别为210、185、240人次|210 人次@3-6; 185 人次@7-10; 240 人次@11-16",
        "完成第1、2、3期|2@5-6; 3 期@7-9", // 2 follows a 、 after 第1: no unit given to it
        "一成不变|",
        "九成新的设备|",
        "八成群众表示满意|80 %@0-2", // 群众 after 成: a share of the people (review 73e e032), not 成群
        "牛羊成群|",
        // other words of people after 成 (session 78): the whole the tenths are of, not 成员, 成人, 成家, 成年
        "九成员工表示满意|90 %@0-2",
        "九成人员表示满意|90 %@0-2",
        "八成人口已覆盖|80 %@0-2",
        "七成家长满意|70 %@0-2",
        "三成年轻人参加|30 %@0-2",
        "十成员单位全部参与|",
        "建成五个|5 个@2-4",
        "第3届|",
        // an ordinal day work was done on is the time it took (review 75d d052); a day of a programme is none
        "第45天完成整改|45 天@1-4",
        "于第十五个工作日办结|15 工作日@2-8",
        "第2日培训结束|",
        "1.举办|",
        "(1)举办|",
        "1)举办|",
        "12.举办|",
        "123.举办|123@0-3",
        "2.5万人|25000 人@0-5",
        "a 2.举办|",
        "x(1)y|",
        "x1)y|",
        "100-500人|100..500 人@0-8",
        "18—54周岁|18..54 周岁@0-7",
        "100--500人|100..500 人@0-9",
        "100-500.5人|100..500.5 人@0-10",
        // a range of shares with the sign on both ends (review 70c: two figures, tied)
        "92%-96%|92..96 %@0-7",
        "92%~96.5%|92..96.5 %@0-9",
        "3‰-5‰|3..5 ‰@0-5",
        "96%-92%|96 %@0-3; 92 %@4-7",
        "由85%-95%|85 %@1-4; 95 %@5-8",
        "85%到95%|85 %@0-3; 95 %@4-7",
        "92%-96人|92 %@0-3; 96 人@4-7",
        "100-5a|100@0-3",
        "5日|date@0-2",
        "5 日|date@0-3",
        "5号|date@0-2",
        "17.2万人次|172000 人次@0-7",
        "3千人|3000 人@0-3",
        "5万余人|~50000 人@0-4",
        // a bare 万 multiplies (it was dropped, which lost the unit: issue 13); in money text it is 万元
        "5万|50000@0-2",
        "5余人|~5 人@0-3",
        "5多人|~5 人@0-3",
        "约5人|~5 人@1-3",
        "近5人|~5 人@1-3",
        "5人左右|~5 人@0-2",
        // a rate keeps what it is per (issue 13: per-period targets)
        "5人次/年|5 人次/年@0-5",
        "5人/月|5 人/月@0-4",
        "5次/x|5 次@0-2",
        "1次性|",
        "2019年|date@0-5",
        "999年|999 年@0-4",
        "1000年|date@0-5",
        "2999年|date@0-5",
        "3000年|3000 年@0-5",
        "2019.5年|2019.5 年@0-7",
        "12月|date@0-3",
        "5万年|50000 年@0-3",
        "2019年度|date@0-6",
        "2019年份|date@0-6",
        "5百万|5@0-1",
        "5亿元|5 亿元@0-3",
        "5万元/年|5 万元/年@0-5",
        "两场|2 场@0-2",
        "十大|10@0-2",
        "三十大|30@0-3",
        "一百大|100@0-3",
        "第三届|",
        "一、|",
        "零投诉|0@0-1",
        "零|",
        "零人|",
        "三月|date@0-2",
        "一次性|",
        "约三人|~3 人@1-3",
        "三余人|~3 人@0-3",
        "三多人|~3 人@0-3",
        "五人次/年|5 人次/年@0-5",
        "一二|",
        "两万人|20000 人@0-3",
        "一亿元|100000000 元@0-3",
        "十|",
        // a figure garbled before its decimal point or in its place (Yinchuan 2021, M.8万元 for
        // 14.8万元): unreadable, never the figure it seems to be
        "M.8万元|unreadable@0-5",
        "≤M.8万元|unreadable@1-6",
        "O.5万人|unreadable@0-5",
        "l.5万元|unreadable@0-5",
        ".5万人|unreadable@0-4",
        "≥.5|unreadable@1-3",
        "#.5吨|unreadable@1-4",
        "≥l00人|unreadable@1-5",
        "≥ IO0人|unreadable@2-6",
        "l00人|unreadable@0-4",
        "l00%|unreadable@0-4",
        // letters that name things, units after figures, the numero sign and a sentence's stop
        "l00人参加|",
        "O3浓度≤160|160@5-8",
        "PM2.5浓度|", // a name: PM2.5 read 5 with 浓 as its unit
        "No.1|1@3-4",
        "no.1|1@3-4",
        "完成.8月底前|date@3-5",
        "(1).5人|5 人@4-6",
        "100m2|100 平方米@0-5",
        "5km|5 公里@0-3",
        "10GB|10 GB@0-4",
        "100M|100 米@0-4",
        "5kg|5 公斤@0-3",
        // a document's bracketed year and number are no figures; a count after them is
        "印发〔2023〕12号文件|",
        "深人社发[2023]15号出台3项|3 项@15-17",
        "(2023)8号|",
        "〔2023〕15、16号|",
        "〔2023〕第15号印发3项|3 项@12-14",
        "【2023】8号文拨付95万元|95 万元@11-15"
      })
  void findsWhatATableMeansByAFigure(String text, String expected) {
    assertThat(scan(text)).isEqualTo(expected == null ? "" : expected);
  }

  /** Pieces of cells: figures, dates, list markers, ordinals, numerals, multipliers and prose. */
  private static final List<String> PIECES =
      List.of("5人", "2023年", "2023年9月", "年底", "1.", "（2）", "第3", "三个", "约", "万", "98%", "完成", "指标", "12月", "-", "0.5", "半年", "一次性", "，");

  @Test
  void aTextHasAQuantityExactlyWhenItsQuantitiesAreNotEmpty() {
    qt().forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 5).map(l -> String.join("", l)))
        .checkAssert(
            text -> assertThat(QuantityScanner.hasQuantity(text)).as(text).isEqualTo(!QuantityScanner.quantities(text).isEmpty()));
  }
}
