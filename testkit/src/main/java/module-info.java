/**
 * Framework-neutral generators of model values for property tests, reproducible from a seed,
 * with an adapter for QuickTheories.
 */
module org.jixiao.testkit {
  requires transitive org.jixiao.core;
  requires static transitive org.jspecify;
  requires static quicktheories;
  requires static org.junit.jupiter.api;
  requires transitive org.jixiao.rules;

  exports org.jixiao.testkit;
  exports org.jixiao.testkit.quicktheories;
  exports org.jixiao.testkit.contract;
}
