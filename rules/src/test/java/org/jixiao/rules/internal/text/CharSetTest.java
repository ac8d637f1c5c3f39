package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class CharSetTest {
  @Test
  void holdsExactlyTheCharactersItsPredicateAccepts() {
    // every char, for predicates on the edges of the 64-bit words and of the char range
    IntPredicate[] members = {
      c -> c % 64 == 0 || c % 64 == 63,
      c -> c == 0 || c == Character.MAX_VALUE,
      c -> c >= 0x4E00 && c <= 0x9FFF && c % 7 == 3,
      c -> false
    };
    for (IntPredicate member : members) {
      CharSet set = CharSet.of(member);
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (set.contains((char) c) != member.test(c)) {
          assertThat(set.contains((char) c)).as("U+%04X", c).isEqualTo(member.test(c));
        }
      }
    }
  }

  @Test
  void aSetWithMoreCharactersHoldsBothAndLeavesTheFirstAlone() {
    CharSet odd = CharSet.of(c -> c % 2 == 1);
    char[] more = {'\u0000', '完', '成', '\uffff'};
    CharSet both = odd.with(more);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean added = new String(more).indexOf(c) >= 0;
      if (both.contains((char) c) != (c % 2 == 1 || added) || odd.contains((char) c) != (c % 2 == 1)) {
        assertThat(both.contains((char) c)).as("U+%04X in both", c).isEqualTo(c % 2 == 1 || added);
        assertThat(odd.contains((char) c)).as("U+%04X in odd", c).isEqualTo(c % 2 == 1);
      }
    }
  }

  @Test
  void numeralStartsAreTheDigitsAndTen() {
    String starts = "零〇一二两三四五六七八九十";
    int count = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (ChineseNumerals.isStart((char) c)) {
        count++;
        assertThat(starts.indexOf(c)).as("U+%04X starts a numeral", c).isNotNegative();
      }
    }
    assertThat(count).isEqualTo(starts.length());
  }
}
