package org.jixiao.rules.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;

/**
 * The review of one declaration: who it is (项目编码, 序号, name), the verdict and the opinions,
 * each under its aspect.
 *
 * @param profile the id of the review profile
 * @param code 项目编码, when the declaration has one
 * @param seq 序号, when it has one
 * @param project 项目名称
 * @param verdict the decision
 * @param opinions the opinions in check order
 */
public record Review(
    String profile, Optional<String> code, OptionalInt seq, String project, ReviewVerdict verdict, List<Opinion> opinions) {

  /** Copies the opinions. */
  public Review {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(verdict, "verdict");
    opinions = List.copyOf(opinions);
  }

  /** The findings of every opinion, in order. */
  public List<Finding> findings() {
    return opinions.stream().map(Opinion::finding).toList();
  }

  /** The opinions grouped by aspect; every aspect is a key, in order. */
  public Map<ReviewAspect, List<Opinion>> byAspect() {
    Map<ReviewAspect, List<Opinion>> out = new EnumMap<>(ReviewAspect.class);
    for (ReviewAspect a : ReviewAspect.values()) {
      out.put(a, opinions.stream().filter(o -> o.aspect() == a).toList());
    }
    return out;
  }

  /** How many opinions have this severity. */
  public int count(Severity severity) {
    return (int) opinions.stream().filter(o -> o.finding().severity() == severity).count();
  }
}
