package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Statements that something unwanted did not happen — the positive answer to a reverse target
 * (≤3起, 零投诉, 无安全事故): {@code 未发生}, {@code 无投诉}, {@code 全年未发生安全事故}, {@code 零事故},
 * {@code 杜绝…事故}. Also the words naming what is unwanted, from which a bare figure's direction
 * follows (投诉率, 事故发生数 are ceilings). Linear: each word is looked for once.
 */
public final class Absence {
  private Absence() {}

  /** Whole answers saying that nothing happened: what the target guards against. */
  static final java.util.Set<String> NOTHING_HAPPENED =
      java.util.Set.of("未发生", "未出现", "没有发生", "没有出现", "无发生", "从未发生", "未发现", "无此类情况", "未发生此类情况");

  /** Words that say something did not happen, or must not. */
  static final List<String> NONE_WORDS =
      List.of("没有发生", "没有出现", "没有收到", "没有发现", "未发生", "未出现", "未发现", "未收到", "未接到", "未造成", "不发生", "不出现",
          "不存在", "没发生", "没出现", "从未发生", "杜绝", "无", "零",
          // broad: they negate any verb too (没有完成): see OccurrenceDenials
          "没有");

  /** Things a form counts in order to have fewer of them. */
  static final List<String> UNWANTED =
      List.of("投诉", "事故", "差错", "违规", "违纪", "违法", "纠纷", "伤亡", "事件", "失误", "故障", "案件", "上访", "信访", "舆情",
          "隐患", "损失", "浪费", "火灾", "死亡", "感染", "犯罪", "逾期", "超支", "超标", "返工", "问题", "负面", "不良", "挪用",
          "截留", "套取", "疫情", "污染", "漏洞", "变质", "流失", "辍学", "失业", "空置", "调整", "结余", "偏差", "误差", "发生率",
          "发生数", "退回", "拒付", "冤假错", "成灾", "受灾", "受害", "有害", "灾害发生",
          // wrongs with funds that 是否 questions name (AnsweredNo): 无挤占, 未发生虚报冒领, 拖欠工资案件
          "挤占", "虚报", "冒领", "拖欠", "乱收费", "乱罚款", "乱摊派", "差评", // and wrongs to those served
          // rates a form holds down, by their heads only (review 62b: 抽检不合格率, 传染病发病率, 货车超限率,
          // 供水管网漏损率, 粮食损耗率, 学生近视率 read as floors; review 62e: the bare words name wanted work
          // as often, 不合格产品下架率, 漏损改造长度, 近视矫正率, 多发病诊疗)
          "不合格率", "发病率", "超限率", "漏损率", "损耗率", "近视率");

  /** Resources a 控制率 / 控制数 keeps down (财政供养人员控制率); disease control wants more. */
  private static final List<String> RESOURCES =
      List.of("人员", "编制", "经费", "支出", "成本", "费用", "规模", "人数", "开支", "预算");

  /** Verbs that turn an unwanted thing into work done: 投诉处理率 wants more, not less. */
  private static final List<String> HANDLING =
      List.of("处理", "办结", "解决", "回复", "答复", "整改", "查处", "化解", "处置", "反馈", "受理", "核查", "调处", "结案", "排查",
          "消除", "降低", "减少", "下降", "防控", "防治", "监测", "预防", "治理", "执行", "落实", "宣传", "培训", "检查", "清理",
          "办理", "应对", "救助", "帮扶", "就业", "补贴", "补助", "保险", "报告", "上报", "登记", "防", "减灾", "救灾",
          // cases solved and harm undone: 刑事案件破案率, 违法案件查办率, 投诉举报核实率, 故障修复率, 损失挽回率
          "破案", "侦破", "破获", "侦办", "查办", "查获", "查实", "核实", "责停", "责令", "纠正", "整治", "督办", "打击", "处罚",
          "追缴", "追回", "挽回", "收回", "清收", "修复", "排除", "抢修", "维修", "发现", "识别", "预警", "救治", "治愈", "救援",
          "理赔", "调解", "审结", "查结", "接通", "响应", "销号", "问责", "回应", "回访", "跟踪",
          // satisfaction with how the unwanted was handled: 投诉满意率 wants more
          "满意");

  /** The most characters between a word of absence and what did not happen (未发生重大安全事故, 未出现较大以上生产安全事故). */
  private static final int WINDOW = 10;

  /**
   * Whether {@code s} (normalised) says something unwanted did not happen: a whole cell such as
   * {@code 无} or {@code 未发生}, or a word of absence followed in its clause by an unwanted thing.
   */
  public static boolean statesAbsence(String s) {
    String t = ListSplitter.clean(s.strip());
    if (t.equals("无") || t.equals("未发生") || t.equals("没有") || t.equals("零") || t.equals("未出现") || t.equals("无发生")
        || t.equals("没有发生") || t.equals("0")) {
      return true;
    }
    return absencePhrase(t);
  }

  /**
   * Whether {@code s} (normalised) says something unwanted did not happen or a limit was kept
   * (无投诉, 未发生, 未超预算, 没有超支).
   */
  public static boolean statesNoneOrLimitKept(String s) {
    return statesAbsence(s) || NOTHING_HAPPENED.contains(ListSplitter.clean(s.strip())) || keepsALimit(s);
  }

  /** Whether {@code s} (normalised) holds words of a limit kept anywhere ({@link #withinLimitAt}): 不超过预算, 控制在预算内. */
  public static boolean keepsALimit(String s) {
    char[] chars = CharArrays.of(s);
    for (int i = 0; i < chars.length; i++) {
      if (mayStartAt(chars[i]) && withinLimitAt(s, chars, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} holds a word of {@link #UNWANTED} anywhere. */
  static boolean holdsUnwanted(String s) {
    return UNWANTED_WORDS.occursIn(s);
  }

  /** Whether {@code s} holds a word of {@link #HANDLING} anywhere (处理投诉, 受理投诉). */
  static boolean handles(String s) {
    return HANDLING_WORDS.occursIn(s);
  }

  /** The word of {@link #UNWANTED} that {@code s} has at {@code i}, or null. */
  static @Nullable String unwantedAt(String s, int i) {
    return UNWANTED_WORDS.at(s, i);
  }

  /** Whether a target text asks for none of something: 无安全事故, 杜绝违规, 不发生重大事故. */
  public static boolean asksAbsence(String s) {
    return absencePhrase(s);
  }

  /** Words saying a limit was kept: 未超预算, 没有超支, 未突破, 不超过预算, 不超预算. */
  private static final List<String> WITHIN_LIMIT =
      List.of("没有超过", "没有超出", "没有突破", "未超过", "未超出", "未突破", "没有超", "没超", "未超", "不超过", "不超出", "不超");

  /**
   * Limits the work may be said to stay inside (控制在预算内, 在批复预算范围内, 在合同价以内, 在合理范围内,
   * 控制在招标控制价以内): 在, then one of these within {@link #INSIDE_GAP} ideographs, then 内 ({@link #insideAt}).
   */
  private static final List<String> LIMITS =
      List.of("预算", "概算", "标准", "计划", "合同", "限额", "定额", "额度", "合理范围", "金额", "总额", "控制价", "中标价", "成本");

  /** The most ideographs between 在 and its 内 (在批复的项目预算范围内: 9). */
  private static final int INSIDE_GAP = 10;

  /** Words between a negation and the 在 it denies (未能控制在预算内, 没有严格控制在标准以内). */
  private static final List<String> BEFORE_INSIDE = List.of("控制", "严格", "能够", "能", "均", "都", "已", "全部", "基本", "有效");

  // the word lists looked up by first character (the scanners ask at every character)
  private static final WordList WITHIN_LIMIT_WORDS = WordList.of(WITHIN_LIMIT);
  static final WordList NONE_WORD_LIST = WordList.of(NONE_WORDS);
  private static final WordList UNWANTED_WORDS = WordList.of(UNWANTED);
  private static final WordList HANDLING_WORDS = WordList.of(HANDLING);
  private static final WordList RESOURCE_WORDS = WordList.of(RESOURCES);

  /**
   * Whether a word of {@link #withinLimitAt} or {@link #absenceAt} can start with {@code c}: both
   * are 0 at a position whose character is not such a start, so a scanner may skip it.
   */
  public static boolean mayStartAt(char c) {
    return WITHIN_LIMIT_WORDS.startWith(c) || NONE_WORD_LIST.startWith(c) || c == '在' || c == '预' || comparedStart(c);
  }

  /** Words comparing an amount with its limit: below it (低于预算, 少于计划成本) or above (高于预算, 超出预算). */
  private static final List<String> BELOW = List.of("不高于", "未高于", "低于", "少于", "小于");

  private static final List<String> ABOVE = List.of("高于", "超出", "超过", "突破", "超");

  private static final WordList BELOW_WORDS = WordList.of(BELOW);

  private static final WordList ABOVE_WORDS = WordList.of(ABOVE);

  /** The word of {@link #BELOW} at {@code i} of {@code s}, whose character there is {@code first}, or null. */
  static @Nullable String belowWordAt(String s, char first, int i) {
    return BELOW_WORDS.at(s, first, i);
  }

  /** Whether a word of {@link #BELOW} or {@link #ABOVE} can start with {@code c}. */
  private static boolean comparedStart(char c) {
    return BELOW_WORDS.startWith(c) || ABOVE_WORDS.startWith(c);
  }

  /** Limits of money an amount spent is compared with (低于批复预算, 高于计划成本): not 标准 or 计划, which a count may have. */
  private static final List<String> MONEY_LIMITS =
      List.of("预算", "概算", "计划成本", "预期成本", "合同价", "合同金额", "控制价", "中标价", "限额", "批复金额", "核定金额");

  /** The first characters of {@link #MONEY_LIMITS}: a comparison word is followed by none in nearly every text. */
  private static final String LIMIT_STARTS = firstChars(MONEY_LIMITS);

  private static String firstChars(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.indexOf(w.substring(0, 1)) < 0) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** Words after a limit that make it a plan of progress, not of money (低于预算进度, 高于预算执行率). */
  private static final List<String> NOT_MONEY_AFTER = List.of("进度", "执行", "安排", "编制", "调整", "以上", "以下");

  /**
   * Words before a comparison, in its clause, or between it and its limit, that make what is compared
   * a rate or a pace (支出进度低于预算), or an amount of which more is the aim: income, tax, investment,
   * work done (收入低于预算 falls short; 超额完成预算收入 is met).
   */
  private static final List<String> NOT_AN_AMOUNT =
      List.of("率", "进度", "执行", "到位", "拨付", "收入", "税", "投资", "收益", "利润", "营收", "完成", "征收", "筹集", "募集", "融资");

  /**
   * The length of a comparison of an amount with its limit at {@code i} (低于预算, 少于批复概算, 高于计划成本,
   * 超出预算), 0 when none: one of {@code words}, at most three ideographs, a limit of {@link
   * #MONEY_LIMITS}, not one of {@link #NOT_MONEY_AFTER} after it, and no rate or pace before it in its clause.
   */
  private static int comparedAt(String s, char[] chars, int i, WordList words) {
    String word = words.at(s, chars[i], i);
    if (word == null || (word.equals("超") && i + 1 < chars.length && (chars[i + 1] == '额' || chars[i + 1] == '前'))) {
      return 0; // 超额完成, 超前完成: more done, no limit passed
    }
    int from = i + word.length();
    for (int k = from; k < chars.length && k - from <= 3; k++) {
      String limit = LIMIT_STARTS.indexOf(chars[k]) >= 0 ? Chars.firstAt(s, k, MONEY_LIMITS) : null; // 提高了, 高于标准: no limit starts
      if (limit != null) {
        int end = k + limit.length();
        if (Chars.startsWithAny(s, end, NOT_MONEY_AFTER) || amountIsARate(s, i, end)) {
          return 0;
        }
        return end - i;
      }
      if (!Chars.isCjk(chars[k]) || Clauses.isClauseEnd(chars[k])) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean amountIsARate(String s, int at, int end) {
    String before = s.substring(Clauses.clauseStart(s, at), end);
    for (String w : NOT_AN_AMOUNT) {
      if (before.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of a statement that an amount stayed below its limit at {@code i} (低于预算, 成本少于计划成本),
   * 0 when none: the clause names a cost before it or nothing (支出低于预算 may be money left unspent,
   * which a target of spending counts short).
   */
  static int belowLimitAt(String s, char[] chars, int i) {
    int length = comparedAt(s, chars, i, BELOW_WORDS);
    if (length == 0) {
      return 0;
    }
    int from = Clauses.clauseStart(s, i);
    for (int k = from; k < i + length; k++) {
      if (Chars.startsWithAny(s, k, COSTS)) {
        return length; // 成本低于预算, 支出少于计划成本
      }
    }
    return i - from <= 1 ? length : 0; // 低于预算, 均低于预算: no subject but the row's
  }

  /** Words of a cost, before 低于 or in its limit: 成本低于预算, 采购价格低于控制价, 结算金额低于合同价, 低于计划成本. */
  private static final List<String> COSTS =
      List.of("成本", "费用", "造价", "价格", "单价", "决算", "结算", "开支", "采购", "报价", "中标价", "合同价", "控制价");

  /**
   * The length of a statement that an amount went above its limit at {@code i} (高于预算, 超出批复概算,
   * 超预算5万元), 0 when none: a shortfall of a target asking it be kept. A negation before it (未超出预算)
   * is read first as a limit kept.
   */
  public static int overLimitAt(String s, char[] chars, int i) {
    return ABOVE_WORDS.startWith(chars[i]) ? comparedAt(s, chars, i, ABOVE_WORDS) : 0;
  }

  /**
   * The length of a statement that a limit was kept at {@code i} (未超预算), 0 when none; {@code
   * chars} holds the characters of {@code s} (the array its scanner loops over).
   */
  public static int withinLimitAt(String s, char[] chars, int i) {
    String word = WITHIN_LIMIT_WORDS.at(s, chars[i], i);
    if (word != null) {
      return word.length();
    }
    int below = BELOW_WORDS.startWith(chars[i]) ? belowLimitAt(s, chars, i) : 0;
    if (below == 0 && BELOW_WORDS.startWith(chars[i])) {
      below = ControlCaps.belowAt(s, chars, i);
    }
    if (below > 0) {
      return below;
    }
    if (chars[i] == '在') {
      return insideAt(s, chars, i, i + 1, false);
    }
    // 预算范围内 as a clause of its own, 在 left out (预算内资金 is a kind of fund)
    return chars[i] == '预' && (i == 0 || Clauses.isClauseEnd(chars[i - 1])) ? insideAt(s, chars, i, i, true) : 0;
  }

  /**
   * The length from {@code i} to the 内 closing a limit (在预算内, 在批复预算范围以内), 0 when none
   * stands there or a negation denies it (未控制在预算内). Up to {@link #INSIDE_GAP} ideographs may
   * stand between 在 and the limit (批复的项目); after it only 范围, 额度, 控制数 or 盘子, then 以 or 之,
   * then 内, not 内部, 内容 or 预算内资金 (a place, a part, a kind of fund; 标准化 is no 标准).
   * {@code alone}: the 内 must end its clause.
   */
  private static int insideAt(String s, char[] chars, int i, int from, boolean alone) {
    for (int k = from; k < chars.length && k - from <= INSIDE_GAP; k++) {
      if (!Chars.isCjk(chars[k])) {
        return 0;
      }
      String limit = Chars.firstAt(s, k, LIMITS);
      if (limit == null) {
        continue;
      }
      int p = k + limit.length();
      if (limit.equals("标准") && p < chars.length && chars[p] == '化') {
        return 0;
      }
      if (p < chars.length && chars[p] == '的') {
        p++; // 在预算的范围内
      }
      String after = Chars.firstAt(s, p, AFTER_LIMIT);
      p += after == null ? 0 : after.length();
      if (p < chars.length && (chars[p] == '以' || chars[p] == '之')) {
        p++;
      }
      if (p >= chars.length || chars[p] != '内') {
        continue; // 核定额度以内: 定额 is no limit there, 额度 is
      }
      int end = p + 1;
      if (end < chars.length && (NOT_INSIDE.indexOf(chars[end]) >= 0 || alone && !Clauses.isClauseEnd(chars[end]))) {
        return 0; // 内部控制, 预算内资金, 预算内投资
      }
      return denied(s, i) ? 0 : end - i;
    }
    return 0;
  }

  /** Words between a limit and its 内 (预算范围内, 核定额度以内, 支出控制数内). */
  private static final List<String> AFTER_LIMIT = List.of("范围", "额度", "控制数", "盘子", "价");

  /** Characters after 内 that make it a place, a part, a kind of fund or a modifier (内部, 内容, 预算内资金, 内外, 范围内的工作). */
  private static final String NOT_INSIDE = "部容资投外的";

  /**
   * Words between a negation and what it denies that leave the negation its own: a limit kept (未完全控制在,
   * 未能严格控制在), a prevention or an aim (没有完全杜绝, 未能彻底杜绝, 没有真正实现零事故: {@link ShortfallDenials}).
   */
  static final List<String> TOWARD_INSIDE =
      List.of("能够", "能", "完全", "全部", "严格", "按要求", "按照要求", "有效", "及时", "均", "控制", "保证", "做到", "实现", "确保",
          "彻底", "真正", "全面", "根本", "达到", "如期", "按期", "按时", "全年");

  /**
   * Whether a negation ending at {@code from} denies the limit kept at {@code at}: only words of
   * {@link #TOWARD_INSIDE} between, or 把 or 将 and an object (没有把支出控制在预算内); not a negation of
   * another verb (未经调整控制在预算内, 尚未结算但控制在预算范围内).
   */
  static boolean deniesInside(String s, int from, int at) {
    String between = s.substring(Math.min(from, at), at);
    boolean moved = true;
    while (moved && !between.isEmpty()) {
      moved = false;
      for (String w : TOWARD_INSIDE) {
        if (between.startsWith(w)) {
          between = between.substring(w.length());
          moved = true;
        }
      }
    }
    if (between.startsWith("把") || between.startsWith("将")) { // 没有(完全)把支出控制在预算内
      return between.indexOf('但') < 0 && between.indexOf('而') < 0 && between.indexOf('却') < 0;
    }
    return between.isEmpty();
  }

  /** Whether a negation stands before {@code i}, words of {@link #BEFORE_INSIDE} between (未能控制在). */
  private static boolean denied(String s, int i) {
    int p = Chars.backOver(s, i, 0, BEFORE_INSIDE);
    for (String n : INSIDE_DENIALS) {
      if (p >= n.length() && s.startsWith(n, p - n.length())) {
        return true;
      }
    }
    return false;
  }

  /** Negations of being inside a limit (未控制在预算内, 没有在计划内, 难以控制在标准以内). */
  private static final List<String> INSIDE_DENIALS = List.of("未", "不", "没", "没有", "无法", "难以");

  /**
   * The length of a word of absence at {@code i} that is followed, in its clause, by something
   * unwanted (未发生安全事故, 无投诉); 0 otherwise. {@code chars} holds the characters of {@code s}:
   * the scanners pass the array they loop over, so that no {@code charAt} is compiled into them.
   */
  public static int absenceAt(String s, char[] chars, int i) {
    for (String word : NONE_WORD_LIST.startingWith(chars[i])) {
      if (s.startsWith(word, i) && OccurrenceDenials.denies(s, chars, i, word)) {
        return word.length();
      }
    }
    return 0;
  }

  /**
   * Whether a word of absence followed by something unwanted stands anywhere in {@code s}: one
   * pass over the text asking {@link #absenceAt} at each position (which looks up only the words
   * starting there), instead of a search of the whole text for each word.
   */
  static boolean absencePhrase(String s) {
    char[] chars = CharArrays.of(s);
    for (int i = 0; i < chars.length; i++) {
      if (absenceAt(s, chars, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether an unwanted thing follows {@code from} within the window, in the same clause. */
  static boolean unwantedWithin(String s, char[] chars, int from) {
    return unwantedStart(s, chars, from) >= 0;
  }

  /** Where the unwanted thing after a word of absence ending at {@code from} starts (see {@link #unwantedWithin}), or -1. */
  static int unwantedStart(String s, char[] chars, int from) {
    int end = Math.min(chars.length, from + WINDOW);
    for (int k = from; k < end; k++) {
      char c = chars[k];
      if (",;。:!?".indexOf(c) >= 0) {
        return -1;
      }
      if (UNWANTED_WORDS.at(s, c, k) != null) {
        return k;
      }
    }
    return -1;
  }

  /** Where the unwanted thing after a word of absence ending at {@code from} ends (零逾期: after 逾期), or {@code from}. */
  static int unwantedEnd(String s, char[] chars, int from) {
    int start = unwantedStart(s, chars, from);
    String word = start < 0 ? null : UNWANTED_WORDS.at(s, chars[start], start);
    return word == null ? from : start + word.length();
  }

  /** Words between a rate and its figure (逾期率为0, 投诉率均为零, 差错率：0). */
  private static final List<String> TO_FIGURE = List.of("均为", "仅为", "保持为", "保持", "为", "是", ":");

  /** Characters after 零 that make it part of another word (零星, 零散, 零售, 零用钱, 零部件) or a number (零点五). */
  static final String NOT_ZERO = "星散售用部件碎工头钱就基距容点";

  /**
   * Where a figure of zero stated right after a rate's 率 ending at {@code at} ends (逾期率为0, 超期率0%,
   * 投诉率为零, 差错率：0.00%), or -1: the rate of something unwanted was nil.
   */
  public static int zeroAfter(String s, char[] chars, int at) {
    int p = at;
    String to = Chars.firstAt(s, p, TO_FIGURE);
    p += to == null ? 0 : to.length();
    while (p < chars.length && chars[p] == ' ') {
      p++;
    }
    if (p >= chars.length) {
      return -1;
    }
    if (chars[p] == '零') {
      return p + 1 < chars.length && NOT_ZERO.indexOf(chars[p + 1]) >= 0 ? -1 : p + 1;
    }
    if (chars[p] != '0' || (p > 0 && chars[p - 1] >= '0' && chars[p - 1] <= '9')) {
      return -1;
    }
    int k = p + 1;
    if (k + 1 < chars.length && chars[k] == '.' && chars[k + 1] == '0') {
      k++;
      while (k < chars.length && chars[k] == '0') {
        k++;
      }
    }
    if (k < chars.length && ((chars[k] >= '0' && chars[k] <= '9') || chars[k] == '.')) {
      return -1; // 0.5%, 05: no zero
    }
    return k < chars.length && (chars[k] == '%' || chars[k] == '‰') ? k + 1 : k;
  }

  /**
   * Where a rate of something unwanted ending in the 率 at {@code at} is stated as zero (投诉率为零,
   * 事故发生率为0), or -1: its name is looked for back to the clause's start, at most {@link #WINDOW}
   * characters, and must name something unwanted and no handling of it (投诉处理率为0 is no such rate).
   */
  public static int unwantedRateAtZero(String s, char[] chars, int at) {
    int end = zeroAfter(s, chars, at + 1);
    if (end < 0) {
      return -1;
    }
    int from = Math.max(Clauses.clauseStart(s, at), at - WINDOW);
    return namesRateBestAtZero(s.substring(from, at + 1)) ? end : -1;
  }

  /**
   * Whether an indicator named {@code text} counts something unwanted, so that a bare figure is a
   * ceiling: 投诉率, 安全事故发生数, 预算调整率 — but not 投诉处理率 or 事故减少率.
   */
  public static boolean namesUnwanted(String text) {
    if ((text.contains("控制率") || text.contains("控制数")) && RESOURCE_WORDS.occursIn(text)) {
      return true; // 财政供养人员控制率: the head count is kept within a limit
    }
    if ((text.contains("变动率") || text.contains("增长率") || text.contains("增幅")) && SPENDING_WORDS.occursIn(text)) {
      return true; // “三公”经费变动率, 公用经费增长率: spending a department is to hold down
    }
    return UNWANTED_WORDS.occursIn(text) && !HANDLING_WORDS.occursIn(text);
  }

  /**
   * Whether an indicator named {@code name} is a rate whose best value is 0, read from its name
   * alone: a rate ({@code 率}, {@code 比例}, {@code 占比}) of something unwanted ({@link
   * #namesUnwanted}): 结转结余率, 预算调整率, 差错率, 投诉率, 事故率, “三公”经费变动率. An actual of 0
   * there is the best outcome, never "nothing was spent".
   */
  public static boolean namesRateBestAtZero(String name) {
    return (name.contains("率") || name.contains("比例") || name.contains("占比") || name.contains("增幅"))
        && namesUnwanted(name);
  }

  /** Spending a 变动率 or 增长率 of which is to be held down (not 支出 alone: 民生支出增长率 wants more). */
  private static final WordList SPENDING_WORDS = WordList.of(List.of("经费", "成本", "费用", "开支"));
}
