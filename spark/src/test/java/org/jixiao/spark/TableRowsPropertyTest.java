package org.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.spark.internal.RowProblem;
import org.jixiao.spark.internal.TableRows;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * The table conversion, without a Spark session: a project written into the columns a user
 * would fill reads back equal, whether the figures are DECIMAL or text; a cell that is not what
 * its column holds is a problem naming the column.
 */
class TableRowsPropertyTest {
  @Test
  void aProjectWrittenAsTextColumnsReadsBackEqual() {
    TableRows rows = new TableRows(ProjectRowsForTest.TEXT_SCHEMA, null);
    for (ModelGenerators generators : new ModelGenerators[] {ModelGenerators.realistic(), ModelGenerators.hostile()}) {
      qt().withExamples(300)
          .forAll(
              integers().between(1, 9999),
              QuickTheoriesGens.gen(generators.project(MoneyUnit.WAN_YUAN, 1)))
          .checkAssert(
              (seq, p) -> {
                Project project = Project.builder().from(p).seq(seq).build();
                assertThat(read(rows, ProjectRowsForTest.textRow(project))).isEqualTo(project);
              });
    }
  }

  @Test
  void aDecimalColumnKeepsTheValue() {
    TableRows rows = new TableRows(ProjectColumns.SCHEMA, null);
    qt().withExamples(100)
        .forAll(QuickTheoriesGens.gen(ModelGenerators.realistic().project(MoneyUnit.YUAN, 7)))
        .checkAssert(
            p -> {
              Project back = read(rows, ProjectRowsForTest.row(p));
              assertThat(back.budget().orElseThrow()).isEqualByComparingTo(p.budget().orElseThrow());
              assertThat(back.indicators().size()).isEqualTo(p.indicators().size());
              assertThat(back.name()).isEqualTo(p.name());
            });
  }

  @Test
  void aCellThatIsNotItsColumnsKindIsAProblemNamingTheColumnAndText() {
    StructType schema =
        new StructType()
            .add("NAME", DataTypes.StringType) // names match ignoring case
            .add("budget", DataTypes.StringType)
            .add("seq", DataTypes.StringType);
    TableRows rows = new TableRows(schema, MoneyUnit.WAN_YUAN);

    assertThatThrownBy(() -> rows.project(RowFactory.create("培训", "三百万", "1")))
        .isInstanceOf(RowProblem.class)
        .hasMessage("JX-S-0002 invalid project row: column budget '三百万' is not a number");
    assertThatThrownBy(() -> rows.project(RowFactory.create("培训", "1", "第一")))
        .hasMessageContaining("column seq '第一' is not an integer");
    assertThatThrownBy(() -> rows.project(RowFactory.create(" ", "1", "1")))
        .isInstanceOf(RowProblem.class)
        .hasMessageContaining("project name");
    Project ok = read(rows, RowFactory.create("培训", " 311.470 ", "10"));
    assertThat(ok.budget().orElseThrow()).hasToString("311.470");
    assertThat(ok.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(ok.seq().getAsInt()).isEqualTo(10);
  }

  @Test
  void aSchemaWithoutNameOrWithAnInexactFigureIsRefused() {
    assertThatThrownBy(() -> TableRows.check(new StructType().add("title", DataTypes.StringType)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'name'");
    assertThatThrownBy(
            () ->
                TableRows.check(
                    new StructType()
                        .add("name", DataTypes.StringType)
                        .add("indicators", DataTypes.createArrayType(
                            new StructType().add("weight", DataTypes.FloatType)))))
        .hasMessageContaining("'indicators.weight' is float");
    TableRows.check(ProjectColumns.SCHEMA);
    TableRows.check(ProjectRowsForTest.TEXT_SCHEMA);
  }

  private static Project read(TableRows rows, Row row) {
    try {
      return rows.project(row);
    } catch (RowProblem e) {
      throw new AssertionError(e.getMessage() + " in " + row, e);
    }
  }
}
