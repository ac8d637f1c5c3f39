package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Times of day of daily deadlines and of the actuals that answer them. */
class ClockTimesTest {
  private static String latest(String s) {
    OptionalInt t = ClockTimes.latest(s);
    return t.isPresent() ? ClockTimes.describe(t.getAsInt()) : "none";
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "每天早上六点半前送达, 06:30",
    "每天早上6点20分送达, 06:20",
    "早上七点送达, 07:00",
    "下午5时前报送, 17:00",
    "晚上八点半闭馆, 20:30",
    "17:30前完成, 17:30",
    "每日6点至6点20分送达, 06:20",
    "十二点前, 12:00",
  })
  void readsATimeOfDay(String text, String time) {
    assertThat(latest(text)).isEqualTo(time);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"24小时", "3个工作日", "提出第3点意见", "2023年12月前", "30点", "3时限", "12:345", "完成率100%"})
  void aDurationADateOrAnOrdinalIsNoTimeOfDay(String text) {
    assertThat(latest(text)).isEqualTo("none");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"每天早上六点半前送达, 06:30", "下午5点之前, 17:00", "每天8:00以前开门, 08:00"})
  void aDailyDeadlineIsATimeRightBeforeQian(String text, String time) {
    assertThat(ClockTimes.describe(ClockTimes.deadline(text).orElseThrow())).isEqualTo(time);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023年12月前", "六点半送达", "年底前", "3点建议前"})
  void noTimeRightBeforeQianIsNoDailyDeadline(String text) {
    assertThat(ClockTimes.deadline(text)).isEmpty();
  }
}
