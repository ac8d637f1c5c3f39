package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The clauses of an actual that state a shortfall. */
class ClausesTest {
  /** The clauses by definition: a clause is marked when a negation or a word of shortfall stands anywhere in it. */
  private static List<int[]> byDefinition(String s) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || Clauses.isClauseEnd(s.charAt(i))) {
        boolean marked = false;
        char[] chars = s.toCharArray();
        for (int k = start; k < i; k++) {
          marked |= Clauses.negationAt(s, chars, k) > 0 || Clauses.shortfallAt(s, chars, k) > 0;
        }
        if (marked) {
          out.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    return out;
  }

  @Test
  void theClausesFoundAreTheOnesWithANegationOrAWordOfShortfall() {
    // pieces of real actuals: negations, words of shortfall, 存在…问题, what did not happen, figures
    List<String> pieces = List.of("未", "未能", "尚未", "没有", "不能", "无法", "难以", "未来", "未发生", "安全事故", "未超", "预算",
        "滞后", "延期", "推迟", "取消", "暂缓", "逾期", "不到位", "不及时", "无人申请", "存在", "问题", "整改", "以下", "完成", "培训",
        "3期", "95%", "，", "；", "。", " ", "1-2期", "按时");
    Gen<String> texts = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 10).map(l -> String.join("", l));
    qt().withExamples(5000)
        .forAll(texts)
        .checkAssert(
            s -> {
              List<int[]> found = Clauses.shortfalls(s);
              List<int[]> wanted = byDefinition(s);
              assertThat(found).as(s).hasSameSizeAs(wanted);
              for (int c = 0; c < wanted.size(); c++) {
                assertThat(found.get(c)).as(s).containsExactly(wanted.get(c));
              }
            });
  }

  @Test
  void aFigureInANegatedClauseIsInsideItAndOneElsewhereIsNot() {
    String s = "1-2期未能及时培训,完成3期";
    List<int[]> clauses = Clauses.shortfalls(s);
    assertThat(Clauses.inside(clauses, s.indexOf("1-2"))).isTrue();
    assertThat(Clauses.inside(clauses, s.indexOf("3期"))).isFalse();
    assertThat(Clauses.shortfalls("存在问题,未发生安全事故")).hasSize(1);
    assertThat(Clauses.shortfalls("存在问题已整改,未发生安全事故")).isEmpty();
  }
}
