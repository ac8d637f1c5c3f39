package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;

/**
 * A month's average restated over the months the cell says it holds (review 75b): 全年月均服务1,050人次 under 全年≥12000人次 is
 * 12600 人次, 月均发放1.2万元，1-12月均按月足额发放 under ≥15万元 14.4 万元. It was compared as it stood (8.75 %, 8 %). Only under a
 * target of no period (the year's), for an amount or a count (not a share, not a time), after 月均 (which {@code TargetParser}
 * reads as per 月), over the months the cell names (1—10月月均…: ten) or else the year's twelve, as counts of events per 月
 * are restated over the year ({@code Periods}).
 * Part of {@link QuantitativeScorer}.
 */
final class MonthlyAverages {
  private MonthlyAverages() {}

  /** {@code figures} with each month's average over the months named made their sum; {@code figures} itself when none is. */
  static List<Quantity> overTheMonths(List<Quantity> figures, String actual, Quantity wanted) {
    if (wanted.per().isPresent() || wanted.unit().isShare() || wanted.unit().isDuration() || !actual.contains("月均")) {
      return figures;
    }
    List<Quantity> out = figures;
    for (int k = 0; k < figures.size(); k++) {
      Quantity q = figures.get(k);
      if (!q.per().equals(Optional.of("月")) || q.unit().isShare() || q.unit().isDuration() || q.isRange()) {
        continue;
      }
      int months = YearParts.ofClause(actual, q);
      months = months != 0 ? months : YearParts.within(actual, 0, actual.length());
      months = months != 0 ? months : YearParts.YEAR; // 月均1.2万元 alone under a target of the year: its twelve months
      BigDecimal count = BigDecimal.valueOf(Integer.bitCount(months));
      Quantity sum = new Quantity(q.value().multiply(count), Optional.empty(), q.unit(), q.approximate(), q.start(), q.end());
      out = out == figures ? new ArrayList<>(figures) : out;
      out.set(k, sum);
    }
    return out;
  }
}
