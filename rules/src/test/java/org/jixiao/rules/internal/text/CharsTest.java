package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The character classes the scanners share, at the edges of each range. */
class CharsTest {
  @Test
  void digitsAndLettersAreAsciiOnlyWithExactEdges() {
    assertThat(Chars.isAsciiDigit('0')).isTrue();
    assertThat(Chars.isAsciiDigit('9')).isTrue();
    assertThat(Chars.isAsciiDigit('/')).isFalse(); // '0' - 1
    assertThat(Chars.isAsciiDigit(':')).isFalse(); // '9' + 1
    assertThat(Chars.isAsciiDigit('５')).isFalse();
    for (char c : new char[] {'a', 'z', 'A', 'Z', 'm', 'M'}) {
      assertThat(Chars.isAsciiLetter(c)).as("%s", c).isTrue();
    }
    for (char c : new char[] {'`', '{', '@', '[', '5', 'ａ'}) {
      assertThat(Chars.isAsciiLetter(c)).as("%s", c).isFalse();
    }
  }

  @Test
  void ideographsAreTheBasicBlock() {
    assertThat(Chars.isCjk('\u4e00')).isTrue();
    assertThat(Chars.isCjk('\u9fff')).isTrue();
    assertThat(Chars.isCjk('完')).isTrue();
    assertThat(Chars.isCjk('\u4dff')).isFalse();
    assertThat(Chars.isCjk('\ua000')).isFalse();
    assertThat(Chars.isCjk('a')).isFalse();
  }

  @Test
  void aBoundaryIsASpaceOrTheListedPunctuationForEveryCharacter() {
    // every char, against the definition (the quick no for ideographs must say what it says)
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean defined = Character.isWhitespace(c) || Character.isSpaceChar(c) || ";。,:!?“\"".indexOf(c) >= 0;
      assertThat(Chars.isBoundary(c)).as("U+%04X", i).isEqualTo(defined);
    }
  }

  @Test
  void boundariesMarkerEndsAndRangeDashes() {
    for (char c : " \t\u3000;。,:!?“\"".toCharArray()) {
      assertThat(Chars.isBoundary(c)).as("%s", c).isTrue();
    }
    for (char c : "a1完(、.".toCharArray()) {
      assertThat(Chars.isBoundary(c)).as("%s", c).isFalse();
    }
    for (char c : ".、)".toCharArray()) {
      assertThat(Chars.isMarkerEnd(c)).as("%s", c).isTrue();
    }
    for (char c : ",(:;".toCharArray()) {
      assertThat(Chars.isMarkerEnd(c)).as("%s", c).isFalse();
    }
    for (char c : "-—–~至到―".toCharArray()) {
      assertThat(Chars.isRangeDash(c)).as("%s", c).isTrue();
    }
    for (char c : "_=+/".toCharArray()) {
      assertThat(Chars.isRangeDash(c)).as("%s", c).isFalse();
    }
  }

  @Test
  void runsOfDigitsAndSpacesAndWordsAtPositions() {
    assertThat(Chars.digitsEnd("ab123cd".toCharArray(), 2)).isEqualTo(5);
    assertThat(Chars.digitsEnd("ab123".toCharArray(), 2)).isEqualTo(5);
    assertThat(Chars.digitsEnd("ab123".toCharArray(), 0)).isEqualTo(0);
    assertThat(Chars.digitsEnd("12".toCharArray(), 2)).isEqualTo(2);
    assertThat(Chars.skipSpaces("a \u3000 b", 1)).isEqualTo(4);
    assertThat(Chars.skipSpaces("a  ", 1)).isEqualTo(3);
    assertThat(Chars.skipSpaces("ab", 1)).isEqualTo(1);
    assertThat(Chars.skipSpaces("a\tb", 1)).isEqualTo(1); // a tab is not a space here
    assertThat(Chars.startsWith("不少于5人", 0, "不少于")).isTrue();
    assertThat(Chars.startsWith("不少于5人", 1, "不少于")).isFalse();
    assertThat(Chars.startsWith("不少于5人", -1, "不")).isFalse();
    assertThat(Chars.endsWith("5人以上", 4, "以上")).isTrue();
    assertThat(Chars.endsWith("5人以上", 3, "以上")).isFalse();
    assertThat(Chars.endsWith("以上", 2, "以上")).isTrue();
    assertThat(Chars.endsWith("上", 1, "以上")).isFalse();
  }

  /** Pieces of figures: digits (runs that pass 18 digits in all), points and separators. */
  private static final List<String> FIGURE_PIECES = List.of("0", "7", "9", "12", "500", "999999999", ",", ".", "00");

  @Test
  void aFigureIsTheDecimalTheParserReadsWithoutItsCommasScaleIncluded() {
    qt().forAll(lists().of(Generate.pick(FIGURE_PIECES)).ofSizeBetween(1, 8).map(l -> "约" + String.join("", l) + "人"))
        .checkAssert(
            s -> {
              String figure = s.substring(1, s.length() - 1).replace(",", "");
              BigDecimal expected;
              try {
                expected = new BigDecimal(figure);
              } catch (NumberFormatException e) {
                // no figure (the scanner never asks for one: its text is digits with one point)
                assertThatThrownBy(() -> Chars.decimal(s.toCharArray(), 1, s.length() - 1)).as(s).isInstanceOf(NumberFormatException.class);
                return;
              }
              // equals, not compareTo: 1.50 must stay 1.50, not become 1.5
              assertThat(Chars.decimal(s.toCharArray(), 1, s.length() - 1)).as(s).isEqualTo(expected);
            });
  }

  @Test
  void aRunOfDigitsReadsAsParseIntReadsItsSubstring() {
    // digitsValue stands in for Integer.parseInt(s.substring(start, end)) at every short run of
    // digits the scanners find: the same value for a run of digits, and refused for anything else
    // (parseInt would also take a sign or a full-width digit; the scanners never give one)
    qt().forAll(lists().of(Generate.pick(List.of('0', '1', '7', '9', '-', '+', '年', '５', 'a'))).ofSizeBetween(0, 12),
            Generate.range(0, 12), Generate.range(0, 12))
        .checkAssert((chars, a, b) -> {
          StringBuilder text = new StringBuilder();
          chars.forEach(text::append);
          String s = text.toString();
          int start = Math.min(Math.min(a, b), s.length());
          int end = Math.min(Math.max(a, b), s.length());
          String run = s.substring(start, end);
          if (!run.isEmpty() && run.length() <= 9 && run.chars().allMatch(c -> c >= '0' && c <= '9')) {
            assertThat(Chars.digitsValue(s.toCharArray(), start, end)).isEqualTo(Integer.parseInt(run));
          } else {
            assertThatThrownBy(() -> Chars.digitsValue(s.toCharArray(), start, end)).isInstanceOf(NumberFormatException.class);
          }
        });
    assertThat(Chars.digitsValue("至2023年".toCharArray(), 1, 5)).isEqualTo(2023);
    assertThat(Chars.digitsValue("007".toCharArray(), 0, 3)).isEqualTo(7);
    assertThat(Chars.digitsValue("999999999".toCharArray(), 0, 9)).isEqualTo(999_999_999);
  }
}
