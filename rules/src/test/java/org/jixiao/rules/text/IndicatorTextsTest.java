package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class IndicatorTextsTest {
  @Test
  void fullWidthDigitsAndPunctuationAreNormalised() {
    assertThat(IndicatorTexts.normalize("１５％；（全角）：")).isEqualTo("15%;(全角):");
  }

  @Test
  void circledNumbersAreListMarkersNotFigures() {
    // review 78b h105: NFKC makes ① a bare 1, read as a figure tied with the count asked
    assertThat(IndicatorTexts.normalize("①城区80家；②农村30家；⑳其他")).isEqualTo("(1)城区80家;(2)农村30家;(20)其他");
    assertThat(IndicatorTexts.normalize("❶一期；➀二期；➊三期")).isEqualTo("(1)一期;(1)二期;(1)三期");
    assertThat(IndicatorTexts.parseActual(IndicatorTexts.normalize("①不需发证的经营者1989家")))
        .extracting(Quantity::describe).containsExactly("1989 家");
  }

  private static final String SPREAD = "[\\u4e00-\\u9fff〇0-9a-zA-Z%‰.≥≤<>=+\\-~,;:、。()]";
  // three spread characters or more, with the space before them when a figure ends there and an
  // ideograph starts them
  private static final java.util.regex.Pattern SPREAD_RUN =
      java.util.regex.Pattern.compile(
          "((?<=[0-9]) (?=[\\u4e00-\\u9fff〇]))?(?<![^ \\t\\n\\r])" + SPREAD + "(?: " + SPREAD + "){2,}(?![^ \\t\\n\\r])");
  private static final java.util.regex.Pattern SPREAD_PAIR =
      java.util.regex.Pattern.compile("[ \\t\\n\\r]*[\\u4e00-\\u9fff〇] [\\u4e00-\\u9fff〇][ \\t\\n\\r]*");

  /**
   * What normalising adds to NFKC for text without 〇, 零, 年 or 分之: spread characters read together.
   */
  private static String readAsPrinted(String nfkc) {
    if (SPREAD_PAIR.matcher(nfkc).matches()) {
      return nfkc.replaceFirst("([\\u4e00-\\u9fff〇]) ", "$1");
    }
    return SPREAD_RUN.matcher(nfkc).replaceAll(m -> m.group().replace(" ", ""));
  }

  /**
   * What {@link IndicatorTexts#normalize} must give: the JDK's NFKC, ideographic space as space,
   * then the reading map (═ ‹ › as = &lt; &gt;, traditional characters simplified).
   */
  private static String nfkc(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u3000', ' ');
    StringBuilder out = new StringBuilder();
    for (char c : n.toCharArray()) {
      out.append(c == '\u2550' ? '=' : c == '\u2039' ? '<' : c == '\u203a' ? '>' : org.jixiao.rules.internal.text.Traditional.simplify(c));
    }
    return out.toString();
  }

  @Test
  void everyCharacterTheShortcutTakesAloneGivesWhatNfkcGives() {
    int taken = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = String.valueOf((char) c);
      String simple = IndicatorTexts.simpleNfkc(text);
      if (simple != null) {
        taken++;
        assertThat(simple).as("U+%04X", c).isEqualTo(nfkc(text));
      }
    }
    // ASCII 128, ideographs 20 992, full-width ASCII 94, the ideographic space, 14 marks, ═ ‹ ›
    assertThat(taken).isEqualTo(128 + 20_992 + 94 + 1 + 14 + 3);
  }

  @Test
  void theShortcutIsItsOwnImage() {
    // normalize remembers a changed result of the shortcut as its own normalisation; that is
    // right only if every character the shortcut makes is taken by it again and left alone
    for (int c = 0; c <= 0xFFFF; c++) {
      String simple = IndicatorTexts.simpleNfkc(String.valueOf((char) c));
      if (simple != null) {
        assertThat(IndicatorTexts.simpleNfkc(simple)).as("U+%04X", c).isEqualTo(simple);
      }
    }
  }

  @Test
  void normalisingNormalisedTextGivesItBack() {
    for (String text : List.of("完成率：９５％", "達成１００萬元", "满意度≥90%", "‹5%")) {
      String once = IndicatorTexts.normalize(new String(text));
      assertThat(IndicatorTexts.normalize(once)).isSameAs(once).isEqualTo(nfkc(once)).isEqualTo(nfkc(text));
    }
    String composed = IndicatorTexts.normalize("\u2039\u0338"); // the normaliser's path: ‹ then a combining mark
    assertThat(composed).isEqualTo(nfkc("\u2039\u0338"));
    assertThat(IndicatorTexts.normalize(composed)).isEqualTo(nfkc(composed));
  }

  @Test
  void normalisingTwiceGivesWhatNormalisingOnceGives() {
    // the memo records a normalised text as its own normalisation: every reading of print must
    // leave nothing for a second pass to read (a copy, so that the memo does not answer)
    List<String> pieces =
        List.of("二", "〇", "零", "一", "九", "三", "十", "年", "月", "底", " ", " ", "3", "23", "2024", "百分之", "分之", "万",
            "完", "成", "%", "-", "人", "\u3000", "．", "点", "分", "之", "季度", "第", "上半年", "至", "10", "4", "百",
            "%", "‰", "、", "元", "连续");
    for (String found : List.of("年百分之万分之2.2", "百分之万分之二点五")) { // once found by the generator below: 百分之2.2/万 read twice
      String once = IndicatorTexts.normalize(found);
      assertThat(IndicatorTexts.normalize(new String(once.toCharArray()))).as(found).isEqualTo(once);
    }
    qt().withExamples(5000)
        .forAll(lists().of(Generate.pick(pieces)).ofSizeBetween(0, 14))
        .checkAssert(
            parts -> {
              String once = IndicatorTexts.normalize(String.join("", parts));
              assertThat(IndicatorTexts.normalize(new String(once.toCharArray()))).isEqualTo(once);
            });
  }

  @Test
  void everyPairOfCharactersTheShortcutTakesGivesWhatNfkcGives() {
    // Composition happens between neighbours: every pair of the shortcut's characters outside
    // the ideograph block, and each of them beside the block's first, last and a common one.
    List<Character> others = new ArrayList<>();
    for (int c = 0; c <= 0xFFFF; c++) {
      if ((c < 0x4E00 || c > 0x9FFF) && IndicatorTexts.simpleNfkc(String.valueOf((char) c)) != null) {
        others.add((char) c);
      }
    }
    List<Character> all = new ArrayList<>(others);
    all.addAll(List.of('\u4e00', '\u9fff', '人'));
    for (char first : all) {
      for (char second : all) {
        String text = "" + first + second;
        assertThat(IndicatorTexts.simpleNfkc(text)).as("U+%04X U+%04X", (int) first, (int) second).isEqualTo(nfkc(text));
      }
    }
  }

  @Test
  void textOfTheShortcutsCharactersGivesWhatNfkcGives() {
    List<String> pieces =
        List.of("a", "Z", "1", " ", "\t", "%", "~", "\u007f", "\u4e00", "\u9fff", "人", "满意度", "１", "％", "；", "（",
            "～", "！", "\u3000", "、", "。", "“", "”", "‘", "’", "《", "》", "【", "】", "—", "×", "≤", "≥");
    qt().forAll(lists().of(Generate.pick(pieces)).ofSizeBetween(0, 12))
        .checkAssert(
            parts -> {
              String text = String.join("", parts);
              assertThat(IndicatorTexts.simpleNfkc(text)).isNotNull().isEqualTo(nfkc(text));
              assertThat(IndicatorTexts.normalize(text)).isEqualTo(readAsPrinted(nfkc(text)));
            });
  }

  @Test
  void textWithAnyOtherCharacterGoesToTheNormaliser() {
    // A combining mark, Hangul jamo, a compatibility ideograph or a code point just outside a
    // range anywhere in the text: the shortcut declines and normalize gives the JDK's NFKC.
    List<String> pieces = List.of("a", "≥", "人", "１", "\u3000");
    List<String> foreign =
        List.of("\u0301", "\u0308", "\u0338", "\u1100", "\u1161", "\uf900", "\u4dff", "\ua000", "\uff00", "\uff5f",
            "\uffe5", "\u2160", "\u00e9", "…", "·", "¥");
    qt().forAll(
            lists().of(Generate.pick(pieces)).ofSizeBetween(0, 6),
            Generate.pick(foreign),
            lists().of(Generate.pick(pieces)).ofSizeBetween(0, 6))
        .checkAssert(
            (before, odd, after) -> {
              String text = String.join("", before) + odd + String.join("", after);
              assertThat(IndicatorTexts.simpleNfkc(text)).isNull();
              assertThat(IndicatorTexts.normalize(text)).isEqualTo(readAsPrinted(nfkc(text)));
            });
  }

  @Test
  void asciiIdeographsAndFullWidthFormsTakeTheShortcut() {
    assertThat(IndicatorTexts.simpleNfkc("培训100人 (2019)")).isEqualTo("培训100人 (2019)");
    assertThat(IndicatorTexts.simpleNfkc("\u4e00\u9fff")).isEqualTo("\u4e00\u9fff");
    assertThat(IndicatorTexts.simpleNfkc("满意度≥９０％，“好”")).isEqualTo("满意度≥90%,“好”");
    assertThat(IndicatorTexts.simpleNfkc("≥\u0338")).isNull();
    assertThat(IndicatorTexts.simpleNfkc("…")).isNull();
    assertThat(IndicatorTexts.simpleNfkc("满意度９０％\u3000（ｂ）～")).isEqualTo("满意度90% (b)~");
    assertThat(IndicatorTexts.simpleNfkc("\u4dff")).isNull();
    assertThat(IndicatorTexts.simpleNfkc("\ua000")).isNull();
    assertThat(IndicatorTexts.simpleNfkc("e\u0301")).isNull();
    assertThat(IndicatorTexts.simpleNfkc("\uff00")).isNull();
    assertThat(IndicatorTexts.simpleNfkc("\uff5f")).isNull();
  }

  @Test
  void starsAloneArePlaceholdersAndStarsInTextAreNot() {
    assertThat(IndicatorTexts.isPlaceholder(" ** ")).isTrue();
    assertThat(IndicatorTexts.isStarPlaceholder("＊＊")).isTrue();
    assertThat(IndicatorTexts.isPlaceholder("*注")).isFalse();
    assertThat(IndicatorTexts.isStarPlaceholder("/")).isFalse();
    assertThat(IndicatorTexts.isStarPlaceholder("  ")).isFalse();
  }

  @Test
  void datesAreNotCounts() {
    assertThat(figures("2019年11月20-21日完成培训，12月4-5日开展两场")).isEqualTo("2 场");
    assertThat(figures("2021.1.1-12.31")).isEqualTo("none");
    assertThat(figures("2019年度全年案件处理数8610件")).isEqualTo("8610 件");
  }

  @Test
  void listMarkersOrdinalsIdentifiersAndAdjectivesAreNotCounts() {
    assertThat(figures("1.举办; 2.组织")).isEqualTo("none");
    assertThat(figures("第三届国际赛、第二阶段验收")).isEqualTo("none");
    assertThat(figures("3D打印、H5页面")).isEqualTo("none");
    // a point between a name's digits is the name's own: PM2.5 read 5 with 浓 or 平 as its unit
    assertThat(figures("PM2.5浓度下降5%")).isEqualTo("5 %");
    assertThat(figures("PM2.5平均浓度35")).isEqualTo("35");
    assertThat(figures("一次性慰问29人")).isEqualTo("29 人");
    // a standard's number and year (GB/T 50378-2019 was 2019 标, GB 50016-2014 two bare figures)
    assertThat(figures("符合GB/T 50378-2019标准")).isEqualTo("none");
    assertThat(figures("执行GB 50016-2014")).isEqualTo("none");
    assertThat(figures("昼间≤60分贝（GB 3096-2008）")).isEqualTo("60 分贝");
    // decibels are a unit of their own, not 分 (points): 55dB(A) was no figure in a unit
    assertThat(figures("昼间55dB(A)")).isEqualTo("55 分贝");
    // capital letters before a count with no year after it: a name and a count (CT 20台)
    assertThat(figures("完成CT 20台")).isEqualTo("20 台");
    // a range after capital letters, with a unit after it, is a range (review 52e)
    assertThat(figures("GDP 1000-2000亿元")).isEqualTo("1000..2000 亿元");
  }

  @Test
  void multipliersRangesAndHedgesAreRead() {
    assertThat(figures("服务886.28万余人次")).isEqualTo("~8862800 人次");
    assertThat(figures("发放宣传资料4千余份")).isEqualTo("~4000 份");
    assertThat(figures("100-500人企业")).isEqualTo("100..500 人");
    assertThat(figures("约80%的劳动争议")).isEqualTo("~80 %");
    assertThat(figures("共1,500人")).isEqualTo("1500 人");
  }

  @Test
  void chineseNumeralsCountWhenAUnitFollows() {
    assertThat(figures("举办一期培训，开展两场活动，购买速印机一台")).isEqualTo("1 期; 2 场; 1 台");
    assertThat(figures("一致好评、一站式服务、四方力量")).isEqualTo("none");
    assertThat(IndicatorTexts.chineseNumber("一二")).isEmpty();
    assertThat(IndicatorTexts.chineseNumber("两万")).contains(new BigDecimal("20000"));
  }

  @Test
  void concentrationsOfAirAndWaterAreUnitsThatConvert() {
    assertThat(figures("PM2.5浓度≤35微克/立方米")).isEqualTo("35 微克/立方米");
    assertThat(figures("年均浓度≤35μg/m³")).isEqualTo("35 微克/立方米"); // NFKC: μg/m3
    assertThat(figures("化学需氧量≤20mg/L")).isEqualTo("20 毫克/升");
    Unit micrograms = Unit.of("微克/立方米").orElseThrow();
    assertThat(Unit.of("毫克/立方米").orElseThrow().convert(new BigDecimal("0.03"), micrograms)).isEqualByComparingTo("30");
    assertThat(micrograms.isCompatibleWith(Unit.of("毫克/升").orElseThrow())).isFalse();
  }

  @Test
  void areasConvertExactlyThroughTheMu() {
    Unit mu = Unit.of("亩").orElseThrow();
    Unit hectare = Unit.of("公顷").orElseThrow();
    Unit squareMetre = Unit.of("平方米").orElseThrow();
    assertThat(hectare.convert(BigDecimal.ONE, mu)).isEqualByComparingTo("15");
    assertThat(mu.convert(new BigDecimal("15"), hectare)).isEqualByComparingTo("1");
    assertThat(mu.convert(new BigDecimal("3"), squareMetre)).isEqualByComparingTo("2000");
    assertThat(mu.convert(BigDecimal.ONE, squareMetre).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("666.67");
    assertThat(Unit.of("平方公里").orElseThrow().convert(BigDecimal.ONE, mu)).isEqualByComparingTo("1500");
    qt().forAll(integers().between(1, 1_000_000))
        .check(n -> mu.convert(hectare.convert(BigDecimal.valueOf(n), mu), hectare).compareTo(BigDecimal.valueOf(n)) == 0);
  }

  @Test
  void personsAndPersonTimesAreDifferentUnitsWhileMoneyConverts() {
    Unit persons = Unit.of("人").orElseThrow();
    Unit personTimes = Unit.of("人次").orElseThrow();
    Unit wan = Unit.of("万元").orElseThrow();
    Unit yuan = Unit.of("元").orElseThrow();

    assertThat(persons.isCompatibleWith(personTimes)).isFalse();
    assertThat(Unit.of("名")).contains(persons);
    assertThat(wan.convert(new BigDecimal("15"), yuan)).isEqualByComparingTo("150000");
    assertThat(yuan.convert(new BigDecimal("150000"), wan)).isEqualByComparingTo("15");
    assertThat(Unit.of("年").orElseThrow().convert(BigDecimal.ONE, Unit.of("个月").orElseThrow())).isEqualByComparingTo("12");
  }

  @Test
  void classHoursPrintedEitherWayAreOneUnit() {
    Unit xueshi = Unit.of("学时").orElseThrow();
    Unit keshi = Unit.of("课时").orElseThrow();
    assertThat(keshi.isCompatibleWith(xueshi)).isTrue();
    assertThat(keshi.convert(new BigDecimal("48"), xueshi)).isEqualByComparingTo("48");
    assertThat(keshi.symbol()).isEqualTo("课时"); // as printed
    assertThat(keshi.isCompatibleWith(Unit.of("小时").orElseThrow())).isFalse(); // a class hour is no clock hour
  }

  @Test
  void targetsReadTheirComparisonFromWordsBeforeOrAfterTheFigure() {
    assertThat(IndicatorTexts.parseTarget("不低于95%").describe()).isEqualTo("≥ 95 %");
    assertThat(IndicatorTexts.parseTarget("达到10家以上").describe()).isEqualTo("≥ 10 家");
    assertThat(IndicatorTexts.parseTarget("至多3次").describe()).isEqualTo("≤ 3 次");
    assertThat(IndicatorTexts.parseTarget("低于5%").describe()).isEqualTo("< 5 %");
    assertThat(IndicatorTexts.parseTarget("超过100人").describe()).isEqualTo("> 100 人");
    assertThat(IndicatorTexts.parseTarget("=0").describe()).isEqualTo("= 0");
    assertThat(IndicatorTexts.parseTarget("5个工作日以内").describe()).isEqualTo("≤ 5 工作日");
    assertThat(IndicatorTexts.parseTarget("零投诉").explicit()).isTrue();
    assertThat(IndicatorTexts.parseTarget("完成5场").explicit()).isFalse();
  }

  @Test
  void numberedListsSplitIntoItems() {
    assertThat(items("1.举办; 2.组织; 3.推进")).isEqualTo("1:举办|2:组织|3:推进");
    assertThat(items("(1)举办 (2)组织")).isEqualTo("1:举办|2:组织");
    assertThat(items("一、举办 二、组织")).isEqualTo("1:举办|2:组织");
    assertThat(items("1.完成补贴发放工作2.推进社工服务")).isEqualTo("1:完成补贴发放工作|2:推进社工服务");
    assertThat(items("举办；组织")).isEqualTo("0:举办|0:组织");
    assertThat(items("只有一项")).isEqualTo("0:只有一项");
    assertThat(items("2.5万元")).isEqualTo("0:2.5万元");
  }

  @Test
  void placeholdersMeanNotFilled() {
    for (String p : List.of("", "  ", "*", "**", "/", "—", "——", "-", "无", "暂无", "不适用", "＊")) {
      assertThat(IndicatorTexts.isPlaceholder(p)).as("'%s'", p).isTrue();
    }
    assertThat(IndicatorTexts.isPlaceholder("无收到员工的投诉")).isFalse();
    assertThat(IndicatorTexts.isStarPlaceholder("**")).isTrue();
    assertThat(IndicatorTexts.isStarPlaceholder("/")).isFalse();
  }

  private static String figures(String text) {
    List<Quantity> found = IndicatorTexts.parseActual(text);
    return found.isEmpty() ? "none" : found.stream().map(Quantity::describe).collect(Collectors.joining("; "));
  }

  private static String items(String text) {
    return IndicatorTexts.split(text).stream().map(i -> i.number() + ":" + i.text()).collect(Collectors.joining("|"));
  }
}
