package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;

/** Building findings and describing figures in them. */
final class Findings {
  private Findings() {}

  /** A finding about a project, located by its 序号 and a field path. */
  static Finding at(String rule, Severity severity, Msg message, Project project, String path) {
    return message.finding(rule, severity, Location.builder().seq(project.seq()).path(path).build());
  }

  /** A finding about a project's cell, with the offending text. */
  static Finding at(String rule, Severity severity, Msg message, Project project, String path, String text) {
    return message.finding(rule, severity, Location.builder().seq(project.seq()).path(path).text(text).build());
  }

  /** An amount as printed: two decimals. */
  static String money(BigDecimal amount) {
    return Decimals.two(amount).toPlainString();
  }

  /** Sequence numbers as ranges: {@code 11–14, 27–28}. */
  static String ranges(List<Integer> numbers) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < numbers.size()) {
      int j = i;
      while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
        j++;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(numbers.get(i));
      if (j > i) {
        out.append('–').append(numbers.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }

  /**
   * Whether a stated figure agrees with a computed one: within {@code tolerance}, or equal to it
   * once the computed figure is rounded HALF_UP to the stated figure's decimals (display
   * rounding: 8.62 printed as 9).
   */
  static boolean agrees(BigDecimal stated, BigDecimal computed, BigDecimal tolerance) {
    if (stated.subtract(computed).abs().compareTo(tolerance) <= 0) {
      return true;
    }
    return computed.setScale(shown(stated), RoundingMode.HALF_UP).compareTo(stated) == 0;
  }

  /**
   * Whether a stated figure is the computed one cut off at its decimals, as a spreadsheet's INT
   * or TRUNC shows it (临沧市临翔区 2023: 得分 9 for 10 × 97.8086 % = 9.78, beside its rate
   * 97.80 % cut off the same way).
   */
  static boolean cutsTo(BigDecimal stated, BigDecimal computed) {
    return computed.setScale(shown(stated), RoundingMode.DOWN).compareTo(stated) == 0;
  }

  /** The decimals a stated figure shows, each cell its own: forms typed by hand mix 9 and 10.0. */
  private static int shown(BigDecimal stated) {
    return Math.max(0, stated.scale());
  }
}
