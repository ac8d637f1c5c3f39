package org.jixiao.core.label;

import java.util.Arrays;

/**
 * The table behind {@link Labels#foldTraditional}: traditional characters and the simplified ones
 * they are folded to, one for one. Not a general converter: the characters are those the labels
 * of the published layouts are made of — the top blocks, headings and levels of forms and
 * declarations (项目名称, 主管部门, 实施期, 指标解释, 准备, 职能 …), the names of the model's
 * constants (产出指标, 社会效益指标, 财政拨款 …), the words the readers look for in a label
 * (申报表, 备注, 盖章, 不超过 …) — each with every traditional form that is folded to it (准 from
 * 準, 复 from 復 and 複, 产 from 產 and 産). A traditional form that is also a simplified
 * character of another meaning is left out (著 of 显著 is not folded to 着).
 */
final class TraditionalFold {
  private TraditionalFold() {}

  /**
   * Pairs of a traditional character and its simplified form, grouped by the simplified one. The
   * characters were derived from the string literals of the readers' label lists (core's levels,
   * funds and units, io's form labels and layout words, xlsx's declaration labels, the review's
   * 不适用) with ICU's Traditional-Simplified transform: every traditional form that it writes as
   * one of those characters, less 跤 (a simplified character of its own), plus the table the form
   * reader had, and 決 of 決策 (a first level of the 2020 evaluation framework, which the review
   * tells from target levels).
   */
  private static final String PAIRS =
      "萬万與与專专決决業业鄉乡於于產产産产億亿價价眾众衆众會会體体內内況况準准齣出劃划則则別别彆别製制"
          + "辦办務务區区單单佔占廳厅縣县發发髮发號号後后嚮向曏向員员週周響响國国處处備备復复複复學学"
          + "實实審审傢家對对導导侷局跼局屬属幣币開开歸归噹当當当態态總总戶户釦扣執执摺折報报撥拨據据"
          + "數数無无時时機机權权搆构構构菓果標标覈核檢检欵款註注測测濟济滿满點点環环現现電电蓋盖碼码"
          + "確确稱称籌筹簽签籤签類类係系繫系級级經经結结絡络統统績绩續续綜综編编羣群職职聯联範范營营"
          + "補补錶表見见規规計计論论設设評评話话說说説说請请調调負负財财責责質质費费資资轉转較较達达"
          + "過过運运進进適适釋释鍾钟鐘钟鎮镇長长門门問问間间際际項项預预領领題题額额";

  /** The traditional characters, sorted, and at the same index the simplified ones. */
  private static final char[] TRADITIONAL;

  private static final char[] SIMPLIFIED;

  static {
    int n = PAIRS.length() / 2;
    char[][] pairs = new char[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new char[] {PAIRS.charAt(2 * i), PAIRS.charAt(2 * i + 1)};
    }
    Arrays.sort(pairs, (a, b) -> Character.compare(a[0], b[0]));
    TRADITIONAL = new char[n];
    SIMPLIFIED = new char[n];
    for (int i = 0; i < n; i++) {
      if (i > 0 && pairs[i][0] == pairs[i - 1][0]) {
        throw new IllegalStateException("traditional character listed twice: " + pairs[i][0]);
      }
      TRADITIONAL[i] = pairs[i][0];
      SIMPLIFIED[i] = pairs[i][1];
    }
  }

  /** The lowest and highest traditional characters: anything outside is never folded. */
  private static final char LOW = TRADITIONAL[0];

  private static final char HIGH = TRADITIONAL[TRADITIONAL.length - 1];

  /** The simplified form of {@code c}, or {@code c} itself. */
  static char fold(char c) {
    if (c < LOW || c > HIGH) {
      return c;
    }
    int at = Arrays.binarySearch(TRADITIONAL, c);
    return at < 0 ? c : SIMPLIFIED[at];
  }

  /** {@code text} folded, the same string when nothing in it is folded. */
  static String fold(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c) {
        char[] out = text.toCharArray();
        out[i] = f;
        for (int j = i + 1; j < out.length; j++) {
          out[j] = fold(out[j]);
        }
        return new String(out);
      }
    }
    return text;
  }

  /** How many characters are folded (for tests and documentation). */
  static int size() {
    return TRADITIONAL.length;
  }
}
