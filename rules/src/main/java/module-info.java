/** The rule engine: execution rate, indicator scoring, grade, status and checks. */
module org.jixiao.rules {
  requires transitive org.jixiao.core;
  requires static transitive org.jspecify;
}
