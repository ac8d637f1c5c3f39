/**
 * The rule engine of jixiao: derives the execution rate, scores indicators, allocates weights,
 * grades, derives the completion status and reports findings, every number with its trace.
 *
 * <p>Entry points: {@link org.jixiao.rules.Evaluator} and {@link org.jixiao.rules.Profiles} for
 * self-evaluations, {@link org.jixiao.rules.review.Reviewer} for the review of declared targets
 * (绩效目标审核).
 * Custom rules implement the interfaces of {@code org.jixiao.rules.spi} and plug in by the
 * evaluator's builder or by {@link java.util.ServiceLoader} (service type
 * {@link org.jixiao.rules.spi.Part}).
 */
module org.jixiao.rules {
  requires transitive org.jixiao.core;
  requires java.management; // the JIT compiler's activity, to pace the parallel workers
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.jixiao.rules;
  exports org.jixiao.rules.spi;
  exports org.jixiao.rules.text;
  exports org.jixiao.rules.review;

  uses org.jixiao.rules.spi.Part;
  uses org.jixiao.rules.spi.ReviewCheck;
}
