package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.rules.text.ListItem;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ListSplitterTest {
  /** Cells made of list markers, separators, words and figures, in any order. */
  private static Gen<String> cells() {
    return joined(List.of("1.", "2.", "3.", "2、", "(1)", "(2)", "一、", "二、", ";", "；", " ", "。", "完成", "培训", "5", "人次", "2.5"), 12);
  }

  /** Texts of up to {@code most} of the pieces, picked with repeats and joined in any order. */
  static Gen<String> joined(List<String> pieces, int most) {
    return lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, most)
        .map(picks -> picks.stream().map(pieces::get).collect(Collectors.joining()));
  }

  @Test
  void listItemsAreTheSplitOfAListAndNoneOfAnythingElse() {
    qt().forAll(cells())
        .checkAssert(cell -> {
          List<ListItem> split = ListSplitter.split(cell);
          List<ListItem> items = ListSplitter.listItems(cell);
          if (items.isEmpty()) {
            assertThat(split).as(cell).containsExactly(new ListItem(0, ListSplitter.clean(cell)));
          } else {
            assertThat(items).as(cell).hasSizeGreaterThanOrEqualTo(2).isEqualTo(split);
          }
        });
  }

  @Test
  void aCellWithoutAListIsOneItemAndAListIsItsItems() {
    assertThat(ListSplitter.listItems("按时完成培训")).isEmpty();
    assertThat(ListSplitter.split("按时完成培训。")).containsExactly(new ListItem(0, "按时完成培训"));
    assertThat(ListSplitter.listItems("1.培训5人次;2.完成验收"))
        .containsExactly(new ListItem(1, "培训5人次"), new ListItem(2, "完成验收"));
    assertThat(ListSplitter.listItems("培训;验收")).containsExactly(new ListItem(0, "培训"), new ListItem(0, "验收"));
  }
}
