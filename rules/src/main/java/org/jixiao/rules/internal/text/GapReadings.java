package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;

/**
 * The second reading of {@code 每隔两天}: usage is divided. Counting the days between, 每隔两天巡查1次
 * is once in three days (Monday, Thursday), as 每隔一天 is once in two, which no one doubts; many
 * writers mean once in two days. {@link Intervals} reads the span as printed (两天, every two
 * days); this gives the other reading of the same figure, one more of the step (3天), so that a
 * scorer can see whether the two readings agree. Only steps of the calendar (天, 周, 月, 年) with a
 * figure of two or more: 每隔一天 has one reading, and 每隔2小时 is every two hours (time runs on).
 */
public final class GapReadings {
  private GapReadings() {}

  /** The most characters from 隔 to the figure it governs (每隔两天对辖区企业巡查1次). */
  private static final int REACH = 24;

  /**
   * A gap found: the text from 隔 to the end of its span ({@code 隔两天}), the span as read ({@code
   * 2天}) and the figure read with one step more ({@code 1 次/3天}).
   */
  public record Gap(String phrase, String span, Quantity asGap) {}

  /**
   * The reading of {@code q} of {@code text} as the days (weeks, months, years) between each time,
   * when {@code q} is a frequency whose span was written after 隔 with a figure of two or more;
   * empty otherwise.
   */
  public static Optional<Gap> of(Quantity q, String text) {
    if (q.per().isEmpty() || q.end() > text.length()) {
      return Optional.empty();
    }
    String per = q.per().get();
    for (int h = Math.min(q.end(), text.length()) - 1; h >= Math.max(0, q.start() - REACH); h--) {
      char c = text.charAt(h);
      if (h < q.start() && (Clauses.isClauseEnd(c) || c == '/')) {
        return Optional.empty();
      }
      if (c != '隔') {
        continue;
      }
      int k = h + 1;
      while (k < text.length() && (Chars.isAsciiDigit(text.charAt(k)) || ChineseNumerals.isPart(text.charAt(k)))) {
        k++;
      }
      Optional<BigDecimal> n = k == h + 1 ? Optional.empty() : figure(text.substring(h + 1, k));
      if (n.isEmpty() || n.get().compareTo(BigDecimal.valueOf(2)) < 0 || n.get().scale() > 0) {
        return Optional.empty();
      }
      int u = k < text.length() && text.charAt(k) == '个' ? k + 1 : k;
      for (String[] step : STEPS) {
        String printed = n.get().toPlainString() + step[1];
        if (text.startsWith(step[0], u) && per.equals(printed)) {
          String gap = n.get().add(BigDecimal.ONE).toPlainString() + step[1];
          int from = h > 0 && text.charAt(h - 1) == '每' ? h - 1 : h; // quoted as written: 每隔两天
          return Optional.of(new Gap(text.substring(from, u + step[0].length()), per, q.per(gap)));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The steps of the calendar as written after the figure and as {@link Intervals} names their span. */
  private static final String[][] STEPS = {{"天", "天"}, {"日", "天"}, {"星期", "周"}, {"周", "周"}, {"月", "个月"}, {"年", "年"}};

  private static Optional<BigDecimal> figure(String s) {
    if (Chars.isAsciiDigit(s.charAt(0))) {
      for (int i = 0; i < s.length(); i++) {
        if (!Chars.isAsciiDigit(s.charAt(i))) {
          return Optional.empty();
        }
      }
      return Optional.of(new BigDecimal(s));
    }
    return ChineseNumerals.parse(s);
  }
}
