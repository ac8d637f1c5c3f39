package org.jixiao.rules.spi;

import java.util.Optional;

/**
 * A part of the rule engine: an execution-rate scorer, an indicator scorer, a weight
 * allocator, a grade scale, a status deriver, a project check or a table check. Every part
 * implements exactly one of those interfaces.
 *
 * <p>Parts must be stateless and thread-safe: one evaluator, and so one part, is shared by
 * every thread. They are pure functions of their inputs.
 *
 * <p>This is also the {@link java.util.ServiceLoader} service type: list implementations in
 * {@code META-INF/services/org.jixiao.rules.spi.Part} (or {@code provides} in a module
 * descriptor) and load them with {@code Evaluator.builder().loadParts(classLoader)}. A
 * service-loaded implementation needs a public no-argument constructor.
 */
public interface Part {
  /**
   * The stable id of this part, for example {@code quantitative}; it names the part in traces
   * and findings, and a profile or builder disables or replaces a part by it. Two parts of one
   * evaluator never share an id.
   */
  String id();

  /**
   * The id of the part this one takes the place of, if any; the replacement inherits that
   * part's position. Used when a part is added to the builder or loaded as a service; the
   * builder's {@code replace(id, part)} says the same thing explicitly.
   */
  default Optional<String> replaces() {
    return Optional.empty();
  }
}
