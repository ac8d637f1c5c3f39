/**
 * The immutable domain model of budget-project performance self-evaluations (预算项目绩效自评).
 *
 * <p>One set of types serves both published layouts: the department disclosure table
 * (部门预算项目绩效自评情况公开表) and the single-project form (项目支出绩效自评表).
 * The model records what was published, faithfully; judging it is the rules' job.
 */
module org.jixiao.core {
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.jixiao.core.label;
  exports org.jixiao.core.money;
  exports org.jixiao.core.project;
  exports org.jixiao.core.indicator;
  exports org.jixiao.core.evaluation;
  exports org.jixiao.core.table;
}
