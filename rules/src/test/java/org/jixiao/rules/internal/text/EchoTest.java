package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whether an actual restates its target. */
class EchoTest {
  /** Echo.of as it was written before its word tests moved ahead of the figure scans. */
  private static Echo.Kind figuresFirst(String target, String actual) {
    String t = Echo.core(target);
    String a = Echo.core(actual);
    if (t.isEmpty() || a.isEmpty()) {
      return Echo.Kind.NONE;
    }
    boolean same = t.equals(a);
    if (same && Echo.isScale(t)) {
      return Echo.Kind.SCALE;
    }
    if (same) {
      return Echo.Kind.ECHO;
    }
    if (t.length() > 200 || a.length() > 600) {
      return Echo.Kind.NONE;
    }
    if (!QuantityScanner.quantities(t).isEmpty() || Echo.isScale(t) || !QuantityScanner.quantities(a).isEmpty() && !countsOfWorkOnly(a)) {
      return Echo.Kind.NONE;
    }
    return Echo.restatesInWords(t, a) ? Echo.Kind.ECHO : Echo.Kind.NONE;
  }

  /** The figures of {@code a} all counts or measures of a listed unit, and nothing else found: no share, money, time or date. */
  private static boolean countsOfWorkOnly(String a) {
    List<Found> found = QuantityScanner.scan(a);
    return found.stream().allMatch(f -> f.figure()
        && org.jixiao.rules.text.Unit.of(f.quantity().unit().symbol()).filter(u -> !u.isShare() && !u.isMoney() && !u.isDuration()).isPresent()
        && !f.quantity().unit().symbol().isEmpty());
  }

  @Test
  void aTargetRestatedBesideCountsOfTheWorkIsAnEcho() {
    // session 79: the counts say what was done; a share, money or a bare figure may say how much was met, and blocks it
    assertThat(Echo.of("改善村内道路条件", "新修村内道路2.3公里，改善了村内道路条件")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("加强宣传", "加强宣传，发放资料2000份")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("完成", "完成率60%")).isEqualTo(Echo.Kind.NONE);
    assertThat(Echo.of("完成", "完成60")).isEqualTo(Echo.Kind.NONE);
    assertThat(Echo.of("带动农户增收", "带动126户农户户均增收3000元")).isEqualTo(Echo.Kind.NONE);
  }

  @Test
  void theWordTestsFirstGiveWhatTheFiguresFirstGave() {
    // pieces of real cells: verbs of change, grades, figures, units, punctuation and a leading 定性
    List<String> pieces = List.of("明显", "改善", "提升", "有所", "按时", "完成", "全天候", "可用", "优", "良", "中", "差", "好", "坏",
        "60", "%", "完成率", "95", "人次", "万元", "，", "。", " ", "定性", "一", "十", "半年", "示范点", "省级", "服务");
    Gen<String> cells = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 6).map(l -> String.join("", l));
    qt().withExamples(5000)
        .forAll(cells, cells)
        .checkAssert((t, a) -> assertThat(Echo.of(t, a)).as("%s / %s", t, a).isEqualTo(figuresFirst(t, a)));
  }

  @Test
  void scaleOnlyFindsTheRepeatedScalesOfAndNothingElse() {
    // grades alone make scales; the rest makes them fail, early or late
    List<String> pieces = List.of("优", "良", "中", "差", "好", "坏", "高", "低", "较", "一般", "，", " ", "定性", "完成", "60%");
    Gen<String> cells = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 5).map(l -> String.join("", l));
    qt().withExamples(5000)
        .forAll(cells, cells)
        .checkAssert(
            (t, a) ->
                assertThat(Echo.scaleOnly(t, a))
                    .as("%s / %s", t, a)
                    .isEqualTo(Echo.of(t, a) == Echo.Kind.SCALE ? Echo.Kind.SCALE : Echo.Kind.NONE));
    assertThat(Echo.scaleOnly("优良中差", "优、良、中、差")).isEqualTo(Echo.Kind.SCALE);
    assertThat(Echo.scaleOnly("明显改善", "明显改善")).isEqualTo(Echo.Kind.NONE);
  }

  /** The core as defined: normalised, stripped, a leading 定性 cut, every space and mark of punctuation dropped. */
  private static String coreByDefinition(String text) {
    String s = org.jixiao.rules.text.IndicatorTexts.normalize(text).strip();
    if (s.startsWith("定性")) {
      s = s.substring(2);
    }
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      boolean dropped = Character.isWhitespace(c) || Character.isSpaceChar(c) || ",;。.、:!?\"“”'‘’()[]【】《》".indexOf(c) >= 0;
      if (!dropped) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void theCoreIsTheTextWithoutSpacesAndPunctuation() {
    List<String> pieces = List.of("定性", "明显改善", "ab", "60", "%", "，", ",", "。", "、", "(", "）", "【", "》", "“", "'", " ", "\u3000",
        "\u00a0", "\t", "完成", "達成", "１５", "×", "—");
    Gen<String> cells = lists().of(Generate.pick(pieces)).ofSizeBetween(0, 8).map(l -> String.join("", l));
    qt().withExamples(3000)
        .forAll(cells)
        .checkAssert(t -> assertThat(Echo.core(t)).as(t).isEqualTo(coreByDefinition(t)));
  }

  @Test
  void echoesAsTheFormsPrintThem() {
    assertThat(Echo.of("明显改善", "明显改善")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("全天候可用", "全天候")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("按时", "按时完成")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("有所提升", "养老服务提升")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("优良中差", "优良中差")).isEqualTo(Echo.Kind.SCALE);
    assertThat(Echo.of("完成", "完成率60%")).isEqualTo(Echo.Kind.NONE);
    assertThat(Echo.of("省级示范点", "完成")).isEqualTo(Echo.Kind.NONE);
  }

  /**
   * 襄阳市中心医院东津院区 2021 (https://taowenge.com/d-68000429.html, a copy cut short): the last
   * cell 服务范 of the target 服务范围扩 大 names what was to grow, not that it grew. An actual found
   * inside its target that leaves out the target's change of degree restates nothing; one that
   * keeps the state asked for still does.
   */
  @Test
  void anActualInsideItsTargetThatLeavesOutTheChangeOfDegreeIsNoEcho() {
    assertThat(Echo.of("服务范围扩 大", "服务范")).isEqualTo(Echo.Kind.NONE);
    assertThat(Echo.of("服务范围扩大", "服务范围")).isEqualTo(Echo.Kind.NONE);
    assertThat(Echo.of("服务质量提升", "服务质量")).isEqualTo(Echo.Kind.NONE);
    assertThat(Echo.of("全天候可用", "全天候")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("保障学校正常运转", "学校正常运转")).isEqualTo(Echo.Kind.ECHO);
    assertThat(Echo.of("服务质量明显提升", "质量明显提升")).isEqualTo(Echo.Kind.ECHO);
  }

  /** Whatever is to change, a target asking for it by a verb of degree is not restated by the thing alone. */
  @Test
  void theThingAloneNeverRestatesItsChange() {
    Gen<String> things = Generate.pick(List.of("服务范围", "服务质量", "群众收入", "办学条件", "覆盖面积"));
    Gen<String> verbs = Generate.pick(List.of("提升", "提高", "改善", "扩大", "增加", "降低", "优化", "增强"));
    qt().forAll(things, verbs)
        .checkAssert(
            (thing, verb) -> {
              assertThat(Echo.of(thing + verb, thing)).as(thing + verb).isEqualTo(Echo.Kind.NONE);
              assertThat(Echo.of(thing + verb, thing + verb)).as(thing + verb).isEqualTo(Echo.Kind.ECHO);
            });
  }
}
