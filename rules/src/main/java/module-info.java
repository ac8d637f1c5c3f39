/**
 * The rule engine of jixiao: derives the execution rate, scores indicators, allocates weights,
 * grades, derives the completion status and reports findings, every number with its trace.
 *
 * <p>Entry points: {@link org.jixiao.rules.Evaluator} and {@link org.jixiao.rules.Profiles}.
 * Custom rules implement the interfaces of {@code org.jixiao.rules.spi} and plug in by the
 * evaluator's builder or by {@link java.util.ServiceLoader} (service type
 * {@link org.jixiao.rules.spi.Part}).
 */
module org.jixiao.rules {
  requires transitive org.jixiao.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.jixiao.rules;
  exports org.jixiao.rules.spi;
  exports org.jixiao.rules.text;

  uses org.jixiao.rules.spi.Part;
}
