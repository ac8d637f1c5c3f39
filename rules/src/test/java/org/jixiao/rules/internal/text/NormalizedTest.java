package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.ListItem;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The pieces of a list cut from a normalised cell are recorded as normalised, so that the scorers
 * reading each item do not normalise it again, and normalising a piece gives what it gave before:
 * the normalisation of its text.
 */
class NormalizedTest {
  /**
   * Cells of list markers, separators, words and figures as printed: full-width digits and
   * punctuation, traditional characters, the ideographic space, and combining marks that send a
   * cell through {@link java.text.Normalizer}: one that composes with a letter, and one after ‹,
   * which normalising maps to {@code <} after NFKC, so that the piece {@code <}+U+0338 would
   * compose to ≮ if it were normalised again.
   */
  private static Gen<String> printedCells() {
    return ListSplitterTest.joined(
        List.of("1.", "2.", "１．", "２、", "(1)", "（2）", "一、", "二、", ";", "；", "、", "\u3000", " ", "。",
            "完成", "達成", "培訓", "５", "人次", "2.5", "e\u0301", "\u2039\u0338", "\u2550", "萬元"),
        14);
  }

  @Test
  void aPieceOfANormalisedCellNormalisesToWhatItsTextDoes() {
    qt().forAll(printedCells())
        .checkAssert(cell -> {
          String normalised = IndicatorTexts.normalize(cell);
          List<String> pieces = new ArrayList<>();
          for (ListItem item : ListSplitter.listItems(normalised)) {
            pieces.add(item.text());
          }
          pieces.addAll(ListSplitter.splitOn(normalised, '、'));
          pieces.addAll(ListSplitter.splitOn(normalised, ';'));
          for (String piece : pieces) {
            String fresh = new String(piece.toCharArray()); // the same text, never seen by the memo
            assertThat(IndicatorTexts.normalize(piece)).as(cell + " / " + piece).isEqualTo(IndicatorTexts.normalize(fresh));
          }
        });
  }

  @Test
  void theItemsOfANormalisedCellAreRecordedAsTheirOwnNormalisation() {
    // the memo keeps one call a slot, placed by identity hashes that differ from run to run: when
    // two of the calls made here share one, the earlier is let go, as the memo says it may be. So
    // the cell is read afresh (another object, other hashes) until its calls have slots of their own
    for (int attempt = 0; attempt < 50; attempt++) {
      String printed = new String("１．培訓５人次；２．完成驗收".toCharArray());
      String cell = IndicatorTexts.normalize(printed);

      List<ListItem> items = ListSplitter.listItems(cell);

      assertThat(items).extracting(ListItem::text).containsExactly("培训5人次", "完成验收");
      if (slotsOwnedByEachCall(printed, cell, items)) {
        for (ListItem item : items) {
          assertThat(Normalized.known(item.text())).as(item.text()).isTrue();
        }
        for (ListItem item : items) { // asked after: normalising one the memo let go records it again
          assertThat(IndicatorTexts.normalize(item.text())).isSameAs(item.text());
        }
        return;
      }
    }
    throw new AssertionError("every attempt's calls shared a slot of the memo");
  }

  /**
   * Whether the memo's calls made in normalising {@code printed} and listing the items of its
   * normalisation {@code cell} each have a slot no other of them takes.
   */
  private static boolean slotsOwnedByEachCall(String printed, String cell, List<ListItem> items) {
    Set<Integer> slots = new HashSet<>();
    boolean distinct = slots.add(Memo.slot(Normalized.KIND, printed, Boolean.TRUE))
        & slots.add(Memo.slot(Normalized.KIND, cell, Boolean.TRUE))
        & slots.add(Memo.slot(CharArrays.KIND, cell, Boolean.TRUE));
    for (ListItem item : items) {
      distinct &= slots.add(Memo.slot(Normalized.KIND, item.text(), Boolean.TRUE));
    }
    return distinct;
  }

  @Test
  void theItemsOfACellTheNormaliserChangedAreNotRecorded() {
    // a combining mark: the cell goes through java.text.Normalizer, whose pieces are not known to
    // be their own normalisation (a piece could start with a mark that composes with nothing)
    String cell = IndicatorTexts.normalize("1.完成e\u0301;2.达标");

    List<ListItem> items = ListSplitter.listItems(cell);

    assertThat(items).hasSize(2);
    for (ListItem item : items) {
      assertThat(Normalized.known(item.text())).isFalse();
    }
  }

  @Test
  void piecesOfTextNeverNormalisedAreNotRecorded() {
    String cell = new String("1.完成;2.达标".toCharArray()); // not normalised: nothing is known of it

    List<String> pieces = ListSplitter.splitOn(cell, ';');

    assertThat(pieces).containsExactly("1.完成", "2.达标");
    for (String piece : pieces) {
      assertThat(Normalized.known(piece)).isFalse();
    }
  }
}
