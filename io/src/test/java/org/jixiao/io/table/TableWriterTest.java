package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  private static final PerformanceTable SEED =
      TableReader.builder().build().read(Seed.bytes()).value();

  private static TableEvaluation evaluationOf(PerformanceTable table) {
    TableEvaluation.Builder document = TableEvaluation.builder().profile("mof-2020");
    for (Project project : table.projects()) {
      Evaluation.Builder evaluation =
          Evaluation.builder()
              .profile("mof-2020")
              .project(project.name())
              .execution(
                  ExecutionResult.builder()
                      .weight(BigDecimal.TEN)
                      .trace(Trace.of("r", "m", ""))
                      .build())
              .status(project.seq().orElse(0) % 2 == 0 ? Status.COMPLETED : Status.UNDETERMINED);
      if (project.seq().orElse(0) % 2 == 0) {
        evaluation.score(new BigDecimal("85.84")).grade(Grade.GOOD);
      }
      document.addEvaluations(evaluation.build());
    }
    return document.build();
  }

  @Test
  void evaluationColumnsAreAppendedAndIgnoredOnRead() {
    TableEvaluation evaluation = evaluationOf(SEED);
    String written = TableWriter.builder().build().writeToString(SEED, evaluation);
    String header = written.lines().filter(l -> l.startsWith("序号\t")).findFirst().orElseThrow();
    assertThat(List.of(header.split("\t"))).endsWith("得分", "等级", "状态");
    String row10 = written.lines().filter(l -> l.startsWith("10\t")).findFirst().orElseThrow();
    assertThat(row10).endsWith("\t85.84\t良\t完成");
    String row9 = written.lines().filter(l -> l.startsWith("9\t")).findFirst().orElseThrow();
    assertThat(row9).endsWith("\t\t\t无法判定");
    ReadResult<PerformanceTable> read = TableReader.builder().build().read(written);
    assertThat(read.value()).isEqualTo(SEED);
  }

  @Test
  void anEvaluationThatDoesNotMatchTheTableIsRefused() {
    TableEvaluation empty = TableEvaluation.builder().profile("p").build();
    assertThatThrownBy(() -> TableWriter.builder().build().writeToString(SEED, empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 evaluations but the table 32 projects");
  }

  @Test
  void optionalColumnsAppearOnlyWhenUsed() {
    String written = TableWriter.builder().build().writeToString(SEED);
    assertThat(written).doesNotContain("主管部门").doesNotContain("调整后预算数").doesNotContain("总分");
    assertThat(written).contains("是否政府投资项目(是/否)");
  }
}
