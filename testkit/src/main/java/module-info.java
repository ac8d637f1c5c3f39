/** Framework-neutral generators of model values and rule contracts for property tests. */
module org.jixiao.testkit {
  requires transitive org.jixiao.core;
  requires static transitive org.jspecify;
}
