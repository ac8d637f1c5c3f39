package org.jixiao.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StrayCellTest {
  @Test
  void aCellKeepsTheLineItWasPrintedOn() {
    StrayCell cell = StrayCell.of(12, 3, Optional.of("三级指标"), "培训人次");
    assertEquals(OptionalLong.of(12), cell.line());
    assertEquals(3, cell.column());
  }

  @Test
  void aCellWhoseLineIsUnknownHasNone() {
    assertTrue(StrayCell.of(3, Optional.empty(), "培训人次").line().isEmpty());
  }

  @Test
  void theLineIsNoPartOfTheCellsIdentityAsAProjectsSourceLineIsNot() {
    StrayCell onTwelve = StrayCell.of(12, 3, Optional.empty(), "培训人次");
    assertEquals(onTwelve, StrayCell.of(13, 3, Optional.empty(), "培训人次"));
    assertEquals(onTwelve, StrayCell.of(3, Optional.empty(), "培训人次"));
    assertEquals(onTwelve.hashCode(), StrayCell.of(3, Optional.empty(), "培训人次").hashCode());
    assertNotEquals(onTwelve, StrayCell.of(12, 4, Optional.empty(), "培训人次"));
  }

  @Test
  void lineZeroOrBelowIsRefusedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StrayCell.of(0, 3, Optional.empty(), "x"));
    assertEquals("line must be one or more, was 0", e.getMessage());
  }
}
