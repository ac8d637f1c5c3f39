package org.jixiao.rules.internal.text;

import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.jspecify.annotations.Nullable;

/**
 * The denials of an occurrence that {@link Absence} reads besides a word of absence right before the thing: the broad
 * negations 没有 and 不存在, which deny a thing only when nothing but the thing's kind, its occurrence or a count of one
 * stands between (没有乱收费现象, 不存在违规使用资金情况, 没有接到有效投诉; not 没有及时处理投诉, 没有组织隐患排查), and a denial naming nothing after it at its clause's end (全年零发生, 项目施工期间未发生), which denies
 * what the indicator counts as 未发生 alone does.
 */
public final class OccurrenceDenials {
  private OccurrenceDenials() {}

  /**
   * Words of {@link Absence#NONE_WORDS} that negate work as readily as they deny a thing (没有完成, 没有组织隐患排查,
   * 不存在困难): they deny an unwanted thing only when nothing but words of {@link #BETWEEN} or {@link #KINDS} stands
   * between ({@link #onlyTheThingBetween}). A list of the verbs that block them could never be whole (没有制定,
   * 没有设立, 没有严格监管 …); what may stand before the thing is a short list.
   */
  private static final List<String> BROAD = List.of("没有", "不存在", "没出现", "没有发现");

  /**
   * Words that may stand between a broad denial and the thing denied (没有发生过, 没有一起乱收费, 没有接到有效投诉):
   * occurrence, a count of one, a pointer back (此类问题) or a degree.
   */
  private static final List<String> BETWEEN =
      List.of("发生", "出现", "发现", "收到", "接到", "接获", "造成", "产生", "存在", "任何", "此类", "该类", "类似", "上述", "相关", "一起", "一件", "一例", "一次", "一宗",
          "一个", "一名", "一条", "一项", "有效", "恶意", "意外", "重特大", "特大", "重大", "较大", "一般", "严重", "明显", "及以上", "以上",
          // one character each, after the words they begin (有效)
          "有", "过", "了", "再", "的");

  /**
   * Kinds that name the thing denied (不存在安全生产事故, 没有群众投诉, 从未发生食品安全事故): nouns, no verbs. A kind
   * missing here leaves a denial unread (undetermined), never a failure read as met.
   */
  static final List<String> KINDS =
      List.of("安全生产", "安全", "生产", "质量", "食品", "药品", "交通", "消防", "森林", "环境", "生态", "特种设备", "设备", "农产品", "群众",
          "服务对象", "学生", "校园", "企业", "涉企", "涉农", "工程", "施工", "项目", "资金", "医疗", "责任", "人员", "动物", "区域性",
          "群体性", "群体", "集体", "越级", "网络", "社会", "治安", "刑事", "行政", "财务", "职工", "农民工", "游客", "旅客", "乘客", "患者", "环保");

  /** Verbs closing a cause before the thing (没出现因项目引发的信访事件, 不存在因施工导致的安全事故). */
  private static final List<String> CAUSED = List.of("引发", "导致", "造成", "产生", "带来", "引起");

  /** Unwanted words that head a clause ending in 的 before them (不存在破坏生态环境的事件, 没有发现非法占用林地的案件). */
  private static final List<String> CLAUSE_HEADS = List.of("事件", "案件");

  /** The most characters a broad denial may stand before its thing, passing only allowed words. */
  private static final int REACH = 16;

  /**
   * Whether the word of {@link Absence#NONE_WORDS} {@code word} at {@code i} denies something unwanted: one follows in
   * its clause, or it denies an occurrence at its clause's end (全年零发生). Not 无人, 无法, 零星, a prevention or an aim
   * denied (未杜绝乱收费, 未做到零事故: it happened), nor a broad negation of anything but the thing (没有及时处理投诉,
   * 没有组织安全隐患排查).
   */
  static boolean denies(String s, char[] chars, int i, String word) {
    if (word.equals("无") && (Chars.startsWith(s, i + 1, "人") && !nobodyHarmed(s, i + 1) || Chars.startsWith(s, i + 1, "法"))
        || word.equals("零") && (i + 1 < chars.length && Absence.NOT_ZERO.indexOf(chars[i + 1]) >= 0 || ShortfallDenials.aimDenied(s, i))
        || word.equals("杜绝") && ShortfallDenials.preventionDenied(s, i)) {
      return false;
    }
    int from = i + word.length();
    boolean broad = BROAD.contains(word);
    int thing = broad ? onlyTheThingBetween(s, chars, from) : Absence.unwantedStart(s, chars, from);
    if (broad && thing == from && NoneAsked.WORK_AS_OFTEN.contains(Absence.unwantedAt(s, thing))) {
      // 没有调整, 没有案件, 没有受灾群众: the changes, cases and people in need are the work as often; named after
      // a pointer or a clause (不存在此类问题, 没有发现非法占用林地的案件) they are the thing
      return false;
    }
    return thing >= 0 && !safeguardOf(s, thing) || bare(s, chars, i);
  }

  /**
   * Whether 人 at {@code at}, after 无, names who came to harm (无人员伤亡, 无人死亡, 无人受伤): a denial, where 无人 is
   * otherwise "nobody" doing the work (无人申请, 无人问津).
   */
  private static boolean nobodyHarmed(String s, int at) {
    int k = at + (Chars.startsWith(s, at, "人员") ? 2 : 1);
    return k < s.length() && Absence.unwantedAt(s, k) != null;
  }

  /**
   * Safeguards named after the thing they guard against (投诉渠道, 隐患排查台账, 事故应急演练, 投诉处理机制): a denial
   * of one says a measure is missing, not that the thing did not happen.
   */
  private static final List<String> SAFEGUARDS =
      List.of("渠道", "台账", "机制", "制度", "预案", "演练", "平台", "信箱", "热线", "电话", "窗口", "专线", "记录", "档案", "登记", "应急",
          "处理", "处置", "排查", "整改", "培训", "教育", "宣传", "监测", "监管", "检查", "防范", "防控", "预防", "调查", "原因", "措施",
          "办法", "方案", "体系", "系统", "设备", "设施", "接待", "意识",
          // handling named after the thing (事故报告机制, 污染治理设施, 投诉受理窗口, 隐患自查台账; review 66d)
          "报告", "上报", "受理", "自查", "防治", "治理", "督办", "救援", "追究", "责任", "队伍",
          // a backlog of the thing is its handling, not the thing (信访积案; review 67v)
          "积案");

  /**
   * Whether the unwanted thing at {@code thing} only names what a safeguard after it guards against (没有投诉渠道,
   * 不存在投诉处理机制, 无安全事故应急预案): the unwanted words, a 的, then a word of {@link #SAFEGUARDS}.
   */
  static boolean safeguardOf(String s, int thing) {
    int p = thing;
    for (String w = Absence.unwantedAt(s, p); w != null; w = p < s.length() ? Absence.unwantedAt(s, p) : null) {
      p += w.length();
    }
    p += Chars.startsWith(s, p, "的") ? 1 : 0;
    return Chars.startsWithAny(s, p, SAFEGUARDS);
  }

  /**
   * Where the unwanted thing after a broad denial ending at {@code from} starts, when only words of {@link #BETWEEN},
   * {@link #KINDS}, a cause (因…引发的), a party (向企业), a wrong listed before it (骗取、套取) or a clause closed by
   * 的 before 事件 or 案件 stand between; -1 otherwise (没有组织安全隐患排查, 没有严格监管乱收费, 没有做到零差评).
   */
  static int onlyTheThingBetween(String s, char[] chars, int from) {
    int end = Math.min(chars.length, from + REACH);
    int p = from;
    while (p < end) {
      if (Absence.unwantedAt(s, p) != null) {
        return p;
      }
      int next = passed(s, chars, p, end);
      if (next <= p) {
        return headedClause(s, chars, p, end);
      }
      p = next;
    }
    return -1;
  }

  /** Where an allowed word at {@code p} ends, or {@code p} when none stands there. */
  private static int passed(String s, char[] chars, int p, int end) {
    String w = Chars.firstAt(s, p, BETWEEN);
    w = w != null ? w : Chars.firstAt(s, p, KINDS);
    if (w != null) {
      return p + w.length();
    }
    if (chars[p] == '因') { // 因项目引发的: the cause, then its verb
      for (int k = p + 1; k < end && !Clauses.isClauseEnd(chars[k]); k++) {
        String verb = Chars.firstAt(s, k, CAUSED);
        if (verb != null) {
          return k + verb.length();
        }
      }
      return p;
    }
    if (chars[p] == '向') { // 向企业乱摊派: a party of up to three characters, then the thing
      for (int k = p + 2; k <= p + 4 && k < end; k++) {
        if (Absence.unwantedAt(s, k) != null) {
          return k;
        }
      }
      return p;
    }
    for (int k = p + 1; k <= p + 4 && k < end; k++) { // 骗取、套取: another wrong listed before the thing
      if (chars[k] == '、') {
        return k + 1 < end && Absence.unwantedAt(s, k + 1) != null ? k + 1 : p;
      }
      if (!Chars.isCjk(chars[k])) {
        return p;
      }
    }
    return p;
  }

  /**
   * Where a 事件 or 案件 closing a short clause ended by 的 starts (破坏生态环境的事件), or -1: the clause describes the
   * thing, and holds no negation of its own (没有及时处理的案件 is no denial of them).
   */
  private static int headedClause(String s, char[] chars, int from, int end) {
    for (int k = from; k < end; k++) {
      char c = chars[k];
      if (Clauses.isClauseEnd(c) || "未没不无".indexOf(c) >= 0) {
        return -1;
      }
      if (c == '的' && Chars.startsWithAny(s, k + 1, CLAUSE_HEADS)) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Words reporting that something happened, before its count (发生一般事故1起, 收到投诉3件). */
  private static final List<String> OCCURRED = List.of("发生", "出现", "收到", "接到", "共有");

  /** Units counting occurrences (1起, 3件, 2例). Not 处 (隐患35处 are the hazards found and removed). */
  private static final String OCCURRENCE_UNITS = "起件例宗次";

  /**
   * Whether {@code s} (normalised) reports a count of occurrences (发生一般安全事故1起, 一般投诉4件, 收到投诉3件): a
   * figure other than 0 in an occurrence unit, in a clause that reports an occurrence or names an unwanted thing, with no
   * negation and no handling of it (处理投诉5件, 排查隐患3次). A denial beside it (没有造成人员伤亡, 重特大火灾零发生)
   * cannot answer a target of none: something happened.
   */
  public static boolean reportsOccurrence(String s) {
    char[] chars = CharArrays.of(s);
    for (int k = 0; k < chars.length; k++) {
      if (chars[k] < '1' || chars[k] > '9' || k > 0 && (Chars.isAsciiDigit(chars[k - 1]) || chars[k - 1] == '.')) {
        continue;
      }
      int end = Chars.digitsEnd(chars, k);
      if (end >= chars.length || OCCURRENCE_UNITS.indexOf(chars[end]) < 0) {
        continue;
      }
      String clause = s.substring(Clauses.clauseStart(s, k), k);
      if ((Chars.firstIn(clause, OCCURRED) != null || Absence.namesUnwanted(clause)) && !Absence.handles(clause)
          && Chars.firstIn(clause, SAFEGUARDS) == null && !negated(clause)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code clause} holds a negation or a zero (未发生事故0起, 没有投诉, 无事故): no occurrence reported. */
  private static boolean negated(String clause) {
    for (int k = 0; k < clause.length(); k++) {
      if ("未没无不零".indexOf(clause.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Denials of an occurrence that may name nothing after them. 零发生 and 无发生 are 零 or 无 and 发生. */
  private static final List<String> OCCURRENCE_DENIED =
      List.of("从未发生", "没有发生", "没有出现", "未发生", "未出现", "没发生", "没出现", "零发生", "无发生");

  /** What may close a bare denial of an occurrence (未发生此类情况; 零发生的目标 is no result: not here). */
  private static final List<String> TAILS = List.of("此类情况", "此类事件", "此类问题", "此类现象", "任何情况", "情况", "现象");

  /**
   * What alone may stand before a bare denial in its clause (全年零发生, 实现零发生, 本年度均未发生): a span or an aim; any
   * other words must name something unwanted (安全事故零发生) or end in a span (项目施工期间未发生).
   */
  private static final List<String> LEAD_INS =
      List.of("全年度", "全年", "本年度", "本年", "年度内", "年内", "当年", "今年", "年度", "目前", "至今", "一直", "均", "都", "已", "实现",
          "做到", "保持", "确保", "达到");

  /** Words ending a span before a bare denial (项目施工期间, 建设期内, 开展以来). */
  private static final List<String> SPAN_ENDS = List.of("期间", "期内", "以来", "过程中", "年内");

  /**
   * Whether a denial of {@link #OCCURRENCE_DENIED} at {@code i} names nothing after it, ending its clause (a word of
   * {@link #TAILS} allowed), with only a span or an aim before it in its clause, or something unwanted: 全年零发生,
   * 项目施工期间未发生, 安全事故零发生; not 资金拨付未发生 (work that did not happen).
   */
  static boolean bare(String s, char[] chars, int i) {
    String denial = Chars.firstAt(s, i, OCCURRENCE_DENIED);
    if (denial == null) {
      return false;
    }
    int end = i + denial.length();
    String tail = Chars.firstAt(s, end, TAILS);
    end += tail == null ? 0 : tail.length();
    if (end < chars.length && !Clauses.isClauseEnd(chars[end])) {
      return false;
    }
    int start = Clauses.clauseStart(s, i);
    int lead = Chars.backOver(s, i, start, LEAD_INS);
    while (lead > start && !Chars.isCjk(chars[lead - 1])) {
      lead--;
    }
    return lead == start || Chars.startOfEndingAt(s, lead, SPAN_ENDS) >= 0 || Absence.holdsUnwanted(s.substring(start, lead))
        || isWhole(s.substring(start, lead)) || spanOfTime(s.substring(start, i));
  }

  /**
   * Whether the words before a bare denial are only a span of time that holds this year: 连续两年, 近三年, 今年截至12月底,
   * 全年1-12月, 去年、今年均 (years, months and their numbers, 连续, 截至, 底, 末, 、 …); a former year alone (去年未发生)
   * speaks of that year, not this one.
   */
  private static boolean spanOfTime(String lead) {
    for (int k = 0; k < lead.length(); k++) {
      char c = lead.charAt(k);
      if (!Chars.isAsciiDigit(c) && !ChineseNumerals.isStart(c) && TIME_CHARS.indexOf(c) < 0) {
        return false;
      }
    }
    return !lead.isEmpty() && (!Differences.containsAny(lead, FORMER_YEARS) || Differences.containsAny(lead, THIS_YEARS));
  }

  /** The characters a span of time before a denial is written in. */
  private static final String TIME_CHARS = "年月日度底末初连续截至止近以来及和与、-~均都本今去上前当全内期间个";

  private static final List<String> FORMER_YEARS = List.of("去年", "上年", "前年", "上一年");

  private static final List<String> THIS_YEARS = List.of("今年", "本年", "当年");

  /**
   * Whether a clause's subject before a bare denial names the whole it speaks for: 全镇, 本项目, 我局, 辖区内 (全镇全年零发生,
   * 本项目2023年度零发生); three characters at most, so that work named before it (资金拨付未发生) is no such whole.
   */
  private static boolean isWhole(String subject) {
    return subject.length() >= 2 && subject.length() <= 3 && "全本我".indexOf(subject.charAt(0)) >= 0
        && !subject.startsWith("全部") || subject.equals("辖区") || subject.equals("辖区内");
  }

  /** Words of resolve before a target's denial (确保无, 坚决杜绝, 全面杜绝, 严格杜绝). */
  private static final List<String> RESOLVE = List.of("确保", "坚决", "全面", "严格", "力争", "争取");

  /**
   * Whether a target text is a denial naming nothing, which asks none of what the name counts: 杜绝, 无, 不发生, 零发生,
   * 无发生 (with a full stop or not).
   */
  public static boolean isBareDenial(String s) {
    String t = s.strip();
    for (String resolve : RESOLVE) {
      if (t.startsWith(resolve)) {
        t = t.substring(resolve.length()); // 确保无, 坚决杜绝: the resolve asks the same
        break;
      }
    }
    if (!t.isEmpty() && "。.;；".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    for (String w : Absence.NONE_WORDS) {
      if (t.equals(w) || t.startsWith(w) && (t.endsWith("发生") || t.endsWith("出现")) && t.length() == w.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Unwanted words general enough to deny whatever a name counts (未发生任何问题, 无负面事件). */
  private static final List<String> GENERAL = List.of("问题", "事件", "负面", "不良");

  /**
   * What {@code actual} leaves unanswered when none of its denials covers what the indicator {@code name} (name and target)
   * counts: each names a thing the name does not (未发生安全事故 under 群众投诉次数: 事故, narrowing null), or a part of
   * the thing only (未发生重大安全事故 under 安全事故发生次数: {@link DenialScope}); a part is told before another thing.
   * Null when one denial covers the thing of the name, a general one (问题) or the same wrong in other words (违规收费
   * under 乱收费), a denial names nothing (未发生, 全年零发生; 安全事故零发生 names 事故), the name names no unwanted
   * thing, or the actual denies none.
   */
  public static DenialScope.@Nullable Unanswered otherThingDenied(String name, String actual) {
    String n = IndicatorTexts.normalize(name);
    if (!Absence.holdsUnwanted(n)) {
      return null;
    }
    String s = IndicatorTexts.normalize(actual);
    char[] chars = CharArrays.of(s);
    String other = null;
    DenialScope.Unanswered part = null;
    for (int i = 0; i < chars.length; i++) {
      int length = Absence.absenceAt(s, chars, i);
      if (length == 0) {
        continue;
      }
      int start = Absence.unwantedStart(s, chars, i + length);
      // a bare denial names its thing before it, if at all (安全事故零发生)
      int clause = Clauses.clauseStart(s, i);
      String thing = start >= 0 ? Absence.unwantedAt(s, start) : lastUnwanted(s, clause, i);
      if (thing == null) {
        return null;
      }
      int at = start >= 0 ? start : s.lastIndexOf(thing, i - thing.length());
      if (answers(n, thing) || DenialScope.sameWrong(n, s, at, thing) || start >= 0 && listAnswers(n, s, start + thing.length())) {
        // what qualifies the thing: between the denial and it, or before it in its clause (重大安全事故零发生)
        int from = start >= 0 ? i + length : clause;
        int narrowing = DenialScope.narrowingAt(n, s.substring(from, Math.max(from, at)));
        if (narrowing < 0 || DenialScope.listedWhole(n, s, thingEnd(s, at), s.substring(at, thingEnd(s, at)))) {
          return null;
        }
        part = part != null ? part : new DenialScope.Unanswered(s.substring(from + narrowing, thingEnd(s, at)),
            DenialScope.wordAt(s.substring(from, at), narrowing));
      } else {
        other = other == null ? thing : other;
      }
      i += length - 1;
    }
    return part != null ? part : other != null ? new DenialScope.Unanswered(other, null) : null;
  }

  /**
   * Wrongs done with funds by their particular names (挪用, 截留 …) and the general wrongs (违规, 违纪, 违法): a denial of
   * a general wrong answers a name of a particular one (截留资金金额 | 未发生违规违纪问题), and a denial of particulars the
   * general name (违规使用资金情况 | 无挪用、截留现象: reviews 67u, 67v); one particular never answers another (截留资金金额
   * | 未发现套取资金), nor one general wrong another (违纪案件数 | 未发现违规操作).
   */
  private static final List<String> FUND_WRONGS = List.of("挪用", "截留", "挤占", "套取", "虚报", "冒领");

  private static final List<String> GENERAL_WRONGS = List.of("违规", "违纪", "违法");

  /**
   * Names of deaths or casualties of any cause, which a denial of accidents or fires answers (人员伤亡 | 杜绝); |伤亡 is a
   * name or target that opens with the word, looked for in "|" + name + "|" + target.
   */
  private static final List<String> ANY_DEATHS = List.of("人员伤亡", "人员死亡", "零死亡", "零伤亡", "|伤亡", "|死亡");

  /** Whether denying {@code thing} speaks of what the name (and target) {@code n} counts. */
  private static boolean answers(String n, String thing) {
    if (n.contains(thing) || GENERAL.contains(thing)) {
      return true;
    }
    if ((thing.equals("上访") || thing.equals("信访")) && (n.contains("上访") || n.contains("信访"))) {
      return true; // 零上访 under 信访案件数量: a petition by either name
    }
    if ((thing.equals("伤亡") || thing.equals("事故") || thing.equals("火灾")) && !n.contains("率") && anyOf("|" + n, ANY_DEATHS)) {
      return true; // 全年零事故 under 伤亡人数 | 0人, not under 孕产妇死亡率 or 道路交通事故死亡人数
    }
    return GENERAL_WRONGS.contains(thing) && anyOf(n, FUND_WRONGS) || FUND_WRONGS.contains(thing) && anyOf(n, GENERAL_WRONGS);
  }

  private static boolean anyOf(String n, List<String> words) {
    for (String w : words) {
      if (n.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a later unwanted word of the list a denial names, to its clause's end, answers {@code n}: 未发生安全事故及投诉,
   * 未出现截留、挪用、违规使用资金情况 deny each thing listed, not the first alone. A general word there (…及质量问题) is
   * qualified by its item, so it answers nothing by itself.
   */
  private static boolean listAnswers(String n, String s, int from) {
    int end = Clauses.clauseEnd(s, from);
    boolean listed = false; // 火灾事故 is one thing, its head no second item
    int adjacent = from; // 挤占挪用截留, 违法违规: wrongs side by side are a list too, not the head of a kind (火灾事故)
    for (int k = from; k < end; k++) {
      listed |= LIST_MARKS.indexOf(s.charAt(k)) >= 0;
      String w = Absence.unwantedAt(s, k);
      if (w == null) {
        continue;
      }
      boolean side = k == adjacent && !HEADS.contains(w);
      adjacent = side ? k + w.length() : adjacent;
      if (!GENERAL.contains(w) && (side || listed && endsItem(s, k, w.length(), end)) && answers(n, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a listed item's unwanted word at {@code at} names the thing, not what a safeguard or the handling of it
   * after it guards against (review 67v: 投诉处理不及时, 投诉举报渠道不畅 deny no complaint): no word of {@link
   * #SAFEGUARDS} within the next few characters.
   */
  private static boolean endsItem(String s, int at, int length, int end) {
    int to = Math.min(end, at + length + ITEM_LOOK);
    return !safeguardOf(s, at) && Chars.firstIn(s.substring(at + length, Math.max(at + length, to)), SAFEGUARDS) == null;
  }

  /** How far after a listed item's unwanted word a safeguard is looked for (投诉举报渠道). */
  private static final int ITEM_LOOK = 4;

  /** Heads of a kind of occurrence, which the word before them names (火灾事故, 违法案件). */
  private static final List<String> HEADS = List.of("事故", "案件", "事件");

  /** What joins the items of a list: 安全事故及投诉, 截留、挪用. */
  private static final String LIST_MARKS = "、及和与或/";

  /**
   * Whether every clause of {@code actual} holds a denial (未发生安全事故，无投诉): a clause saying something else of the
   * work (资金专款专用) may speak of the thing a target of words asks none of, in words no denial uses.
   */
  public static boolean onlyDenials(String actual) {
    String s = IndicatorTexts.normalize(actual);
    int from = 0;
    while (from < s.length()) {
      int end = Clauses.clauseEnd(s, from);
      String clause = s.substring(from, end).strip();
      if (!clause.isEmpty() && !Absence.NONE_WORD_LIST.occursIn(clause)) { // a word of denial: 无, 未发生, 杜绝, 零 …
        return false;
      }
      from = end + 1;
    }
    return true;
  }

  /** Where the unwanted words from {@code at} end (违法案件, 负面舆情: the thing with its head). */
  private static int thingEnd(String s, int at) {
    int p = at;
    for (String w = Absence.unwantedAt(s, p); w != null; w = p < s.length() ? Absence.unwantedAt(s, p) : null) {
      p += w.length();
    }
    return p;
  }

  /** The last unwanted word of {@code s} from {@code from} to {@code to}, or null. */
  static @Nullable String lastUnwanted(String s, int from, int to) {
    String last = null;
    for (int k = from; k < to; k++) {
      String w = Absence.unwantedAt(s, k);
      if (w != null && k + w.length() <= to) {
        last = w;
      }
    }
    return last;
  }
}
