package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;

/**
 * Counts per a base of people (每万人口全科医生数 ≥3人, 每10万人口律师数 ≥5人): a figure printed per that base
 * (3.5/万, 5.6/10万人) is the count the name asks, not a share of a rate per 万 (孕产妇死亡率 8.2/10万).
 */
final class CountsPerBase {
  private CountsPerBase() {}

  /** The figures of {@code figures} printed per the base {@code name} counts per, as counts in {@code unit}. */
  static List<Quantity> asCounts(List<Quantity> figures, Unit unit, String name) {
    Optional<Unit> base = base(name);
    List<Quantity> out = new ArrayList<>();
    if (base.isEmpty()) {
      return out;
    }
    for (Quantity q : figures) {
      if (q.unit().equals(base.get())) {
        out.add(q.withUnit(unit));
      }
    }
    return out;
  }

  /** The rate per a base a 每 of the name counts per (每万人口: /万; 每10万人口: /10万), or empty. */
  static Optional<Unit> base(String name) {
    for (int i = name.indexOf('每'); i >= 0; i = name.indexOf('每', i + 1)) {
      int wan = name.indexOf('万', i + 1);
      if (wan > i && wan - i <= 4) {
        Optional<Unit> u = Unit.of("/" + name.substring(i + 1, wan + 1)).filter(Unit::isShare);
        if (u.isPresent()) {
          return u;
        }
      }
    }
    return Optional.empty();
  }
}
