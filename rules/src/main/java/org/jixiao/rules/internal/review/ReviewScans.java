package org.jixiao.rules.internal.review;

import java.util.List;

/**
 * Hand-written scans of declaration text, linear in its length (no regular expressions on input,
 * issue 7): a document cited by its number or title, a figure that only refers (a document's or
 * an attachment's number), a rate worded beside an amount, and a frequency.
 */
final class ReviewScans {
  private ReviewScans() {}

  /**
   * Whether normalized text cites a document: by its number (甘财科[2022]78号, 深宝府〔2021〕12号,
   * 财政部令第10号, 国务院令第七百零七号) or by a title in 《…》 that names one (《预算法》; not 《通知》 or 《××办法》,
   * which a template leaves for the filer to fill in).
   */
  static boolean citesDocument(String n) {
    for (int b = 0; b < TITLE_OPEN.length(); b++) {
      char opening = TITLE_OPEN.charAt(b);
      for (int open = n.indexOf(opening); open >= 0; open = n.indexOf(opening, open + 1)) {
        int close = n.indexOf(TITLE_CLOSE.charAt(b), open + 1);
        if (close < 0) {
          break;
        }
        if (namesTitle(n, open + 1, close)) {
          return true;
        }
      }
    }
    for (int i = n.indexOf('号'); i >= 0; i = n.indexOf('号', i + 1)) {
      int k = digitsBefore(n, i, 5);
      if (k == i) {
        // laws and orders are numbered in words: 国务院令第七百零七号, 主席令第二十八号
        int w = numeralsBefore(n, i, 8);
        if (w < i && w > 0 && n.charAt(w - 1) == '第' && numbersDocument(n, w - 1, i + 1)) {
          return true;
        }
        continue; // 号 without a number
      }
      if (k > 0 && n.charAt(k - 1) == '第' && numbersDocument(n, k - 1, i + 1)) {
        return true;
      }
      if (k > 0 && "〕]］】)）".indexOf(n.charAt(k - 1)) >= 0) {
        int yearEnd = k - 1;
        int yearStart = digitsBefore(n, yearEnd, 4);
        boolean year = isYear(n, yearStart, yearEnd);
        if (year && yearStart > 0 && "〔[［【(（".indexOf(n.charAt(yearStart - 1)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The marks a title is written between: 《预算法》, and 〈预算法〉 or <预算法> where 《》 was not at hand. */
  private static final String TITLE_OPEN = "《〈<";

  private static final String TITLE_CLOSE = "》〉>";

  /**
   * A title that names a document: three characters or more, no placeholder (××, XX, 某, …), and
   * more than generic words (《实施方案》, 《管理办法》, 《相关文件》 name none).
   */
  private static boolean namesTitle(String n, int from, int to) {
    if (to - from < 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if ("Xx×Ｘｘ某…*＊?？".indexOf(n.charAt(i)) >= 0 || n.startsWith("...", i)) {
        return false;
      }
    }
    String rest = n.substring(from, to);
    if (rest.chars().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
      return false; // <br/> is markup, no title
    }
    for (String word : GENERIC_TITLE_WORDS) {
      rest = rest.replace(word, "");
    }
    return rest.length() >= 2;
  }

  private static final List<String> GENERIC_TITLE_WORDS =
      List.of("关于", "印发", "相关", "有关", "上级", "文件", "通知", "规定", "办法", "意见", "方案", "实施", "管理", "工作", "制度", "政策", "细则", "计划", "要点", "规划", "标准", "条例", "的");

  /**
   * Whether 第n号 at {@code first..after} numbers a document: after an issuer's series (财政部令第10号,
   * 〔2021〕第12号, 会议纪要第12号, 公告2023年第1号) or a few characters before the kind of document
   * (第5号公告, 第2号总林长令); 第3号楼, 第1号标段 and 第12号选手 number no document.
   */
  private static boolean numbersDocument(String n, int first, int after) {
    if (PLACES.stream().anyMatch(place -> n.startsWith(place, after))) {
      return false; // 第2号楼公告栏: the number is a building's, whatever is posted there
    }
    int k = first;
    if (k >= 5 && n.charAt(k - 1) == '年' && digitsBefore(n, k - 1, 4) == k - 5) {
      k -= 5; // the year of a series: 公告2023年第1号
    }
    if (k > 0 && "令告字要〕]］】)）".indexOf(n.charAt(k - 1)) >= 0) {
      return true;
    }
    String next = n.substring(after, Math.min(n.length(), after + 4));
    return DOCUMENT_KINDS.stream().anyMatch(next::contains);
  }

  /** What 第n号 numbers when it is no document: a building, a plot, a lot, a contestant, a room. */
  private static final List<String> PLACES = List.of("楼", "栋", "院", "地块", "标段", "选手", "房", "室", "门", "线", "站", "机");

  private static final List<String> DOCUMENT_KINDS = List.of("令", "公告", "通告", "通知", "文件", "决定", "意见", "批复", "函", "纪要");

  /**
   * Whether figure {@code q} of normalized text refers to something rather than counts it: a
   * document's number (〔2021〕, 12号), an attachment's or a contract's (附件2, 编号2023-015), a
   * standard's code (GB/T 50300-2013). A
   * 测算依据's computation is in its other figures.
   */
  static boolean isReference(String n, int start, int end) {
    if (start > 0 && end < n.length() && "〔[［【".indexOf(n.charAt(start - 1)) >= 0 && "〕]］】".indexOf(n.charAt(end)) >= 0) {
      return true;
    }
    if (end < n.length() && n.charAt(end) == '号') {
      return true;
    }
    if (start > 1 && n.charAt(start - 1) == '-' && isDigit(n.charAt(start - 2))) {
      return true; // the second part of a code: 2023-015
    }
    if (inCode(n, start)) {
      return true; // a standard's code: GB/T 50300-2013
    }
    int k = start;
    while (k > 0 && ":： 　#＃".indexOf(n.charAt(k - 1)) >= 0) {
      k--;
    }
    for (String word : REFERENCE_WORDS) {
      if (k >= word.length() && n.startsWith(word, k - word.length())) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> REFERENCE_WORDS = List.of("附件", "附表", "编号", "编码", "代码", "序号", "第", "No", "NO");

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether normalized text states a frequency, a time standard: a period after a slash (1次/月,
   * 次/年), after 按 or 逐 (按月安排, 逐季), or after 每 and a number (每2个月).
   */
  static boolean statesFrequency(String n) {
    for (int i = 0; i < n.length(); i++) {
      if ("年季月旬周日天".indexOf(n.charAt(i)) < 0) {
        continue;
      }
      int k = i;
      if (k > 0 && n.charAt(k - 1) == '个') {
        k--;
      }
      int start = digitsBefore(n, k, 4);
      if (start == 0) {
        continue;
      }
      char before = n.charAt(start - 1);
      boolean byPeriod = (before == '按' || before == '逐') && (start < k || !beginsWord(n, i));
      if (before == '/' || before == '／' || byPeriod || (before == '每' && start < k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the period character at {@code i} begins a word that is no period (按日常, 按季节, 按周边, 按天然). */
  private static boolean beginsWord(String n, int i) {
    return startsAny(n, i, NOT_PERIODS);
  }

  private static boolean startsAny(String n, int i, List<String> words) {
    for (String word : words) {
      if (n.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NOT_PERIODS =
      List.of("日常", "季节", "周边", "周围", "周转", "周到", "周全", "天然", "天气", "年龄", "年级", "月球", "日照");

  /**
   * Whether normalized text words a rate or a computation beside its amount: 每人每月, a slash, ×,
   * 单价, a per-unit average (人均, 户均, 亩均), a rate by the unit (按户补助, 按亩发放), a wage or
   * rent by the period (月薪, 月租), or a standard or average with its figure (补助标准200元,
   * 平均3000元); 标准化 and 按规定标准 name no figure.
   */
  static boolean statesRate(String n) {
    for (String word : RATE_WORDS) {
      for (int i = n.indexOf(word); i >= 0; i = n.indexOf(word, i + 1)) {
        if (!word.equals("/") || !inCodeName(n, i)) {
          return true;
        }
      }
    }
    for (int i = n.indexOf('均'); i > 0; i = n.indexOf('均', i + 1)) {
      if (AVERAGED.indexOf(n.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    for (int i = n.indexOf('按'); i >= 0 && i + 1 < n.length(); i = n.indexOf('按', i + 1)) {
      if (ratedBy(n, i + 1)) {
        return true;
      }
    }
    return withFigure(n, "标准") || withFigure(n, "平均");
  }

  private static final List<String> RATE_WORDS =
      List.of("每", "/", "／", "单价", "×", "*", "乘", "月薪", "日薪", "年薪", "月租", "日租", "计算", "测算公式");

  /** What an average is per (人均, 户均, 亩均, 生均, 年均). */
  private static final String AVERAGED = "人户亩站村校所年月日天次件台套辆床间座生";

  /**
   * Whether a unit a rate is per stands as a word at {@code at}, right after 按: the unit, then a
   * verb of paying or a stop (按户补助, 按辆补贴, 按台班计, 按人，); 按户籍, 按人员, 按所需, 按次序 and
   * 按年龄 begin other words, and 按月支付 is a schedule, not a rate.
   */
  private static boolean ratedBy(String n, int at) {
    for (String unit : RATE_UNITS) {
      if (n.startsWith(unit, at)) {
        int end = at + unit.length();
        return end == n.length() || startsAny(n, end, RATE_VERBS);
      }
    }
    return false;
  }

  /** Units a rate is per, the longer first (台班 before 台). */
  private static final List<String> RATE_UNITS =
      List.of("台班", "人次", "人头", "人数", "户", "亩", "人", "床", "生", "辆", "台", "次", "天", "件", "村", "校", "所", "套", "个");

  private static final List<String> RATE_VERBS =
      List.of("补助", "补贴", "发放", "拨付", "分配", "结算", "计", "核", "收", "支付", "标准", "给予", "安排", "配备", "测算", "，", ",", "、", "；", ";");

  /**
   * Whether {@code word} has a figure within four characters on either side (标准200元, 按2000元标准);
   * a year (按2023年标准) is no figure of a rate.
   */
  private static boolean withFigure(String n, String word) {
    for (int i = n.indexOf(word); i >= 0; i = n.indexOf(word, i + 1)) {
      int from = Math.max(0, i - 4);
      int to = Math.min(n.length(), i + word.length() + 4);
      if (n.startsWith("标准化", i)) {
        continue;
      }
      for (int k = from; k < to; k++) {
        if (isDigit(n.charAt(k)) && !inYear(n, k) && !inCode(n, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the digit at {@code k} is in a standard's code, which names the standard and prices
   * nothing: GB/T 50300-2013, GB 5749-2022, DB11/T 1234, JGJ 59-2011. A code has its letters
   * before its number and either a slash in its letters (GB/T) or a year after its number
   * (-2013); a product's letters and a count (CT 1台, LED 300盏, DN300 5km) have neither.
   */
  private static boolean inCode(String n, int k) {
    int start = k;
    while (start > 0 && (isDigit(n.charAt(start - 1)) || n.charAt(start - 1) == '.' || n.charAt(start - 1) == '-')) {
      start--;
    }
    int end = k;
    while (end < n.length() && (isDigit(n.charAt(end)) || n.charAt(end) == '.' || n.charAt(end) == '-')) {
      end++;
    }
    int letters = start;
    while (letters > 0 && n.charAt(letters - 1) == ' ') {
      letters--;
    }
    if (letters == 0 || !isLatinLetter(n.charAt(letters - 1))) {
      return false;
    }
    int name = letters;
    while (name > 0 && (isLatinLetter(n.charAt(name - 1)) || isDigit(n.charAt(name - 1)) || n.charAt(name - 1) == '/')) {
      name--;
    }
    boolean slashed = n.substring(name, letters).indexOf('/') > 0;
    return slashed || endsWithYear(n, start, end);
  }

  /** Whether the run {@code start..end} is a number, a dash and a year: 50300-2013, 5749-2022. */
  private static boolean endsWithYear(String n, int start, int end) {
    int dash = n.lastIndexOf('-', end - 1);
    return dash > start && isYear(n, dash + 1, end) && isDigit(n.charAt(dash - 1));
  }

  /** Whether the slash at {@code i} is part of a standard's name (GB/T, DB11/T), not a rate's. */
  private static boolean inCodeName(String n, int i) {
    return i + 1 < n.length() && isLatinLetter(n.charAt(i + 1))
        && (i + 2 == n.length() || !isLatinLetter(n.charAt(i + 2))) // GB/T, not kg/km
        && codeStarts(n, i);
  }

  /** Whether letters stand at the start of the run that ends at the slash at {@code i} (GB, DB11). */
  private static boolean codeStarts(String n, int i) {
    int k = i;
    while (k > 0 && (isLatinLetter(n.charAt(k - 1)) || isDigit(n.charAt(k - 1)))) {
      k--;
    }
    return k < i && isLatinLetter(n.charAt(k));
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Whether the digit at {@code k} is in a year: four digits 19xx or 20xx followed by 年. */
  private static boolean inYear(String n, int k) {
    int end = k;
    while (end < n.length() && isDigit(n.charAt(end))) {
      end++;
    }
    int start = digitsBefore(n, end, 5);
    return isYear(n, start, end) && end < n.length() && n.charAt(end) == '年';
  }

  /** Whether {@code start..end} is a year: four digits 19xx or 20xx. */
  private static boolean isYear(String n, int start, int end) {
    return end - start == 4 && (n.startsWith("19", start) || n.startsWith("20", start));
  }

  /** Where a Chinese numeral of at most {@code max} characters ending at {@code end} starts. */
  private static int numeralsBefore(String n, int end, int max) {
    return runBefore(n, end, max, "〇零一二三四五六七八九十百千两");
  }

  /** The start of the run of at most {@code max} ASCII digits that ends just before {@code end}. */
  private static int digitsBefore(String n, int end, int max) {
    return runBefore(n, end, max, "0123456789");
  }

  /** The start of the run of at most {@code max} of {@code chars} that ends just before {@code end}. */
  private static int runBefore(String n, int end, int max, String chars) {
    int k = end;
    while (k > 0 && end - k < max && chars.indexOf(n.charAt(k - 1)) >= 0) {
      k--;
    }
    return k;
  }
}
