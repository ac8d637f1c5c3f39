package org.jixiao.io.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.io.internal.table.RowRealigner.Placement;
import org.jixiao.io.internal.table.RowRealigner.Slot;
import org.junit.jupiter.api.Test;

/** The realigner on hand-made rows: the sample's layout, slots 9 … 26. */
class RowRealignerTest {
  private static final List<Slot> SLOTS = slots();

  private static List<Slot> slots() {
    List<Slot> slots = new ArrayList<>();
    slots.add(new Slot(9, Role.GOAL, null));
    slots.add(new Slot(10, Role.COMPLETION, null));
    Subcategory[] pairs = {
      Subcategory.QUANTITY, Subcategory.QUALITY, Subcategory.TIMELINESS, Subcategory.ECONOMIC,
      Subcategory.SOCIAL, Subcategory.ECOLOGICAL, Subcategory.SERVED_SATISFACTION
    };
    for (int p = 0; p < pairs.length; p++) {
      slots.add(new Slot(11 + 2 * p, Role.TARGET, pairs[p]));
      slots.add(new Slot(12 + 2 * p, Role.ACHIEVED, pairs[p]));
    }
    slots.add(new Slot(25, Role.PROBLEMS, null));
    slots.add(new Slot(26, Role.RECTIFICATION, null));
    return slots;
  }

  /** Places texts printed at the given columns; returns the column each lands in, -1 stray. */
  private static int[] place(int[] columns, String... texts) {
    int n = texts.length;
    int[] features = new int[n];
    boolean[] tail = new boolean[n];
    boolean inTail = true;
    for (int i = n - 1; i >= 0; i--) {
      features[i] = TextEvidence.of(texts[i]);
      inTail = inTail && TextEvidence.has(features[i], TextEvidence.PLACEHOLDER);
      tail[i] = inTail;
    }
    Placement placement = RowRealigner.align(SLOTS, columns, features, tail);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int slot = placement.slotOf()[i];
      out[i] = slot >= 0 ? SLOTS.get(slot).column() : -1;
    }
    return out;
  }

  @Test
  void aWellFormedRowStaysAsPrinted() {
    int[] columns = {9, 10, 11, 12, 23, 24, 25, 26};
    assertThat(place(columns, "保障单位正常运行", "完成", "采购设备3台", "已完成", "满意度≥90%", "95%", "无", "无"))
        .containsExactly(columns);
  }

  @Test
  void aTailShiftedLeftByACollapsedPairGoesBackByItsSatisfactionAndPlaceholderEvidence() {
    // 生态 (21/22) was empty and vanished: 满意度 and 问题/整改 are printed two columns left.
    int[] columns = {9, 10, 11, 12, 21, 22, 23, 24};
    assertThat(place(columns, "保障单位正常运行", "完成", "采购设备3台", "已完成", "服务对象满意度≥90%", "满意度95%", "无", "无"))
        .containsExactly(9, 10, 11, 12, 23, 24, 25, 26);
  }

  @Test
  void aCompletionStandingAloneIsPlacedAsACompletion() {
    // The 数量 target is missing: 已完成 stands alone at 11, the rest one column left.
    int[] columns = {9, 10, 11, 12, 13, 22, 23, 24, 25};
    assertThat(place(columns, "目标", "完成", "已完成", "验收合格率100%", "合格", "满意度≥90%", "满意", "无", "无"))
        .containsExactly(9, 10, 12, 13, 14, 23, 24, 25, 26);
  }

  @Test
  void neutralTextBetweenTwoPossiblePlacesKeepsItsColumnOrStaysStrayButIsNeverMovedOnAGuess() {
    // A statement and a verdict between 时效 and 满意度 with nothing to say 经济, 社会 or 生态,
    // printed where 经济 is, while the tail after them is two columns left: only its position
    // speaks, so it keeps its column or stays stray; it is not moved to 社会 on a guess.
    int[] columns = {9, 10, 17, 18, 21, 22, 23, 24};
    int[] placed = place(columns, "目标", "完成", "保障单位正常运转", "已完成", "满意度≥90%", "满意", "无", "无");
    assertThat(placed[0]).isEqualTo(9);
    assertThat(placed[2]).isIn(17, -1);
    assertThat(placed[3]).isIn(18, -1);
    assertThat(placed[4]).isEqualTo(23);
    assertThat(placed[6]).isEqualTo(25);
  }
}
