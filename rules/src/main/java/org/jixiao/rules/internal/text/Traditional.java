package org.jixiao.rules.internal.text;

import org.jixiao.core.label.Labels;

/**
 * Traditional characters that published forms from some regions print (達成預期指標, 10萬元, 2個,
 * 不適用) mapped to the simplified ones the vocabulary and unit tables use: the characters of
 * core's label table ({@link Labels#foldTraditional}) and those met in indicator text listed
 * here. A traditional form that is also a simplified character of its own is never listed: 覆 is
 * 覆盖's, not only 復's (a text of 覆盖率 read as 复盖率 matched no word of coverage). The lookup is
 * one array access per character.
 */
public final class Traditional {
  private Traditional() {}

  private static final String FROM = "並來倉個們備價億優儲內劃劑動務勞區參員問單園圓團報場塊壞學實審將專對導層屬島幣幹庫廣張後從復態應戶擔據擴數於時書會東條業構樓標樣機檔檢歲氣沒況淨測準滿潔濕災為無燈營現環產畝畫療發盞監確種積筆節範築糧約級組結經綠綫維網線練縣總績織義習脫腦與興舉莊萬藥處衛裏補裡覈規計訓設評認證議護負貧責費貼資質車較輛辦農這進運過達遲選還邊鄉醫錄錢鎮門開間關隊險隻雙雜電項預頭題額類顯養餘館驗體鬥麼點黨齊齡";
  private static final String TO = "并来仓个们备价亿优储内划剂动务劳区参员问单园圆团报场块坏学实审将专对导层属岛币干库广张后从复态应户担据扩数于时书会东条业构楼标样机档检岁气没况净测准满洁湿灾为无灯营现环产亩画疗发盏监确种积笔节范筑粮约级组结经绿线维网线练县总绩织义习脱脑与兴举庄万药处卫里补里核规计训设评认证议护负贫责费贴资质车较辆办农这进运过达迟选还边乡医录钱镇门开间关队险只双杂电项预头题额类显养余馆验体斗么点党齐龄";
  private static final char FIRST = 0x4E00;
  private static final char LAST = 0x9FFF;
  private static final char[] TABLE = new char[LAST - FIRST + 1];

  static {
    char[] block = new char[TABLE.length];
    for (int i = 0; i < block.length; i++) {
      block[i] = (char) (FIRST + i);
    }
    String folded = Labels.foldTraditional(new String(block)); // one for one: the same length
    for (int i = 0; i < block.length; i++) {
      if (folded.charAt(i) != block[i]) {
        TABLE[i] = folded.charAt(i);
      }
    }
    for (int i = 0; i < FROM.length(); i++) {
      char from = FROM.charAt(i);
      char to = TO.charAt(i);
      char core = TABLE[from - FIRST];
      if (core != 0 && core != to) {
        // two tables that disagree would read one character two ways in two modules
        throw new IllegalStateException("traditional " + from + " is " + core + " in core's table and " + to + " here");
      }
      TABLE[from - FIRST] = to;
    }
  }

  /** The simplified form of {@code c}, or {@code c} itself. */
  public static char simplify(char c) {
    if (c < FIRST || c > LAST) {
      return c;
    }
    char s = TABLE[c - FIRST];
    return s == 0 ? c : s;
  }
}
