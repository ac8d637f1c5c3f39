/**
 * Framework-neutral generators of model values for property tests, reproducible from a seed, and
 * contracts for custom rule parts. The QuickTheories adapter is the separate artifact
 * {@code jixiao-testkit-quicktheories} (automatic module {@code org.jixiao.testkit.quicktheories}),
 * so that this module requires no automatic module.
 */
module org.jixiao.testkit {
  requires transitive org.jixiao.core;
  requires static transitive org.jspecify;
  requires static org.junit.jupiter.api;
  requires transitive org.jixiao.rules;

  exports org.jixiao.testkit;
  exports org.jixiao.testkit.contract;
}
