package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.io.JixiaoReadException;
import org.junit.jupiter.api.Test;

/** The points a 20/80 form prints in its level-1 labels, in a project's JSON. */
class CategoryPointsJsonTest {
  private static final JixiaoJson JSON = JixiaoJson.defaults();

  private static Project printed() {
    return Project.builder()
        .name("共享工程")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .putStatedCategoryWeights(Category.OUTPUT, new BigDecimal("40"))
        .putStatedCategoryWeights(Category.BENEFIT, new BigDecimal("30"))
        .putStatedCategoryWeights(Category.SATISFACTION, new BigDecimal("10"))
        .build();
  }

  @Test
  void printedCategoryPointsAreWrittenByCategoryAndReadBackEqual() {
    String json = JSON.projectToJson(printed());
    assertThat(json).containsSubsequence("\"statedCategoryWeights\"", "\"OUTPUT\":40", "\"BENEFIT\":30", "\"SATISFACTION\":10");
    assertThat(JSON.readProject(json)).isEqualTo(printed());
  }

  @Test
  void aProjectWithoutPrintedPointsWritesNoSuchField() {
    Project plain = Project.builder().from(printed()).statedCategoryWeights(Map.of()).build();
    assertThat(JSON.projectToJson(plain)).doesNotContain("statedCategoryWeights");
  }

  @Test
  void aCategoryKeyThatIsALabelOrNegativePointsAreRefusedWhereTheyStand() {
    String base = JSON.projectToJson(printed());
    Refusal.refused(base.replace("\"OUTPUT\"", "\"产出指标\""), "OUTPUT, BENEFIT, SATISFACTION, COST", "产出指标");
    Refusal.refused(base.replace("\"BENEFIT\":30", "\"BENEFIT\":-30"), "不能为负数", "-30");
  }

  private static final class Refusal {
    static void refused(String json, String message, String text) {
      JixiaoReadException e = catchThrowableOfType(() -> JSON.readProject(json), JixiaoReadException.class);
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains(message).contains("statedCategoryWeights").contains(text);
    }
  }
}
