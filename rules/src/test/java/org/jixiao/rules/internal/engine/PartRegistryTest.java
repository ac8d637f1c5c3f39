package org.jixiao.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.Part;
import org.jixiao.rules.spi.ProjectCheck;
import org.junit.jupiter.api.Test;

class PartRegistryTest {
  @Test
  void theDocumentedListsOfBuiltInIdsAreTheBuiltInPartsInTheirRunOrder() {
    // users disable, replace and order their own parts by these lists: a scorer missing from
    // SCORERS is one they cannot find
    List<Part> parts = PartRegistry.builtIns();
    assertThat(parts.stream().filter(p -> p instanceof IndicatorScorer).map(Part::id).toList())
        .isEqualTo(BuiltInIds.SCORERS);
    assertThat(parts.stream().filter(p -> p instanceof ProjectCheck).map(Part::id).toList())
        .isEqualTo(BuiltInIds.PROJECT_CHECKS);
  }
}
