package org.jixiao.rules.spi;

import java.math.BigDecimal;
import java.util.List;

/**
 * The weights of one evaluation: the execution rate's and one per indicator (0 for indicators
 * not scored), plus notes that become findings (for example "分值 missing, spread equally").
 *
 * @param executionWeight the weight of the execution rate
 * @param indicatorWeights one weight per indicator, in indicator order
 * @param notes remarks on how the weights were set, in order
 */
public record Allocation(BigDecimal executionWeight, List<BigDecimal> indicatorWeights, List<String> notes) {

  /** Copies the lists and rejects negative weights. */
  public Allocation {
    indicatorWeights = List.copyOf(indicatorWeights);
    notes = List.copyOf(notes);
    boolean negative = executionWeight.signum() < 0;
    for (BigDecimal w : indicatorWeights) { // a loop, not a stream: this runs for every project
      negative |= w.signum() < 0;
    }
    if (negative) {
      throw new IllegalArgumentException("weights must not be negative");
    }
  }

  /** The sum of every weight. */
  public BigDecimal total() {
    return indicatorWeights.stream().reduce(executionWeight, BigDecimal::add);
  }
}
