package org.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.project.FundSource;
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
              QuickTheoriesGens.gen(generators.project(MoneyUnit.WAN_YUAN, 1)),
              longs().all(),
              booleans().all())
          .checkAssert(
              (seq, p, seed, fill) -> {
                // the generators leave many columns empty; half the time every column is filled
                Project project = Project.builder().from(fill ? everyColumnFilled(p, seed) : p).seq(seq).build();
                assertThat(read(rows, ProjectRowsForTest.textRow(project))).isEqualTo(withoutBlankTexts(project));
              });
    }
  }

  /**
   * The project as a table holds it: a blank text cell is an empty one (as the TSV reader reads
   * it), so a text of white space only reads back absent.
   */
  private static Project withoutBlankTexts(Project p) {
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : p.indicators()) {
      indicators.add(
          Indicator.builder()
              .from(i)
              .name(filled(i.name()))
              .target(filled(i.target()))
              .actual(filled(i.actual()))
              .measureUnit(filled(i.measureUnit()))
              .deviationReason(filled(i.deviationReason()))
              .build());
    }
    return Project.builder()
        .from(p)
        .code(filled(p.code()))
        .unit(filled(p.unit()))
        .department(filled(p.department()))
        .goal(filled(p.goal()))
        .goalOutcome(filled(p.goalOutcome()))
        .statedCompletion(filled(p.statedCompletion()))
        .problems(filled(p.problems()))
        .rectification(filled(p.rectification()))
        .indicators(IndicatorSet.of(indicators))
        .build();
  }

  private static Optional<String> filled(Optional<String> text) {
    return text.filter(t -> !t.isBlank());
  }

  /** The project with every column of the tabular schema that it leaves empty filled. */
  private static Project everyColumnFilled(Project p, long seed) {
    Random r = new Random(seed);
    List<FundSource> funds = new ArrayList<>();
    for (FundSource f : p.funds()) {
      funds.add(
          FundSource.builder()
              .from(f)
              .budget(f.budget().or(() -> Optional.of(amount(r))))
              .adjustedBudget(f.adjustedBudget().or(() -> Optional.of(amount(r))))
              .executed(f.executed().or(() -> Optional.of(amount(r))))
              .label(f.label().or(() -> Optional.of("中央补助" + r.nextInt(1000))))
              .build());
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : p.indicators()) {
      indicators.add(
          Indicator.builder()
              .from(i)
              .name(i.name().or(() -> Optional.of("指标" + r.nextInt(1000))))
              .target(i.target().or(() -> Optional.of("≥" + r.nextInt(1000) + "人次")))
              .actual(i.actual().or(() -> Optional.of(r.nextInt(1000) + "人次")))
              .nature(i.nature().or(() -> Optional.of(TargetNature.values()[r.nextInt(TargetNature.values().length)])))
              .measureUnit(i.measureUnit().or(() -> Optional.of(List.of("人次", "%", "万元").get(r.nextInt(3)))))
              .weight(i.weight().or(() -> Optional.of(amount(r))))
              .statedScore(i.statedScore().or(() -> Optional.of(amount(r))))
              .deviationReason(i.deviationReason().or(() -> Optional.of("原因" + r.nextInt(1000))))
              .printedSubcategory(i.printedSubcategory().or(() -> Optional.of("社会、经济效益指标" + r.nextInt(1000))))
              .build());
    }
    return Project.builder()
        .from(p)
        .code(p.code().or(() -> Optional.of("4403062313915" + r.nextInt(100_000))))
        .unit(p.unit().or(() -> Optional.of("单位" + r.nextInt(1000))))
        .department(p.department().or(() -> Optional.of("部门" + r.nextInt(1000))))
        .governmentInvestment(p.governmentInvestment().or(() -> Optional.of(r.nextBoolean())))
        .budget(p.budget().or(() -> Optional.of(amount(r))))
        .adjustedBudget(p.adjustedBudget().or(() -> Optional.of(amount(r))))
        .actual(p.actual().or(() -> Optional.of(amount(r))))
        .statedExecutionRate(p.statedExecutionRate().or(() -> Optional.of(amount(r))))
        .statedExecutionWeight(p.statedExecutionWeight().or(() -> Optional.of(amount(r))))
        .statedExecutionScore(p.statedExecutionScore().or(() -> Optional.of(amount(r))))
        .statedCategoryWeights(
            p.statedCategoryWeights().isEmpty()
                ? java.util.Map.of(Category.OUTPUT, amount(r), Category.BENEFIT, amount(r), Category.SATISFACTION, amount(r), Category.COST, amount(r))
                : p.statedCategoryWeights())
        .goal(p.goal().or(() -> Optional.of("目标" + r.nextInt(1000))))
        .goalOutcome(p.goalOutcome().or(() -> Optional.of("完成" + r.nextInt(1000))))
        .statedCompletion(p.statedCompletion().or(() -> Optional.of("情况" + r.nextInt(1000))))
        .problems(p.problems().or(() -> Optional.of("问题" + r.nextInt(1000))))
        .rectification(p.rectification().or(() -> Optional.of("整改" + r.nextInt(1000))))
        .statedScore(p.statedScore().or(() -> Optional.of(amount(r))))
        .funds(funds)
        .indicators(IndicatorSet.of(indicators))
        .build();
  }

  /** A figure of up to seven digits and up to four decimals, as the columns hold them. */
  private static BigDecimal amount(Random r) {
    return BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(5));
  }

  @Test
  void anIndicatorCutOffByItsCopyReadsBackCutAndOneWithAnActualIsAProblem() {
    TableRows rows = new TableRows(ProjectColumns.SCHEMA, MoneyUnit.WAN_YUAN);
    Indicator cut =
        Indicator.builder().category(Category.SATISFACTION).name("受益农户满意度").target(">=9").cutOff(true).build();
    Project p = Project.builder().name("野生动物收容").moneyUnit(MoneyUnit.WAN_YUAN).indicators(IndicatorSet.of(List.of(cut))).build();
    assertThat(read(rows, ProjectRowsForTest.row(p)).indicators().indicators().get(0).cutOff()).isTrue();
    assertThat(read(new TableRows(ProjectRowsForTest.TEXT_SCHEMA, null), ProjectRowsForTest.textRow(p))).isEqualTo(p);

    Project filled = Project.builder().from(p).indicators(IndicatorSet.of(List.of(Indicator.builder().from(cut).cutOff(false).actual("95%").build()))).build();
    Row row = ProjectRowsForTest.row(filled);
    List<Object> cells = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(row.toSeq()));
    int at = ProjectColumns.SCHEMA.fieldIndex(ProjectColumns.INDICATORS);
    Row indicator = ((scala.collection.Seq<Row>) cells.get(at)).apply(0);
    List<Object> fields = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(indicator.toSeq()));
    fields.set(fields.size() - 1, true);
    cells.set(at, scala.jdk.javaapi.CollectionConverters.asScala(List.of(RowFactory.create(fields.toArray()))).toSeq());
    assertThatThrownBy(() -> rows.project(RowFactory.create(cells.toArray())))
        .isInstanceOf(RowProblem.class)
        .hasMessageContaining("cut off");
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
        .hasMessage("JX-S-0002 invalid project row: column name is required");
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
