package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.jixiao.rules.text.DatePeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The dates of a text, read in one pass; the year-closing words looked for only where one can start. */
class DateReaderTest {
  /** The longest-listed year-closing word at {@code i} by comparing every word there: what the reader did before. */
  private static int yearEndByEveryWord(String s, int i) {
    for (String word : DateReader.yearEndWords()) {
      if (s.startsWith(word, i)) {
        return word.length();
      }
    }
    return 0;
  }

  @Test
  void everyYearClosingWordEndsInDecember() {
    for (String word : DateReader.yearEndWords()) {
      for (String text : List.of(word, "2023年" + word, "工作" + word + "完成")) {
        List<DatePeriod> periods = DateReader.periods(text);
        assertThat(periods).as(text).isNotEmpty();
        assertThat(periods.get(periods.size() - 1).month()).as(text).isEqualTo(12);
      }
    }
    assertThat(DateReader.periods("2023年底前").get(0).describe()).isEqualTo("2023-12");
    assertThat(DateReader.periods("1年内完成")).isEmpty(); // a window of one year, not the year's end
  }

  @Test
  void aDayInChineseNumeralsIsTheDayOfItsMonth() {
    String[] numerals = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    qt().forAll(integers().between(1, 12), integers().between(1, 31))
        .checkAssert(
            (month, day) -> {
              String text = chinese(month, numerals) + "月" + chinese(day, numerals) + "日前完成";
              assertThat(DateReader.periods(text)).as(text).singleElement().extracting(DatePeriod::describe)
                  .isEqualTo(String.format("%02d-%02d", month, day));
            });
    assertThat(DateReader.periods("2023年十二月三十一号").get(0).describe()).isEqualTo("2023-12-31");
    // not a day: a count of days after the month, a day past 31
    assertThat(DateReader.periods("十二月三十二日").get(0).describe()).isEqualTo("12");
    assertThat(DateReader.periods("六月五天内完成").get(0).describe()).isEqualTo("06");
    // after an ASCII month and 元月 too; 元月 after a stated year only (次年元月 states none)
    assertThat(DateReader.periods("2024年1月五日").get(0).describe()).isEqualTo("2024-01-05");
    assertThat(DateReader.periods("2024年元月五号").get(0).describe()).isEqualTo("2024-01-05");
    assertThat(DateReader.periods("次年元月完成")).isEmpty();
  }

  /** {@code n} (1..31) as a date writes it: 五, 十, 十二, 二十, 三十一. */
  private static String chinese(int n, String[] numerals) {
    if (n <= 10) {
      return numerals[n];
    }
    return (n >= 20 ? numerals[n / 10] : "") + "十" + (n % 10 == 0 ? "" : numerals[n % 10]);
  }

  @Test
  void lookingOnlyWhereAWordCanStartFindsWhatComparingEveryWordFinds() {
    // pieces of the words, so that they overlap, nest and repeat, with other text between
    List<String> pieces = List.of("不跨", "年", "度", "内", "底", "末", "终", "全", "本", "下半", "上半", "2023", "12", "月", "完成", "，", "跨");
    Gen<String> texts = lists().of(Generate.pick(pieces)).ofSizeBetween(1, 10).map(l -> String.join("", l));
    qt().withExamples(3000)
        .forAll(texts, integers().between(0, 40))
        .checkAssert((s, at) -> {
          int i = Math.min(at, s.length());
          assertThat(DateReader.yearEndAt(s, s.toCharArray(), i)).as("%s at %d", s, i).isEqualTo(yearEndByEveryWord(s, i));
        });
  }

  @Test
  void aThirdOfAMonthEndsOnItsLastDay() {
    String[] numerals = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    qt().forAll(integers().between(1, 12), integers().between(0, 5), integers().between(0, 1))
        .checkAssert(
            (month, part, chinese) -> {
              String[] parts = {"上旬", "中旬", "下旬", "上中旬", "中下旬", "初"};
              String[] ends = {"-10", "-20", "", "-20", "", "-10"};
              String text = "2023年" + (chinese == 1 ? chinese(month, numerals) : String.valueOf(month)) + "月" + parts[part] + "前完成";
              assertThat(DateReader.periods(text)).as(text).singleElement().extracting(DatePeriod::describe)
                  .isEqualTo(String.format("2023-%02d", month) + ends[part]);
            });
    assertThat(DateReader.periods("6月份下旬").get(0).describe()).isEqualTo("06");
    assertThat(DateReader.periods("6月份上旬").get(0).describe()).isEqualTo("06-10");
    assertThat(DateReader.periods("2024年元月中旬").get(0).describe()).isEqualTo("2024-01-20");
    assertThat(DateReader.periods("12月初至12月底").get(0).describe()).isEqualTo("12-10");
    // two parts together: the later ends the period (上、中旬; two batches, 上旬、中旬)
    assertThat(DateReader.periods("6月上、中旬").get(0).describe()).isEqualTo("06-20");
    assertThat(DateReader.periods("11月上旬、下旬分两批完成").get(0).describe()).isEqualTo("11");
    assertThat(DateReader.periods("11月上旬和中旬").get(0).describe()).isEqualTo("11-20");
  }

  @Test
  void aWordStartingWithTheBeginningIsNoPartOfTheMonth() {
    // 初步, 初验, 初稿: a first step after a month, not its beginning; 上报, 下发 name no third
    for (String text : List.of("3月初步完成", "3月初验通过", "3月初稿已完成", "6月上报", "6月下发文件", "6月中完成", "6月上下旬")) {
      assertThat(DateReader.periods(text)).as(text).singleElement().extracting(DatePeriod::describe).isEqualTo(
          text.startsWith("3") ? "03" : "06");
    }
    for (String text : List.of("3月初", "3月初前", "3月初已全部拨付", "3月初,完成验收", "3月初完成")) {
      assertThat(DateReader.periods(text)).as(text).singleElement().extracting(DatePeriod::describe).isEqualTo("03-10");
    }
  }
}
